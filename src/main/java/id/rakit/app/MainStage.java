package id.rakit.app;

import atlantafx.base.theme.PrimerLight;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.evidence.ImportJobs;
import id.rakit.ui.main.MainViewModel;
import id.rakit.ui.main.MainWindow;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window on a stage: built from an opened {@link AppContext}, rebuilt when the language
 * changes. The open post and the jobs under way live here, outside the window, so a rebuilt
 * window shows the same post and the same import.
 */
public final class MainStage {

    private final Stage stage;
    private final AppContext context;
    private final TaskExecutor tasks;
    private final BiFunction<Window, Messages, DialogService> dialogs;
    private final AppState state = new AppState();
    private final ImportJobs imports;
    private Messages messages = Messages.indonesian();
    private MainWindow window;
    private DialogService shownDialogs;

    public MainStage(Stage stage, AppContext context, TaskExecutor tasks,
                     BiFunction<Window, Messages, DialogService> dialogs) {
        this.stage = stage;
        this.context = context;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.imports = new ImportJobs(context.ingest(), context.evidence(), context.library(), tasks, state,
                () -> messages);
    }

    /** Applies Rakit's theme to the whole application. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows the main window in {@code language}. */
    public void show(Locale language) {
        messages = Messages.of(language);
        shownDialogs = dialogs.apply(stage, messages);
        if (window != null) {
            window.dispose();
        }
        window = new MainWindow(services(), messages, shownDialogs, this::switchLanguage);
        if (stage.getScene() == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(window.root(), Math.min(1360, screen.getWidth() * 0.95),
                    Math.min(860, screen.getHeight() * 0.95)));
        } else {
            stage.getScene().setRoot(window.root());
        }
        stage.setTitle(messages.get("app.title"));
    }

    /** Tells in the status bar what this start did (a recovery, a tidy-up), if anything. */
    void tellWhatStartDid(Opening.Opened opened) {
        String news = StartNews.of(context, opened, messages);
        if (!news.isEmpty()) {
            state.tell(news);
        }
    }

    public MainWindow window() {
        return window;
    }

    public AppState state() {
        return state;
    }

    private void switchLanguage(Locale language) {
        tasks.run(BackgroundTask.of("switch language", () -> {
            context.posts().flush();
            context.settings().setLanguage(language);
            return null;
        }).onSuccess(ok -> show(language)).onFailure(error -> {
            // the choice could not be remembered; the window still changes language
            state.tell(new Causes(messages).describe(error));
            show(language);
        }));
    }

    /**
     * What the close button does: a running import is cancelled only if the admin says so, edits
     * are written (or the admin decides to close without them), then {@code exit} runs.
     */
    public void requestClose(Runnable exit) {
        if (!state.jobs().isEmpty()) {
            var job = state.jobs().get(0);
            String running = job.handle().messageProperty().get();
            String question = job.kind().equals(MainViewModel.BACKUP) ? "close.backupRunning" : "close.jobRunning";
            if (!shownDialogs.confirm(messages.get("close.title"), messages.get(question, running))) {
                return;
            }
            state.jobs().forEach(j -> j.handle().cancel());
        }
        tasks.run(BackgroundTask.of("write pending edits before closing", () -> context.posts().flush())
                .onSuccess(saved -> {
                    if (!saved && !shownDialogs.confirm(messages.get("close.title"), messages.get("close.unsaved",
                            new Causes(messages).briefly(context.posts().saveState().failure()
                                    .orElse(new IllegalStateException()))))) {
                        return;
                    }
                    stage.hide();
                    tasks.run(BackgroundTask.of("close the data folder", () -> {
                        context.close();
                        return null;
                    }).onSuccess(ok -> exit.run()).onFailure(error -> exit.run()));
                })
                .onFailure(error -> {
                    stage.hide();
                    exit.run();
                }));
    }

    private MainViewModel.Services services() {
        return new MainViewModel.Services(context.posts(), context.evidence(), context.exports(), context.library(),
                context.settings(), tasks, state, imports, context.backupService());
    }
}
