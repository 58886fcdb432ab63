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
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The evidence column: what the post holds, the grid of tiles, and the selected item's details. */
public final class EvidenceGalleryView extends VBox {

    private final Button addButton = new Button();
    private final Button exportButton = new Button();

    public EvidenceGalleryView(EvidenceGalleryViewModel vm, EvidenceTexts texts, MediaLibrary library,
                               TaskExecutor tasks, DialogService dialogs, Supplier<ZoneId> zone, Runnable export) {
        var m = texts.messages();
        getStyleClass().add("evidence-gallery");
        getStylesheets().add(Css.sheet(EvidenceGalleryView.class, "/id/rakit/ui/evidence/evidence.css"));
        TileImages pictures = new TileImages(tasks);

        Label heading = new Label(m.get("gallery.heading"));
        heading.getStyleClass().add(Css.HEADING);
        Label summary = new Label();
        summary.setId("gallerySummary");
        summary.getStyleClass().add(Css.MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        addButton.setText(m.get("gallery.add"));
        addButton.setId("addEvidence");
        addButton.setGraphic(new FontIcon(MaterialDesignP.PLUS));
        addButton.setOnAction(e -> vm.importFiles(dialogs.chooseMediaFiles()));
        exportButton.setText(m.get("gallery.export"));
        exportButton.setId("exportBundle");
        exportButton.setGraphic(new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        exportButton.getStyleClass().add(Styles.ACCENT);
        exportButton.setOnAction(e -> export.run());
        addButton.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, heading, grow, addButton, exportButton);
        top.setAlignment(Pos.CENTER_LEFT);
        Label noEvent = new Label(m.get("gallery.noEvent"));
        noEvent.setId("noEventHint");
        noEvent.setWrapText(true);
        noEvent.getStyleClass().add("hint-banner");
        noEvent.visibleProperty().bind(vm.eventKnownProperty().not().and(Bindings.isNotEmpty(vm.tiles())));
        noEvent.managedProperty().bind(noEvent.visibleProperty());
        VBox header = new VBox(6, top, summary, noEvent);
        header.setPadding(new Insets(14, 16, 8, 16));

        GridView<EvidenceTileModel> grid = new GridView<>(vm.tiles());
        grid.setId("evidenceGrid");
        grid.setCellWidth(TileImages.TILE_W + 16);
        grid.setCellHeight(TileImages.TILE_H + 104);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> new EvidenceTileCell(vm, texts, pictures, zone));

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

        EvidenceDetailsView details = new EvidenceDetailsView(vm, texts, library, pictures, zone);
        SplitPane split = new SplitPane(gridArea, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(details, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);
    }

    public Button exportButton() {
        return exportButton;
    }
}
