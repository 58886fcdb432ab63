package id.rakit.ui.welcome;

import id.rakit.example.ExamplePost;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.Post;
import id.rakit.settings.Settings;
import id.rakit.settings.UnitLogo;
import id.rakit.settings.UnitProfile;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.settings.LogoChoice;
import id.rakit.ui.settings.ProfileForm;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The first run, in three steps: the unit and its admin; its zone, platforms, hashtags and logo;
 * then the example post. Finishing saves the unit profile (editable later in Pengaturan) and
 * makes the example; skipping saves nothing and does not ask again.
 */
public final class WelcomeViewModel {

    /** The steps, first to last. */
    public static final int UNIT = 0;
    public static final int CHANNELS = 1;
    public static final int START = 2;
    public static final int STEPS = 3;

    /** What the welcome works with. */
    public record Services(Settings settings, ExamplePost examples, UnitLogo logos, TaskExecutor tasks) {
    }

    private final Services s;
    private final Messages messages;
    private final Causes causes;
    private final Consumer<Optional<Post>> done;
    private final ProfileForm form = new ProfileForm();
    private final LogoChoice logo;

    // Properties

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", UNIT);

    /** The step shown: {@link #UNIT}, {@link #CHANNELS} or {@link #START}. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    private final BooleanProperty makeExample = new SimpleBooleanProperty(this, "makeExample", true);

    /** Whether finishing makes the example post; yes unless the admin says no. */
    public BooleanProperty makeExampleProperty() {
        return makeExample;
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** What keeps the admin on this step, or why finishing failed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }


    public ReadOnlyStringProperty logoProblemProperty() {
        return logo.problemProperty();
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** While the profile is saved and the example made. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** The profile in a few lines, on the last step. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @param done called with the example post (if one was made) when the welcome is over */
    public WelcomeViewModel(Services services, Messages messages, Consumer<Optional<Post>> done) {
        this.s = services;
        this.messages = messages;
        this.causes = new Causes(messages);
        this.logo = new LogoChoice(form, services.logos(), services.tasks(), messages);
        this.done = done;
        // a problem shown goes as soon as what caused it is mended
        form.all().forEach(p -> p.addListener(o -> {
            if (!problem.get().isEmpty() && !busy.get()) {
                problem.set(text(problemsOfStep()));
            }
        }));
        s.tasks().run(BackgroundTask.of("read the zone", () -> s.settings().zone())
                .onSuccess(zone -> form.zoneProperty().set(zone))
                // the form starts on WIB, which the admin can change
                .onFailure(error -> problem.set(messages.get("settings.error.read", causes.describe(error)))));
    }

    public ProfileForm form() {
        return form;
    }

    // Commands

    /** To the next step, once this one is complete. */
    public void next() {
        List<ProfileForm.Problem> problems = problemsOfStep();
        if (!problems.isEmpty()) {
            problem.set(text(problems));
            return;
        }
        problem.set("");
        if (step.get() < START) {
            step.set(step.get() + 1);
        }
        if (step.get() == START) {
            summary.set(summaryOf(form.profile()));
        }
    }

    /** What keeps the admin on the step shown. */
    private List<ProfileForm.Problem> problemsOfStep() {
        List<ProfileForm.Problem> out = new java.util.ArrayList<>();
        if (step.get() == UNIT) {
            out.addAll(form.missingNames());
            form.problems().stream().filter(p -> p.key().equals("profile.problem.initials")).forEach(out::add);
        } else if (step.get() == CHANNELS) {
            form.problems().stream().filter(p -> !p.key().equals("profile.problem.initials")).forEach(out::add);
        } else {
            out.addAll(form.missingNames());
            out.addAll(form.problems());
        }
        return out;
    }

    private String text(List<ProfileForm.Problem> problems) {
        return String.join(" ", problems.stream().map(p -> p.text(messages)).toList());
    }

    public void back() {
        problem.set("");
        if (step.get() > UNIT) {
            step.set(step.get() - 1);
        }
    }

    /** Checks the picked picture and takes Rakit's copy of it as the logo. */
    public void chooseLogo(Path picture) {
        logo.choose(picture);
    }

    public void removeLogo() {
        logo.remove();
    }

    /** Saves the profile, makes the example if wanted, and ends the welcome. */
    public void finish() {
        if (busy.get()) {
            return;
        }
        List<ProfileForm.Problem> problems = new java.util.ArrayList<>(form.missingNames());
        problems.addAll(form.problems());
        if (!problems.isEmpty()) {
            problem.set(text(problems));
            return;
        }
        UnitProfile profile = form.profile();
        boolean example = makeExample.get();
        busy.set(true);
        problem.set("");
        s.tasks().runLong(BackgroundTask.of("save the unit profile and make the example", () -> {
            s.settings().saveProfile(profile);
            s.settings().setWelcomed();
            if (!example) {
                return Optional.<Post>empty();
            }
            Post made = s.examples().create(messages);
            s.settings().setLastPost(made.id());
            return Optional.of(made);
        }).onSuccess(made -> {
            busy.set(false);
            done.accept(made);
        }).onFailure(error -> {
            busy.set(false);
            problem.set(messages.get(example ? "welcome.error.example" : "welcome.error.save", causes.describe(error)));
        }));
    }

    /** Ends the welcome without a profile; Pengaturan has the same form for later. */
    public void skip() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        s.tasks().run(BackgroundTask.of("skip the welcome", () -> {
            s.settings().setWelcomed();
            return null;
        }).onSuccess(ok -> {
            busy.set(false);
            done.accept(Optional.empty());
        }).onFailure(error -> {
            busy.set(false);
            problem.set(messages.get("welcome.error.save", causes.describe(error)));
        }));
    }

    private String summaryOf(UnitProfile p) {
        String platforms = p.platforms().isEmpty() ? messages.get("welcome.summary.noPlatforms")
                : String.join(", ", p.platforms().stream().map(x -> messages.get("platform." + x.code())).toList());
        String tags = p.hashtags().isEmpty() ? messages.get("welcome.summary.noHashtags") : String.join(" ", p.hashtags());
        String initials = p.initials().isEmpty() ? "" : " (" + p.initials() + ")";
        return messages.get("welcome.summary", p.unitName(), p.adminName() + initials,
                messages.get("zone." + p.zone().getId().replace('/', '.')), platforms, tags);
    }
}
