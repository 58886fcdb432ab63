package id.rakit.ui.drafts;

import id.rakit.post.PostRepository;
import id.rakit.post.PostSummary;
import id.rakit.ui.common.TaskExecutor;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The list of drafts and its search. */
public final class DraftListViewModel {

    private final PostRepository posts;
    private final TaskExecutor tasks;
    private int generation;

    // Properties

    private final StringProperty query = new SimpleStringProperty(this, "query", "");

    /** What the admin typed into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    private final ObservableList<PostSummary> drafts = FXCollections.observableArrayList();

    /** The drafts matching the query, newest first. */
    public ObservableList<PostSummary> drafts() {
        return drafts;
    }

    private final ObjectProperty<PostSummary> selected = new SimpleObjectProperty<>(this, "selected");

    /** The draft open in the editor. */
    public ObjectProperty<PostSummary> selectedProperty() {
        return selected;
    }

    public DraftListViewModel(PostRepository posts, TaskExecutor tasks) {
        this.posts = posts;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> refresh());
    }

    // Commands

    /** Reloads the list; keeps the selection on the same post when it is still listed. */
    public void refresh() {
        refresh(selected.get() == null ? -1 : selected.get().id());
    }

    /** Reloads the list and selects the post with {@code selectId} when present. */
    public void refresh(long selectId) {
        int mine = ++generation;
        String q = query.get();
        tasks.run(() -> posts.search(q), list -> {
            if (mine != generation) {
                return;
            }
            apply(list, selectId);
        }, error -> { });
    }

    private void apply(List<PostSummary> list, long selectId) {
        PostSummary keep = list.stream().filter(p -> p.id() == selectId).findFirst().orElse(null);
        drafts.setAll(list);
        if (keep != null && !Objects.equals(keep, selected.get())) {
            selected.set(keep);
        }
    }
}
