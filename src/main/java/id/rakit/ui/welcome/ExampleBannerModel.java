package id.rakit.ui.welcome;

import id.rakit.example.ExamplePost;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the post open now is one of Rakit's examples, so the window can say so and offer to
 * remove them. The example ids are read again whenever the list of posts changes.
 */
public final class ExampleBannerModel {

    private final ExamplePost examples;
    private final TaskExecutor tasks;
    private final AppState state;
    private final Messages messages;
    private final Listening listening = new Listening();
    private List<Long> ids = List.of();
    private int generation;

    // Properties

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");

    /** True while an example post is open. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ExampleBannerModel(ExamplePost examples, TaskExecutor tasks, AppState state, Messages messages) {
        this.examples = examples;
        this.tasks = tasks;
        this.state = state;
        this.messages = messages;
        listening.on(state.openPostProperty(), (obs, old, now) -> update());
        listening.on(state.listChangesProperty(), (obs, old, now) -> reload());
        reload();
    }

    private void reload() {
        int mine = ++generation;
        tasks.run(BackgroundTask.of("read the example posts", examples::present).onSuccess(present -> {
            if (mine == generation) {
                ids = present;
                update();
            }
        }).onFailure(error -> state.tell(new Causes(messages).describe(error))));
    }

    private void update() {
        shown.set(state.openPost().filter(p -> !p.inBin()).map(p -> ids.contains(p.id())).orElse(false));
    }

    // Commands

    /** Moves the examples to the bin (restorable there) and closes the one that is open. */
    public void remove() {
        tasks.run(BackgroundTask.of("remove the example post", examples::remove).onSuccess(removed -> {
            if (removed.contains(state.openPostId())) {
                state.open(null);
            }
            ids = List.of();
            update();
            state.postsChanged();
            state.tell(messages.get("settings.example.removed"));
        }).onFailure(error -> state.tell(messages.get("settings.example.error", new Causes(messages).describe(error)))));
    }

    /** Stops following the open post, for a window being replaced. */
    public void dispose() {
        generation++;
        listening.stop();
    }
}
