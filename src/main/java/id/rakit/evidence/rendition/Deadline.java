package id.rakit.evidence.rendition;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * When work on one file must stop: a time limit, a cancellation signal (e.g. a JavaFX task's
 * {@code isCancelled}), or both. Decoders poll it while reading, so a stop takes effect within
 * one read or one band of rows, and the file gets {@link id.rakit.evidence.FileProblem#TIMED_OUT}.
 */
public final class Deadline {

    private static final long NONE = Long.MAX_VALUE;
    private static final BooleanSupplier NEVER = new BooleanSupplier() {
        @Override
        public boolean getAsBoolean() {
            return false;
        }
    };

    private final long stopAtNanos;
    private final BooleanSupplier cancelled;

    private Deadline(long stopAtNanos, BooleanSupplier cancelled) {
        this.stopAtNanos = stopAtNanos;
        this.cancelled = cancelled;
    }

    /** No time limit and no cancellation: for tests and one-off calls. */
    public static Deadline none() {
        return new Deadline(NONE, NEVER);
    }

    /** Stop once {@code limit} has passed from now. */
    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + Math.max(0, limit.toNanos()), NEVER);
    }

    /** The same limit, and also stop as soon as {@code signal} says so. */
    public Deadline orWhen(BooleanSupplier signal) {
        Objects.requireNonNull(signal, "signal");
        BooleanSupplier before = cancelled;
        return new Deadline(stopAtNanos, before == NEVER ? signal : new BooleanSupplier() {
            @Override
            public boolean getAsBoolean() {
                return before.getAsBoolean() || signal.getAsBoolean();
            }
        });
    }

    /** Whether the work should stop now. */
    public boolean passed() {
        return (stopAtNanos != NONE && System.nanoTime() - stopAtNanos >= 0) || cancelled.getAsBoolean();
    }

    /** Milliseconds until the time limit (0 once passed), or -1 when there is none. */
    public long millisLeft() {
        if (stopAtNanos == NONE) {
            return -1;
        }
        return Math.max(0, (stopAtNanos - System.nanoTime()) / 1_000_000);
    }

    /** Throws when the work should stop; for loops that read no bytes. */
    void check() throws DeadlinePassedException {
        if (passed()) {
            throw new DeadlinePassedException();
        }
    }
}
