package id.rakit.ui.main;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.post.Post;
import id.rakit.post.TimeZones;
import id.rakit.ui.common.Shortcuts;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.Css;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.Listening;
import id.rakit.ui.compose.ComposeView;
import id.rakit.ui.details.DetailsView;
import id.rakit.ui.drafts.DraftListView;
import id.rakit.ui.evidence.EvidenceGalleryView;
import id.rakit.ui.export.ExportView;
import id.rakit.ui.export.ExportViewModel;
import id.rakit.ui.workspace.WorkspaceView;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The main window's content: top bar, the list of posts, the open post as a workspace, the status bar. */
public final class MainWindow {

    /** The list's width when the window opens; the admin can drag it wider. */
    private static final double LIST_WIDTH = 300;

    private final BorderPane root = new BorderPane();
    private final MainViewModel vm;
    private final Listening listening = new Listening();
    private final AppState openState;

    public MainWindow(MainViewModel.Services s, Messages messages, DialogService dialogs,
                      Consumer<Locale> switchLanguage) {
        this(s, messages, dialogs, switchLanguage, null, null);
    }

    /** With "Pengaturan" and "Bantuan" beside the application's name, opening those pages. */
    public MainWindow(MainViewModel.Services s, Messages messages, DialogService dialogs,
                      Consumer<Locale> switchLanguage, Runnable openSettings, Runnable openHelp) {
        EvidenceTexts texts = new EvidenceTexts(messages);
        vm = new MainViewModel(s, dialogs, messages);
        AppState state = s.state();
        this.openState = state;

        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Css.sheet(MainWindow.class, "/id/rakit/ui/main/main.css"));
        DraftListView list = new DraftListView(vm.drafts(), texts, pageButtons(messages, openSettings, openHelp,
                brand(messages), backupButton(messages)), newPostButton(messages), language(messages, switchLanguage));
        list.setMinWidth(230);
        list.setPrefWidth(LIST_WIDTH);

        Supplier<ZoneId> zone = () -> state.openPost().map(p -> p.details().eventZone()).orElse(TimeZones.DEFAULT);
        WorkspaceViewModel wvm = vm.workspace();
        DetailsView details = new DetailsView(vm.details(), messages);
        EvidenceGalleryView gallery = new EvidenceGalleryView(vm.gallery(), texts, s.library(), s.tasks(), dialogs, zone,
                () -> wvm.show(WorkspaceViewModel.Section.DETAILS));
        // Tulis and Ekspor are made when first shown
        ComposeView[] compose = new ComposeView[1];
        WorkspaceView workspace = new WorkspaceView(wvm, messages, new WorkspaceView.Parts(details.root(), gallery,
                vm.gallery().countProperty(), () -> compose[0] = new ComposeView(vm.compose(), messages, s.tasks()),
                () -> compose[0].shown(), () -> new ExportView(vm.export(), messages), vm.export()::refresh,
                () -> vm.restore(state.openPostId()), () -> vm.duplicate(state.openPostId()),
                () -> vm.moveToBin(state.openPostId())));

        Label emptyText = new Label(messages.get("main.empty"));
        emptyText.getStyleClass().add(Css.EMPTY_STATE);
        emptyText.setWrapText(true);
        Button emptyNew = newPostButton(messages);
        emptyNew.setId("newPostEmpty");
        emptyNew.setTooltip(new javafx.scene.control.Tooltip(messages.get("main.newPost.shortcut")));
        VBox empty = new VBox(14, emptyText, emptyNew);
        empty.setAlignment(Pos.CENTER);
        StackPane center = new StackPane(empty, workspace);
        workspace.visibleProperty().bind(state.openPostProperty().isNotNull());
        empty.visibleProperty().bind(state.openPostProperty().isNull());

