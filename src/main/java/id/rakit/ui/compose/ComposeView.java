package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Problem;
import id.rakit.compose.Snippet;
import id.rakit.compose.Template;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.ui.common.Css;
import id.rakit.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The "Tulis" tab: which platforms the post goes to; the master caption and a tab per chosen
 * platform (marked when its caption is its own or something needs fixing), each made the first
 * time it is opened; beside them the platform's preview and the texts to insert.
 */
public final class ComposeView extends VBox {

    private final ComposeViewModel vm;
    private final Messages m;
    private final Pictures pictures;
    private final TabPane platformTabs = new TabPane();
    private final Map<Platform, Tab> tabs = new EnumMap<>(Platform.class);
    private final Map<Platform, ToggleButton> choosers = new EnumMap<>(Platform.class);
    private final Map<Tab, TextInputControl> mainField = new java.util.HashMap<>();
    private final Map<Platform, PreviewCard> previews = new EnumMap<>(Platform.class);
    private final StackPane preview = new StackPane();
    private final VBox allProblems = new VBox(4);
    private final InsertPanel insertPanel;
    private final Tab general;
    private TextInputControl lastField;

    public ComposeView(ComposeViewModel vm, Messages messages, TaskExecutor tasks) {
        this.vm = vm;
        this.m = messages;
        this.pictures = new Pictures(tasks);
        getStyleClass().add("compose");
        getStylesheets().add(Css.sheet(ComposeView.class, "/id/rakit/ui/compose/compose.css"));
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 16));

        Label pick = new Label(m.get("compose.targets"));
        pick.getStyleClass().add(Css.SECTION);
        FlowPane chooser = new FlowPane(6, 6);
        chooser.getChildren().add(pick);
        for (Platform p : Platform.targets()) {
            ToggleButton b = new ToggleButton(m.get("platform." + p.code()));
            b.setId("target-" + p.code());
            b.getStyleClass().addAll("target-chip", Styles.SMALL);
            b.setOnAction(e -> vm.choose(p, b.isSelected()));
            choosers.put(p, b);
            chooser.getChildren().add(b);
        }
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.setPadding(new Insets(0, 16, 0, 0));

        general = new Tab(m.get("platform.umum"), scrolling(masterEditor()));
        general.setClosable(false);
        general.setId("tab-umum");
        platformTabs.getTabs().add(general);
        platformTabs.setId("platformTabs");
        // a platform's editor is made when its tab is first opened
        platformTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getContent() == null && now.getUserData() instanceof Platform p) {
                PlatformEditor editor = new PlatformEditor(vm.platform(p), m, pictures, f -> lastField = f,
                        this::openHistory);
                now.setContent(editor);
                mainField.put(now, (TextInputControl) editor.lookup("#body-" + p.code()));
            }
            lastField = mainField.get(now);
            showPreview();
        });
        vm.targets().addListener((ListChangeListener<Platform>) c -> {
            showTargets();
            showPreview();
        });
        vm.problems().addListener((ListChangeListener<Problem>) c -> showProblems());

        insertPanel = new InsertPanel(vm, m, this::insert, this::useTemplate, this::manageSnippets);
        Tab previewTab = new Tab(m.get("compose.side.preview"), scrolling(preview));
        previewTab.setId("sidePreview");
        Tab insertTab = new Tab(m.get("compose.side.insert"), scrolling(insertPanel));
        insertTab.setId("sideInsert");
        TabPane side = new TabPane(previewTab, insertTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("composeSide");
        side.setMinWidth(PreviewCard.WIDTH + 40);
        side.setPrefWidth(PreviewCard.WIDTH + 44);
        side.setMaxWidth(PreviewCard.WIDTH + 120);
        preview.setPadding(new Insets(10));
        preview.setAlignment(Pos.TOP_CENTER);

        SplitPane split = new SplitPane(platformTabs, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getStyleClass().add("compose-split");
        SplitPane.setResizableWithParent(side, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        split.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > 0) {
                split.setDividerPositions(1 - (PreviewCard.WIDTH + 44) / now.doubleValue());
            }
        });
        getChildren().addAll(chooser, split);

        // Alt+1 to Alt+9 put the snippet with that number where the cursor is
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isControlDown() && e.getCode().isDigitKey()) {
                int n = digit(e.getCode());
                Optional<Snippet> s = insertPanel.shortcut(n);
                if (s.isPresent()) {
                    insert(s.get());
                    e.consume();
                }
            }
        });
        showTargets();
        showProblems();
        showPreview();
    }

    /** Called when the tab is shown: photos may have been added or removed meanwhile. */
    public void shown() {
        vm.refreshMedia();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.isDigit(name.charAt(name.length() - 1)) ? name.charAt(name.length() - 1) - '0' : -1;
    }

    private void showTargets() {
        for (Platform p : Platform.targets()) {
            boolean chosen = vm.targets().contains(p);
            choosers.get(p).setSelected(chosen);
            Tab tab = tabs.get(p);
            if (chosen && tab == null) {
                tab = new Tab(m.get("platform." + p.code()));
                tab.setId("tab-" + p.code());
                tab.setClosable(false);
                tab.setUserData(p);
                tabs.put(p, tab);
                PlatformCaptionViewModel pvm = vm.platform(p);
                Tab marked = tab;
                pvm.followsMasterProperty().addListener((obs, old, now) -> mark(p, marked));
                mark(p, tab);
            }
            if (tab != null) {
                if (chosen && !platformTabs.getTabs().contains(tab)) {
                    int at = 1 + (int) vm.targets().stream().filter(t -> t.ordinal() < p.ordinal()).count();
                    platformTabs.getTabs().add(Math.min(at, platformTabs.getTabs().size()), tab);
                } else if (!chosen) {
                    platformTabs.getTabs().remove(tab);
                }
            }
        }
    }

    /** A pencil when the platform's caption is its own, a warning when it cannot go out yet. */
    private void mark(Platform p, Tab tab) {
        HBox marks = new HBox(2);
        marks.setAlignment(Pos.CENTER);
        if (!vm.platform(p).followsMasterProperty().get()) {
            FontIcon own = new FontIcon(MaterialDesignP.PENCIL_OUTLINE);
            own.getStyleClass().add("tab-own");
            marks.getChildren().add(own);
        }
        if (vm.problems().stream().anyMatch(x -> x.platform() == p && x.blocking())) {
            FontIcon bad = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            bad.getStyleClass().add("tab-problem");
            marks.getChildren().add(bad);
        }
        tab.setGraphic(marks.getChildren().isEmpty() ? null : marks);
        tab.getStyleClass().removeAll("tab-has-problem", "tab-is-own");
        if (marks.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("tab-problem"))) {
            tab.getStyleClass().add("tab-has-problem");
        }
    }

    private VBox masterEditor() {
        Label hint = new Label(m.get("compose.master.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Css.MUTED);
        Button versions = new Button(m.get("compose.history"), new FontIcon(MaterialDesignH.HISTORY));
        versions.setId("history-umum");
        versions.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        versions.setMinWidth(Region.USE_PREF_SIZE);
        versions.setOnAction(e -> openHistory(Platform.GENERAL, CaptionField.BODY));
        TextArea text = new TextArea();
        text.setId("caption");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText(m.get("compose.master.prompt"));
        text.textProperty().bindBidirectional(vm.masterProperty());
        text.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                lastField = text;
            }
        });
        mainField.put(null, text);
        lastField = text;
        VBox.setVgrow(text, Priority.ALWAYS);
        FieldCheck count = new FieldCheck(new ValidationSupport(), text, vm.masterReportProperty().map(Optional::of),
                m, "caption");
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox under = new HBox(8, count, versions);
        under.setAlignment(Pos.TOP_LEFT);
        Label checks = new Label(m.get("compose.checks"));
        checks.getStyleClass().add(Css.SECTION);
        allProblems.setId("allProblems");
        VBox box = new VBox(6, hint, text, under, checks, allProblems);
        box.setPadding(new Insets(10, 12, 12, 0));
        // the general tab's field, for inserting before any other field had the focus
        platformTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == general) {
                lastField = text;
            }
        });
        return box;
    }

    /** Every problem of every platform under the master caption, each a link to its platform's tab. */
    private void showProblems() {
        allProblems.getChildren().clear();
        ProblemTexts texts = new ProblemTexts(m);
        for (Problem p : vm.problems()) {
            Hyperlink line = new Hyperlink(texts.describe(p), new FontIcon(p.blocking()
                    ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignA.ALERT_OUTLINE));
            line.setWrapText(true);
            line.getStyleClass().add(p.blocking() ? "problem-link" : "warning-link");
            Tab tab = tabs.get(p.platform());
            line.setOnAction(e -> {
                if (tab != null && platformTabs.getTabs().contains(tab)) {
                    platformTabs.getSelectionModel().select(tab);
                }
            });
            allProblems.getChildren().add(line);
        }
        if (vm.problems().isEmpty()) {
            Label ok = new Label(m.get("compose.allReady"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            ok.setId("allReady");
            ok.getStyleClass().add("ok-text");
            allProblems.getChildren().add(ok);
        }
        tabs.forEach(this::mark);
    }

    /** The selected platform's preview; on the general tab, the first chosen platform's. */
    private void showPreview() {
        Tab selected = platformTabs.getSelectionModel().getSelectedItem();
        Optional<Platform> shown = selected != null && selected.getUserData() instanceof Platform p ? Optional.of(p)
                : vm.targets().stream().findFirst();
        if (shown.isEmpty()) {
            Label none = new Label(m.get("preview.choosePlatform"));
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            preview.getChildren().setAll(none);
            return;
        }
        PreviewCard card = previews.computeIfAbsent(shown.get(), p -> new PreviewCard(vm.platform(p), m, pictures,
                vm::unit));
        card.refresh();
        preview.getChildren().setAll(card);
    }

    private void insert(Snippet s) {
        insert(s.text().strip(), s.kind() == Snippet.Kind.SIGNATURE);
    }

    /** Puts {@code piece} at the cursor of the field last written in, spaced from its neighbours. */
    private void insert(String piece, boolean ownLine) {
        TextInputControl field = lastField != null && lastField.getScene() != null ? lastField
                : mainField.get(platformTabs.getSelectionModel().getSelectedItem());
        if (field == null) {
            return;
        }
        String text = field.getText();
        int at = Math.min(field.getCaretPosition(), text.length());
        if (ownLine) {
            // a closing line or a template goes on its own line
            piece = (at > 0 && text.charAt(at - 1) != '\n' ? "\n\n" : "") + piece;
        } else if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            piece = " " + piece;
        }
        if (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            piece = piece + " ";
        }
        field.insertText(at, piece);
        field.requestFocus();
        field.positionCaret(at + piece.length());
    }

    private void useTemplate(Template t) {
        TemplateDialog dialog = new TemplateDialog(vm, m, getScene().getWindow(), t);
        dialog.showAndWait().ifPresent(use -> {
            if (use.replaceMaster()) {
                vm.masterProperty().set(use.text());
                platformTabs.getSelectionModel().select(general);
            } else {
                insert(use.text(), true);
            }
        });
    }

    private void manageSnippets() {
        new SnippetDialog(vm, m, getScene().getWindow()).showAndWait();
    }

    private void openHistory(Platform platform, CaptionField field) {
        List<CaptionField> fields = new ArrayList<>();
        fields.add(CaptionField.BODY);
        if (platform.hasTitle()) {
            fields.add(0, CaptionField.TITLE);
        }
        if (vm.platformRules(platform).firstComment().isPresent()) {
            fields.add(CaptionField.FIRST_COMMENT);
        }
        HistoryDialog dialog = new HistoryDialog(m, getScene().getWindow(), platform, field, fields, vm.zone(),
                vm::history);
        dialog.showAndWait().ifPresent(r -> restore(platform, r));
    }

    private void restore(Platform platform, HistoryDialog.Restore r) {
        if (platform == Platform.GENERAL) {
            vm.masterProperty().set(r.text());
            return;
        }
        PlatformCaptionViewModel p = vm.platform(platform);
        switch (r.field()) {
            case BODY -> p.bodyProperty().set(r.text());
            case TITLE -> p.titleProperty().set(r.text());
            case FIRST_COMMENT -> p.firstCommentProperty().set(r.text());
        }
    }

    /** A dialog of the composer, in the window's styles. */
    static void style(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().addAll(Css.sheet(ComposeView.class, "/id/rakit/ui/main/main.css"),
                Css.sheet(ComposeView.class, "/id/rakit/ui/compose/compose.css"));
        pane.getStyleClass().add("compose");
    }

    private static ScrollPane scrolling(Region content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }
}
