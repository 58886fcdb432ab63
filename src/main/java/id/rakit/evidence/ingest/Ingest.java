package id.rakit.evidence.ingest;

import id.rakit.evidence.rendition.Deadline;

import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceRepository;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.library.MediaLibrary;
import id.rakit.i18n.Causes;
import id.rakit.i18n.HasMessageKey;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings files in like a photo desk: each is copied into the media library (hashed, verified),
 * its metadata read, its thumbnail and preview made, and its row written, on all cores at once.
 * One bad file gets its problem and never stops the rest; a file that takes longer than the
 * per-file limit is abandoned; cancelling leaves what finished and nothing half-written.
 */
public final class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);
    /** Enough of a file's start to tell what it is. */
    private static final int HEAD = 64 * 1024;

    /** How many files at once and how long one may take. */
    public record Limits(int threads, Duration perFile) {
        public static Limits forThisMachine() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Limits(Math.max(1, Math.min(cores, 4)), Duration.ofSeconds(60));
        }
    }

    /** Hears about each file as it goes; called from background threads. */
    public interface Listener {
        /** A small picture from inside the file, for a first tile. */
        default void quickLook(int index, PictureMaker.QuickLook look) {
        }

        default void started(int index) {
        }

        default void finished(int index, Outcome outcome) {
        }
    }

    /**
     * One file's result.
     *
     * @param item    the evidence item, when the file is now in the post (also for damaged files:
     *                nothing the admin imported is dropped)
     * @param problem what went wrong or is odd, if anything; with no item either, the admin
     *                cancelled while this file was under way
     * @param alreadyInPost the post already held this content: nothing was added
     */
    public record Outcome(Path source, Optional<EvidenceItem> item, Optional<FileProblem> problem,
                          boolean alreadyInPost) {
        public Outcome(Path source, Optional<EvidenceItem> item, Optional<FileProblem> problem) {
            this(source, item, problem, false);
        }

        /** The file is now an item of the post that it was not before. */
        public boolean imported() {
            return item.isPresent() && !alreadyInPost;
        }

        /** Imported, but not usable as evidence (damaged, unsupported), or not imported at all. */
        public boolean failed() {
            return !cancelled() && !alreadyInPost && (item.isEmpty() || !item.get().media().isMedia());
        }

        public boolean cancelled() {
            return item.isEmpty() && problem.isEmpty();
        }
    }

    /** The whole run. {@code outcomes} has one entry per file, null where cancelled before it began. */
    public record Report(List<Outcome> outcomes, boolean cancelled, Duration elapsed) {
        public long imported() {
            return outcomes.stream().filter(o -> o != null && o.imported()).count();
        }

        public long notStarted() {
            return outcomes.stream().filter(o -> o == null).count();
        }

        public long failed() {
            return outcomes.stream().filter(o -> o != null && o.failed()).count();
        }

        public long alreadyInPost() {
            return outcomes.stream().filter(o -> o != null && o.alreadyInPost()).count();
        }

        public long cancelledFiles() {
            return notStarted() + outcomes.stream().filter(o -> o != null && o.cancelled()).count();
        }
    }

    private final MediaLibrary library;
    private final MediaReader reader;
    private final PictureMaker pictures;
    private final EvidenceRepository evidence;
    private final Clock clock;
    private final Limits limits;
    private final java.util.Set<AtomicBoolean> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Ingest(MediaLibrary library, MediaReader reader, PictureMaker pictures, EvidenceRepository evidence,
                  Clock clock, Limits limits) {
        this.library = library;
        this.reader = reader;
        this.pictures = pictures;
        this.evidence = evidence;
        this.clock = clock;
        this.limits = limits;
    }

    /** Imports {@code files} into post {@code postId}; returns when all are done or cancelled. */
    public Report run(long postId, List<Path> files, Listener listener, AtomicBoolean cancel) {
        running.add(cancel);
        try {
            return runBatch(postId, files, listener, cancel);
        } finally {
            synchronized (running) {
                running.remove(cancel);
                running.notifyAll();
            }
        }
    }

    /**
     * Cancels every import under way and waits up to {@code limit} for them to stop: what
     * finished stays, nothing is left half-written. For closing the application.
     */
    public void stopAll(Duration limit) {
        running.forEach(flag -> flag.set(true));
        long end = System.nanoTime() + limit.toNanos();
        synchronized (running) {
            while (!running.isEmpty() && System.nanoTime() < end) {
                try {
                    running.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Report runBatch(long postId, List<Path> files, Listener listener, AtomicBoolean cancel) {
        long start = System.nanoTime();
        // the files finish in whatever order they happen to; their items keep the order they were picked in
        int firstPosition = evidence.nextPosition(postId);
        Thread quickLooks = new Thread(() -> quickLooks(files, listener, cancel), "rakit-quicklook");
        quickLooks.setDaemon(true);
        quickLooks.start();
        FileState[] states = new FileState[files.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = new FileState();
        }
        FileBatch.Fallback<Outcome> fallback = new FileBatch.Fallback<>() {
            @Override
            public Outcome timedOut(int index, Path file) {
                return abandoned(postId, file, firstPosition + index, states[index], FileProblem.TIMED_OUT);
            }

            @Override
            public Outcome failed(int index, Path file, Throwable error) {
                Optional<FileProblem> storage = storageProblem(error);
                if (storage.isPresent()) {
                    return new Outcome(file, Optional.empty(), storage);
                }
                return abandoned(postId, file, firstPosition + index, states[index], FileProblem.READ_FAILED);
            }

            @Override
            public Outcome lastResort(int index, Path file) {
                return new Outcome(file, Optional.empty(), Optional.of(FileProblem.READ_FAILED));
            }
        };
        List<Outcome> outcomes = new FileBatch<Outcome>(limits.threads(), limits.perFile()).run(files,
                (i, file, deadline) -> importOne(postId, file, firstPosition + i, deadline, cancel, states[i]), fallback,
                new FileBatch.Listener<>() {
                    @Override
                    public void started(int index) {
                        listener.started(index);
                    }

                    @Override
                    public void finished(int index, Outcome outcome) {
                        listener.finished(index, outcome);
                    }
                }, cancel);
        quickLooks.interrupt();
        return new Report(outcomes, cancel.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * What is known of one file while its work runs, so that a file whose work is abandoned (it
     * outlived its limit) or died still gets its row, and only one of the two writes it.
     */
    private static final class FileState {
        volatile String sha256;
        volatile long size = -1;
        volatile String format = "UNKNOWN";
        private boolean settled;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

        /** Whether the caller is the one to write the file's row: the work, or the fallback, never both. */
        synchronized boolean settle() {
            if (settled) {
                return false;
            }
            settled = true;
            return true;
        }
    }

    /**
     * A row for a file whose work was abandoned or failed, with its problem: the admin sees it
     * among the others and can take it out or import it again. Nothing is copied for it.
     */
    private Outcome abandoned(long postId, Path file, int position, FileState state, FileProblem problem) {
        if (!state.settle()) {
            // the work got there first and is writing its row: wait for it
            try {
                return state.outcome.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return new Outcome(file, Optional.empty(), Optional.of(problem));
            }
        }
        try {
            String key = state.sha256 != null ? state.sha256 : placeholderKey(file);
            MediaInfo media = MediaInfo.unreadable(state.format, problem);
            LibraryFile placeholder = new LibraryFile(key, Math.max(0, state.size), "", media, Optional.empty(),
                    clock.instant());
            EvidenceRepository.Added added = evidence.add(postId, placeholder, nameOf(file),
                    file.toAbsolutePath().toString(), position, clock.instant());
            return new Outcome(file, Optional.of(added.item()), Optional.of(problem), added.alreadyInPost());
        } catch (RuntimeException e) {
            LOG.warn("no row for {}", file, e);
            return new Outcome(file, Optional.empty(), Optional.of(storageProblem(e).orElse(problem)));
        }
    }

    /** The key of a file that was never hashed: the same for the same path, and never a SHA-256. */
    static String placeholderKey(Path file) {
        MessageDigest digest = MediaLibrary.sha256();
        digest.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        return "unread-" + HexFormat.of().formatHex(digest.digest()).substring(0, 40);
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private Outcome importOne(long postId, Path file, int position, Deadline deadline, AtomicBoolean cancel,
                              FileState state) {
        try {
            Outcome outcome = importOrExplain(postId, file, position, deadline, cancel, state);
            state.outcome.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            state.outcome.completeExceptionally(e);
            throw e;
        }
    }

    private Outcome importOrExplain(long postId, Path file, int position, Deadline deadline, AtomicBoolean cancel,
                                    FileState state) {
        try {
            return importFile(postId, file, position, deadline, cancel, state);
        } catch (NoSuchFileException e) {
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.NOT_FOUND));
        } catch (AccessDeniedException e) {
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.ACCESS_DENIED));
        } catch (InterruptedIOException e) {
            return stopped(file, cancel);
        } catch (IOException | UncheckedIOException e) {
            Optional<FileProblem> storage = storageProblem(e);
            LOG.warn("cannot import {}", file, e);
            return new Outcome(file, Optional.empty(), Optional.of(storage.orElse(FileProblem.READ_FAILED)));
        } catch (RuntimeException e) {
            Optional<FileProblem> storage = storageProblem(e);
            if (storage.isEmpty()) {
                throw e;
            }
            LOG.warn("cannot record {}", file, e);
            return new Outcome(file, Optional.empty(), storage);
        }
    }

    private Outcome importFile(long postId, Path file, int position, Deadline deadline, AtomicBoolean cancel,
                               FileState state) throws IOException {
        String name = nameOf(file);
        // what is not a plain file is never opened: a pipe would wait for a writer for ever
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (FileSystemException e) {
            if (FileCollector.isLinkLoop(e)) {
                return new Outcome(file, Optional.empty(), Optional.of(FileProblem.SKIPPED_LINK_LOOP));
            }
            throw e;
        }
        if (attributes.isDirectory()) {
            // a folder among the files is one the walk could not open, or a link back into a folder above it
            return new Outcome(file, Optional.empty(), Optional.of(Files.isSymbolicLink(file)
                    ? FileProblem.SKIPPED_LINK_LOOP : FileProblem.FOLDER_UNREADABLE));
        }
        if (!attributes.isRegularFile()) {
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.SKIPPED_SPECIAL_FILE));
        }
        Optional<MediaInfo> notMedia = reader.notMedia(file, head(file), attributes.size());
        if (notMedia.isPresent()) {
            return notCopied(postId, file, position, notMedia.get(), deadline, cancel, state);
        }
        try (MediaLibrary.Incoming incoming = library.begin(file)) {
            state.sha256 = incoming.sha256();
            state.size = incoming.sizeBytes();
            Optional<LibraryFile> known = evidence.findFile(incoming.sha256()).filter(Ingest::isWhole);
            LibraryFile stored;
            if (known.isPresent()) {
                stored = known.get();
                if (stored.media().isMedia() && !Files.exists(library.thumbnail(stored.sha256()))) {
                    pictures.make(incoming.file(), stored.media(), library.thumbnail(stored.sha256()),
                            library.preview(stored.sha256()), deadline);
                }
                if (!state.settle()) {
                    return stopped(file, cancel);
                }
                if (stored.media().isMedia()) {
                    incoming.commit();
                }
            } else {
                // the copy is read back and checked first, so everything below is made from verified bytes;
                // for a file held in memory those bytes are also where metadata and pictures come from
                incoming.verify();
                Optional<ByteBuffer> content = incoming.content();
                MediaInfo media = content.isPresent() ? reader.read(incoming.file(), content.get())
                        : reader.read(incoming.file());
                state.format = media.format();
                if (deadline.passed()) {
                    return cancel.get() ? stopped(file, cancel)
                            : abandoned(postId, file, position, state, FileProblem.TIMED_OUT);
                }
                if (!media.isMedia()) {
                    // damaged or not a photo or video: the row tells the admin, the library keeps no copy
                    if (!state.settle()) {
                        return stopped(file, cancel);
                    }
                    stored = new LibraryFile(incoming.sha256(), incoming.sizeBytes(), "", media, Optional.empty(),
                            clock.instant());
                } else {
                    Path thumbnail = library.thumbnail(incoming.sha256());
                    Path preview = library.preview(incoming.sha256());
                    Path publishable = media.mediaType() == MediaType.PHOTO ? library.publishable(incoming.sha256()) : null;
                    PictureResult made = pictures.make(incoming.file(), content.orElse(null), media, thumbnail, preview,
                            publishable, deadline);
                    List<FileProblem> problems = made.problems();
                    if (deadline.passed()) {
                        if (cancel.get()) {
                            return stopped(file, cancel);
                        }
                        // the pictures took too long; the photo or video itself is read and kept
                        problems = new ArrayList<>(problems);
                        problems.add(FileProblem.TIMED_OUT);
                    }
                    if (!state.settle()) {
                        return stopped(file, cancel);
                    }
                    MediaLibrary.StoredCopy copy = incoming.commit();
                    media = withProblems(media, problems);
                    stored = new LibraryFile(copy.sha256(), copy.sizeBytes(), copy.relativePath(), media,
                            made.perceptualHash(), clock.instant());
                }
            }
            return record(postId, file, name, position, stored);
        }
    }

    /** A file that is surely no photo or video: hashed for its row, never copied (a 3 GB file of zeros stays where it is). */
    private Outcome notCopied(long postId, Path file, int position, MediaInfo media, Deadline deadline,
                              AtomicBoolean cancel, FileState state) throws IOException {
        state.format = media.format();
        MediaLibrary.Hashed hashed = MediaLibrary.hashOnly(file, deadline::passed);
        state.sha256 = hashed.sha256();
        state.size = hashed.sizeBytes();
        if (!state.settle()) {
            return stopped(file, cancel);
        }
        LibraryFile stored = evidence.findFile(hashed.sha256()).filter(Ingest::isWhole)
                .orElse(new LibraryFile(hashed.sha256(), hashed.sizeBytes(), "", media, Optional.empty(), clock.instant()));
        return record(postId, file, nameOf(file), position, stored);
    }

    private Outcome record(long postId, Path file, String name, int position, LibraryFile stored) {
        EvidenceRepository.Added added = evidence.add(postId, stored, name, file.toAbsolutePath().toString(),
                position, clock.instant());
        EvidenceItem item = added.item();
        return new Outcome(file, Optional.of(item), item.media().mainProblem(), added.alreadyInPost());
    }

    /** A file row that is what it says: not the stand-in of a file whose reading was abandoned. */
    private static boolean isWhole(LibraryFile file) {
        return !(file.libraryPath().isEmpty() && file.media().problems().contains(FileProblem.TIMED_OUT));
    }

    /** The first bytes of a file, which say what it is. */
    private static ByteBuffer head(Path file) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (head.hasRemaining() && in.read(head) >= 0) {
                // fill
            }
        }
        return head.flip();
    }

    /**
     * The problem when the failure is Rakit's own storage (its disk is full, its folder or
     * database cannot be written): not the source file's fault, and said so.
     */
    static Optional<FileProblem> storageProblem(Throwable error) {
        boolean ours = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MediaLibrary.LibraryWriteException || t instanceof UncheckedIOException
                    || t instanceof HasMessageKey) {
                ours = true;
            }
        }
        if (!ours) {
            return Optional.empty();
        }
        return Optional.of(Causes.classify(error) == Causes.Cause.DISK_FULL ? FileProblem.DISK_FULL
                : FileProblem.LIBRARY_NOT_WRITABLE);
    }

    /** Out of time, or cancelled by the admin (then neither an item nor a problem). */
    private static Outcome stopped(Path file, AtomicBoolean cancel) {
        return new Outcome(file, Optional.empty(),
                cancel.get() ? Optional.empty() : Optional.of(FileProblem.TIMED_OUT));
    }

    /** Adds the picture-making problems (e.g. no preview) after the reading ones. */
    static MediaInfo withProblems(MediaInfo media, List<FileProblem> more) {
        if (more.isEmpty()) {
            return media;
        }
        List<FileProblem> all = new ArrayList<>(media.problems());
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return new MediaInfo(media.mediaType(), media.format(), media.captureTime(), media.make(), media.model(),
                media.serial(), media.software(), media.orientation(), media.width(), media.height(),
                media.durationSeconds(), media.rotation(), media.gps(), media.modifyDate(), media.cameraMetadata(), all);
    }

    private void quickLooks(List<Path> files, Listener listener, AtomicBoolean cancel) {
        for (int i = 0; i < files.size() && !cancel.get() && !Thread.currentThread().isInterrupted(); i++) {
            try {
                Optional<PictureMaker.QuickLook> look = pictures.quickLook(files.get(i));
                if (look.isPresent()) {
                    listener.quickLook(i, look.get());
                }
            } catch (RuntimeException e) {
                LOG.debug("no quick look for {}", files.get(i), e);
            }
        }
    }
}
