package id.rakit.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every task at once on the calling thread, for view model tests: no threads, no waiting,
 * the same order every time. Delayed actions wait until {@link #runDelayed()}.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> TaskHandle<T> run(BackgroundTask<T> task) {
        TaskHandle<T> handle = new TaskHandle<>(task.title());
        RunningTasks.execute(task, handle, Runnable::run);
        return handle;
    }

    @Override
    public <T> TaskHandle<T> runLong(BackgroundTask<T> task) {
        return run(task);
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }

    @Override
    public Runnable later(Duration delay, Runnable action) {
        delayed.add(action);
        return () -> delayed.remove(action);
    }

    /** Runs the delayed actions now, as if their time had come. */
    public void runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
    }
}
