package id.rakit.ui.export;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The "Ekspor" tab: what goes into the bundle, where to, the button, and the bundle written. */
public final class ExportView extends VBox {

    public ExportView(ExportViewModel vm, Messages m) {
        getStyleClass().add("export-tab");
        setSpacing(14);
        setPadding(new Insets(18, 24, 18, 24));
        setMaxWidth(820);

        Label contentsHeading = new Label(m.get("export.contents"));
        contentsHeading.getStyleClass().add(Css.SECTION);
        Label overview = new Label();
        overview.setId("exportOverview");
        overview.setWrapText(true);
        overview.textProperty().bind(vm.overviewProperty());

        Label folderHeading = new Label(m.get("export.folder"));
        folderHeading.getStyleClass().add(Css.SECTION);
        Label folder = new Label();
        folder.setId("exportFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(vm.folderProperty().map(Object::toString));
        Button choose = new Button(m.get("export.chooseFolder"), new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        choose.setId("chooseExportFolder");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(e -> vm.chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(10, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Button export = new Button(m.get("export.button"), new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("exportBundle");
        export.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> vm.export());

        Label problem = new Label();
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Css.PROBLEM);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label done = new Label();
        done.setId("exportResult");
        done.setWrapText(true);
        done.textProperty().bind(vm.resultProperty().map(r -> r.map(x ->
                m.get("export.done", x.files(), x.folder().toString())).orElse("")));
        Button open = new Button(m.get("export.openFolder"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("openBundleFolder");
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> vm.openBundle());
        HBox result = new HBox(10, done, open);
        result.setAlignment(Pos.CENTER_LEFT);
        result.getStyleClass().add("export-result");
        result.visibleProperty().bind(vm.resultProperty().map(r -> r.isPresent()));
        result.managedProperty().bind(result.visibleProperty());

        getChildren().addAll(contentsHeading, overview, folderHeading, folderRow, export, problem, result);
    }
}
