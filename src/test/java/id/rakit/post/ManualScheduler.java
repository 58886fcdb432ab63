package id.rakit.post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Autosave's clock and save thread, moved by hand: tests see exactly when each write happens. */
final class ManualScheduler implements Autosave.Scheduler {

    private record Task(long at, long order, Runnable run) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public Runnable schedule(Runnable task, long delayMillis) {
        Task t = new Task(now + delayMillis, order++, task);
        tasks.add(t);
        return () -> tasks.remove(t);
    }

    @Override
    public void runAndWait(Runnable task) {
        task.run();
    }

    @Override
    public boolean onSaveThread() {
        return true;
    }

    /** Moves time on, running what falls due on the way, in order. */
    void advance(long millis) {
        long end = now + millis;
        while (true) {
            Task next = tasks.stream().filter(t -> t.at() <= end)
                    .min(Comparator.comparingLong(Task::at).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = Math.max(now, next.at());
            next.run().run();
        }
        now = end;
    }

    @Override
    public void close() {
        tasks.clear();
    }
}
