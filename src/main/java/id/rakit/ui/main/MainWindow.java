package id.rakit.ui.main;

import atlantafx.base.theme.Styles;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.export.BundleWriter;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Autosave;
import id.rakit.post.PostRepository;
import id.rakit.settings.Settings;
import id.rakit.ui.common.Css;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.drafts.DraftListView;
import id.rakit.ui.drafts.DraftListViewModel;
import id.rakit.ui.evidence.EvidenceGalleryView;
import id.rakit.ui.evidence.EvidenceGalleryViewModel;
import id.rakit.ui.post.PostEditorView;
import id.rakit.ui.post.PostEditorViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The main window's content: top bar, drafts, the open post with its evidence, and the status bar. */
public final class MainWindow {

    /** What the window works with. */
    public record Services(PostRepository posts, EvidenceService evidence, Ingest ingest, BundleWriter bundles,
                           MediaLibrary library, Settings settings, Autosave autosave, TaskExecutor tasks, Clock clock) {
    }

    private final BorderPane root = new BorderPane();
    private final MainViewModel vm;
    private final Consumer<Autosave.State> saveListener;
    private final Autosave autosave;

    public MainWindow(Services s, Messages messages, DialogService dialogs, Consumer<Locale> switchLanguage) {
        EvidenceTexts texts = new EvidenceTexts(messages);
        this.autosave = s.autosave();
        DraftListViewModel drafts = new DraftListViewModel(s.posts(), s.tasks());
        PostEditorViewModel editor = new PostEditorViewModel(s.posts(), s.settings(), s.autosave(), s.clock());
        EvidenceGalleryViewModel gallery = new EvidenceGalleryViewModel(s.evidence(), s.ingest(), s.library(),
                s.tasks(), dialogs, messages);
        vm = new MainViewModel(s.posts(), s.evidence(), s.bundles(), s.autosave(), s.settings(), s.tasks(), dialogs,
                messages, s.clock(), drafts, editor, gallery);
        saveListener = state -> s.tasks().onUi(() -> {
            editor.saveStateChanged(state);
            if (state == Autosave.State.SAVED) {
                drafts.refresh();
            }
        });
        s.autosave().addListener(saveListener);

        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Css.sheet(MainWindow.class, "/id/rakit/ui/main/main.css"));
        root.setTop(topBar(messages, messages.locale(), switchLanguage));

        DraftListView draftList = new DraftListView(drafts, texts);
        draftList.setPrefWidth(240);
        draftList.setMinWidth(220);

        PostEditorView editorView = new PostEditorView(editor, messages);
        java.util.function.Supplier<ZoneId> zone = () -> editor.zoneProperty().get();
        EvidenceGalleryView galleryView = new EvidenceGalleryView(gallery, texts, s.library(), s.tasks(), dialogs,
                zone, vm::export);
        galleryView.exportButton().disableProperty().bind(vm.exportingProperty());
        SplitPane post = new SplitPane(editorView.root(), galleryView);
        post.setDividerPositions(0.37);

        Label emptyText = new Label(messages.get("main.empty"));
        emptyText.getStyleClass().add(Css.EMPTY_STATE);
        emptyText.setWrapText(true);
        Button emptyNew = newPostButton(messages);
        emptyNew.setId("newPostEmpty");
        VBox empty = new VBox(14, emptyText, emptyNew);
        empty.setAlignment(Pos.CENTER);
        StackPane center = new StackPane(empty, post);
        post.visibleProperty().bind(vm.postOpenProperty());
        empty.visibleProperty().bind(vm.postOpenProperty().not());

        SplitPane body = new SplitPane(draftList, center);
        body.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(draftList, false);
        root.setCenter(body);
        root.setBottom(statusBar(messages, gallery));

        root.setOnDragOver(e -> {
            if (vm.postOpenProperty().get() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = vm.postOpenProperty().get() && e.getDragboard().hasFiles();
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                gallery.importFiles(files);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        vm.start();
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Stops listening to shared services before the window's content is replaced. */
    public void dispose() {
        autosave.removeListener(saveListener);
    }

    private Region topBar(Messages m, Locale current, Consumer<Locale> switchLanguage) {
        Label name = new Label(m.get("app.title"));
        name.getStyleClass().add("app-name");
        Label tagline = new Label(m.get("app.tagline"));
        tagline.getStyleClass().add(Css.MUTED);
        Button newPost = newPostButton(m);
        newPost.setId("newPost");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("language");
        language.getItems().addAll(Messages.INDONESIAN, Messages.ENGLISH);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : ("en".equals(l.getLanguage()) ? "English" : "Bahasa Indonesia");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue("en".equals(current.getLanguage()) ? Messages.ENGLISH : Messages.INDONESIAN);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.getLanguage().equals(old == null ? "" : old.getLanguage())) {
                switchLanguage.accept(now);
            }
        });
        HBox bar = new HBox(12, name, tagline, grow, newPost, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Button newPostButton(Messages m) {
        Button b = new Button(m.get("main.newPost"), new FontIcon(MaterialDesignP.PLUS));
        b.getStyleClass().add(Styles.ACCENT);
        b.setOnAction(e -> vm.newPost());
        return b;
    }

    private StatusBar statusBar(Messages m, EvidenceGalleryViewModel gallery) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            String g = gallery.statusProperty().get();
            String main = vm.messageProperty().get();
            return gallery.importingProperty().get() || main.isEmpty() ? (g.isEmpty() ? m.get("status.ready") : g) : main;
        }, gallery.statusProperty(), vm.messageProperty(), gallery.importingProperty()));
        gallery.statusProperty().addListener((obs, old, now) -> {
            if (gallery.importingProperty().get()) {
                return;
            }
            // the latest news wins: an import result replaces an older export message
            vm.clearMessage();
        });
        bar.progressProperty().bind(Bindings.when(gallery.importingProperty())
                .then(gallery.progressProperty()).otherwise(0.0));
        Button cancel = new Button(m.get("status.cancelImport"), new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancelImport");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.visibleProperty().bind(gallery.importingProperty());
        cancel.managedProperty().bind(gallery.importingProperty());
        cancel.setOnAction(e -> gallery.cancelImport());
        bar.getRightItems().add(cancel);
        return bar;
    }
}
