package id.rakit.app;

import atlantafx.base.theme.PrimerLight;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.main.MainWindow;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The main window on a stage: built from an opened {@link AppContext}, rebuilt when the language changes. */
public final class MainStage {

    private final Stage stage;
    private final AppContext context;
    private final TaskExecutor tasks;
    private final BiFunction<Window, Messages, DialogService> dialogs;
    private MainWindow window;

    public MainStage(Stage stage, AppContext context, TaskExecutor tasks,
                     BiFunction<Window, Messages, DialogService> dialogs) {
        this.stage = stage;
        this.context = context;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Applies Rakit's theme to the whole application. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows the main window in {@code language}. */
    public void show(Locale language) {
        Messages messages = Messages.of(language);
        MainWindow next = new MainWindow(services(), messages, dialogs.apply(stage, messages), this::switchLanguage);
        if (window != null) {
            window.dispose();
        }
        window = next;
        if (stage.getScene() == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(window.root(), Math.min(1360, screen.getWidth() * 0.95),
                    Math.min(860, screen.getHeight() * 0.95)));
        } else {
            stage.getScene().setRoot(window.root());
        }
        stage.setTitle(messages.get("app.title"));
    }

    public MainWindow window() {
        return window;
    }

    private void switchLanguage(Locale language) {
        var open = window.viewModel().editor().postProperty().get();
        tasks.run(() -> {
            context.autosave().flush();
            context.settings().setLanguage(language);
            return null;
        }, ok -> {
            show(language);
            if (open != null) {
                window.viewModel().openPost(open.id());
            }
        }, error -> { });
    }

    private MainWindow.Services services() {
        return new MainWindow.Services(context.posts(), context.evidence(), context.ingest(), context.bundles(),
                context.library(), context.settings(), context.autosave(), tasks, context.clock());
    }
}
