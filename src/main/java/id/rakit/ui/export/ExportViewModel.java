package id.rakit.ui.export;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.Standing;
import id.rakit.export.ExportResult;
import id.rakit.export.ExportService;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.settings.Settings;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Ekspor" tab: what the bundle will hold, where it goes (remembered; Documents at first),
 * and the export itself, which runs as one long job and refuses to go ahead over unsaved edits.
 */
public final class ExportViewModel {

    /** The kind of job in {@link AppState#jobs()}. */
    public static final String KIND = "export";

    private final ExportService exports;
    private final Settings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Causes causes;
    private final AppState state;
    private final Listening listening = new Listening();
    private int generation;

    // Properties

    private final ReadOnlyObjectWrapper<Optional<ExportService.Contents>> contents =
            new ReadOnlyObjectWrapper<>(this, "contents", Optional.empty());

    /** What an export of the open post would hold now. */
    public ReadOnlyObjectProperty<Optional<ExportService.Contents>> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper overview = new ReadOnlyStringWrapper(this, "overview", "");

    /** The bundle's contents in a few lines. */
    public ReadOnlyStringProperty overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");

    /** Where the bundle will be written. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<ExportResult>> result =
            new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());

    /** The bundle written last for the open post, in this session. */
    public ReadOnlyObjectProperty<Optional<ExportResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the last export or overview failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ExportViewModel(ExportService exports, Settings settings, TaskExecutor tasks, DialogService dialogs,
                           Messages messages, AppState state) {
        this.exports = exports;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.causes = new Causes(messages);
        this.state = state;
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                result.set(Optional.empty());
                problem.set("");
                contents.set(Optional.empty());
                overview.set("");
            }
        });
        tasks.run(BackgroundTask.of("read the export folder", () -> settings.exportFolder().orElse(documents()))
                .onSuccess(folder::set)
                .onFailure(error -> folder.set(documents())));
    }

    /** The admin's Documents folder, or the home folder where there is none. */
    static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return Files.isDirectory(docs) ? docs : home;
    }

    // Commands

    /** Reads again what the bundle would hold (when the tab is shown). */
    public void refresh() {
        Optional<Post> open = state.openPost();
        if (open.isEmpty()) {
            return;
        }
        long id = open.get().id();
        int mine = ++generation;
        tasks.run(BackgroundTask.of("read what post " + id + " would export", () -> exports.contents(id))
                .onSuccess(c -> {
                    if (mine == generation) {
                        contents.set(Optional.of(c));
                        overview.set(describe(c));
                        problem.set("");
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        problem.set(causes.describe(error));
                    }
                }));
    }

    private String describe(ExportService.Contents c) {
        List<CheckedItem> items = c.items();
        long usable = items.stream().filter(i -> i.standing() != Standing.UNUSABLE).count();
        long review = c.needingReview();
        List<String> skipped = items.stream().filter(i -> i.standing() == Standing.UNUSABLE)
                .map(i -> i.item().originalName()).toList();
        String caption = c.post().caption();
        StringBuilder out = new StringBuilder();
        out.append(messages.get("export.overview.caption", caption.codePointCount(0, caption.length())));
        out.append('\n').append(messages.get("export.overview.items", usable));
        if (review > 0) {
            out.append('\n').append(messages.get("export.overview.review", review));
        }
        if (!skipped.isEmpty()) {
            out.append('\n').append(messages.get("export.skipped", String.join(", ", skipped)));
        }
        List<String> broken = c.brokenCopies();
        if (!broken.isEmpty()) {
            out.append('\n').append(messages.get("export.overview.copies", String.join(", ", broken)));
        }
        return out.toString();
    }

    /** Lets the admin pick another folder for bundles; remembered for the next export. */
    public void chooseFolder() {
        Optional<Path> picked = dialogs.chooseExportFolder(Optional.ofNullable(folder.get()));
        if (picked.isEmpty()) {
            return;
        }
        folder.set(picked.get());
        Path chosen = picked.get();
        tasks.run(BackgroundTask.of("remember the export folder", () -> {
            settings.setExportFolder(chosen);
            return null;
        }).onSuccess(ok -> { }).onFailure(error -> state.tell(causes.describe(error))));
    }

    /** Writes the open post's bundle, after its edits are saved and the admin has seen what needs a look. */
    public void export() {
        Optional<Post> open = state.openPost();
        if (open.isEmpty() || exporting.get() || folder.get() == null) {
            return;
        }
        long id = open.get().id();
        Path target = folder.get();
        exporting.set(true);
        problem.set("");
        tasks.run(BackgroundTask.of("read what post " + id + " would export", () -> exports.contents(id))
                .onSuccess(c -> confirmAndWrite(c, target))
                .onFailure(error -> failed(error)));
    }

    private void confirmAndWrite(ExportService.Contents c, Path target) {
        contents.set(Optional.of(c));
        overview.set(describe(c));
        long usable = c.items().stream().filter(i -> i.standing() != Standing.UNUSABLE).count();
        long review = c.needingReview();
        if (usable == 0 && !dialogs.confirm(messages.get("export.title"), messages.get("export.confirm.noEvidence"))) {
            exporting.set(false);
            return;
        }
        if (review > 0 && !dialogs.confirm(messages.get("export.title"), messages.get("export.confirm.undecided", review))) {
            exporting.set(false);
            return;
        }
        long id = c.post().id();
        var handle = tasks.runLong(BackgroundTask.of("export post " + id, progress -> {
            progress.message(messages.get("export.running"));
            return exports.export(id, target);
        }).onSuccess(done -> {
            exporting.set(false);
            result.set(Optional.of(done));
            state.update(id, p -> p.status() == PostStatus.PUBLISHED ? p
                    : p.withStatus(PostStatus.EXPORTED, p.publication()));
            state.postsChanged();
            state.tell(messages.get("export.done", done.files(), done.folder().toString()));
            refresh();
        }).onFailure(this::failed));
        state.track(new AppState.Job(KIND, id, handle));
    }

    private void failed(Throwable error) {
        exporting.set(false);
        String why = messages.get("export.failed", causes.describe(error));
        problem.set(why);
        state.tell(why);
    }

    /** Opens the last bundle's folder in the file manager. */
    public void openBundle() {
        result.get().ifPresent(r -> dialogs.openFolder(r.folder()));
    }

    public void dispose() {
        listening.stop();
    }
}
