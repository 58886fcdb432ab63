package id.rakit.ui.compose;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Tulis" tab: the master caption, the platforms the post goes to, and each platform's own
 * caption, which follows the master until the admin edits it. Platform editors are made when
 * first shown.
 */
public final class ComposeViewModel {

    private final PostService posts;
    private final AppState state;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Listening listening = new Listening();
    private final Map<Platform, PlatformCaptionViewModel> platforms = new EnumMap<>(Platform.class);
    private long loadedId = -1;
    private boolean loading;

    // Properties

    private final StringProperty master = new SimpleStringProperty(this, "master", "");

    /** The master caption ("Umum"), the one every platform starts from. */
    public StringProperty masterProperty() {
        return master;
    }

    private final ObservableList<Platform> targets = FXCollections.observableArrayList();

    /** The platforms this post goes to, in the window's order. */
    public ObservableList<Platform> targets() {
        return targets;
    }

    public ComposeViewModel(PostService posts, AppState state, TaskExecutor tasks, Messages messages) {
        this.posts = posts;
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
        master.addListener((obs, old, now) -> masterChanged(now));
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null) {
                load(null);
            } else if (now.id() != loadedId) {
                load(now);
            }
        });
        load(state.openPost().orElse(null));
    }

    /** The editor of one platform's caption, made on first use. */
    public PlatformCaptionViewModel platform(Platform platform) {
        return platforms.computeIfAbsent(platform, p -> {
            PlatformCaptionViewModel vm = new PlatformCaptionViewModel(p, this);
            state.openPost().filter(post -> post.id() == loadedId).ifPresent(vm::load);
            return vm;
        });
    }

    // Commands

    /** Adds or removes a platform; its caption stays when removed, for when it is picked again. */
    public void choose(Platform platform, boolean chosen) {
        if (loadedId < 0 || platform == Platform.GENERAL || targets.contains(platform) == chosen) {
            return;
        }
        List<Platform> next = new ArrayList<>(targets);
        if (chosen) {
            next.add(platform);
        } else {
            next.remove(platform);
        }
        List<Platform> ordered = Platform.targets().stream().filter(next::contains).toList();
        targets.setAll(ordered);
        long id = loadedId;
        state.update(id, p -> p.withComposition(p.composition().withTargets(ordered)));
        write("choose platforms of post " + id, () -> posts.chooseTargets(id, ordered));
    }

    /** Stops following the open post, for a window being replaced. */
    public void dispose() {
        listening.stop();
    }

    private void load(Post p) {
        loading = true;
        try {
            loadedId = p == null ? -1 : p.id();
            Composition c = p == null ? Composition.EMPTY : p.composition();
            master.set(c.master());
            targets.setAll(c.targets());
            if (p != null) {
                platforms.values().forEach(vm -> vm.load(p));
            }
        } finally {
            loading = false;
        }
    }

    private void masterChanged(String text) {
        if (loading || loadedId < 0) {
            return;
        }
        long id = loadedId;
        posts.editText(id, Platform.GENERAL, CaptionField.BODY, text);
        state.update(id, p -> p.withComposition(p.composition().withMaster(text)));
        platforms.values().forEach(vm -> vm.masterChanged(text));
    }

    // For the platform editors

    boolean isLoading() {
        return loading;
    }

    long postId() {
        return loadedId;
    }

    void edited(Platform platform, CaptionField field, String text) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        posts.editText(id, platform, field, text);
        state.update(id, p -> p.withComposition(p.composition().withText(platform, field, text)));
    }

    void followMaster(Platform platform) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        state.update(id, p -> p.withComposition(p.composition().withVariant(platform,
                p.composition().variant(platform).followingMaster())));
        write("reset " + platform.code() + " caption of post " + id, () -> posts.followMaster(id, platform));
    }

    private void write(String title, Runnable change) {
        tasks.run(BackgroundTask.of(title, () -> {
            change.run();
            return null;
        }).onSuccess(ok -> { }).onFailure(error ->
                state.tell(messages.get("compose.error.save", new Causes(messages).describe(error)))));
    }
}
