package id.rakit.ui;

import id.rakit.app.AppContext;
import id.rakit.app.MainStage;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.FxTaskExecutor;
import id.rakit.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts Rakit's real window on a data folder, headless, and drives it as an admin would. */
abstract class RakitWindowTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/flow");

    final FxRobot robot = new FxRobot();
    FxTaskExecutor tasks = new FxTaskExecutor();
    AppContext context;
    MainStage main;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (main != null) {
            robot.interact(() -> main.window().dispose());
        }
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
        tasks.close();
    }

    MainWindow start(Path dataDir, ScriptedDialogs dialogs) throws Exception {
        return start(AppContext.open(dataDir, new Ingest.Limits(2, Duration.ofSeconds(30))), dialogs);
    }

    MainWindow start(AppContext opened, ScriptedDialogs dialogs) throws Exception {
        return start(opened, dialogs, 1360, 860);
    }

    /** The window at {@code width} x {@code height}, as on a screen of that size. */
    MainWindow start(AppContext opened, ScriptedDialogs dialogs, double width, double height) throws Exception {
        context = opened;
        AtomicReference<MainStage> shown = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            MainStage.applyTheme();
            MainStage m = new MainStage(stage, opened, tasks, (w, msg) -> dialogs);
            m.show(Messages.INDONESIAN);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            shown.set(m);
        });
        main = shown.get();
        WaitForAsyncUtils.waitForFxEvents();
        return main.window();
    }

    Stage stage() {
        return (Stage) main.window().root().getScene().getWindow();
    }

    /** What closing the window does: pending edits are written, the database closed. */
    void closeApp() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        context = null;
    }

    void type(String id, String text) {
        robot.clickOn(id).write(text);
    }

    /** Clicks a workspace tab by its id (tabDetails, tabEvidence, tabCompose, tabExport). */
    void tab(String id) throws Exception {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks an item of the context menu that is showing. */
    void menu(String text) throws Exception {
        waitFor(() -> robot.lookup(".context-menu .label").queryAll().stream()
                .anyMatch(n -> n.isVisible() && text.equals(((Label) n).getText())));
        robot.clickOn(robot.lookup(".context-menu .label").queryAll().stream()
                .filter(n -> n.isVisible() && text.equals(((Label) n).getText())).findFirst().orElseThrow());
    }

    List<String> texts(String selector) {
        return robot.lookup(selector).queryAll().stream().filter(Node::isVisible)
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    List<String> verdictsShown() {
        return texts(".evidence-tile .badge");
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
