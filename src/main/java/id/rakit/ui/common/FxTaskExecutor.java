package id.rakit.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Background work on two small pools, short and long; results delivered with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService shortWork = pool("rakit-task", 3);
    private final ExecutorService longJobs = pool("rakit-job", 2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rakit-timer");
        t.setDaemon(true);
        return t;
    });

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle<T> run(BackgroundTask<T> task) {
        return submit(task, shortWork);
    }

    @Override
    public <T> TaskHandle<T> runLong(BackgroundTask<T> task) {
        return submit(task, longJobs);
    }

    private <T> TaskHandle<T> submit(BackgroundTask<T> task, ExecutorService pool) {
        task.failureAction();  // fails fast when the task says nothing about failing
        TaskHandle<T> handle = new TaskHandle<>(task.title());
        try {
            pool.execute(() -> RunningTasks.execute(task, handle, Platform::runLater));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the application is closing: nothing more is started
            LOG.debug("not started after closing: {}", task.title());
            handle.cancel();
            handle.finish(TaskHandle.State.CANCELLED);
        }
        return handle;
    }

    @Override
    public void onUi(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public Runnable later(Duration delay, Runnable action) {
        try {
            ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return () -> { };
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (ExecutorService pool : new ExecutorService[] {shortWork, longJobs}) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
