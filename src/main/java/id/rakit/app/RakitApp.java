package id.rakit.app;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.store.DataDirectory;
import id.rakit.ui.common.FxDialogService;
import id.rakit.ui.common.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application. The data folder is opened and migrated on a thread of its own from the
 * moment the process starts, while JavaFX starts and a short "opening" screen shows; closing the
 * window writes anything pending before the process ends.
 */
public final class RakitApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RakitApp.class);

    /** Set while {@code bench startup} measures this start; the window closes once ready. */
    private static volatile StartupClock measuring;

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private AppContext context;
    private MainStage main;

    /** The unit's data, as the window opens with it. */
    private record Opened(AppContext context, Locale language, boolean welcome) {
    }

    /**
     * The data folder being opened since the process started, beside JavaFX's own start (two
     * cores do both at once): the database opened and migrated, the platform data read.
     */
    private static volatile CompletableFuture<Opened> dataOpening;

    static void launchWindow(String[] args) {
        openEarly(DataDirectory.resolve(dataDirArgument(List.of(args))));
        Application.launch(RakitApp.class, args);
    }

    /** Starts opening {@code dataDir} on a thread of its own; {@link #start} takes the result. */
    private static void openEarly(Path dataDir) {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Logging.toFile(dataDir);
                AppContext opened = AppContext.open(dataDir).closeOnShutdown();
                Opened o = new Opened(opened, opened.settings().language(), opened.settings().needsWelcome());
                mark("data folder open");
                result.complete(o);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "rakit-open");
        t.setDaemon(true);
        dataOpening = result;
        t.start();
    }

    /** On the launcher thread, before the first stage shows and before any text is laid out. */
    @Override
    public void init() {
        EmojiFont.install();
    }

    /** Starts the window on {@code dataDir} as usual, marks each part of the start, and closes it when ready. */
    static void measureStart(StartupClock clock, Path dataDir) {
        measuring = clock;
        openEarly(dataDir);
        Application.launch(RakitApp.class, "--data-dir", dataDir.toString());
    }

    private static void mark(String what) {
        StartupClock clock = measuring;
        if (clock != null) {
            clock.mark(what);
        }
    }

    /**
     * The window is ready once its first frame is drawn: the pulse after the one that laid it out
     * (JavaFX starts a pulse only when the last frame is on screen). Then it closes as the close
     * button closes it.
     */
    private void whenDrawn(Stage stage) {
        Scene scene = stage.getScene();
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                mark("window laid out");
                Platform.requestNextPulse();
            } else {
                scene.removePostLayoutPulseListener(listener[0]);
                mark("window ready");
                measuring = null;
                main.requestClose(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    @Override
    public void start(Stage stage) {
        mark("JavaFX started");
        MainStage.applyTheme();
        Messages opening = Messages.indonesian();
        ProgressIndicator spinner = new ProgressIndicator();
        VBox loading = new VBox(16, spinner, new Label(opening.get("app.loading")));
        loading.setAlignment(Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(loading, Math.min(1360, screen.getWidth() * 0.95), Math.min(860, screen.getHeight() * 0.95)));
        stage.setMinWidth(1024);
        stage.setMinHeight(600);
        // an office laptop's 1280x720 or 1366x768 screen: every pixel is needed
        stage.setMaximized(screen.getWidth() < 1500 || screen.getHeight() < 900);
        stage.setTitle(opening.get("app.title"));
        // loaded by JavaFX in the background, like every picture
        stage.getIcons().add(new javafx.scene.image.Image(RakitApp.class.getResource("rakit.png").toExternalForm(), true));
        stage.show();

        Path dataDir = DataDirectory.resolve(dataDirArgument(getParameters().getRaw()));
        mark("opening screen shown");
        CompletableFuture<Opened> opened = dataOpening;
        dataOpening = null;
        if (opened == null) {  // launched some other way than launchWindow: open it now
            openEarly(dataDir);
            opened = dataOpening;
            dataOpening = null;
        }
        opened.whenComplete((o, error) -> Platform.runLater(() -> {
            if (error == null) {
                shown(stage, dataDir, o);
            } else {
                failed(dataDir, error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
            }
        }));
        stage.setOnCloseRequest(e -> {
            if (main == null) {
                return;
            }
            e.consume();
            main.requestClose(Platform::exit);
        });
    }

    /** The data folder is open: the window (and the welcome, on an empty profile) replaces the opening screen. */
    private void shown(Stage stage, Path dataDir, Opened opened) {
        context = opened.context();
        main = new MainStage(stage, context, tasks,
                (owner, m) -> new FxDialogService(owner, m, getHostServices()::showDocument));
        main.start(opened.language(), opened.welcome());
        mark(opened.welcome() ? "welcome built" : "window built");
        if (measuring != null) {
            whenDrawn(stage);
        }
        LOG.info("Rakit {} on {}", Version.current(), dataDir);
    }

    /** The data folder could not be opened: said in a dialog (or to the bench), then the app ends. */
    private void failed(Path dataDir, Throwable error) {
        StartupClock clock = measuring;
        if (clock != null) {
            clock.fail(error);  // the bench says why; no dialog waits for a click
            Platform.exit();
            return;
        }
        Messages m = Messages.indonesian();
        Alert alert = new Alert(Alert.AlertType.ERROR, m.get("app.error.start", dataDir, new Causes(m).describe(error)));
        alert.setHeaderText(m.get("app.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        tasks.close();
    }

    static Optional<String> dataDirArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (a.startsWith("--data-dir=")) {
                return Optional.of(a.substring("--data-dir=".length()));
            }
        }
        return Optional.empty();
    }
}
