package id.rakit.evidence.ingest;

import id.rakit.evidence.rendition.Deadline;

import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceRepository;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.library.MediaLibrary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
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
        FileBatch.Fallback<Outcome> fallback = new FileBatch.Fallback<>() {
            @Override
            public Outcome timedOut(Path file) {
                return new Outcome(file, Optional.empty(), Optional.of(FileProblem.TIMED_OUT));
            }

            @Override
            public Outcome failed(Path file, Throwable error) {
                return new Outcome(file, Optional.empty(), Optional.of(FileProblem.READ_FAILED));
            }
        };
        List<Outcome> outcomes = new FileBatch<Outcome>(limits.threads(), limits.perFile()).run(files,
                (i, file, deadline) -> importOne(postId, file, firstPosition + i, deadline, cancel), fallback,
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

    private Outcome importOne(long postId, Path file, int position, Deadline deadline, AtomicBoolean cancel) {
        String name = file.getFileName().toString();
        try (MediaLibrary.Incoming incoming = library.begin(file)) {
            Optional<LibraryFile> known = evidence.findFile(incoming.sha256());
            LibraryFile stored;
            if (known.isPresent()) {
                stored = known.get();
                if (stored.media().isMedia() && !Files.exists(library.thumbnail(stored.sha256()))) {
                    pictures.make(incoming.file(), stored.media(), library.thumbnail(stored.sha256()),
                            library.preview(stored.sha256()), deadline);
                }
                incoming.commit();
            } else {
                // the copy is read back and checked first, so everything below is made from verified bytes;
                // for a file held in memory those bytes are also where metadata and pictures come from
                incoming.verify();
                Optional<ByteBuffer> content = incoming.content();
                MediaInfo media = content.isPresent() ? reader.read(incoming.file(), content.get())
                        : reader.read(incoming.file());
                if (deadline.passed()) {
                    return stopped(file, cancel);
                }
                Path thumbnail = library.thumbnail(incoming.sha256());
                Path preview = library.preview(incoming.sha256());
                PictureResult made;
                if (!media.isMedia()) {
                    made = new PictureResult(false, Optional.empty(), List.of());
                } else if (content.isPresent()) {
                    made = pictures.make(incoming.file(), content.get(), media, thumbnail, preview, deadline);
                } else {
                    made = pictures.make(incoming.file(), media, thumbnail, preview, deadline);
                }
                if (deadline.passed()) {
                    return stopped(file, cancel);
                }
                MediaLibrary.StoredCopy copy = incoming.commit();
                media = withProblems(media, made.problems());
                stored = new LibraryFile(copy.sha256(), copy.sizeBytes(), copy.relativePath(), media,
                        made.perceptualHash(), clock.instant());
            }
            EvidenceRepository.Added added = evidence.add(postId, stored, name, file.toAbsolutePath().toString(),
                    position, clock.instant());
            EvidenceItem item = added.item();
            return new Outcome(file, Optional.of(item), item.media().mainProblem(), added.alreadyInPost());
        } catch (NoSuchFileException e) {
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.NOT_FOUND));
        } catch (AccessDeniedException e) {
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.ACCESS_DENIED));
        } catch (IOException e) {
            LOG.warn("cannot import {}", file, e);
            return new Outcome(file, Optional.empty(), Optional.of(FileProblem.READ_FAILED));
        }
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
