package id.rakit.app;

import id.rakit.settings.Settings;
import id.rakit.ui.common.Shortcuts;
import atlantafx.base.theme.PrimerLight;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.evidence.ImportJobs;
import id.rakit.example.ExamplePost;
import id.rakit.post.Post;
import id.rakit.settings.UnitLogo;
import id.rakit.ui.common.Css;
import id.rakit.ui.help.HelpView;
import id.rakit.ui.help.HelpViewModel;
import id.rakit.ui.main.MainViewModel;
import id.rakit.ui.main.MainWindow;
import id.rakit.ui.settings.FxPickers;
import id.rakit.ui.settings.Pickers;
import id.rakit.ui.settings.SettingsView;
import id.rakit.ui.settings.SettingsViewModel;
import id.rakit.ui.welcome.ExampleBanner;
import id.rakit.ui.welcome.ExampleBannerModel;
import id.rakit.ui.welcome.WelcomeView;
import id.rakit.ui.welcome.WelcomeViewModel;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window on a stage: built from an opened {@link AppContext}, rebuilt when the language
 * changes. The open post and the jobs under way live here, outside the window, so a rebuilt
 * window shows the same post and the same import. The welcome, Pengaturan and Bantuan are pages
 * laid over the window; the line that marks an example post sits above it. The welcome covers
 * the whole window, so on a first start the window is built only once the welcome is being
 * finished (while the example post is made) or left: not before the welcome's first frame.
 */
public final class MainStage {

    private final Stage stage;
    private final AppContext context;
    private final TaskExecutor tasks;
    private final BiFunction<Window, Messages, DialogService> dialogs;
    private final AppState state = new AppState();
    private final ImportJobs imports;
    private final ExamplePost examples;
    private final UnitLogo logos;
    /** The scene's root: the window (with the example line above it) and, over it, a page. */
    private final StackPane frame = new StackPane();
    private final BorderPane shell = new BorderPane();
    private Messages messages = Messages.indonesian();
    private MainWindow window;
    private DialogService shownDialogs;
    private ExampleBannerModel banner;
    private BiFunction<Window, Messages, Pickers> pickers = FxPickers::new;

    /** The page over the window, if one is open. */
    public enum Page { NONE, WELCOME, SETTINGS, HELP }

    private Page page = Page.NONE;
    private Parent pageRoot;
    private SettingsViewModel settingsPage;

    public MainStage(Stage stage, AppContext context, TaskExecutor tasks,
                     BiFunction<Window, Messages, DialogService> dialogs) {
        this.stage = stage;
        this.context = context;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.imports = new ImportJobs(context.ingest(), context.evidence(), context.library(), tasks, state,
                () -> messages);
        this.examples = new ExamplePost(context.posts(), context.ingest(), context.evidence(), context.settings());
        this.logos = new UnitLogo(context.dataDirectory());
        frame.getStylesheets().add(Css.sheet(MainStage.class, "/id/rakit/ui/main/main.css"));
    }

    /** Other file and folder choosers than the system's (for flows that answer them). */
    public void usePickers(BiFunction<Window, Messages, Pickers> choosers) {
        this.pickers = choosers;
    }

    /**
     * The first start: the main window in {@code language}, and over it the welcome when the unit
     * profile is still empty ({@code welcome}, from {@link id.rakit.settings.Settings#needsWelcome()}).
     */
    public void start(Locale language, boolean welcome) {
        if (!welcome) {
            show(language);
            return;
        }
        messages = Messages.of(language);
        shownDialogs = dialogs.apply(stage, messages);
        attach();
        stage.setTitle(messages.get("app.title"));
        showPage(Page.WELCOME);
    }

    /** Applies Rakit's theme to the whole application. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows the main window in {@code language}. */
    public void show(Locale language) {
        messages = Messages.of(language);
        shownDialogs = dialogs.apply(stage, messages);
        buildWindow();
        stage.setTitle(messages.get("app.title"));
        if (page != Page.NONE) {
            showPage(page);  // the page open, again in the new language
        }
    }

    /** The main window in the current language, under the page if one is open. */
    private void buildWindow() {
        if (window != null) {
            window.dispose();
            banner.dispose();
        }
        window = new MainWindow(services(), messages, shownDialogs, this::switchLanguage,
                () -> showPage(Page.SETTINGS), () -> showPage(Page.HELP));
        banner = new ExampleBannerModel(examples, tasks, state, messages);
        shell.setTop(new ExampleBanner(banner, messages));
        shell.setCenter(window.root());
        if (!frame.getChildren().contains(shell)) {
            frame.getChildren().add(0, shell);
        }
        attach();
    }

