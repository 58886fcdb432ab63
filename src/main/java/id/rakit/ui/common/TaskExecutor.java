package id.rakit.ui.common;

import java.time.Duration;

/**
 * The one place where work hops between the UI thread and background threads. View models hand
 * it the slow part (database, files, decoding) and get the result back on the UI thread. Short
 * work (loads, saves, decodes) and long jobs (import, export) run on separate threads, so a long
 * import never holds up a draft opening. Every failure is logged with its cause, here, once.
 */
public interface TaskExecutor {

    /** Short work: loading, saving, checking, decoding. */
    <T> TaskHandle<T> run(BackgroundTask<T> task);

    /** A long job that reports progress and can be cancelled: an import, an export. */
    <T> TaskHandle<T> runLong(BackgroundTask<T> task);

    /** Runs {@code update} on the UI thread (from a background thread's report). */
    void onUi(Runnable update);

    /** Runs {@code action} on the UI thread after {@code delay}; the result calls it off. */
    Runnable later(Duration delay, Runnable action);
}
