package id.rakit.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task under way: how far it got, what it is doing, and a way to cancel it. Its properties
 * change on the UI thread only.
 */
public final class TaskHandle<T> {

    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final List<Runnable> whenDone = new ArrayList<>();

    TaskHandle(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    // Properties

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

    /** 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    // Commands

    /** Asks the work to stop; what it finished stays. */
    public void cancel() {
        cancel.set(true);
    }

    public boolean isCancelled() {
        return cancel.get();
    }

    public boolean isDone() {
        return state.get() != State.RUNNING;
    }

    /** Runs {@code action} on the UI thread once the task has ended (at once if it has). */
    public void whenDone(Runnable action) {
        if (isDone()) {
            action.run();
        } else {
            whenDone.add(action);
        }
    }

    // Updates from the executor, on the UI thread

    AtomicBoolean cancelSignal() {
        return cancel;
    }

    void setProgress(double value) {
        progress.set(value);
    }

    void setMessage(String text) {
        message.set(text);
    }

    void finish(State end) {
        state.set(end);
        List<Runnable> actions = new ArrayList<>(whenDone);
        whenDone.clear();
        actions.forEach(Runnable::run);
    }
}
