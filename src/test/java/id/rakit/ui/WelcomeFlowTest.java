package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.app.AppContext;
import id.rakit.app.MainStage;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.PostQuery;
import id.rakit.post.TimeZones;
import id.rakit.settings.UnitProfile;
import id.rakit.ui.settings.Pickers;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start on an empty data folder: the welcome asks for the unit, its admin, zone,
 * platforms, hashtags and logo in three steps, saves the profile and opens the example post on
 * its evidence, where every verdict and flag shows; the example is marked and removable; the
 * next start goes straight to the posts.
 */
class WelcomeFlowTest extends RakitWindowTest {

    static final Path LOGO = Path.of("assets/rakit-256.png");

    @TempDir
    Path temp;

    /** Answers the choosers as an admin would. */
    static final class ScriptedPickers implements Pickers {
        final Deque<Path> images = new ArrayDeque<>();
        final Deque<Path> folders = new ArrayDeque<>();

        @Override
        public Optional<Path> folder(String title, Optional<Path> start) {
            return Optional.ofNullable(folders.poll());
        }

        @Override
        public Optional<Path> image(String title) {
            return Optional.ofNullable(images.poll());
        }
    }

    /** Rakit as {@code RakitApp} starts it: the welcome over the window when the profile is empty. */
    private void startFirstRun(Path data, ScriptedPickers pickers) throws Exception {
        context = AppContext.open(data, new Ingest.Limits(2, Duration.ofSeconds(30)));
        boolean welcome = context.settings().needsWelcome();
        AtomicReference<MainStage> shown = new AtomicReference<>();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FxToolkit.setupStage(stage -> {
            MainStage.applyTheme();
            MainStage m = new MainStage(stage, context, tasks, (w, msg) -> dialogs);
            m.usePickers((w, msg) -> pickers);
            m.start(Messages.INDONESIAN, welcome);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            shown.set(m);
        });
        main = shown.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theWelcomeSetsUpTheUnitAndOpensTheExamplePost() throws Exception {
        Path data = temp.resolve("data");
        ScriptedPickers pickers = new ScriptedPickers();
        pickers.images.add(LOGO);
        startFirstRun(data, pickers);
        assertThat(main.page()).isEqualTo(MainStage.Page.WELCOME);
        assertThat(robot.lookup("#welcomeStep").queryAs(Label.class).getText()).isEqualTo("Langkah 1 dari 3");

        // the names are asked for before going on
        robot.clickOn("#welcomeNext");
        assertThat(robot.lookup("#welcomeProblem").queryAs(Label.class).getText())
                .contains("Isi nama OPD").contains("Isi nama Anda");
        type("#welcomeUnit", "Diskominfotik Provinsi Sumatera Barat");
        type("#welcomeAdmin", "Rina Marlina");
        assertThat(robot.lookup("#welcomeInitials").queryAs(TextField.class).getText()).isEqualTo("RM");
        robot.clickOn("#welcomeNext");
        assertThat(robot.lookup("#welcomeStep").queryAs(Label.class).getText()).isEqualTo("Langkah 2 dari 3");

        robot.clickOn("#welcomeZoneWITA");
        robot.clickOn("#welcomePlatform-instagram");
        robot.clickOn("#welcomePlatform-website");
        type("#welcomeHashtags", "#SumbarMaju DiskominfotikSumbar humas-sumbar");
        robot.clickOn("#welcomeChooseLogo");
        robot.clickOn("#welcomeNext");
        // a word that cannot be a hashtag keeps the admin here, named
        assertThat(robot.lookup("#welcomeProblem").queryAs(Label.class).getText()).contains("humas-sumbar");
        TextField hashtags = robot.lookup("#welcomeHashtags").queryAs(TextField.class);
        robot.interact(() -> hashtags.setText("#SumbarMaju DiskominfotikSumbar"));
        waitFor(() -> !showing("#welcomeProblem"));
        robot.clickOn("#welcomeNext");
        assertThat(robot.lookup("#welcomeSummary").queryAs(Label.class).getText())
                .contains("Diskominfotik Provinsi Sumatera Barat", "Rina Marlina (RM)", "WITA", "Instagram, Situs web",
                        "#SumbarMaju #DiskominfotikSumbar");

        robot.clickOn("#welcomeFinish");
        waitFor(() -> main.page() == MainStage.Page.NONE && main.window().openPost().isPresent());

        // the example post is open on its evidence, marked as an example
        assertThat(main.window().openPost().get().details().title()).isEqualTo("Contoh: Peresmian Gedung Pelayanan Terpadu");
        assertThat(main.window().viewModel().workspace().sectionProperty().get())
                .isEqualTo(WorkspaceViewModel.Section.EVIDENCE);
        waitFor(() -> showing("#exampleBanner"));
        waitFor(() -> main.window().viewModel().gallery().tiles().size() == 10 && verdictsShown().size() == 10);
        assertThat(verdictsShown()).contains("Sesuai waktu acara", "2 hari sebelum acara", "Tanpa waktu pengambilan",
                "Perlu ditinjau", "Diterima");
        assertThat(texts(".evidence-tile .flag-chip")).contains("Zona waktu diasumsikan", "Diedit", "Tanpa metadata",
                "Jam tidak cocok", "Jauh dari lokasi", "Sudah dipakai", "Jam dikoreksi");
        assertThat(robot.lookup("#gallerySummary").queryAs(Label.class).getText())
                .isEqualTo("10 bukti · 3 sesuai waktu acara · 1 diterima dengan alasan · 6 perlu ditinjau");

        // the profile is saved and feeds a new post
        UnitProfile profile = context.settings().profile();
        assertThat(profile.unitName()).isEqualTo("Diskominfotik Provinsi Sumatera Barat");
        assertThat(profile.initials()).isEqualTo("RM");
        assertThat(profile.zone()).isEqualTo(TimeZones.WITA);
        assertThat(profile.platforms()).containsExactly(Platform.INSTAGRAM, Platform.WEBSITE);
        assertThat(profile.hashtags()).containsExactly("#SumbarMaju", "#DiskominfotikSumbar");
        assertThat(profile.logo()).hasValueSatisfying(p -> assertThat(p).startsWith(data).exists());
        robot.clickOn("#newPost");
        waitFor(() -> main.window().openPost().filter(p -> p.details().title().isEmpty()).isPresent());
        assertThat(main.window().openPost().get().details().eventZone()).isEqualTo(TimeZones.WITA);
        assertThat(main.window().openPost().get().composition().targets()).containsExactly(Platform.INSTAGRAM,
                Platform.WEBSITE);
        waitFor(() -> !showing("#exampleBanner"));

        // the example goes when the admin says so
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n.lookupAll(".post-title").stream()
                        .anyMatch(t -> ((Label) t).getText().equals("Contoh: Peresmian Gedung Pelayanan Terpadu")))
                .findFirst().orElseThrow());
        waitFor(() -> showing("#exampleBanner"));
        robot.clickOn("#removeExampleBanner");
        waitFor(() -> main.window().openPost().isEmpty() && !showing("#exampleBanner"));
        assertThat(context.posts().search(PostQuery.ALL)).extracting(p -> p.title()).doesNotContain(
                "Contoh: Peresmian Gedung Pelayanan Terpadu", "Contoh: Unggahan lama dengan foto yang sama");

        // the next start goes straight to the posts
        closeApp();
        startFirstRun(data, pickers);
        assertThat(main.page()).isEqualTo(MainStage.Page.NONE);
        assertThat(showing("#welcome")).isFalse();
    }

    @Test
    void skippingAsksNoMoreAndLeavesTheProfileForPengaturan() throws Exception {
        Path data = temp.resolve("data");
        startFirstRun(data, new ScriptedPickers());
        robot.clickOn("#welcomeSkip");
        waitFor(() -> main.page() == MainStage.Page.NONE);
        assertThat(context.posts().search(PostQuery.ALL)).isEmpty();
        assertThat(context.settings().needsWelcome()).isFalse();
        assertThat(Files.exists(data.resolve("rakit.db"))).isTrue();
        closeApp();
        startFirstRun(data, new ScriptedPickers());
        assertThat(main.page()).isEqualTo(MainStage.Page.NONE);
    }
}
