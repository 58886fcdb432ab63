package id.rakit.ui.workspace;

import id.rakit.compose.Readiness;
import id.rakit.evidence.EvidenceService;
import id.rakit.i18n.Causes;
import id.rakit.i18n.ProblemTexts;
import id.rakit.i18n.Messages;
import id.rakit.post.Autosave;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import id.rakit.post.PostStatus;
import id.rakit.post.Publication;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open post as a workspace: its title and status in the header, whether its edits are saved,
 * the status moves (ready, back to draft, published with its link), and which tab to show.
 */
public final class WorkspaceViewModel {

    /** The workspace's tabs. */
    public enum Section { DETAILS, EVIDENCE, COMPOSE, EXPORT }

    private final PostService posts;
    private final EvidenceService evidence;
    private final Readiness readiness;
    private final AppState state;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Causes causes;
    private final Listening listening = new Listening();
    private final Consumer<Autosave.State> saveListener;

    // Properties

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<PostStatus> status = new ReadOnlyObjectWrapper<>(this, "status", PostStatus.DRAFT);

    public ReadOnlyObjectProperty<PostStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");

    /** "Sudah diunggah 17 Sep 2024" and the like. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper inBin = new ReadOnlyBooleanWrapper(this, "inBin");

    public ReadOnlyBooleanProperty inBinProperty() {
        return inBin.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper(this, "saveText", "");

    /** "Tersimpan", "Menyimpan…", or "Belum tersimpan: disk penuh, mencoba lagi". */
    public ReadOnlyStringProperty saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper saveFailing = new ReadOnlyBooleanWrapper(this, "saveFailing");

    public ReadOnlyBooleanProperty saveFailingProperty() {
        return saveFailing.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.DETAILS);

    /** The tab the workspace should show. */
    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public WorkspaceViewModel(PostService posts, EvidenceService evidence, Readiness readiness, AppState state,
                              TaskExecutor tasks, DialogService dialogs, Messages messages) {
        this.posts = posts;
        this.evidence = evidence;
        this.readiness = readiness;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.causes = new Causes(messages);
        listening.on(state.openPostProperty(), (obs, old, now) -> show(now));
        show(state.openPost().orElse(null));
        saveListener = s -> tasks.onUi(() -> showSave(s));
        posts.addSaveListener(saveListener);
        showSave(posts.saveState());
    }

    private void show(Post p) {
        if (p == null) {
            title.set("");
            inBin.set(false);
            return;
        }
        title.set(p.details().title().isBlank() ? messages.get("post.untitled") : p.details().title());
        status.set(p.status());
        inBin.set(p.inBin());
        statusText.set(p.status() == PostStatus.PUBLISHED && p.publication().isPresent()
                ? messages.get("status.PUBLISHED.on", new id.rakit.i18n.EvidenceTexts(messages)
                .date(p.publication().get().date()))
                : messages.get("status." + p.status().name()));
    }

    private void showSave(Autosave.State s) {
        saveFailing.set(s.kind() == Autosave.State.Kind.FAILED);
        saveText.set(switch (s.kind()) {
            case SAVED -> messages.get("save.saved");
            case PENDING -> messages.get("save.pending");
            case FAILED -> messages.get("save.failed", causes.briefly(s.failure().orElseThrow()));
        });
        if (s.kind() == Autosave.State.Kind.SAVED) {
            state.postsChanged();
        }
    }

    // Commands

    public void show(Section s) {
        section.set(null);
        section.set(s);
    }

    /**
     * Marks the post ready to go out, unless a platform's rules say it is not: then the admin is
     * told each problem, in plain words, and the post stays a draft.
     */
    public void markReady() {
        Optional<Post> open = state.openPost();
        if (open.isEmpty()) {
            return;
        }
        Post post = open.get();
        tasks.run(BackgroundTask.of("check whether post " + post.id() + " is ready",
                        () -> Readiness.blocking(readiness.check(post, evidence.check(post))))
                .onSuccess(blocking -> {
                    if (blocking.isEmpty()) {
                        move(PostStatus.READY, Optional.empty());
                    } else {
                        dialogs.showError(messages.get("workspace.notReady.title"),
                                messages.get("workspace.notReady", new ProblemTexts(messages).list(blocking)));
                    }
                })
                .onFailure(error -> state.tell(messages.get("workspace.error.status", causes.describe(error)))));
    }

    public void markDraft() {
        move(PostStatus.DRAFT, Optional.empty());
    }

    /** Asks where and when the post went online, and records it. */
    public void markPublished() {
        Optional<Post> open = state.openPost();
        if (open.isEmpty()) {
            return;
        }
        dialogs.askPublication(open.get().publication()).ifPresent(where -> move(PostStatus.PUBLISHED, Optional.of(where)));
    }

    private void move(PostStatus next, Optional<Publication> where) {
        Optional<Post> open = state.openPost();
        if (open.isEmpty()) {
            return;
        }
        long id = open.get().id();
        tasks.run(BackgroundTask.of("move post " + id + " to " + next, () -> {
            switch (next) {
                case READY -> posts.markReady(id);
                case DRAFT -> posts.markDraft(id);
                case PUBLISHED -> posts.markPublished(id, where.orElseThrow());
                case EXPORTED -> posts.markExported(id);
            }
            return null;
        }).onSuccess(ok -> {
            state.update(id, p -> p.withStatus(next, where));
            state.postsChanged();
        }).onFailure(error -> state.tell(messages.get("workspace.error.status", causes.describe(error)))));
    }

    public void dispose() {
        listening.stop();
        posts.removeSaveListener(saveListener);
    }
}