        SplitPane body = new SplitPane(list, center);
        SplitPane.setResizableWithParent(list, false);
        // the list keeps its width as the window grows; the workspace takes the rest
        body.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > 0) {
                body.setDividerPositions(LIST_WIDTH / now.doubleValue());
            }
        });
        root.setCenter(body);
        root.setBottom(statusBar(messages, state));

        root.setOnDragOver(e -> {
            if (state.openPost().filter(p -> !p.inBin()).isPresent() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = state.openPost().filter(p -> !p.inBin()).isPresent() && e.getDragboard().hasFiles();
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                if (ExportViewModel.looksLikeBundles(files)) {
                    // a bundle's zip or manifest is checked against itself, not imported as evidence
                    wvm.show(WorkspaceViewModel.Section.EXPORT);
                    vm.export().verify(ExportViewModel.bundlesOf(files));
                } else {
                    wvm.show(WorkspaceViewModel.Section.EVIDENCE);
                    vm.gallery().importFiles(files);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                shortcuts(scene, wvm, openSettings, openHelp);
            }
        });
        vm.start();
    }

    /**
     * The window's keyboard shortcuts ({@link Shortcuts}): scene accelerators, so they work from
     * any field; the buttons they stand for name them in their tooltips ({@link Shortcuts#tooltip}).
     */
    private void shortcuts(javafx.scene.Scene scene, WorkspaceViewModel wvm, Runnable openSettings, Runnable openHelp) {
        var keys = scene.getAccelerators();
        keys.put(Shortcuts.NEW_POST.keys(), vm::newPost);
        keys.put(Shortcuts.ADD_EVIDENCE.keys(), () -> onOpenPost(() -> {
            wvm.show(WorkspaceViewModel.Section.EVIDENCE);
            fire("#addEvidence");
        }));
        keys.put(Shortcuts.EXPORT.keys(), () -> onOpenPost(() -> {
            wvm.show(WorkspaceViewModel.Section.EXPORT);
            focus("#exportBundle");
        }));
        keys.put(Shortcuts.SEARCH.keys(), () -> focus("#draftSearch"));
        keys.put(Shortcuts.NEXT_ITEM.keys(), () -> onOpenPost(() -> vm.gallery().selectBeside(1)));
        keys.put(Shortcuts.PREVIOUS_ITEM.keys(), () -> onOpenPost(() -> vm.gallery().selectBeside(-1)));
        if (openHelp != null) {
            keys.put(Shortcuts.HELP.keys(), openHelp);
        }
        if (openSettings != null) {
            keys.put(Shortcuts.SETTINGS.keys(), openSettings);
        }
    }

    private void onOpenPost(Runnable action) {
        if (openState.openPost().filter(p -> !p.inBin()).isPresent()) {
            action.run();
        }
    }

    private void fire(String id) {
        if (root.lookup(id) instanceof Button b && !b.isDisabled()) {
            b.fire();
        }
    }

    /** Focuses {@code id}, at once or, for a tab whose view is made when first shown, after the next layout. */
    private void focus(String id) {
        Node n = root.lookup(id);
        if (n != null) {
            n.requestFocus();
            return;
        }
        javafx.scene.Scene scene = root.getScene();
        int[] pulses = {0};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            Node found = root.lookup(id);
            if (found != null || ++pulses[0] > 3) {
                scene.removePostLayoutPulseListener(once[0]);
                if (found != null) {
                    found.requestFocus();
                }
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Stops listening to what outlives this window, before its content is replaced. */
    public void dispose() {
        vm.dispose();
        listening.stop();
    }

    /** The application's name, with what it is for in its tooltip. */
    private static Label brand(Messages m) {
        Label name = new Label(m.get("app.title"));
        name.getStyleClass().add("app-name");
        name.setTooltip(new javafx.scene.control.Tooltip(m.get("app.tagline")));
        return name;
    }

    /** The application's name, and beside it Pengaturan and Bantuan as icon buttons (named in their tooltips). */
    private static Node pageButtons(Messages m, Runnable openSettings, Runnable openHelp, Label brand, Button backup) {
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        if (openSettings == null || openHelp == null) {
            HBox box = new HBox(2, brand, grow, backup);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
        Button settings = new Button(null, new FontIcon(MaterialDesignC.COG_OUTLINE));
        settings.setId("openSettings");
        settings.setOnAction(e -> openSettings.run());
        Button help = new Button(null, new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        help.setId("openHelp");
        help.setOnAction(e -> openHelp.run());
        for (Button b : new Button[] {settings, help}) {
            String name = m.get(b == settings ? "settings.title" : "help.title");
            b.setTooltip(new javafx.scene.control.Tooltip(name));
            b.setAccessibleText(name);
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        HBox box = new HBox(2, brand, grow, backup, settings, help);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static ChoiceBox<Locale> language(Messages m, Consumer<Locale> switchLanguage) {
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("language");
        language.getItems().addAll(Messages.INDONESIAN, Messages.ENGLISH);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : ("en".equals(l.getLanguage()) ? "English" : "Indonesia");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        Locale current = m.locale();
        language.setValue("en".equals(current.getLanguage()) ? Messages.ENGLISH : Messages.INDONESIAN);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.getLanguage().equals(old == null ? "" : old.getLanguage())) {
                switchLanguage.accept(now);
            }
        });
        language.getStyleClass().add(Styles.SMALL);
        language.setTooltip(new javafx.scene.control.Tooltip(m.get("main.language")));
        return language;
    }

    /** "Cadangkan sekarang": the data onto a USB stick or another folder. */
    private Button backupButton(Messages m) {
        Button b = new Button(null, new FontIcon(MaterialDesignD.DATABASE_EXPORT_OUTLINE));
        b.setId("backUpNow");
        b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.BUTTON_ICON);
        b.setAccessibleText(m.get("main.backUpNow"));
        b.setTooltip(new javafx.scene.control.Tooltip(m.get("main.backUpNow.tooltip")));
        b.setOnAction(e -> vm.backUpNow());
        return b;
    }

    private Button newPostButton(Messages m) {
        Button b = new Button(m.get("main.newPost"), new FontIcon(MaterialDesignP.PLUS));
        b.setId("newPost");
        b.getStyleClass().add(Styles.ACCENT);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> vm.newPost());
        return b;
    }

    /** The newest job's progress with its Cancel button, else the latest news with its Undo. */
    private StatusBar statusBar(Messages m, AppState state) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        Button cancel = new Button(m.get("status.cancelJob"), new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancelJob");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        Button undo = new Button(m.get("status.undo"), new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        bar.getRightItems().addAll(undo, cancel);
        Runnable update = () -> {
            AppState.Job job = state.jobs().isEmpty() ? null : state.jobs().get(state.jobs().size() - 1);
            bar.progressProperty().unbind();
            bar.textProperty().unbind();
            if (job != null) {
                bar.textProperty().bind(job.handle().messageProperty());
                bar.progressProperty().bind(Bindings.max(0, job.handle().progressProperty()));
                cancel.setOnAction(e -> {
                    job.handle().cancel();
                    state.tell(m.get("status.cancelling"));
                });
            } else {
                AppState.News news = state.newsProperty().get();
                bar.setText(news.text().isEmpty() ? m.get("status.ready") : news.text());
                bar.setProgress(0);
            }
            boolean running = job != null && job.kind().equals(id.rakit.ui.evidence.ImportJobs.KIND);
            cancel.setVisible(running);
            cancel.setManaged(running);
            boolean canUndo = job == null && state.newsProperty().get().undo().isPresent();
            undo.setVisible(canUndo);
            undo.setManaged(canUndo);
            undo.setOnAction(e -> state.newsProperty().get().undo().ifPresent(Runnable::run));
        };
        listening.on(state.jobs(), (ListChangeListener<AppState.Job>) c -> update.run());
        listening.on(state.newsProperty(), (obs, old, now) -> update.run());
        update.run();
        return bar;
    }

    /** For tests and the close dialog: the post open now. */
    public java.util.Optional<Post> openPost() {
        return vm.state().openPost();
    }
}
