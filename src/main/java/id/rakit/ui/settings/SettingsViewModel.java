package id.rakit.ui.settings;

import id.rakit.example.ExamplePost;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.Post;
import id.rakit.settings.Settings;
import id.rakit.settings.UnitLogo;
import id.rakit.settings.UnitProfile;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Pengaturan: the language, the unit profile (zone included), the default export folder, the data
 * and backup folders, and the example post. Every change is saved as it is made (text half a
 * second after the typing pauses) and read by the rest of Rakit at its next use: a new draft takes
 * the new zone, unit and platforms, the next export starts in the new folder. Only another data
 * folder needs a restart, and the page says so.
 */
public final class SettingsViewModel {

    /** What Pengaturan works with. */
    public record Services(Settings settings, ExamplePost examples, UnitLogo logos, TaskExecutor tasks,
                           AppState state, Path dataFolder, Consumer<Locale> switchLanguage) {
    }

    static final Duration TYPING_PAUSE = Duration.ofMillis(500);

    private final Services s;
    private final Messages messages;
    private final Causes causes;
    private final ProfileForm form = new ProfileForm();
    private final LogoChoice logo;
    private boolean loading = true;
    private boolean changed;
    private Runnable pendingSave;

    // Properties

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");

    /** The language of the window; choosing another one rebuilds the window in it. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    private final ReadOnlyObjectWrapper<Optional<Path>> exportFolder =
            new ReadOnlyObjectWrapper<>(this, "exportFolder", Optional.empty());

    /** Where the next bundle goes; empty while it is still the Documents folder. */
    public ReadOnlyObjectProperty<Optional<Path>> exportFolderProperty() {
        return exportFolder.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<Path>> backupFolder =
            new ReadOnlyObjectWrapper<>(this, "backupFolder", Optional.empty());

    /** Where backups of the data folder go; empty until one is chosen. */
    public ReadOnlyObjectProperty<Optional<Path>> backupFolderProperty() {
        return backupFolder.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper examplePresent = new ReadOnlyBooleanWrapper(this, "examplePresent");

    /** Whether the example posts are there (not in the bin). */
    public ReadOnlyBooleanProperty examplePresentProperty() {
        return examplePresent.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** While the example is being made or removed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");

    /** "Tersimpan" after a change is on disk; empty before any. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** What could not be used or saved, and why; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }


    /** Why the picked logo was not taken. */
    public ReadOnlyStringProperty logoProblemProperty() {
        return logo.problemProperty();
    }

    public SettingsViewModel(Services services, Messages messages) {
        this.s = services;
        this.messages = messages;
        this.causes = new Causes(messages);
        this.logo = new LogoChoice(form, services.logos(), services.tasks(), messages);
        language.set("en".equals(messages.locale().getLanguage()) ? Messages.ENGLISH : Messages.INDONESIAN);
        language.addListener((obs, old, now) -> {
            if (now != null && old != null && !now.getLanguage().equals(old.getLanguage())) {
                saveNow();
                s.switchLanguage().accept(now);
            }
        });
        InvalidationListener edited = o -> profileEdited();
        form.all().forEach(p -> p.addListener(edited));
        record Loaded(UnitProfile profile, Optional<Path> export, Optional<Path> backup, boolean example) {
        }
        s.tasks().run(BackgroundTask.of("read the settings", () -> new Loaded(s.settings().profile(),
                        s.settings().exportFolder(), s.settings().backupFolder(), !s.examples().present().isEmpty()))
                .onSuccess(loaded -> {
                    form.load(loaded.profile());
                    exportFolder.set(loaded.export());
                    backupFolder.set(loaded.backup());
                    examplePresent.set(loaded.example());
                    loading = false;
                })
                .onFailure(error -> {
                    loading = false;
                    problem.set(messages.get("settings.error.read", causes.describe(error)));
                }));
    }

    public ProfileForm form() {
        return form;
    }

    public Path dataFolder() {
        return s.dataFolder();
    }

    /** Whether anything was changed here that the open window shows (the export folder, the profile). */
    public boolean changed() {
        return changed;
    }

    // Commands

    private void profileEdited() {
        if (loading) {
            return;
        }
        List<ProfileForm.Problem> problems = form.problems();
        problem.set(problems.isEmpty() ? "" : String.join(" ", problems.stream().map(p -> p.text(messages)).toList()));
        if (pendingSave != null) {
            pendingSave.run();
        }
        pendingSave = s.tasks().later(TYPING_PAUSE, this::saveNow);
    }

    /** Writes the profile now if a change is waiting (closing the page, switching language). */
    public void saveNow() {
        if (pendingSave == null) {
            return;
        }
        pendingSave.run();
        pendingSave = null;
        UnitProfile profile = form.profile();
        changed = true;
        s.tasks().run(BackgroundTask.of("save the unit profile", () -> {
            s.settings().saveProfile(profile);
            return null;
        }).onSuccess(ok -> saved.set(messages.get("settings.saved"))).onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable error) {
        saved.set("");
        problem.set(messages.get("settings.error.save", causes.describe(error)));
    }

    public void chooseExportFolder(Path folder) {
        changed = true;
        s.tasks().run(BackgroundTask.of("save the export folder", () -> {
            s.settings().setExportFolder(folder);
            return folder;
        }).onSuccess(f -> {
            exportFolder.set(Optional.of(f));
            saved.set(messages.get("settings.saved"));
        }).onFailure(this::saveFailed));
    }

    public void chooseBackupFolder(Path folder) {
        s.tasks().run(BackgroundTask.of("save the backup folder", () -> {
            s.settings().setBackupFolder(folder);
            return folder;
        }).onSuccess(f -> {
            backupFolder.set(Optional.of(f));
            saved.set(messages.get("settings.saved"));
        }).onFailure(this::saveFailed));
    }

    /** Checks the picked picture and takes Rakit's copy of it as the logo. */
    public void chooseLogo(Path picture) {
        logo.choose(picture);
    }

    public void removeLogo() {
        logo.remove();
    }

    /** Makes the example posts again (after they were removed) and opens the main one. */
    public void createExample() {
        saveNow();
        busy.set(true);
        s.tasks().runLong(BackgroundTask.of("make the example post", () -> {
            Post made = s.examples().create(messages);
            s.settings().setLastPost(made.id());
            return made;
        }).onSuccess(made -> {
            busy.set(false);
            examplePresent.set(true);
            s.state().postsChanged();
            s.state().open(made);
            s.state().tell(messages.get("settings.example.created"));
        }).onFailure(error -> {
            busy.set(false);
            problem.set(messages.get("settings.example.error", causes.describe(error)));
        }));
    }

    /** Moves the example posts to the bin, where they can still be restored. */
    public void removeExample() {
        busy.set(true);
        s.tasks().run(BackgroundTask.of("remove the example post", () -> s.examples().remove())
                .onSuccess(removed -> {
                    busy.set(false);
                    examplePresent.set(false);
                    if (removed.contains(s.state().openPostId())) {
                        s.state().open(null);
                    }
                    s.state().postsChanged();
                    s.state().tell(messages.get("settings.example.removed"));
                })
                .onFailure(error -> {
                    busy.set(false);
                    problem.set(messages.get("settings.example.error", causes.describe(error)));
                }));
    }
}
