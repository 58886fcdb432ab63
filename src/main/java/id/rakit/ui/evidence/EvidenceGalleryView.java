package id.rakit.ui.evidence;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.library.MediaLibrary;
import id.rakit.ui.common.Css;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The "Bukti" tab: what the post holds, the grid of tiles, and beside it the selected item's details. */
public final class EvidenceGalleryView extends VBox {

    /** The space around each tile in the grid. */
    private static final double GAP = 6;
    /** The width ControlsFX's grid keeps for its scroll bar when it counts the tiles of a row. */
    private static final double SCROLL_BAR = 18;

    public EvidenceGalleryView(EvidenceGalleryViewModel vm, EvidenceTexts texts, MediaLibrary library,
                               TaskExecutor tasks, DialogService dialogs, Supplier<ZoneId> zone, Runnable showDetails) {
        var m = texts.messages();
        getStyleClass().add("evidence-gallery");
        getStylesheets().add(Css.sheet(EvidenceGalleryView.class, "/id/rakit/ui/evidence/evidence.css"));
        TileImages pictures = new TileImages(tasks);

        Button add = new Button(m.get("gallery.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("addEvidence");
        add.setTooltip(id.rakit.ui.common.Shortcuts.ADD_EVIDENCE.tooltip(m));
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.importFiles(dialogs.chooseMediaFiles()));
        Label summary = new Label();
        summary.setId("gallerySummary");
        summary.getStyleClass().add(Css.MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        HBox top = new HBox(12, add, summary);
        top.setAlignment(Pos.CENTER_LEFT);

        Label noEventText = new Label(m.get("gallery.noEvent"));
        noEventText.setWrapText(true);
        Hyperlink toDetails = new Hyperlink(m.get("gallery.noEvent.open"));
        toDetails.setOnAction(e -> showDetails.run());
        HBox noEvent = new HBox(6, noEventText, toDetails);
        noEvent.setId("noEventHint");
        noEvent.setAlignment(Pos.CENTER_LEFT);
        noEvent.getStyleClass().add("hint-banner");
        noEvent.visibleProperty().bind(vm.eventKnownProperty().not().and(Bindings.isNotEmpty(vm.tiles())));
        noEvent.managedProperty().bind(noEvent.visibleProperty());
        VBox header = new VBox(6, top, noEvent);
        header.setPadding(new Insets(8, 12, 8, 12));

        GridView<EvidenceTileModel> grid = new GridView<>(vm.tiles());
        grid.setId("evidenceGrid");
        grid.setCellWidth(EvidenceTileCell.WIDTH);
        grid.setCellHeight(EvidenceTileCell.HEIGHT);
        grid.setHorizontalCellSpacing(GAP);
        grid.setVerticalCellSpacing(GAP);
        // The grid fills the room the split pane gives it, so its preferred size decides nothing: it
        // is set (one tile, and the scroll bar ControlsFX keeps room for), never measured. Measuring
        // a GridView sizes rows 0 to 9 of its VirtualFlow, however few rows it has, and the rows off
        // screen are sized in one spare row: moved past the last row it throws its tile cells away,
        // moved to a row below the grid it makes them again and restyles their badges. The grid area
        // is measured on every layout of this tab (its drop hint wraps, so its height depends on its
        // width), and the restyled badges asked for the next layout: the window never came to rest.
        grid.setPrefSize(EvidenceTileCell.WIDTH + 2 * GAP + SCROLL_BAR, EvidenceTileCell.HEIGHT + 2 * GAP);
        grid.setCellFactory(g -> new EvidenceTileCell(vm, texts, pictures, zone));
        grid.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && vm.selectedProperty().get() != null) {
                vm.remove(vm.selectedProperty().get());
                e.consume();
            }
        });
        grid.setOnMouseClicked(e -> grid.requestFocus());

        FontIcon dropIcon = new FontIcon(MaterialDesignI.IMAGE_MULTIPLE_OUTLINE);
        dropIcon.getStyleClass().add("drop-icon");
        Label dropHint = new Label(m.get("gallery.dropHint"), dropIcon);
        dropHint.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        dropHint.getStyleClass().add(Css.EMPTY_STATE);
        dropHint.setWrapText(true);
        dropHint.visibleProperty().bind(Bindings.isEmpty(vm.tiles()));
        dropHint.setMouseTransparent(true);
        StackPane gridArea = new StackPane(grid, dropHint);
        gridArea.getStyleClass().add("grid-area");

        // the first tiles of a session cost the most (classes, compiled code, styles): make one while idle
        tasks.later(java.time.Duration.ofSeconds(2), () -> {
            EvidenceTileCell sample = new EvidenceTileCell(vm, texts, pictures, zone);
            sample.setVisible(false);
            sample.setManaged(false);
            gridArea.getChildren().add(sample);
            sample.updateItem(new EvidenceTileModel("IMG_0001.JPG"), false);
            sample.applyCss();
            sample.layout();
            gridArea.getChildren().remove(sample);
        });

        EvidenceDetailsView details = new EvidenceDetailsView(vm, texts, library, pictures, zone);
        details.setMinWidth(EvidenceDetailsView.PREVIEW_W + 40);
        details.setPrefWidth(EvidenceDetailsView.PREVIEW_W + 44);
        SplitPane split = new SplitPane(gridArea, details);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(details, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);
    }
}
