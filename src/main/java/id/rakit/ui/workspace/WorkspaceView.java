package id.rakit.ui.workspace;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import id.rakit.post.PostStatus;
import id.rakit.ui.common.Css;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The open post: a header with its title, status and whether it is saved, and a tab per part of
 * the work (Rincian, Bukti, Tulis, Ekspor). A tab's content is made by its owner; this view only
 * arranges them. Tulis and Ekspor are made the first time they are shown: a window that opens on
 * Rincian does not style and lay out two tabs nobody has looked at yet.
 */
public final class WorkspaceView extends BorderPane {

    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");

    private final TabPane tabs = new TabPane();
    private final Map<WorkspaceViewModel.Section, Tab> byName = new EnumMap<>(WorkspaceViewModel.Section.class);

    /**
     * The tabs' contents and the evidence count for the "Bukti" tab's title; Tulis and Ekspor as
     * makers, called once, when the tab is first shown (then its {@code on...Shown} runs, as on
     * every showing).
     */
    public record Parts(Node details, Node evidence, ObservableValue<Number> evidenceCount, Supplier<Node> compose,
                        Runnable onComposeShown, Supplier<Node> export, Runnable onExportShown, Runnable restore,
                        Runnable duplicate, Runnable moveToBin) {
    }

    public WorkspaceView(WorkspaceViewModel vm, Messages m, Parts parts) {
        getStyleClass().add("workspace");
        Label title = new Label();
        title.setId("workspaceTitle");
        title.getStyleClass().add("workspace-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        Label status = new Label();
        status.setId("workspaceStatus");
        status.getStyleClass().addAll(Css.BADGE, "status-badge");
        status.textProperty().bind(vm.statusTextProperty());
        vm.statusProperty().addListener((obs, old, now) -> statusStyle(status, now));
        statusStyle(status, vm.statusProperty().get());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Label saved = new Label();
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.setId("saveState");
        saved.getStyleClass().add("save-state");
        saved.textProperty().bind(vm.saveTextProperty());
        vm.saveFailingProperty().addListener((obs, old, now) -> saved.pseudoClassStateChanged(FAILING, now));
        saved.pseudoClassStateChanged(FAILING, vm.saveFailingProperty().get());

        MenuItem ready = new MenuItem(m.get("workspace.markReady"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        ready.setId("markReady");
        ready.setOnAction(e -> vm.markReady());
        MenuItem draft = new MenuItem(m.get("workspace.markDraft"));
        draft.setOnAction(e -> vm.markDraft());
        MenuItem published = new MenuItem(m.get("workspace.markPublished"), new FontIcon(MaterialDesignW.WEB));
        published.setOnAction(e -> vm.markPublished());
        MenuButton statusMenu = new MenuButton(m.get("workspace.status"), null, ready, draft, published);
        statusMenu.setId("statusMenu");
        statusMenu.getStyleClass().add(Styles.SMALL);
        statusMenu.setMinWidth(Region.USE_PREF_SIZE);
        statusMenu.setOnShowing(e -> {
            ready.setVisible(vm.statusProperty().get() == PostStatus.DRAFT);
            draft.setVisible(vm.statusProperty().get() != PostStatus.DRAFT);
        });

        MenuItem duplicate = new MenuItem(m.get("drafts.menu.duplicate"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        duplicate.setOnAction(e -> parts.duplicate().run());
        MenuItem toBin = new MenuItem(m.get("drafts.menu.bin"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        toBin.setId("moveToBin");
        toBin.setOnAction(e -> parts.moveToBin().run());
        MenuButton more = new MenuButton(null, new FontIcon(MaterialDesignD.DOTS_VERTICAL), duplicate, toBin);
        more.setId("postMenu");
        more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        more.setTooltip(new javafx.scene.control.Tooltip(m.get("workspace.more")));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, title, status, grow, saved, statusMenu, more);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 4, 12));
        header.getStyleClass().add("workspace-header");

        Label inBin = new Label(m.get("workspace.inBin"));
        inBin.setWrapText(true);
        Button restore = new Button(m.get("drafts.menu.restore"), new FontIcon(MaterialDesignR.RESTORE));
        restore.setId("restorePost");
        restore.getStyleClass().add(Styles.SMALL);
        restore.setOnAction(e -> parts.restore().run());
        HBox binBanner = new HBox(10, inBin, restore);
        binBanner.setAlignment(Pos.CENTER_LEFT);
        binBanner.getStyleClass().add("bin-banner");
        binBanner.setPadding(new Insets(6, 16, 6, 16));
        binBanner.visibleProperty().bind(vm.inBinProperty());
        binBanner.managedProperty().bind(vm.inBinProperty());

        tab(WorkspaceViewModel.Section.DETAILS, m.get("workspace.tab.details"), parts.details(), "tabDetails");
        Tab evidence = tab(WorkspaceViewModel.Section.EVIDENCE, "", parts.evidence(), "tabEvidence");
        evidence.textProperty().bind(Bindings.createStringBinding(() -> m.get("workspace.tab.evidence",
                parts.evidenceCount().getValue().intValue()), parts.evidenceCount()));
        Tab compose = tab(WorkspaceViewModel.Section.COMPOSE, m.get("workspace.tab.compose"), null, "tabCompose");
        whenShown(compose, parts.compose(), parts.onComposeShown());
        Tab exportTab = tab(WorkspaceViewModel.Section.EXPORT, m.get("workspace.tab.export"), null, "tabExport");
        whenShown(exportTab, () -> new ScrollPaneHolder(parts.export().get()), parts.onExportShown());
        tabs.setId("workspaceTabs");
        tabs.getStyleClass().add("workspace-tabs");
        tabs.disableProperty().bind(vm.inBinProperty());
        vm.sectionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                tabs.getSelectionModel().select(byName.get(now));
            }
        });
        setTop(new VBox(header, binBanner));
        setCenter(tabs);
    }

    /** The tab's content made when it is first selected; {@code shown} on every selection. */
    private static void whenShown(Tab tab, Supplier<Node> content, Runnable shown) {
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                if (tab.getContent() == null) {
                    tab.setContent(content.get());
                }
                shown.run();
            }
        });
    }

    private Tab tab(WorkspaceViewModel.Section section, String text, Node content, String id) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        tabs.getTabs().add(t);
        byName.put(section, t);
        return t;
    }

    private static void statusStyle(Label status, PostStatus s) {
        status.getStyleClass().removeAll("status-DRAFT", "status-READY", "status-EXPORTED", "status-PUBLISHED");
        status.getStyleClass().add("status-" + s.name());
    }

    /** A tab content that scrolls when the window is short. */
    private static final class ScrollPaneHolder extends javafx.scene.control.ScrollPane {
        ScrollPaneHolder(Node content) {
            super(content);
            setFitToWidth(true);
            getStyleClass().add("edge-to-edge");
        }
    }
}
