package id.rakit.ui.main;

import id.rakit.compose.CaptionRules;
import id.rakit.compose.Readiness;
import id.rakit.compose.WritingAids;
import id.rakit.evidence.EvidenceService;
import id.rakit.export.ExportService;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.library.BackupService;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import id.rakit.settings.Settings;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.compose.ComposeViewModel;
import id.rakit.ui.details.DetailsViewModel;
import id.rakit.ui.drafts.DraftListViewModel;
import id.rakit.ui.evidence.EvidenceGalleryViewModel;
import id.rakit.ui.evidence.ImportJobs;
import id.rakit.ui.export.ExportViewModel;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.util.Optional;

/**
 * The main window: the list of posts on the left and the open post as a workspace beside it.
 * It opens, creates, duplicates, deletes and restores posts; every part of the workspace reads
 * the one open post in {@link AppState}.
 */
public final class MainViewModel implements DraftListViewModel.PostActions {

    /** What the window works with. */
    public record Services(PostService posts, EvidenceService evidence, ExportService exports, MediaLibrary library,
                           Settings settings, TaskExecutor tasks, AppState state, ImportJobs imports,
                           CaptionRules rules, WritingAids aids, BackupService backups) {
    }

    /** The kind of job in {@link AppState#jobs()} that "Cadangkan sekarang" runs. */
    public static final String BACKUP = "backup";

    private final Services s;
    private final DialogService dialogs;
    private final Messages messages;
    private final Causes causes;
    private final DraftListViewModel drafts;
    private final DetailsViewModel details;
    private final EvidenceGalleryViewModel gallery;
    private final ComposeViewModel compose;
    private final ExportViewModel export;
    private final WorkspaceViewModel workspace;
    private int opening;

    public MainViewModel(Services services, DialogService dialogs, Messages messages) {
        this.s = services;
        this.dialogs = dialogs;
        this.messages = messages;
        this.causes = new Causes(messages);
        AppState state = services.state();
        drafts = new DraftListViewModel(services.posts(), services.tasks(), state, messages, this,
                () -> java.time.LocalDate.now(id.rakit.post.TimeZones.DEFAULT));
        details = new DetailsViewModel(services.posts(), state);
        gallery = new EvidenceGalleryViewModel(services.evidence(), services.imports(), services.library(),
                services.tasks(), dialogs, messages, state, services.posts());
        compose = new ComposeViewModel(services.posts(), services.evidence(), services.library(), services.rules(),
                services.aids(), services.settings()::hashtags, state, services.tasks(), messages);
        export = new ExportViewModel(services.exports(), services.settings(), services.tasks(), dialogs, messages, state);
        workspace = new WorkspaceViewModel(services.posts(), services.evidence(), new Readiness(services.rules()), state,
                services.tasks(), dialogs, messages);
    }

    public DraftListViewModel drafts() {
        return drafts;
    }

    public DetailsViewModel details() {
        return details;
    }

