package id.rakit.ui.export;

import atlantafx.base.theme.Styles;
import id.rakit.export.BundlePlan.PlanProblem;
import id.rakit.export.BundleTarget;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The "Ekspor" tab: on the left what the bundle will hold, its problems with what can be done
 * about each, where it goes and the button; on the right each photo's crop, drawn on the photo,
 * and the bundles written before with whether each is still intact. Bundles dropped on the tab
 * are checked against their manifest.
 */
public final class ExportView extends VBox {

    private final ExportViewModel vm;
    private final Messages m;

    public ExportView(ExportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("export-tab");
        getStylesheets().add(Css.sheet(ExportView.class, "/id/rakit/ui/export/export.css"));
        setPadding(new Insets(14, 18, 18, 18));

        // the button comes before the problems: they can be many, and the count above it says so
        VBox left = new VBox(10, section(m.get("export.platforms")), platforms(), options(),
                section(m.get("export.contents")), overview(), section(m.get("export.folder")), folderRow(),
                exportRow(), resultRow(), problemsHeading(), problems());
        left.setMinWidth(380);
        left.setPrefWidth(480);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(10, section(m.get("export.crop")), cropChooser(), new CropPane(vm, m),
                section(m.get("export.earlier")), earlier(), verifyRow());
        right.setMinWidth(330);
        right.setPrefWidth(400);
        right.setMaxWidth(460);
        HBox columns = new HBox(24, left, right);
        getChildren().add(columns);

        // a bundle dropped here is checked, not imported as evidence
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.verify(ExportViewModel.bundlesOf(e.getDragboard().getFiles().stream().map(File::toPath).toList()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.SECTION);
        return l;
    }

    private Node platforms() {
        FlowPane chips = new FlowPane(8, 6);
        chips.setId("exportPlatforms");
        for (BundleTarget target : vm.targets()) {
            CheckBox box = new CheckBox(vm.targetName(target));
            box.setId("platform-" + target.code());
            box.setOnAction(e -> vm.choosePlatform(target.code(), box.isSelected()));
            box.disableProperty().bind(vm.loadedProperty().not());
            vm.choicesProperty().addListener((obs, old, now) -> box.setSelected(now.platforms().contains(target.code())));
            box.setSelected(vm.choicesProperty().get().platforms().contains(target.code()));
            chips.getChildren().add(box);
        }
        VBox out = new VBox(8, chips);
        // the sizes of a platform that offers several (Instagram's feed), shown while it is chosen
        for (BundleTarget target : vm.targets()) {
            if (!target.takesPhotos() || !target.photos().crops() || target.photos().sizes().size() < 2) {
                continue;
            }
            ToggleGroup group = new ToggleGroup();
            HBox sizes = new HBox(0);
            sizes.setAlignment(Pos.CENTER_LEFT);
            Label label = new Label(m.get("export.size", vm.targetName(target)));
            label.setPadding(new Insets(0, 10, 0, 0));
            sizes.getChildren().add(label);
            List<BundleTarget.FrameSize> all = target.photos().sizes();
            for (int i = 0; i < all.size(); i++) {
                BundleTarget.FrameSize size = all.get(i);
                ToggleButton b = new ToggleButton(size.name());
                b.setId("size-" + target.code() + "-" + size.name());
                b.setToggleGroup(group);
                b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == all.size() - 1
                        ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
                b.setOnAction(e -> {
                    if (!b.isSelected()) {
                        b.setSelected(true);  // one size is always chosen
                    }
                    vm.chooseSize(target.code(), size.name());
                });
                sizes.getChildren().add(b);
            }
            Runnable sync = () -> {
                String chosen = vm.choicesProperty().get().sizes().getOrDefault(target.code(), all.get(0).name());
                group.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getText().equals(chosen)));
                boolean shown = vm.choicesProperty().get().platforms().contains(target.code());
                sizes.setVisible(shown);
                sizes.setManaged(shown);
            };
            vm.choicesProperty().addListener((obs, old, now) -> sync.run());
            sync.run();
            out.getChildren().add(sizes);
        }
        return out;
    }

    private Node options() {
        CheckBox originals = new CheckBox(m.get("export.keepOriginals"));
        originals.setId("keepOriginals");
        originals.setWrapText(true);
        originals.setOnAction(e -> vm.keepOriginals(originals.isSelected()));
        originals.disableProperty().bind(vm.loadedProperty().not());
        CheckBox zip = new CheckBox(m.get("export.zip"));
        zip.disableProperty().bind(vm.loadedProperty().not());
        zip.setId("alsoZip");
        zip.setOnAction(e -> vm.alsoZip(zip.isSelected()));
        vm.choicesProperty().addListener((obs, old, now) -> {
            originals.setSelected(now.keepOriginals());
            zip.setSelected(now.zip());
        });
        return new VBox(6, originals, zip);
    }

    private Node overview() {
        Label overview = new Label();
        overview.setId("exportOverview");
        overview.setWrapText(true);
        overview.textProperty().bind(vm.overviewProperty());
        return overview;
    }

    private Node problemsHeading() {
        Label heading = section(m.get("export.problems", 0));
        vm.problems().addListener((ListChangeListener<ExportViewModel.ProblemRow>) c ->
                heading.setText(m.get("export.problems", vm.problems().stream().filter(r -> !r.canInclude()).count())));
        return heading;
    }

    private Node problems() {
        VBox list = new VBox(6);
        list.setId("exportProblems");
        Label none = new Label(m.get("export.noProblems"));
        none.getStyleClass().add("no-problems");
        none.setWrapText(true);
        Runnable fill = () -> {
            list.getChildren().clear();
            if (vm.problems().isEmpty()) {
                if (vm.planProperty().get().isPresent()) {
                    list.getChildren().add(none);
                }
                return;
            }
            for (ExportViewModel.ProblemRow row : vm.problems()) {
                list.getChildren().add(problemRow(row));
            }
        };
        vm.problems().addListener((ListChangeListener<ExportViewModel.ProblemRow>) c -> fill.run());
        vm.planProperty().addListener((obs, old, now) -> fill.run());
        return list;
    }

    private Node problemRow(ExportViewModel.ProblemRow row) {
        PlanProblem p = row.problem();
        FontIcon icon = new FontIcon(row.canInclude() ? MaterialDesignA.ARCHIVE_OUTLINE
                : p.blocking() ? MaterialDesignC.CLOSE_OCTAGON_OUTLINE : MaterialDesignA.ALERT_OUTLINE);
        icon.getStyleClass().add(row.canInclude() ? "left-out-icon" : p.blocking() ? "blocking-icon" : "warning-icon");
        Label text = new Label(p.text());
        text.setWrapText(true);
        text.getStyleClass().add("problem-line");
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(6);
        actions.setAlignment(Pos.CENTER_RIGHT);
        long id = p.evidenceId().orElse(-1L);
        if (row.canLeaveOut()) {
            actions.getChildren().add(action(m.get("export.action.leaveOut"), "leaveOut-" + id, () -> vm.leaveOut(id)));
        }
        if (row.canAccept()) {
            actions.getChildren().add(action(m.get("export.action.accept"), "accept-" + id, () -> vm.accept(id)));
        }
        if (row.canWriteAltText()) {
            actions.getChildren().add(action(m.get("export.action.altText"), "altText-" + id + "-"
                    + p.target().orElse(""), () -> vm.writeAltText(id)));
        }
        if (row.canInclude()) {
            actions.getChildren().add(action(m.get("export.action.include"), "include-" + id, () -> vm.include(id)));
        }
        VBox body = new VBox(4, text);
        if (!actions.getChildren().isEmpty()) {
            body.getChildren().add(actions);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox line = new HBox(8, icon, body);
        line.getStyleClass().add("problem-row");
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }

    private static Button action(String text, String id, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setOnAction(e -> run.run());
        return b;
    }

    private Node folderRow() {
        Label folder = new Label();
        folder.setId("exportFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(vm.folderProperty().map(Object::toString));
        Button choose = new Button(m.get("export.chooseFolder"), new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        choose.setId("chooseExportFolder");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(e -> vm.chooseFolder());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox row = new HBox(10, folder, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node exportRow() {
        Button export = new Button(m.get("export.button"), new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("exportBundle");
        export.setTooltip(id.rakit.ui.common.Shortcuts.EXPORT.tooltip(m));
        export.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> vm.export());
        export.setMinWidth(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("exportProgress");
        progress.getStyleClass().add(Css.MUTED);
        progress.textProperty().bind(vm.progressProperty());
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Css.PROBLEM);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox row = new HBox(12, export, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, row, problem);
    }

    private Node resultRow() {
        Label done = new Label();
        done.setId("exportResult");
        done.setWrapText(true);
        done.textProperty().bind(vm.resultProperty().map(r -> r.map(x ->
                m.get("export.done", x.items(), x.folder().toString())).orElse("")));
        Button open = new Button(m.get("export.openFolder"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("openBundleFolder");
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> vm.openBundle());
        Button report = new Button(m.get("export.openReport"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        report.setId("openReport");
        report.getStyleClass().add(Styles.SMALL);
        report.setOnAction(e -> vm.openReport());
        HBox buttons = new HBox(8, open, report);
        VBox result = new VBox(6, done, buttons);
        result.getStyleClass().add("export-result");
        result.visibleProperty().bind(vm.resultProperty().map(r -> r.isPresent()));
        result.managedProperty().bind(result.visibleProperty());
        return result;
    }

    private Node cropChooser() {
        // its own list, refilled and then selected in that order: a combo box that watches the view
        // model's list clears its selection when the list is replaced, after any listener of ours
        ObservableList<ExportViewModel.CropTarget> items = FXCollections.observableArrayList(vm.crops());
        ComboBox<ExportViewModel.CropTarget> photos = new ComboBox<>(items);
        photos.setId("cropPhoto");
        photos.setMaxWidth(Double.MAX_VALUE);
        photos.setPromptText(m.get("export.crop.none"));
        photos.setCellFactory(list -> new CropCell());
        photos.setButtonCell(new CropCell());
        photos.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectCrop(now);
            }
        });
        vm.crops().addListener((ListChangeListener<ExportViewModel.CropTarget>) c -> {
            ExportViewModel.CropTarget shown = vm.selectedCropProperty().get();
            int keep = 0;
            for (int i = 0; shown != null && i < vm.crops().size(); i++) {
                ExportViewModel.CropTarget t = vm.crops().get(i);
                if (t.evidenceId() == shown.evidenceId() && t.size().equals(shown.size())) {
                    keep = i;
                }
            }
            items.setAll(vm.crops());
            if (items.isEmpty()) {
                vm.selectCrop(null);
            } else {
                photos.getSelectionModel().select(keep);
                vm.selectCrop(items.get(keep));
            }
        });
        photos.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(items));
        return photos;
    }

    private final class CropCell extends ListCell<ExportViewModel.CropTarget> {
        @Override
        protected void updateItem(ExportViewModel.CropTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("export.crop.item", item.name(), item.size()));
        }
    }

    private Node earlier() {
        VBox list = new VBox(6);
        list.setId("earlierBundles");
        Label none = new Label(m.get("export.earlier.none"));
        none.getStyleClass().add(Css.MUTED);
        Runnable fill = () -> {
            list.getChildren().clear();
            if (vm.earlier().isEmpty()) {
                list.getChildren().add(none);
            }
            for (ExportViewModel.EarlierBundle b : vm.earlier()) {
                Label when = new Label(b.when());
                when.getStyleClass().add("earlier-when");
                Label status = new Label(b.detail());
                status.getStyleClass().addAll(Css.BADGE, switch (b.standing()) {
                    case INTACT -> Css.BADGE_OK;
                    case CHANGED -> Css.BADGE_BAD;
                    case GONE -> Css.BADGE_WARN;
                    case CHECKING -> Css.BADGE_NEUTRAL;
                });
                status.setMinWidth(Region.USE_PREF_SIZE);
                Label where = new Label(Path.of(b.record().folder()).getFileName().toString());
                where.getStyleClass().add(Css.MUTED);
                where.setMinWidth(0);
                Button open = new Button(null, new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
                open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
                open.setTooltip(new javafx.scene.control.Tooltip(b.record().folder()));
                open.setOnAction(e -> vm.openEarlier(b));
                open.setDisable(b.standing() == ExportViewModel.EarlierBundle.Standing.GONE);
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox top = new HBox(8, when, grow, status, open);
                top.setAlignment(Pos.CENTER_LEFT);
                VBox row = new VBox(2, top, where);
                row.getStyleClass().add("earlier-row");
                list.getChildren().add(row);
            }
        };
        vm.earlier().addListener((ListChangeListener<ExportViewModel.EarlierBundle>) c -> fill.run());
        fill.run();
        return list;
    }

    private Node verifyRow() {
        Button check = new Button(m.get("export.verify"), new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
        check.setId("verifyBundle");
        check.getStyleClass().add(Styles.SMALL);
        check.setOnAction(e -> vm.verifyBundle());
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(m.get("export.verify.drop"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        Label found = new Label();
        found.setId("verification");
        found.setWrapText(true);
        found.textProperty().bind(vm.verificationProperty());
        found.visibleProperty().bind(vm.verificationProperty().isNotEmpty());
        found.managedProperty().bind(found.visibleProperty());
        vm.verificationIntactProperty().addListener((obs, old, now) -> {
            found.getStyleClass().removeAll("verify-ok", "verify-bad");
            found.getStyleClass().add(now ? "verify-ok" : "verify-bad");
        });
        found.getStyleClass().add("verify-bad");
        return new VBox(6, check, hint, found);
    }
}
