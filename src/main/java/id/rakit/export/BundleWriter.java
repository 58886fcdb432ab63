package id.rakit.export;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.metadata.MetadataReader;
import id.rakit.evidence.rendition.Deadline;
import id.rakit.evidence.rendition.PublishedPhotos;
import id.rakit.export.BundlePlan.ItemPlan;
import id.rakit.export.BundlePlan.PlannedMedia;
import id.rakit.export.BundlePlan.PlannedText;
import id.rakit.export.BundlePlan.PlatformPlan;
import id.rakit.library.MediaLibrary;
import id.rakit.post.PostDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a planned bundle: every platform's renditions, videos and texts, the originals when
 * asked, the upload checklist, the evidence report (HTML and PDF) and {@code manifest.json}.
 * Everything is written into a temporary folder beside the target and renamed into place at the
 * end, so a failure of any kind (a full disk, a read-only folder, a missing original, a cancel)
 * leaves nothing behind; a bundle that exists is never overwritten.
 */
public final class BundleWriter {

    public static final String CHECKLIST = "CARA-UNGGAH.txt";
    public static final String REPORT_HTML = "laporan-bukti.html";
    public static final String REPORT_PDF = "laporan-bukti.pdf";

    private static final Logger LOG = LoggerFactory.getLogger(BundleWriter.class);

    /** Where the bundle's bytes go: the disk, or in a test a disk that fills up. */
    @FunctionalInterface
    public interface FileSink {
        /** A new file; never one that exists. */
        OutputStream create(Path file) throws IOException;

        FileSink DISK = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** What the job tells the window: the file it writes and how far it got. */
    public interface Progress {
        void file(int done, int total, String path);

        boolean cancelled();

