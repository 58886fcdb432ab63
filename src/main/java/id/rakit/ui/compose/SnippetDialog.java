package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Snippet;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** "Kelola sisipan": the unit's hashtag sets, mention lists and closing lines, added, changed, removed. */
final class SnippetDialog extends Dialog<Void> {

    private final ComposeViewModel vm;
    private final Messages m;
    private final ListView<Snippet> list = new ListView<>();
    private final ComboBox<Snippet.Kind> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final CheckBox onlyUnit = new CheckBox();
    private final Button save = new Button();
    private final Button delete = new Button();
    private Snippet editing;

    SnippetDialog(ComposeViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        this.m = m;
        initOwner(owner);
        ComposeView.style(getDialogPane());
        setTitle(m.get("snippet.dialog.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(m.get("dialog.close"), ButtonType.CLOSE.getButtonData()));

        list.setId("snippetList");
        list.setPrefWidth(220);
        list.setItems(vm.savedSnippets());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Snippet s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " · " + m.get("snippet.kind." + s.kind().name()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> edit(now));
        Button add = new Button(m.get("snippet.new"));
        add.setId("snippetNew");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            edit(null);
            name.requestFocus();
        });
        VBox left = new VBox(6, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);

        kind.getItems().setAll(Snippet.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Snippet.Kind k) {
                return k == null ? "" : m.get("snippet.kind." + k.name());
            }

            @Override
            public Snippet.Kind fromString(String s) {
                return null;
            }
        });
        name.setId("snippetName");
        name.setPromptText(m.get("snippet.name.prompt"));
        text.setId("snippetText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(m.get("snippet.text.prompt"));
        onlyUnit.setText(m.get("snippet.onlyUnit", vm.unit().isBlank() ? m.get("snippet.noUnit") : vm.unit()));
        onlyUnit.setDisable(vm.unit().isBlank());
        save.setText(m.get("snippet.save"));
        save.setId("snippetSave");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.disableProperty().bind(name.textProperty().map(String::isBlank)
                .flatMap(blank -> text.textProperty().map(t -> blank || t.isBlank())));
        save.setOnAction(e -> save());
        delete.setText(m.get("snippet.delete"));
        delete.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.FLAT);
        delete.setOnAction(e -> {
            if (editing != null) {
                vm.deleteSnippet(editing);
                edit(null);
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label(m.get("snippet.kind")), kind);
        form.addRow(1, label(m.get("snippet.name")), name);
        form.addRow(2, label(m.get("snippet.text")), text);
        onlyUnit.setWrapText(true);
        form.add(onlyUnit, 1, 3);
        form.add(new HBox(8, save, delete), 1, 4);
        GridPane.setHgrow(text, Priority.ALWAYS);
        Label help = new Label(m.get("snippet.dialog.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Css.MUTED);
        VBox right = new VBox(10, help, form);
        right.setPrefWidth(380);
        HBox body = new HBox(14, left, right);
        body.setPadding(new Insets(4));
        getDialogPane().setContent(body);
        // the one being edited stays selected after it is saved and the list is read again
        vm.savedSnippets().addListener((ListChangeListener<Snippet>) c -> {
            if (editing != null) {
                vm.savedSnippets().stream().filter(s -> s.id() == editing.id()).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s));
            }
        });
        edit(null);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void edit(Snippet s) {
        editing = s;
        kind.setValue(s == null ? Snippet.Kind.HASHTAGS : s.kind());
        name.setText(s == null ? "" : s.name());
        text.setText(s == null ? "" : s.text());
        onlyUnit.setSelected(s == null ? !vm.unit().isBlank() : !s.unit().isEmpty());
        delete.setDisable(s == null);
    }

    private void save() {
        String unit = onlyUnit.isSelected() ? vm.unit() : "";
        vm.saveSnippet(new Snippet(editing == null ? 0 : editing.id(), kind.getValue(), name.getText(), text.getText(),
                unit));
        if (editing == null) {
            edit(null);
        }
    }
}