    public EvidenceGalleryViewModel gallery() {
        return gallery;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public ExportViewModel export() {
        return export;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public AppState state() {
        return s.state();
    }

    public Messages messages() {
        return messages;
    }

    // Commands

    /** Lists the posts and, on a fresh start, opens the post open when Rakit last closed. */
    public void start() {
        drafts.refresh();
        if (s.state().openPost().isPresent()) {
            return;
        }
        s.tasks().run(BackgroundTask.<Optional<Post>>of("reopen the last post", () -> {
            s.posts().emptyOldBin();
            return s.settings().lastPost().flatMap(s.posts()::find).filter(p -> !p.inBin());
        }).onSuccess(last -> last.ifPresent(p -> {
            if (s.state().openPost().isEmpty()) {
                s.state().open(p);
            }
        })).onFailure(error -> s.state().tell(causes.describe(error))));
    }

    /** Creates a new draft and opens it, or reuses the open one when nothing has been put in it yet. */
    public void newPost() {
        if (openPostIsUntouched()) {
            workspace.show(WorkspaceViewModel.Section.DETAILS);
            details.focusTitle();
            return;
        }
        int mine = ++opening;
        s.tasks().run(BackgroundTask.of("create a post", () -> s.posts().createDraft())
                .onSuccess(created -> {
                    if (mine == opening) {
                        drafts.binProperty().set(false);
                        drafts.queryProperty().set("");
                        drafts.statusProperty().set(Optional.empty());
                        show(created);
                        workspace.show(WorkspaceViewModel.Section.DETAILS);
                        details.focusTitle();
                    }
                    s.state().postsChanged();
                })
                .onFailure(error -> dialogs.showError(messages.get("error.title"),
                        messages.get("main.error.create", causes.describe(error)))));
    }

    private boolean openPostIsUntouched() {
        Optional<Post> open = s.state().openPost();
        return open.isPresent() && !open.get().inBin() && details.isUntouched()
                && open.get().caption().isBlank() && gallery.tiles().isEmpty() && !gallery.importingProperty().get();
    }

    /** Opens the post with this id. */
    @Override
    public void open(long id) {
        if (s.state().openPostId() == id) {
            return;
        }
        int mine = ++opening;
        s.tasks().run(BackgroundTask.of("open post " + id, () -> s.posts().find(id))
                .onSuccess(found -> {
                    if (mine != opening) {
                        return;
                    }
                    if (found.isPresent()) {
                        show(found.get());
                    } else {
                        s.state().postsChanged();
                    }
                })
                .onFailure(error -> s.state().tell(messages.get("main.error.open", causes.describe(error)))));
    }

    private void show(Post p) {
        s.state().open(p);
        long id = p.id();
        s.tasks().run(BackgroundTask.of("remember the open post", () -> {
            s.settings().setLastPost(id);
            return null;
        }).onSuccess(ok -> { }).onFailure(error -> s.state().tell(causes.describe(error))));
    }

    @Override
    public void duplicate(long id) {
        s.tasks().run(BackgroundTask.of("duplicate post " + id,
                        () -> s.posts().duplicate(id, title -> messages.get("post.copyOf",
                                title.isBlank() ? messages.get("post.untitled") : title)))
                .onSuccess(copy -> {
                    ++opening;
                    show(copy);
                    workspace.show(WorkspaceViewModel.Section.DETAILS);
                    s.state().postsChanged();
                    s.state().tell(messages.get("main.duplicated"));
                })
                .onFailure(error -> dialogs.showError(messages.get("error.title"),
                        messages.get("main.error.duplicate", causes.describe(error)))));
    }

    /** Into the bin; the status bar offers to undo it. */
    @Override
    public void moveToBin(long id) {
        String title = s.state().openPost().filter(p -> p.id() == id).map(p -> p.details().title())
                .orElseGet(() -> drafts.drafts().stream().filter(p -> p.id() == id).map(p -> p.title())
                        .findFirst().orElse(""));
        String shown = title.isBlank() ? messages.get("post.untitled") : title;
        s.tasks().run(BackgroundTask.of("move post " + id + " to the bin", () -> {
            s.posts().moveToBin(id);
            return null;
        }).onSuccess(ok -> {
            if (s.state().openPostId() == id) {
                ++opening;
                s.state().open(null);
            }
            s.state().postsChanged();
            s.state().tell(messages.get("main.movedToBin", shown), () -> restore(id));
        }).onFailure(error -> dialogs.showError(messages.get("error.title"),
                messages.get("main.error.bin", causes.describe(error)))));
    }

    /** Out of the bin, and opened. */
    @Override
    public void restore(long id) {
        s.tasks().run(BackgroundTask.of("restore post " + id, () -> {
            s.posts().restore(id);
            return s.posts().find(id);
        }).onSuccess(found -> {
            drafts.binProperty().set(false);
            found.ifPresent(p -> {
                ++opening;
                show(p);
            });
            s.state().postsChanged();
            s.state().tell(messages.get("main.restored"));
        }).onFailure(error -> dialogs.showError(messages.get("error.title"),
                messages.get("main.error.restore", causes.describe(error)))));
    }

    /**
     * "Cadangkan sekarang": asks for a folder (a USB stick), then backs up the database in the data
     * folder and the database with every library file into that folder, as a job in the status bar.
     */
    public void backUpNow() {
        if (s.state().jobs().stream().anyMatch(j -> j.kind().equals(BACKUP))) {
            return;
        }
        Optional<java.nio.file.Path> picked = dialogs.chooseBackupFolder();
        if (picked.isEmpty()) {
            return;
        }
        var handle = s.tasks().runLong(BackgroundTask.of("back up into " + picked.get(), progress -> {
            progress.message(messages.get("backup.running"));
            return s.backups().backUpNow(picked.get(), (done, total) -> {
                progress.update(done, total);
                progress.message(messages.get("backup.progress", done, total));
            }, progress::isCancelled);
        }).onSuccess(made -> {
            String done = messages.get("backup.done", made.folder(), made.filesCopied() + made.alreadyThere(),
                    made.filesCopied());
            if (made.damaged().isEmpty()) {
                s.state().tell(done);
            } else {
                dialogs.showError(messages.get("backup.title"), done + "\n\n"
                        + messages.get("backup.damaged", made.damaged().size(), String.join(", ", made.damaged())));
                s.state().tell(done);
            }
        }).onFailure(error -> dialogs.showError(messages.get("backup.title"),
                messages.get("backup.failed", causes.describe(error)))));
        s.state().track(new AppState.Job(BACKUP, -1, handle));
    }

    /** Stops listening to what outlives this window. */
    public void dispose() {
        drafts.dispose();
        details.dispose();
        gallery.dispose();
        compose.dispose();
        export.dispose();
        workspace.dispose();
    }
}