        Progress NONE = new Progress() {
            @Override
            public void file(int done, int total, String path) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private final MediaLibrary library;
    private final Clock clock;
    private final String generator;
    private final FileSink sink;
    private final int threads;

    public BundleWriter(MediaLibrary library, Clock clock, String generator) {
        this(library, clock, generator, FileSink.DISK, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads photos decoded at once (each holds a full-size picture, 36 MB at 12 MP) */
    public BundleWriter(MediaLibrary library, Clock clock, String generator, FileSink sink, int threads) {
        this.library = library;
        this.clock = clock;
        this.generator = generator;
        this.sink = sink;
        this.threads = Math.max(1, threads);
    }

    public MediaLibrary library() {
        return library;
    }

    /** One file written: its path inside the bundle, size, hash, and what it is. */
    private record Written(String path, long size, String sha256, String role, String platform, Long evidenceId) {
    }

    /**
     * Writes the plan's bundle into {@code parent}.
     *
     * @throws ExportFailure for a cancel, a missing original, a photo that cannot be decoded or a
     *                       plan that cannot be written; IOException for the disk's own refusals
     */
    public ExportResult write(BundlePlan plan, Path parent, Progress progress) throws IOException {
        if (!plan.writable()) {
            throw ExportFailure.blocked(plan.problems().stream().filter(BundlePlan.PlanProblem::blocking)
                    .map(BundlePlan.PlanProblem::text).findFirst().orElse(""));
        }
        Files.createDirectories(parent);
        Instant now = clock.instant();
        Path temp = Files.createTempDirectory(parent, "." + plan.folderName() + ".");
        Path tempZip = null;
        try {
            Job job = new Job(plan, temp, progress);
            List<Written> files = job.run();
            Manifest manifest = manifest(plan, files, job.videoRemovals, job.photoDetails, now);
            byte[] bytes = manifest.canonicalBytes();
            write(temp.resolve(Manifest.FILE_NAME), bytes);
            String manifestSha = HexFormat.of().formatHex(MediaLibrary.sha256().digest(bytes));
            if (plan.choices().zip()) {
                tempZip = parent.resolve(temp.getFileName() + ".zip");
                BundleZip.write(temp, plan.folderName(), tempZip, sink, progress::cancelled);
            }
            if (progress.cancelled()) {
                throw ExportFailure.cancelled();
            }
            Path folder = moveIntoPlace(temp, parent, plan.folderName(), plan.choices().zip());
            Optional<Path> zip = Optional.empty();
            if (tempZip != null) {
                Path zipTarget = parent.resolve(folder.getFileName() + ".zip");
                try {
                    Files.move(tempZip, zipTarget);
                } catch (IOException e) {
                    deleteTree(folder);
                    throw e;
                }
                zip = Optional.of(zipTarget);
            }
            LOG.info("bundle of post {} written to {} ({} files, manifest {})", plan.post().id(), folder, files.size() + 1,
                    manifestSha);
            return new ExportResult(folder, zip, manifestSha, plan.included().size(), files.size() + 1, plan);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            if (tempZip != null) {
                deleteQuietly(tempZip);
            }
            throw e;
        }
    }

    /** The next free name: {@code NAME}, {@code NAME-2}, ... (also free as a {@code .zip} when one goes along). */
    private static Path moveIntoPlace(Path temp, Path parent, String name, boolean zip) throws IOException {
        for (int i = 1; i < 1000; i++) {
            String candidate = i == 1 ? name : name + "-" + i;
            Path target = parent.resolve(candidate);
            if (Files.exists(target) || (zip && Files.exists(parent.resolve(candidate + ".zip")))) {
                continue;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException e) {
                // another export took the name a moment ago: the next one
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
                return target;
            }
        }
        throw new FileAlreadyExistsException(parent.resolve(name).toString());
    }

    /** One export's work: the files of the plan, photos decoded on a few threads at once. */
    private final class Job {
        final BundlePlan plan;
        final Path root;
        final Progress progress;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final Map<String, List<String>> videoRemovals = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, PhotoDetail> photoDetails = new java.util.concurrent.ConcurrentHashMap<>();

        Job(BundlePlan plan, Path root, Progress progress) {
            this.plan = plan;
            this.root = root;
            this.progress = progress;
            int count = 4;  // checklist, two reports, manifest
            for (PlatformPlan p : plan.platforms()) {
                count += p.media().size() + p.texts().size();
            }
            if (plan.choices().keepOriginals()) {
                count += plan.included().size();
            }
            this.total = count;
        }

        List<Written> run() throws IOException {
            List<Written> out = new ArrayList<>();
            for (PlatformPlan p : plan.platforms()) {
                Files.createDirectory(root.resolve(p.target().code()));
            }
            // photos first, one decode per photo for every platform, a few at once
            out.addAll(media());
            for (PlatformPlan p : plan.platforms()) {
                for (PlannedText t : p.texts()) {
                    String path = p.target().code() + "/" + t.fileName();
                    out.add(text(path, t.text(), t.role(), p.target().code()));
                }
            }
            if (plan.choices().keepOriginals()) {
                Files.createDirectory(root.resolve(BundlePlanner.EVIDENCE_FOLDER));
                for (ItemPlan item : plan.included()) {
                    out.add(original(item));
                }
            }
            out.add(text(CHECKLIST, UploadChecklist.text(plan), "checklist", null));
            EvidenceReport report = EvidenceReport.of(plan, library, clock.instant(), generator);
            out.add(bytes(REPORT_HTML, HtmlReport.render(report), "report", null, null));
            out.add(bytes(REPORT_PDF, PdfReport.render(report), "report", null, null));
            out.sort(Comparator.comparing(Written::path));
            return out;
        }

        private List<Written> media() throws IOException {
            Map<Long, List<Target>> byItem = new LinkedHashMap<>();
            for (PlatformPlan p : plan.platforms()) {
                for (PlannedMedia m : p.media()) {
                    byItem.computeIfAbsent(m.item().item().id(), k -> new ArrayList<>()).add(new Target(p, m));
                }
            }
            List<Written> out = new ArrayList<>();
            if (byItem.isEmpty()) {
                return out;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, byItem.size()), r -> {
                Thread t = new Thread(r, "rakit-bundle");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<Written>>> work = new ArrayList<>();
                for (List<Target> targets : byItem.values()) {
                    work.add(pool.submit(() -> item(targets)));
                }
                for (Future<List<Written>> f : work) {
                    try {
                        out.addAll(f.get());
                    } catch (ExecutionException e) {
                        pool.shutdownNow();
                        Throwable cause = e.getCause();
                        if (cause instanceof IOException io) {
                            throw io;
                        }
                        if (cause instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new IOException(cause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw ExportFailure.cancelled();
                    }
                }
            } finally {
                pool.shutdownNow();
                // a failure removes the unfinished folder next: no other item may still be writing into it
                // (waited for even when this thread was interrupted, then the interrupt is kept)
                boolean interrupted = Thread.interrupted();
                try {
                    if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                        LOG.warn("an item of the bundle of post {} was still being written", plan.post().id());
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return out;
        }

        private record Target(PlatformPlan platform, PlannedMedia media) {
        }

        /** Every platform's file of one item: one decode of a photo, one scrubbed copy of a video. */
        private List<Written> item(List<Target> targets) throws IOException {
            checkCancel();
            EvidenceItem item = targets.get(0).media().item().item();
            Path source = library.resolve(item.file().libraryPath());
            if (!Files.isRegularFile(source)) {
                throw ExportFailure.missingOriginal(item.originalName(), null);
            }
            List<Written> out = new ArrayList<>();
            if (targets.get(0).media().video()) {
                Path first = null;
                List<String> removed = List.of();
                for (Target t : targets) {
                    String path = t.platform().target().code() + "/" + t.media().fileName();
                    Path file = root.resolve(path);
                    if (first == null) {
                        copyVerified(source, file, item);
                        removed = MetadataReader.removeLocationAndOwner(file);
                        first = file;
                    } else {
                        copy(first, file);
                    }
                    videoRemovals.put(path, removed);
                    out.add(new Written(path, Files.size(file), MediaLibrary.hash(file), "video",
                            t.platform().target().code(), item.id()));
                    advance(path);
                }
                return out;
            }
            PublishedPhotos.Photo photo;
            try {
                photo = PublishedPhotos.open(source, item.media().format(), item.media().orientation().orElse(1),
                        Deadline.none().orWhen(progress::cancelled));
            } catch (PublishedPhotos.PhotoFailure e) {
                checkCancel();
                if (e.problem() == id.rakit.evidence.FileProblem.NOT_FOUND) {
                    throw ExportFailure.missingOriginal(item.originalName(), e);
                }
                throw ExportFailure.photo(item.originalName(), e);
            }
            // platforms that ask for the same picture (Facebook's and X's 2048 box) get the same file
            Map<String, PublishedPhotos.Encoded> made = new java.util.HashMap<>();
            for (Target t : targets) {
                checkCancel();
                PublishedPhotos.Framing framing = t.media().framing().orElseThrow();
                long maxBytes = t.platform().target().photos().maxBytes().value();
                PublishedPhotos.Encoded encoded = made.get(framing + "/" + maxBytes);
                if (encoded == null) {
                    encoded = photo.render(framing, maxBytes);
                    made.put(framing + "/" + maxBytes, encoded);
                }
                String path = t.platform().target().code() + "/" + t.media().fileName();
                Written w = bytes(path, encoded.jpeg(), "photo", t.platform().target().code(), item.id());
                List<Integer> crop = null;
                if (framing instanceof PublishedPhotos.Crop c) {
                    PublishedPhotos.Region r = PublishedPhotos.region(c, photo.upright().width(), photo.upright().height());
                    crop = List.of(r.x(), r.y(), r.width(), r.height());
                }
                photoDetails.put(path, new PhotoDetail(encoded.size().width(), encoded.size().height(), crop,
                        encoded.quality()));
                out.add(w);
            }
            return out;
        }

        private Written original(ItemPlan item) throws IOException {
            checkCancel();
            EvidenceItem e = item.item().item();
            String path = BundlePlanner.EVIDENCE_FOLDER + "/" + item.originalName();
            Path file = root.resolve(path);
            copyVerified(library.resolve(e.file().libraryPath()), file, e);
            advance(path);
            return new Written(path, Files.size(file), e.sha256(), "original", null, e.id());
        }

        /** Copies the library's file and checks it is still the file that was imported. */
        private void copyVerified(Path source, Path target, EvidenceItem item) throws IOException {
            MessageDigest digest = MediaLibrary.sha256();
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(sink.create(target), digest)) {
                in.transferTo(out);
            } catch (java.nio.file.NoSuchFileException e) {
                if (e.getFile() != null && e.getFile().equals(source.toString())) {
                    throw ExportFailure.missingOriginal(item.originalName(), e);
                }
                throw e;
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(item.sha256())) {
                throw ExportFailure.missingOriginal(item.originalName(), null);
            }
        }

        private void copy(Path from, Path to) throws IOException {
            try (InputStream in = Files.newInputStream(from); OutputStream out = sink.create(to)) {
                in.transferTo(out);
            }
        }

        private Written text(String path, String text, String role, String platform) throws IOException {
            return bytes(path, text.getBytes(StandardCharsets.UTF_8), role, platform, null);
        }

        private Written bytes(String path, byte[] content, String role, String platform, Long evidenceId)
                throws IOException {
            checkCancel();
            write(root.resolve(path), content);
            advance(path);
            return new Written(path, content.length, HexFormat.of().formatHex(MediaLibrary.sha256().digest(content)),
                    role, platform, evidenceId);
        }

        private void advance(String path) {
            progress.file(done.incrementAndGet(), total, path);
        }

        private void checkCancel() throws ExportFailure {
            if (progress.cancelled()) {
                throw ExportFailure.cancelled();
            }
        }
    }

    private record PhotoDetail(int width, int height, List<Integer> crop, int quality) {
    }

    private void write(Path file, byte[] content) throws IOException {
        try (OutputStream out = sink.create(file)) {
            out.write(content);
        }
    }

    private Manifest manifest(BundlePlan plan, List<Written> files, Map<String, List<String>> videoRemovals,
                              Map<String, PhotoDetail> photos, Instant now) {
        PostDetails d = plan.post().details();
        Manifest.PostInfo post = new Manifest.PostInfo(plan.post().id(), d.title(), d.unit(), d.eventName(),
                d.eventStart().map(Object::toString).orElse(null), d.eventEnd().map(Object::toString).orElse(null),
                d.eventZone().getId(), d.venue(),
                d.venueLocation().map(g -> new Manifest.Location(g.latitude(), g.longitude())).orElse(null));
        List<Manifest.PlatformInfo> platforms = new ArrayList<>();
        for (PlatformPlan p : plan.platforms()) {
            List<Manifest.MediaInfo> media = new ArrayList<>();
            for (PlannedMedia m : p.media()) {
                String path = p.target().code() + "/" + m.fileName();
                PhotoDetail photo = photos.get(path);
                media.add(new Manifest.MediaInfo(m.fileName(), m.item().item().id(), m.video() ? "video" : "photo",
                        photo == null ? null : photo.width(), photo == null ? null : photo.height(),
                        photo == null ? null : photo.crop(), photo == null ? null : photo.quality(),
                        m.video() ? null : m.altText(), m.video() ? videoRemovals.getOrDefault(path, List.of()) : null));
            }
            platforms.add(new Manifest.PlatformInfo(p.target().code(), p.target().platform().code(),
                    p.size().map(BundleTarget.FrameSize::name).orElse(null), media, p.leftOut()));
        }
        List<Manifest.EvidenceInfo> evidence = new ArrayList<>();
        for (ItemPlan i : plan.evidence()) {
            evidence.add(evidenceInfo(i, plan.choices().keepOriginals()));
        }
        List<Manifest.FileInfo> list = files.stream()
                .map(w -> new Manifest.FileInfo(w.path(), w.size(), w.sha256(), w.role(), w.platform(), w.evidenceId()))
                .toList();
        return new Manifest(Manifest.FORMAT, generator, now.toString(), post, platforms, evidence, list);
    }

    private static Manifest.EvidenceInfo evidenceInfo(ItemPlan plan, boolean originals) {
        EvidenceItem item = plan.item().item();
        CheckResult r = plan.item().result();
        CaptureTime t = r.captureTime().orElse(null);
        Verdict v = r.verdict().orElse(null);
        return new Manifest.EvidenceInfo(item.id(), item.originalName(), item.sha256(), item.file().sizeBytes(),
                item.media().mediaType().code(), item.media().format(),
                plan.inclusion().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                t == null ? null : t.local().toString(),
                t == null ? null : t.offset().map(Object::toString).orElse(null),
                t == null ? null : t.instant().toString(), t == null ? null : t.zoneSource().code(),
                t == null ? null : t.source(), r.correction().map(java.time.Duration::toMinutes).orElse(null),
                item.media().make().orElse(null), item.media().model().orElse(null),
                v == null ? null : v.kind().name(),
                v != null && v.kind() == Verdict.Kind.OUTSIDE_WINDOW ? v.deltaMinutes() : null,
                r.findings().stream().map(Finding::flag).map(Enum::name).toList(),
                item.acceptedReason().orElse(null),
                originals && plan.inclusion().included() ? BundlePlanner.EVIDENCE_FOLDER + "/" + plan.originalName() : null);
    }

    /** Removes what a failed export left; what cannot be removed is logged, not thrown over the real failure. */
    private static void deleteQuietly(Path path) {
        try {
            deleteTree(path);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished bundle {}", path, e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
