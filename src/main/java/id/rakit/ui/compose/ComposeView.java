package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.ui.common.Css;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The "Tulis" tab: which platforms the post goes to, the master caption, and a sub-tab per chosen
 * platform whose editor is built the first time it is opened.
 */
public final class ComposeView extends VBox {

    private final ComposeViewModel vm;
    private final Messages messages;
    private final TabPane platformTabs = new TabPane();
    private final Map<Platform, Tab> tabs = new EnumMap<>(Platform.class);
    private final Map<Platform, ToggleButton> choosers = new EnumMap<>(Platform.class);

    public ComposeView(ComposeViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("compose");
        getStylesheets().add(Css.sheet(ComposeView.class, "/id/rakit/ui/compose/compose.css"));
        setSpacing(10);
        setPadding(new Insets(12, 16, 12, 16));

        Label pick = new Label(messages.get("compose.targets"));
        pick.getStyleClass().add(Css.SECTION);
        FlowPane chooser = new FlowPane(6, 6);
        chooser.getChildren().add(pick);
        for (Platform p : Platform.targets()) {
            ToggleButton b = new ToggleButton(messages.get("platform." + p.code()));
            b.setId("target-" + p.code());
            b.getStyleClass().addAll("target-chip", Styles.SMALL);
            b.setOnAction(e -> vm.choose(p, b.isSelected()));
            choosers.put(p, b);
            chooser.getChildren().add(b);
        }
        chooser.setAlignment(Pos.CENTER_LEFT);

        Tab general = new Tab(messages.get("platform.umum"), masterEditor());
        general.setClosable(false);
        general.setId("tab-umum");
        platformTabs.getTabs().add(general);
        platformTabs.setId("platformTabs");
        VBox.setVgrow(platformTabs, Priority.ALWAYS);
        // a platform's editor is made when its tab is first opened
        platformTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getContent() == null && now.getUserData() instanceof Platform p) {
                now.setContent(platformEditor(vm.platform(p)));
            }
        });
        vm.targets().addListener((ListChangeListener<Platform>) c -> showTargets());
        showTargets();
        getChildren().addAll(chooser, platformTabs);
    }

    private void showTargets() {
        for (Platform p : Platform.targets()) {
            boolean chosen = vm.targets().contains(p);
            choosers.get(p).setSelected(chosen);
            Tab tab = tabs.get(p);
            if (chosen && tab == null) {
                tab = new Tab(messages.get("platform." + p.code()));
                tab.setId("tab-" + p.code());
                tab.setClosable(false);
                tab.setUserData(p);
                tabs.put(p, tab);
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

    private VBox masterEditor() {
        Label hint = new Label(messages.get("compose.master.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Css.MUTED);
        TextArea text = new TextArea();
        text.setId("caption");
        text.setWrapText(true);
        text.setPromptText(messages.get("compose.master.prompt"));
        text.textProperty().bindBidirectional(vm.masterProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Label count = counter(text);
        VBox box = new VBox(8, hint, text, count);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private VBox platformEditor(PlatformCaptionViewModel p) {
        String name = messages.get("platform." + p.platform().code());
        Label state = new Label();
        state.setId("follows-" + p.platform().code());
        state.textProperty().bind(p.followsMasterProperty().map(f ->
                f ? messages.get("compose.follows") : messages.get("compose.own", name)));
        state.getStyleClass().add(Css.MUTED);
        Button reset = new Button(messages.get("compose.reset"), new FontIcon(MaterialDesignL.LINK_VARIANT));
        reset.setId("reset-" + p.platform().code());
        reset.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        reset.visibleProperty().bind(p.followsMasterProperty().not());
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setOnAction(e -> p.resetToMaster());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, state, grow, reset);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top);
        box.setPadding(new Insets(10, 0, 0, 0));
        if (p.platform().hasTitle()) {
            TextField title = new TextField();
            title.setId("title-" + p.platform().code());
            title.setPromptText(messages.get("compose.title.prompt." + p.platform().code()));
            title.textProperty().bindBidirectional(p.titleProperty());
            box.getChildren().addAll(new Label(messages.get("compose.title." + p.platform().code())), title);
        }
        TextArea body = new TextArea();
        body.setId("body-" + p.platform().code());
        body.setWrapText(true);
        body.textProperty().bindBidirectional(p.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        box.getChildren().addAll(body, counter(body));
        if (p.platform() == Platform.INSTAGRAM) {
            TextArea comment = new TextArea();
            comment.setId("firstComment");
            comment.setWrapText(true);
            comment.setPrefRowCount(3);
            comment.setPromptText(messages.get("compose.firstComment.prompt"));
            comment.textProperty().bindBidirectional(p.firstCommentProperty());
            box.getChildren().addAll(new Label(messages.get("compose.firstComment")), comment);
        }
        return box;
    }

    private Label counter(TextArea area) {
        Label count = new Label();
        count.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(area.textProperty().map(t ->
                messages.get("compose.count", t.codePointCount(0, t.length()))));
        return count;
    }
}
