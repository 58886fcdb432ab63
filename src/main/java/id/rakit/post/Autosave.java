package id.rakit.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes edits in the background so there is no Save button to forget. Each thing edited (a
 * post's details, one caption text) has its own key and its own timer: it is written once the
 * admin pauses, and at the latest {@link Timing#maxWait()} after its first unsaved edit, however
 * fast the typing goes on. A write that fails stays pending and is tried again, later and later,
 * until it succeeds; nothing typed is dropped. {@link #flush()} writes everything now and says
 * whether anything is still unsaved.
 */
public final class Autosave implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    /** When edits are written. */
    public record Timing(Duration quiet, Duration maxWait, Duration firstRetry, Duration lastRetry) {
        /** Written 400 ms after the last keystroke, and never more than a second after the first. */
        public static final Timing STANDARD = new Timing(Duration.ofMillis(400), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** What the window says about saving: everything written, writes waiting, or writes failing. */
    public record State(int pending, Optional<Throwable> failure) {
        public static final State SAVED = new State(0, Optional.empty());

        public enum Kind { SAVED, PENDING, FAILED }

        public Kind kind() {
            return failure.isPresent() ? Kind.FAILED : pending > 0 ? Kind.PENDING : Kind.SAVED;
        }
    }

    /** Time and the one thread writes run on; a test replaces it with a clock it moves by hand. */
    public interface Scheduler extends AutoCloseable {
        long nowMillis();

        /** Runs {@code task} on the save thread after {@code delayMillis}; the result calls it off. */
        Runnable schedule(Runnable task, long delayMillis);

        /** Runs {@code task} on the save thread and waits for it to finish. */
        void runAndWait(Runnable task);

        boolean onSaveThread();

        @Override
        void close();
    }

    private static final class Pending {
        final Object key;
        final Runnable write;
        final long firstAt;
        final long lastAt;
        int attempts;
        long retryAt;
        Throwable failure;

        Pending(Object key, Runnable write, long firstAt, long lastAt) {
            this.key = key;
            this.write = write;
            this.firstAt = firstAt;
            this.lastAt = lastAt;
        }
    }

    private final Timing timing;
    private final Scheduler scheduler;
    private final Map<Object, Pending> pending = new LinkedHashMap<>();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private Runnable armed;
    private long armedFor = Long.MAX_VALUE;
    private State told = State.SAVED;
    private boolean closed;

    public Autosave(Timing timing) {
        this(timing, new ThreadScheduler());
    }

    public Autosave(Timing timing, Scheduler scheduler) {
        this.timing = timing;
        this.scheduler = scheduler;
    }

    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    /** Writes {@code write} soon; a newer write for the same key replaces one not yet written. */
    public void schedule(Object key, Runnable write) {
        Objects.requireNonNull(key);
        boolean now;
        synchronized (this) {
            now = closed;
            if (!now) {
                long t = scheduler.nowMillis();
                Pending old = pending.get(key);
                Pending next = new Pending(key, write, old == null ? t : old.firstAt, t);
                if (old != null && old.failure != null) {
                    next.failure = old.failure;
                    next.attempts = old.attempts;
                }
                pending.put(key, next);
                rearm();
            }
        }
        if (now) {
            // after closing there is no save thread: write at once rather than drop the edit
            attempt(findOrWrap(key, write));
        }
        tell();
    }

    private Pending findOrWrap(Object key, Runnable write) {
        return new Pending(key, write, scheduler.nowMillis(), scheduler.nowMillis());
    }

    /** Drops a pending write (the edit was undone another way, e.g. a variant reset to the master). */
    public void cancel(Object key) {
        synchronized (this) {
            pending.remove(key);
            rearm();
        }
        tell();
    }

    /** Writes everything pending now; true when nothing is left unsaved. Never on the UI thread. */
    public boolean flush() {
        return flush(key -> true);
    }

    /** Writes the pending edits whose key passes {@code which}; true when none of them is left. */
    public boolean flush(Predicate<Object> which) {
        Runnable work = () -> writeNow(which);
        if (scheduler.onSaveThread() || isClosed()) {
            work.run();
        } else {
            scheduler.runAndWait(work);
        }
        synchronized (this) {
            return pending.keySet().stream().noneMatch(which);
        }
    }

    public synchronized State state() {
        Optional<Throwable> failure = pending.values().stream().filter(p -> p.failure != null)
                .map(p -> p.failure).findFirst();
        return new State(pending.size(), failure);
    }

    public synchronized boolean hasPending(Predicate<Object> which) {
        return pending.keySet().stream().anyMatch(which);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Arms the one timer for the earliest write that is due. Holds the lock. */
    private void rearm() {
        long earliest = Long.MAX_VALUE;
        for (Pending p : pending.values()) {
            earliest = Math.min(earliest, due(p));
        }
        if (earliest == armedFor) {
            return;
        }
        if (armed != null) {
            armed.run();
            armed = null;
        }
        armedFor = earliest;
        if (earliest != Long.MAX_VALUE) {
            armed = scheduler.schedule(this::tick, Math.max(0, earliest - scheduler.nowMillis()));
        }
    }

    private long due(Pending p) {
        if (p.failure != null && p.retryAt > p.lastAt) {
            return p.retryAt;
        }
        return Math.min(p.lastAt + timing.quiet().toMillis(), p.firstAt + timing.maxWait().toMillis());
    }

    private void tick() {
        List<Pending> due = new ArrayList<>();
        synchronized (this) {
            armed = null;
            armedFor = Long.MAX_VALUE;
            long now = scheduler.nowMillis();
            for (Pending p : pending.values()) {
                if (due(p) <= now) {
                    due.add(p);
                }
            }
        }
        due.forEach(this::attempt);
        synchronized (this) {
            rearm();
        }
        tell();
    }

    private void writeNow(Predicate<Object> which) {
        List<Pending> all;
        synchronized (this) {
            all = pending.values().stream().filter(p -> which.test(p.key)).toList();
        }
        all.forEach(this::attempt);
        synchronized (this) {
            if (!closed) {
                rearm();
            }
        }
        tell();
    }

    private void attempt(Pending p) {
        try {
            p.write.run();
            synchronized (this) {
                pending.remove(p.key, p);
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                p.attempts++;
                p.failure = e;
                long wait = Math.min(timing.lastRetry().toMillis(),
                        timing.firstRetry().toMillis() << Math.min(p.attempts - 1, 16));
                p.retryAt = scheduler.nowMillis() + wait;
                Pending newer = pending.get(p.key);
                if (newer != null && newer != p && newer.failure == null) {
                    newer.failure = e;
                    newer.attempts = p.attempts;
                }
            }
            if (p.attempts == 1) {
                LOG.error("autosave of {} failed; trying again", p.key, e);
            } else {
                LOG.debug("autosave of {} failed again ({} tries)", p.key, p.attempts, e);
            }
        }
    }

    private void tell() {
        State now = state();
        synchronized (this) {
            if (now.equals(told)) {
                return;
            }
            told = now;
        }
        listeners.forEach(l -> l.accept(now));
    }

    /** Writes what is pending and stops the save thread; later edits are written at once. */
    @Override
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            if (armed != null) {
                armed.run();
                armed = null;
            }
        }
        scheduler.close();
    }

    /** The real save thread. */
    private static final class ThreadScheduler implements Scheduler {
        private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rakit-autosave");
            t.setDaemon(true);
            return t;
        });
        private volatile Thread saveThread;

        ThreadScheduler() {
            thread.setRemoveOnCancelPolicy(true);
            thread.execute(() -> saveThread = Thread.currentThread());
        }

        @Override
        public long nowMillis() {
            return System.nanoTime() / 1_000_000;
        }

        @Override
        public Runnable schedule(Runnable task, long delayMillis) {
            Future<?> f = thread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        }

        @Override
        public void runAndWait(Runnable task) {
            try {
                thread.submit(task).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.error("autosave flush failed", e.getCause());
            } catch (java.util.concurrent.RejectedExecutionException e) {
                task.run();
            }
        }

        @Override
        public boolean onSaveThread() {
            return Thread.currentThread() == saveThread;
        }

        @Override
        public void close() {
            thread.shutdown();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
