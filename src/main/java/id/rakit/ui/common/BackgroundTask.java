package id.rakit.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work for a background thread and what to do with its result on the UI thread. Every task says
 * what happens when it fails: a failure always reaches the admin (see {@link TaskExecutor}).
 *
 * <pre>{@code
 * tasks.run(BackgroundTask.of(() -> posts.find(id))
 *         .onSuccess(this::show)
 *         .onFailure(e -> message.set(causes.describe(e))));
 * }</pre>
 */
public final class BackgroundTask<T> {

    /** Work that can report how far it got and notice that it was cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work tells its handle; callable from any thread. */
    public interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();

        /** The flag a cancel sets, for work that passes it on (an import's files). */
        AtomicBoolean cancelSignal();
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** {@code title} names the task in the log. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, progress -> work.call());
    }

    /** Runs on the UI thread with the result (also when a cancelled job returns what it finished). */
    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread with the cause; it must tell the admin (the executor logs it). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successAction() {
        return onSuccess;
    }

    Consumer<Throwable> failureAction() {
        if (onFailure == null) {
            throw new IllegalStateException("task '" + title + "' does not say what the admin is told when it fails");
        }
        return onFailure;
    }
}
