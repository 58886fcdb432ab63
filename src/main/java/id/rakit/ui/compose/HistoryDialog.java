package id.rakit.ui.compose;

import id.rakit.compose.TextDiff;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Revision;
import id.rakit.ui.common.Css;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Riwayat versi" of a platform's texts: the saved versions newest first with when and who, the
 * chosen one beside the text as it is now (removed words struck out in red on the left, added
 * ones green on the right), and "Pulihkan versi ini".
 */
final class HistoryDialog extends Dialog<HistoryDialog.Restore> {

    /** The version to put back, and the text it belongs to. */
    record Restore(CaptionField field, String text) {
    }

    private final Messages m;
    private final BiFunction<Platform, CaptionField, HistoryViewModel> histories;
    private final ListView<Revision> list = new ListView<>();
    private final TextFlow older = new TextFlow();
    private final TextFlow newer = new TextFlow();
    private final Label problem = new Label();
    private final Label same = new Label();
    private HistoryViewModel vm;

    HistoryDialog(Messages m, Window owner, Platform platform, CaptionField first, List<CaptionField> fields,
                  ZoneId zone, BiFunction<Platform, CaptionField, HistoryViewModel> histories) {
        this.m = m;
        this.histories = histories;
        initOwner(owner);
        ComposeView.style(getDialogPane());
        setTitle(m.get("history.title", m.get("platform." + platform.code())));
        setResizable(true);
        ButtonType restore = new ButtonType(m.get("history.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(restore, close);

        ComboBox<CaptionField> field = new ComboBox<>();
        field.setId("historyField");
        field.getItems().setAll(fields);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaptionField f) {
                return f == null ? "" : m.get("history.field." + f.name());
            }

            @Override
            public CaptionField fromString(String s) {
                return null;
            }
        });
        field.setVisible(fields.size() > 1);
        field.managedProperty().bind(field.visibleProperty());

        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH.mm.ss", Locale.forLanguageTag("id-ID"))
                .withZone(zone);
        list.setId("historyList");
        list.setPrefWidth(250);
        list.setPlaceholder(new Label(m.get("history.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.get("history.version", when.format(r.savedAt()),
                        r.author().isBlank() ? m.get("history.unknownAuthor") : r.author()));
            }
        });
        Label olderLabel = new Label(m.get("history.chosen"));
        olderLabel.getStyleClass().add(Css.SECTION);
        Label newerLabel = new Label(m.get("history.now"));
        newerLabel.getStyleClass().add(Css.SECTION);
        older.setId("historyOlder");
        newer.setId("historyNewer");
        older.getStyleClass().add("diff-text");
        newer.getStyleClass().add("diff-text");
        same.getStyleClass().add(Css.MUTED);
        same.setText(m.get("history.same"));
        same.setVisible(false);
        same.managedProperty().bind(same.visibleProperty());
        problem.getStyleClass().add(Css.PROBLEM);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        VBox left = new VBox(6, olderLabel, scroll(older));
        VBox right = new VBox(6, newerLabel, scroll(newer));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(330);
        right.setPrefWidth(330);
        HBox compare = new HBox(12, left, right);
        VBox.setVgrow(compare, Priority.ALWAYS);
        VBox side = new VBox(6, field, list);
        side.setMinWidth(230);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox main = new VBox(8, same, compare, problem);
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox body = new HBox(14, side, main);
        body.setPadding(new Insets(4));
        body.setPrefHeight(420);
        getDialogPane().setContent(body);

        getDialogPane().lookupButton(restore).disableProperty().bind(list.getSelectionModel().selectedItemProperty()
                .isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (vm != null && now != null) {
                vm.selectedProperty().set(now);
            }
        });
        field.valueProperty().addListener((obs, old, now) -> show(platform, now));
        field.setValue(first);
        setResultConverter(button -> button == restore && vm != null
                ? vm.chosenText().map(t -> new Restore(vm.field(), t)).orElse(null) : null);
    }

    private void show(Platform platform, CaptionField field) {
        vm = histories.apply(platform, field);
        list.setItems(vm.versions());
        HistoryViewModel shown = vm;
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        vm.comparisonProperty().addListener((obs, old, now) -> {
            if (shown == vm) {
                draw(now);
            }
        });
        vm.problemProperty().addListener((obs, old, now) -> problem.setText(now));
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        draw(Optional.empty());
        vm.load();
    }

    private void draw(Optional<TextDiff.SideBySide> diff) {
        older.getChildren().clear();
        newer.getChildren().clear();
        diff.ifPresent(d -> {
            runs(older, d.older());
            runs(newer, d.newer());
        });
        same.setVisible(diff.map(TextDiff.SideBySide::same).orElse(false));
    }

    private static void runs(TextFlow flow, List<TextDiff.Run> runs) {
        for (TextDiff.Run r : runs) {
            Text t = new Text(r.text());
            t.getStyleClass().add(switch (r.kind()) {
                case SAME -> "diff-same";
                case REMOVED -> "diff-removed";
                case ADDED -> "diff-added";
            });
            flow.getChildren().add(t);
        }
    }

    private static ScrollPane scroll(TextFlow flow) {
        flow.setPadding(new Insets(8));
        ScrollPane pane = new ScrollPane(flow);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("diff-pane");
        VBox.setVgrow(pane, Priority.ALWAYS);
        pane.setPrefHeight(340);
        return pane;
    }
}
