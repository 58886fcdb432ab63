package id.rakit.ui.common;

import id.rakit.post.Post;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the whole window works on: the open post (the one every view model reads) and the long
 * jobs under way. It outlives a window rebuilt for another language, so an import keeps going
 * and stays cancellable. Changed on the UI thread only.
 */
public final class AppState {

    // Properties

    private final ReadOnlyObjectWrapper<Post> openPost = new ReadOnlyObjectWrapper<>(this, "openPost");

    /**
     * The post open in the workspace, as the admin last left it (edits included before they are
     * saved); null when none is. A change of id means another post was opened.
     */
    public ReadOnlyObjectProperty<Post> openPostProperty() {
        return openPost.getReadOnlyProperty();
    }

    public Optional<Post> openPost() {
        return Optional.ofNullable(openPost.get());
    }

    /** The open post's id, or -1. */
    public long openPostId() {
        Post p = openPost.get();
        return p == null ? -1 : p.id();
    }

    private final ObservableList<Job> jobs = FXCollections.observableArrayList();

    /** Imports and exports under way, oldest first. */
    public ObservableList<Job> jobs() {
        return jobs;
    }

    /** A long job the window shows in its status bar and asks about before closing. */
    public record Job(String kind, long postId, TaskHandle<?> handle) {
    }

    /** Something worth a line in the status bar, with a way to undo it where there is one. */
    public record News(String text, Optional<Runnable> undo) {
        public static final News NONE = new News("", Optional.empty());
    }

    private final ReadOnlyObjectWrapper<News> news = new ReadOnlyObjectWrapper<>(this, "news", News.NONE);

    /** The latest news for the status bar: an import's result, an export, a failure. */
    public ReadOnlyObjectProperty<News> newsProperty() {
        return news.getReadOnlyProperty();
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper listChanges =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "listChanges");

    /** Counts changes that the list of posts must show (a post created, deleted, restored, moved on). */
    public javafx.beans.property.ReadOnlyIntegerProperty listChangesProperty() {
        return listChanges.getReadOnlyProperty();
    }

    public void postsChanged() {
        listChanges.set(listChanges.get() + 1);
    }

    // Commands

    /** Opens {@code post} in the workspace (or closes the workspace with null). */
    public void open(Post post) {
        openPost.set(post);
    }

    /** Changes the open post in memory, if it is still {@code id}: the edits' own record of it. */
    public void update(long id, UnaryOperator<Post> change) {
        Post p = openPost.get();
        if (p != null && p.id() == id) {
            openPost.set(change.apply(p));
        }
    }

    public void tell(String text) {
        news.set(new News(text, Optional.empty()));
    }

    /** Tells what was done and offers to undo it. */
    public void tell(String text, Runnable undo) {
        news.set(new News(text, Optional.of(undo)));
    }

    /** Shows the job until it ends. */
    public void track(Job job) {
        jobs.add(job);
        job.handle().whenDone(() -> jobs.remove(job));
    }
}
