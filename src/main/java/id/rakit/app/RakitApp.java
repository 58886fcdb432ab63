package id.rakit.app;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.store.DataDirectory;
import id.rakit.store.DataFolderLock;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.FxDialogService;
import id.rakit.ui.common.FxTaskExecutor;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application. The data folder is opened and migrated in the background while a
 * short "opening" screen shows; closing the window writes anything pending before the process ends.
 */
public final class RakitApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RakitApp.class);

    /** Set while {@code bench startup} measures this start; the window closes once ready. */
    private static volatile StartupClock measuring;

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private AppContext context;
    private MainStage main;

    /**
     * The data folder being opened since the process started, beside JavaFX's own start (two
     * cores do both at once): the folder's lock taken, the database checked, opened and migrated.
     */
    private static volatile CompletableFuture<Opening.Outcome> dataOpening;

    static void launchWindow(String[] args) {
        openEarly(DataDirectory.resolve(dataDirArgument(List.of(args))));
        Application.launch(RakitApp.class, args);
    }

    /** Starts opening {@code dataDir} on a thread of its own; {@link #start} takes the result. */
    private static void openEarly(Path dataDir) {
        CompletableFuture<Opening.Outcome> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Logging.toFile(dataDir);
                Opening.Outcome outcome = Opening.open(dataDir, RakitApp::openContext);
                mark("data folder open");
                result.complete(outcome);
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
        CompletableFuture<Opening.Outcome> opened = dataOpening;
        dataOpening = null;
        if (opened == null) {  // launched some other way than launchWindow: open it now
            openEarly(dataDir);
            opened = dataOpening;
            dataOpening = null;
        }
        opened.whenComplete((outcome, error) -> Platform.runLater(() -> {
            if (error != null) {
                cannotStart(dataDir, error instanceof java.util.concurrent.CompletionException ? error.getCause() : error,
                        opening);
            } else if (outcome instanceof Opening.Opened o) {
                showMain(stage, o, dataDir);
            } else if (outcome instanceof Opening.Busy busy) {
                alreadyOpen(busy, opening);
            } else if (outcome instanceof Opening.Damaged damaged) {
                offerRecovery(stage, damaged, opening, dataDir);
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

    private static AppContext openContext(DataFolderLock lock) {
        return AppContext.openWithLock(lock.folder(), lock).closeOnShutdown();
    }

    private void showMain(Stage stage, Opening.Opened opened, Path dataDir) {
        context = opened.context();
        main = new MainStage(stage, context, tasks,
                (owner, m) -> new FxDialogService(owner, m, getHostServices()::showDocument));
        main.textSize(opened.textSize());
        main.start(opened.language(), opened.welcome());
        mark(opened.welcome() ? "welcome built" : "window built");
        if (measuring != null) {
            whenDrawn(stage);
        }
        main.tellWhatStartDid(opened);
        // a second start on this folder asks this window to the front instead of opening its own
        context.lock().whenAskedToRaise(() -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }));
        LOG.info("Rakit {} on {}", Version.current(), dataDir);
    }

    /** Another Rakit has the folder: its window came to the front, or the admin is told where it is. */
    private static void alreadyOpen(Opening.Busy busy, Messages m) {
        if (!busy.raised()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, m.get("start.busy", busy.folder()));
            alert.setHeaderText(m.get("app.title"));
            alert.showAndWait();
        }
        Platform.exit();
    }

    /**
     * The database is damaged, empty or gone: the admin is told so in plain words and offered the
     * newest automatic backup. Nothing is moved or written until a choice is made.
     */
    private void offerRecovery(Stage stage, Opening.Damaged damaged, Messages m, Path dataDir) {
        StringBuilder text = new StringBuilder(switch (damaged.state()) {
            case EMPTY -> m.get("start.damaged.empty", dataDir);
            case MISSING -> m.get("start.damaged.missing", dataDir);
            default -> m.get("start.damaged.damaged", dataDir);
        });
        Optional<String> when = damaged.newestAt().or(() -> damaged.newest().map(b -> b.takenAt()))
                .map(t -> t.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm", m.locale())));
        text.append("\n\n").append(damaged.newest().isPresent() ? m.get("start.damaged.backup", when.orElse(""))
                : m.get("start.damaged.noBackup"));
        text.append("\n\n").append(m.get("start.damaged.aside"));
        ButtonType restore = new ButtonType(m.get("start.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType(m.get("start.damaged.fresh"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(m.get("start.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = damaged.newest().isPresent()
                ? new Alert(Alert.AlertType.WARNING, text.toString(), restore, fresh, quit)
                : new Alert(Alert.AlertType.WARNING, text.toString(), fresh, quit);
        alert.initOwner(stage);
        alert.setHeaderText(m.get("start.damaged.title"));
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == quit) {
            damaged.lock().close();
            Platform.exit();
            return;
        }
        Opening.Choice choice = answer.get() == restore ? Opening.Choice.RESTORE_NEWEST : Opening.Choice.START_EMPTY;
        tasks.run(BackgroundTask.of("recover the database", () -> Opening.recover(damaged, choice, RakitApp::openContext))
                .onSuccess(opened -> showMain(stage, opened, dataDir))
                .onFailure(error -> cannotStart(dataDir, error, m)));
    }

    private static void cannotStart(Path dataDir, Throwable error, Messages m) {
        StartupClock clock = measuring;
        if (clock != null) {
            clock.fail(error);  // the bench says why; no dialog waits for a click
            Platform.exit();
            return;
        }
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
