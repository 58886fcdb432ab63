package id.rakit.ui.main;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.export.BundleWriter;
import id.rakit.export.ExportResult;
import id.rakit.i18n.Messages;
import id.rakit.post.Autosave;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostRepository;
import id.rakit.post.PostSummary;
import id.rakit.settings.Settings;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.drafts.DraftListViewModel;
import id.rakit.ui.evidence.EvidenceGalleryViewModel;
import id.rakit.ui.post.PostEditorViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window: drafts on the left, the open post and its evidence beside them. */
public final class MainViewModel {

    private final PostRepository posts;
    private final EvidenceService evidence;
    private final BundleWriter bundles;
    private final Autosave autosave;
    private final Settings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final DraftListViewModel drafts;
    private final PostEditorViewModel editor;
    private final EvidenceGalleryViewModel gallery;
    private Path lastExportFolder;
    private int loadGeneration;

    // Properties

    private final ReadOnlyBooleanWrapper postOpen = new ReadOnlyBooleanWrapper(this, "postOpen");

    public ReadOnlyBooleanProperty postOpenProperty() {
        return postOpen.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The last thing worth telling the admin in the status bar (export done, errors). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public MainViewModel(PostRepository posts, EvidenceService evidence, BundleWriter bundles, Autosave autosave,
                         Settings settings, TaskExecutor tasks, DialogService dialogs, Messages messages, Clock clock,
                         DraftListViewModel drafts, PostEditorViewModel editor, EvidenceGalleryViewModel gallery) {
        this.posts = posts;
        this.evidence = evidence;
        this.bundles = bundles;
        this.autosave = autosave;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.drafts = drafts;
        this.editor = editor;
        this.gallery = gallery;
        drafts.selectedProperty().addListener((obs, old, now) -> open(now));
        editor.detailsProperty().addListener((obs, old, now) -> gallery.detailsChanged(now));
    }

    public DraftListViewModel drafts() {
        return drafts;
    }

    public PostEditorViewModel editor() {
        return editor;
    }

    public EvidenceGalleryViewModel gallery() {
        return gallery;
    }

    public Messages messages() {
        return messages;
    }

    // Commands

    /** Loads the list of drafts and opens the newest. */
    public void start() {
        drafts.refresh();
    }

    /** Opens the post with this id (after the list has loaded). */
    public void openPost(long id) {
        drafts.refresh(id);
    }

    /** Creates a new draft (unit prefilled from the profile) and opens it. */
    public void newPost() {
        if (editor.isUntouched() && gallery.tiles().isEmpty()) {
            // an empty draft is already open: use it instead of piling up empty drafts
            editor.focusTitle();
            return;
        }
        tasks.run(() -> {
            autosave.flush();
            String unit = settings.unitName();
            return posts.create(PostDetails.empty(unit, settings.zone()), clock.instant());
        }, created -> {
            drafts.queryProperty().set("");
            drafts.refresh(created.id());
            showPost(created);
            editor.focusTitle();
        }, error -> message.set(messages.get("main.error.create")));
    }

    private void open(PostSummary summary) {
        if (summary == null) {
            return;
        }
        Post shown = editor.postProperty().get();
        if (shown != null && shown.id() == summary.id()) {
            return;
        }
        int mine = ++loadGeneration;
        tasks.run(() -> {
            autosave.flush();
            return posts.find(summary.id());
        }, found -> {
            if (mine == loadGeneration) {
                found.ifPresentOrElse(this::showPost, () -> drafts.refresh());
            }
        }, error -> message.set(messages.get("main.error.open")));
    }

    private void showPost(Post p) {
        loadGeneration++;
        editor.load(p);
        gallery.show(p);
        postOpen.set(true);
    }

    /** Writes the open post's bundle into a folder the admin picks. */
    public void export() {
        Post shown = editor.postProperty().get();
        if (shown == null || exporting.get()) {
            return;
        }
        List<CheckedItem> items = gallery.items();
        long undecided = items.stream().filter(CheckedItem::needsDecision).count();
        if (items.isEmpty() && !dialogs.confirm(messages.get("export.title"), messages.get("export.confirm.noEvidence"))) {
            return;
        }
        if (undecided > 0 && !dialogs.confirm(messages.get("export.title"),
                messages.get("export.confirm.undecided", undecided))) {
            return;
        }
        Optional<Path> folder = dialogs.chooseExportFolder(Optional.ofNullable(lastExportFolder));
        if (folder.isEmpty()) {
            return;
        }
        lastExportFolder = folder.get();
        exporting.set(true);
        message.set(messages.get("export.running"));
        long id = shown.id();
        tasks.run(() -> {
            autosave.flush();
            Post fresh = posts.find(id).orElseThrow();
            ExportResult result = bundles.write(fresh, evidence.check(fresh), folder.get());
            posts.markExported(id, clock.instant());
            return result;
        }, result -> {
            exporting.set(false);
            String done = messages.get("export.done", result.files(), result.folder().toString());
            message.set(done);
            String skipped = result.skipped().isEmpty() ? ""
                    : "\n\n" + messages.get("export.skipped", String.join(", ", result.skipped()));
            dialogs.showInfo(messages.get("export.title"), done + skipped);
            drafts.refresh();
        }, error -> {
            exporting.set(false);
            message.set(messages.get("export.failed"));
            dialogs.showError(messages.get("export.title"), messages.get("export.failed"));
        });
    }

    public void clearMessage() {
        message.set("");
    }

    /** Saves what is pending; call before the window closes (off the UI thread). */
    public void flush() {
        autosave.flush();
    }
}
