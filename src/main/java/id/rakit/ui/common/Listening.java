package id.rakit.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a view model put on things that outlive it (the open post, the jobs): kept
 * together so {@link #stop()} removes every one when its window is replaced.
 */
public final class Listening {

    private final List<Runnable> removals = new ArrayList<>();

    public <T> void on(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void on(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    public void on(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        removals.add(() -> observable.removeListener(listener));
    }

    public void stop() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
