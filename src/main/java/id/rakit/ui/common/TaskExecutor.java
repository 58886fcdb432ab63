package id.rakit.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one place where work hops between the UI thread and background threads. View models hand
 * it the slow part (database, files, decoding) and get the result back on the UI thread.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background; the callbacks run on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the UI thread (from a background thread's progress report). */
    void onUi(Runnable update);

    /** Runs fire-and-forget background work whose failures are only logged. */
    default void runQuietly(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, error -> { });
    }
}
