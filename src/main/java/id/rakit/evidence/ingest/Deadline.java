package id.rakit.evidence.ingest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/** When work on one file must stop: its time is up, or the admin cancelled. */
public final class Deadline {

    private final long endNanos;
    private final AtomicBoolean cancelled;
    private final AtomicBoolean stopped;

    private Deadline(long endNanos, AtomicBoolean cancelled, AtomicBoolean stopped) {
        this.endNanos = endNanos;
        this.cancelled = cancelled;
        this.stopped = stopped;
    }

    /**
     * @param cancelled set when the admin cancels the whole job
     * @param stopped   set from outside when this file's time is up
     */
    public static Deadline in(Duration limit, AtomicBoolean cancelled, AtomicBoolean stopped) {
        return new Deadline(System.nanoTime() + limit.toNanos(), cancelled, stopped);
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE, new AtomicBoolean(), new AtomicBoolean());
    }

    /** True once the work should stop, for either reason. */
    public boolean passed() {
        return cancelled.get() || stopped.get() || System.nanoTime() - endNanos > 0;
    }

    /** Milliseconds left before the time is up (never negative). */
    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
