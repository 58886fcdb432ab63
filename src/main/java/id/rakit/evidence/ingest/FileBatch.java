package id.rakit.evidence.ingest;

import id.rakit.evidence.rendition.Deadline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one piece of work per file on several threads, so that one slow or broken file can
 * neither stop nor hold up the batch: a file that outlives the per-file limit is told to stop,
 * and if it does not, abandoned with a fallback result while the batch goes on.
 *
 * @param <T> what the work makes of one file
 */
public final class FileBatch<T> {

    private static final Logger LOG = LoggerFactory.getLogger(FileBatch.class);
    private static final Duration GRACE = Duration.ofSeconds(2);

    /** The work for one file; it should give up soon after {@code deadline} has passed. */
    @FunctionalInterface
    public interface Work<T> {
        T run(int index, Path file, Deadline deadline) throws Exception;
    }

    /**
     * What a file gets when its work was abandoned or threw. Called on the batch's own thread;
     * it must not throw (what it throws is given to {@link #failed} once more, then the file
     * gets {@link #lastResort}).
     */
    public interface Fallback<T> {
        T timedOut(int index, Path file);

        T failed(int index, Path file, Throwable error);

        /** A result made without any work that could fail (no disk, no allocation of note). */
        T lastResort(int index, Path file);
    }

    /** Hears about each file; called from the batch's threads. */
    public interface Listener<T> {
        default void started(int index) {
        }

        void finished(int index, T result);
    }

    private final int threads;
    private final Duration perFile;

    public FileBatch(int threads, Duration perFile) {
        this.threads = Math.max(1, threads);
        this.perFile = perFile;
    }

    /**
     * Runs {@code work} over {@code files}; returns when every file is done or the batch was
     * cancelled. The list has one result per file, {@code null} where cancelling came first.
     */
    public List<T> run(List<Path> files, Work<T> work, Fallback<T> fallback, Listener<T> listener, AtomicBoolean cancel) {
        @SuppressWarnings("unchecked")
        T[] results = (T[]) new Object[files.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(named("rakit-file"));
        int lanes = Math.min(threads, Math.max(1, files.size()));
        CountDownLatch done = new CountDownLatch(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            // classes rather than lambdas here and below: each lambda is a class generated at first
            // use, which a command-line run pays for in its start-up
            Thread t = new Thread(new Runnable() {
                @Override
                public void run() {
                    try {
                        int i;
                        while (!cancel.get() && (i = next.getAndIncrement()) < files.size()) {
                            results[i] = one(workers, i, files.get(i), work, fallback, listener, cancel);
                        }
                    } finally {
                        done.countDown();
                    }
                }
            }, "rakit-lane-" + lane);
            t.setDaemon(true);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            cancel.set(true);
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        return new ArrayList<>(Arrays.asList(results));
    }

    /**
     * One file on a lane: whatever its work, its fallback or the listener throw (an
     * OutOfMemoryError a hostile file caused on another thread lands anywhere), the file gets a
     * result and the lane goes on with the next file.
     */
    private T one(ExecutorService workers, int i, Path file, Work<T> work, Fallback<T> fallback, Listener<T> listener,
                  AtomicBoolean cancel) {
        T result = null;
        try {
            listener.started(i);
            result = runOne(workers, i, file, work, fallback, cancel);
        } catch (Throwable error) {
            result = failedSafely(i, file, error, fallback);
        }
        if (result == null) {
            result = failedSafely(i, file, new IllegalStateException("no result"), fallback);
        }
        try {
            listener.finished(i, result);
        } catch (Throwable error) {
            LOG.error("reporting {} failed", file, error);
        }
        return result;
    }

    private static <T> T failedSafely(int i, Path file, Throwable error, Fallback<T> fallback) {
        try {
            LOG.error("work on {} failed", file, error);
            T r = fallback.failed(i, file, error);
            if (r != null) {
                return r;
            }
        } catch (Throwable again) {
            LOG.error("fallback for {} failed", file, again);
        }
        return fallback.lastResort(i, file);
    }

    private T runOne(ExecutorService workers, int index, Path file, Work<T> work, Fallback<T> fallback,
                     AtomicBoolean cancel) {
        AtomicBoolean stop = new AtomicBoolean();
        Deadline deadline = Deadline.after(perFile).orWhen(new Either(cancel, stop));
        Future<T> future = workers.submit(new Callable<T>() {
            @Override
            public T call() throws Exception {
                return work.run(index, file, deadline);
            }
        });
        long waited = 0;
        try {
            while (true) {
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    waited += 100;
                    if (waited >= perFile.toMillis()) {
                        stop.set(true);
                        try {
                            return future.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                        } catch (TimeoutException stuck) {
                            LOG.warn("abandoning {} after {} ms", file, waited + GRACE.toMillis());
                            future.cancel(true);
                            return fallback.timedOut(index, file);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            return fallback.timedOut(index, file);
        } catch (ExecutionException e) {
            return failedSafely(index, file, e.getCause(), fallback);
        }
    }

    /** Set once the batch is cancelled or this file's work is told to stop. */
    private static final class Either implements BooleanSupplier {
        private final AtomicBoolean cancel;
        private final AtomicBoolean stop;

        Either(AtomicBoolean cancel, AtomicBoolean stop) {
            this.cancel = cancel;
            this.stop = stop;
        }

        @Override
        public boolean getAsBoolean() {
            return cancel.get() || stop.get();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
                t.setDaemon(true);
                // below the window's own thread, where the system honours it (Windows): typing
                // stays smooth while every core decodes
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            }
        };
    }
}
