package id.rakit.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves edits shortly after the admin stops typing, on its own thread, so there is no Save
 * button to forget. A newer edit of the same thing replaces the pending one; {@link #flush()}
 * writes everything pending at once (before closing, switching drafts or exporting).
 */
public final class Autosave implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    /** What an observer hears: something is waiting, or everything is written, or a write failed. */
    public enum State { PENDING, SAVED, FAILED }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rakit-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Duration delay;
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private final List<Consumer<State>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScheduledFuture<?> timer;

    public Autosave(Duration delay) {
        this.delay = delay;
    }

    /** Hears the state on the autosave thread (or the caller's, for {@link State#PENDING}). */
    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    private void tell(State state) {
        listeners.forEach(l -> l.accept(state));
    }

    /** Writes {@code write} after the delay unless another write for the same key replaces it. */
    public synchronized void schedule(Object key, Runnable write) {
        pending.put(key, write);
        if (timer != null) {
            timer.cancel(false);
        }
        timer = thread.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
        tell(State.PENDING);
    }

    /** Writes everything pending now and waits until it is on disk. Never call on the UI thread. */
    public void flush() {
        try {
            thread.submit(this::writePending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("autosave flush failed", e.getCause());
        }
    }

    public synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    private void writePending() {
        List<Runnable> writes;
        synchronized (this) {
            writes = new ArrayList<>(pending.values());
            pending.clear();
        }
        if (writes.isEmpty()) {
            return;
        }
        boolean ok = true;
        for (Runnable write : writes) {
            try {
                write.run();
            } catch (RuntimeException e) {
                ok = false;
                LOG.error("autosave write failed", e);
            }
        }
        boolean more;
        synchronized (this) {
            more = !pending.isEmpty();
        }
        if (!more) {
            tell(ok ? State.SAVED : State.FAILED);
        }
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
    }
}
