package id.rakit.ui.settings;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.settings.UnitLogo;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Choosing and removing the unit's logo for a {@link ProfileForm}, as the welcome and Pengaturan
 * both do: the picture is checked and copied in the background, and what went wrong is said.
 */
public final class LogoChoice {

    private final ProfileForm form;
    private final UnitLogo logos;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public LogoChoice(ProfileForm form, UnitLogo logos, TaskExecutor tasks, Messages messages) {
        this.form = form;
        this.logos = logos;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Why the last picture was not taken; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Checks the picked picture and takes Rakit's copy of it as the logo. */
    public void choose(Path picture) {
        problem.set("");
        tasks.run(BackgroundTask.of("take the logo", () -> logos.store(picture))
                .onSuccess(copy -> form.logoProperty().set(Optional.of(copy)))
                .onFailure(this::failed));
    }

    public void remove() {
        problem.set("");
        tasks.run(BackgroundTask.of("remove the logo", () -> {
            logos.remove();
            return null;
        }).onSuccess(ok -> form.logoProperty().set(Optional.empty())).onFailure(this::failed));
    }

    private void failed(Throwable error) {
        problem.set(messages.get("settings.logo.failed", new Causes(messages).describe(error)));
    }
}
