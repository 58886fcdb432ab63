package id.rakit.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the executors share: running a task's work and bringing its ending to the UI thread. */
final class RunningTasks {

    private static final Logger LOG = LoggerFactory.getLogger(RunningTasks.class);

    private RunningTasks() {
    }

    /** Runs the work on the current thread; {@code ui} brings updates to the UI thread. */
    static <T> void execute(BackgroundTask<T> task, TaskHandle<T> handle, Consumer<Runnable> ui) {
        Consumer<Throwable> onFailure = task.failureAction();
        ProgressReports<T> progress = new ProgressReports<>(handle, ui);
        T result;
        try {
            result = task.work().call(progress);
        } catch (Exception | Error e) {
            LOG.error("{} failed", task.title(), e);
            ui.accept(() -> {
                handle.finish(TaskHandle.State.FAILED);
                onFailure.accept(e);
            });
            return;
        }
        ui.accept(() -> {
            handle.finish(handle.isCancelled() ? TaskHandle.State.CANCELLED : TaskHandle.State.SUCCEEDED);
            task.successAction().accept(result);
        });
    }

    /** Progress and messages, coalesced: at most one update waits for the UI thread at a time. */
    private static final class ProgressReports<T> implements BackgroundTask.Progress {
        private final TaskHandle<T> handle;
        private final Consumer<Runnable> ui;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong(-1);
        private final AtomicReference<String> message = new AtomicReference<>();
        private final AtomicBoolean queued = new AtomicBoolean();

        ProgressReports(TaskHandle<T> handle, Consumer<Runnable> ui) {
            this.handle = handle;
            this.ui = ui;
        }

        @Override
        public void update(long workDone, long max) {
            done.set(workDone);
            total.set(max);
            push();
        }

        @Override
        public void message(String text) {
            message.set(text);
            push();
        }

        private void push() {
            if (queued.compareAndSet(false, true)) {
                ui.accept(() -> {
                    queued.set(false);
                    long max = total.get();
                    handle.setProgress(max <= 0 ? -1 : (double) done.get() / max);
                    String text = message.get();
                    if (text != null) {
                        handle.setMessage(text);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return handle.isCancelled();
        }

        @Override
        public AtomicBoolean cancelSignal() {
            return handle.cancelSignal();
        }
    }
}