    /** The frame as the stage's scene. */
    private void attach() {
        if (stage.getScene() == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(frame, Math.min(1360, screen.getWidth() * 0.95),
                    Math.min(860, screen.getHeight() * 0.95)));
        } else if (stage.getScene().getRoot() != frame) {
            stage.getScene().setRoot(frame);
        }
        var keys = stage.getScene().getAccelerators();
        if (!keys.containsKey(Shortcuts.TEXT_LARGER.keys())) {
            Runnable larger = () -> changeTextSize(TEXT_STEP);
            Runnable smaller = () -> changeTextSize(-TEXT_STEP);
            keys.put(Shortcuts.TEXT_LARGER.keys(), larger);
            // Ctrl and the "+" key, whether the keyboard gives it as plus, equals or the keypad's add
            keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), larger);
            keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), larger);
            keys.put(Shortcuts.TEXT_SMALLER.keys(), smaller);
            keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), smaller);
        }
    }

    /** How much Ctrl+plus and Ctrl+minus change the text size, in percent. */
    static final int TEXT_STEP = 10;
    /** The text size of AtlantaFX's theme at 100 %, in pixels; every size in Rakit's style sheets follows it. */
    private static final double BASE_FONT = 14;
    private int textSize = 100;

    /** The window's text size in percent of the usual, as read with the settings at start. */
    public void textSize(int percent) {
        textSize = Math.max(Settings.TEXT_SMALLEST, Math.min(Settings.TEXT_LARGEST, percent));
        frame.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * textSize / 100));
    }

    public int textSize() {
        return textSize;
    }

    private void changeTextSize(int step) {
        textSize(textSize + step);
        int remembered = textSize;
        tasks.run(BackgroundTask.of("remember the text size", () -> {
            context.settings().setTextSize(remembered);
            return null;
        }).onFailure(error -> state.tell(new Causes(messages).describe(error))));
    }

    /** Opens a page over the window (or closes it with {@link Page#NONE}). */
    public void showPage(Page next) {
        if (pageRoot != null) {
            frame.getChildren().remove(pageRoot);
            pageRoot = null;
        }
        page = next;
        Pickers choosers = pickers.apply(stage, messages);
        pageRoot = switch (next) {
            case NONE -> null;
            case WELCOME -> {
                WelcomeViewModel welcome = new WelcomeViewModel(new WelcomeViewModel.Services(context.settings(),
                        examples, logos, tasks), messages, this::welcomed);
                // the window is built while the profile is saved and the example made in the background,
                // once the welcome shows that it is busy
                welcome.busyProperty().addListener((obs, was, busy) -> {
                    if (busy) {
                        afterNextFrame(() -> {
                            if (window == null) {
                                buildWindow();
                            }
                        });
                    }
                });
                yield new WelcomeView(welcome, messages, choosers).root();
            }
            case SETTINGS -> {
                settingsPage = new SettingsViewModel(new SettingsViewModel.Services(context.settings(), examples, logos,
                        tasks, state, context.dataDirectory(), this::switchLanguage), messages);
                yield new SettingsView(settingsPage, messages, choosers, shownDialogs::openFolder,
                        this::closeSettings).root();
            }
            case HELP -> new HelpView(new HelpViewModel(messages), () -> showPage(Page.NONE)).root();
        };
        if (pageRoot != null) {
            frame.getChildren().add(pageRoot);
        }
        // the window under a page takes no clicks or keys
        shell.setDisable(pageRoot != null);
        if (pageRoot == null) {
            if (window == null) {
                buildWindow();
            }
            window.root().requestFocus();
        }
    }

    /** Runs {@code action} once the next frame is laid out and handed over to be drawn. */
    private void afterNextFrame(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public Page page() {
        return page;
    }

    /** Leaves Pengaturan: what it changed that the window shows (the export folder) is shown anew. */
    private void closeSettings() {
        SettingsViewModel closing = settingsPage;
        settingsPage = null;
        closing.saveNow();
        showPage(Page.NONE);
        if (closing.changed()) {
            show(messages.locale());
        }
    }

    /** The welcome is over: the example post, if one was made, opens on its evidence. */
    private void welcomed(Optional<Post> example) {
        showPage(Page.NONE);
        example.ifPresent(post -> {
            state.postsChanged();
            state.open(post);
            window.viewModel().workspace().show(WorkspaceViewModel.Section.EVIDENCE);
        });
    }

    /** Tells in the status bar what this start did (a recovery, a tidy-up), if anything. */
    void tellWhatStartDid(Opening.Opened opened) {
        String news = StartNews.of(context, opened, messages);
        if (!news.isEmpty()) {
            state.tell(news);
        }
    }

    /** The main window; none yet while the first start's welcome is filled in. */
    public MainWindow window() {
        return window;
    }

    public AppState state() {
        return state;
    }

    private void switchLanguage(Locale language) {
        if (settingsPage != null) {
            settingsPage.saveNow();
        }
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
                context.settings(), tasks, state, imports, context.captionRules(), context.writingAids(),
                context.backupService());
    }
}
