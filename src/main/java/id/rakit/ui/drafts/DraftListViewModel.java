package id.rakit.ui.drafts;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.PostQuery;
import id.rakit.post.PostService;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of posts on the left: search as the admin types (throttled, off the UI thread), a
 * status filter, the bin. It shows which post is open; it opens, duplicates, deletes and
 * restores through {@link PostActions}.
 */
public final class DraftListViewModel {

    /** How long typing in the search field pauses before the search runs. */
    static final Duration SEARCH_DELAY = Duration.ofMillis(200);

    /** What the list asks of the window. */
    public interface PostActions {
        void open(long id);

        void duplicate(long id);

        void moveToBin(long id);

        void restore(long id);
    }

    private final PostService posts;
    private final TaskExecutor tasks;
    private final AppState state;
    private final Messages messages;
    private final PostActions actions;
    private final Listening listening = new Listening();
    private Runnable pending;
    private int generation;

    // Properties

    private final StringProperty query = new SimpleStringProperty(this, "query", "");

    /** What the admin typed into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    private final ObjectProperty<Optional<PostStatus>> status =
            new SimpleObjectProperty<>(this, "status", Optional.empty());

    /** Only posts of this status; empty for all. */
    public ObjectProperty<Optional<PostStatus>> statusProperty() {
        return status;
    }

    private final BooleanProperty bin = new SimpleBooleanProperty(this, "bin");

    /** True while the list shows the bin instead of the posts. */
    public BooleanProperty binProperty() {
        return bin;
    }

    private final ObservableList<PostSummary> drafts = FXCollections.observableArrayList();

    /** The posts the search and filter select, most recently changed first. */
    public ObservableList<PostSummary> drafts() {
        return drafts;
    }

    private final ReadOnlyLongWrapper openId = new ReadOnlyLongWrapper(this, "openId", -1);

    /** The post open in the workspace, to highlight it. */
    public ReadOnlyLongProperty openIdProperty() {
        return openId.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper binCount = new ReadOnlyIntegerWrapper(this, "binCount");

    /** How many posts are in the bin. */
    public ReadOnlyIntegerProperty binCountProperty() {
        return binCount.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the list could not be read, in plain words; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DraftListViewModel(PostService posts, TaskExecutor tasks, AppState state, Messages messages,
                              PostActions actions) {
        this.posts = posts;
        this.tasks = tasks;
        this.state = state;
        this.messages = messages;
        this.actions = actions;
        query.addListener((obs, old, now) -> refreshSoon());
        status.addListener((obs, old, now) -> refresh());
        bin.addListener((obs, old, now) -> refresh());
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            long id = now == null ? -1 : now.id();
            if (id != openId.get()) {
                openId.set(id);
                refresh();
            }
        });
        listening.on(state.listChangesProperty(), (obs, old, now) -> refreshSoon());
        openId.set(state.openPostId());
    }

    // Commands

    public void open(PostSummary p) {
        if (!bin.get()) {
            actions.open(p.id());
        }
    }

    public void duplicate(PostSummary p) {
        actions.duplicate(p.id());
    }

    public void moveToBin(PostSummary p) {
        actions.moveToBin(p.id());
    }

    public void restore(PostSummary p) {
        actions.restore(p.id());
    }

    /** Searches again after a short pause, so fast typing runs one search, not one per key. */
    public void refreshSoon() {
        if (pending != null) {
            pending.run();
        }
        pending = tasks.later(SEARCH_DELAY, this::refresh);
    }

    /** Reads the list again now (off the UI thread). */
    public void refresh() {
        if (pending != null) {
            pending.run();
            pending = null;
        }
        int mine = ++generation;
        PostQuery q = new PostQuery(query.get(), bin.get() ? Optional.empty() : status.get(), bin.get());
        tasks.run(BackgroundTask.<Listed>of("list posts", () -> new Listed(posts.search(q),
                        posts.search(new PostQuery("", Optional.empty(), true)).size()))
                .onSuccess(listed -> {
                    if (mine == generation) {
                        drafts.setAll(listed.posts());
                        binCount.set(listed.inBin());
                        problem.set("");
                    }
                })
                .onFailure(error -> problem.set(messages.get("drafts.error", new Causes(messages).describe(error)))));
    }

    private record Listed(List<PostSummary> posts, int inBin) {
    }

    public void dispose() {
        listening.stop();
        if (pending != null) {
            pending.run();
        }
    }
}
