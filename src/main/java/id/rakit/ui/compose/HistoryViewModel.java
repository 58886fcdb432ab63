package id.rakit.ui.compose;

import id.rakit.compose.TextDiff;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.PostService;
import id.rakit.post.Revision;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Riwayat versi" of one caption text: every saved version with its time and who wrote it, the
 * chosen one beside the text as it is now, word by word, and a way back to it.
 */
public final class HistoryViewModel {

    private final PostService posts;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final long postId;
    private final Platform platform;
    private final CaptionField field;
    private final Supplier<String> current;

    // Properties

    private final ObservableList<Revision> versions = FXCollections.observableArrayList();

    /** The saved versions, newest first. */
    public ObservableList<Revision> versions() {
        return versions;
    }

    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }

    private final ReadOnlyObjectWrapper<Optional<TextDiff.SideBySide>> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison", Optional.empty());

    /** The selected version (left) beside the text as it is now (right). */
    public ReadOnlyObjectProperty<Optional<TextDiff.SideBySide>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    HistoryViewModel(PostService posts, TaskExecutor tasks, Messages messages, long postId, Platform platform,
                     CaptionField field, Supplier<String> current) {
        this.posts = posts;
        this.tasks = tasks;
        this.messages = messages;
        this.postId = postId;
        this.platform = platform;
        this.field = field;
        this.current = current;
        selected.addListener((obs, old, now) -> compare(now));
    }

    public Platform platform() {
        return platform;
    }

    public CaptionField field() {
        return field;
    }

    // Commands

    /** Reads the versions (off the UI thread) and selects the newest that differs from the text now. */
    public void load() {
        tasks.run(BackgroundTask.of("read the history of a caption", () -> posts.history(postId, platform, field))
                .onSuccess(found -> {
                    versions.setAll(found);
                    // the newest version is usually the text as it is: show the one before it
                    String now = current.get();
                    selected.set(found.stream().filter(r -> !r.text().equals(now)).findFirst()
                            .orElse(found.isEmpty() ? null : found.get(0)));
                })
                .onFailure(error -> problem.set(messages.get("history.error", new Causes(messages).describe(error)))));
    }

    private void compare(Revision r) {
        if (r == null) {
            comparison.set(Optional.empty());
            return;
        }
        String now = current.get();
        tasks.run(BackgroundTask.of("compare two versions of a caption", () -> TextDiff.compare(r.text(), now))
                .onSuccess(d -> {
                    if (selected.get() == r) {
                        comparison.set(Optional.of(d));
                    }
                })
                .onFailure(error -> problem.set(messages.get("history.error", new Causes(messages).describe(error)))));
    }

    /** The text of the selected version, to put back in its field (which saves it as a new version). */
    public Optional<String> chosenText() {
        return Optional.ofNullable(selected.get()).map(Revision::text);
    }
}
