package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Template;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A template made into a caption: the fields the post fills ({acara}, {tanggal}, ...) already
 * filled, a box for each field the admin adds ({kota}, {inisial}, ...), the result as it will be
 * inserted; and the admin's own templates written, changed or removed.
 */
final class TemplateDialog extends Dialog<TemplateDialog.Use> {

    /** What to do with the filled template: put it at the cursor, or replace the master caption. */
    record Use(String text, boolean replaceMaster) {
    }

    private final ComposeViewModel vm;
    private final Messages m;
    private final TextField name = new TextField();
    private final TextArea source = new TextArea();
    private final TextArea result = new TextArea();
    private final GridPane fields = new GridPane();
    private final Map<String, TextField> values = new LinkedHashMap<>();
    private Template template;

    static String name(Messages m, Template t) {
        return t.builtIn() ? m.get("template.example") : t.name();
    }

    TemplateDialog(ComposeViewModel vm, Messages m, Window owner, Template chosen) {
        this.vm = vm;
        this.m = m;
        this.template = chosen;
        initOwner(owner);
        ComposeView.style(getDialogPane());
        setTitle(m.get("template.dialog.title"));
        setResizable(true);
        ButtonType insert = new ButtonType(m.get("template.insert"), ButtonBar.ButtonData.OK_DONE);
        ButtonType replace = new ButtonType(m.get("template.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(replace, insert, cancel);
        getDialogPane().getButtonTypes().forEach(b ->
                ButtonBar.setButtonUniformSize(getDialogPane().lookupButton(b), false));

        name.setId("templateName");
        name.setPromptText(m.get("template.name.prompt"));
        source.setId("templateSource");
        source.setWrapText(true);
        source.setPrefRowCount(8);
        Label sourceHelp = new Label(m.get("template.fields.help"));
        sourceHelp.setWrapText(true);
        sourceHelp.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        Button saveCopy = new Button(m.get("template.saveCopy"));
        saveCopy.setId("templateSaveCopy");
        saveCopy.getStyleClass().add(Styles.SMALL);
        saveCopy.setOnAction(e -> saveAsNew());
        Button save = new Button(m.get("template.save"));
        save.setId("templateSave");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setOnAction(e -> vm.saveTemplate(new Template(template.id(), name.getText(), source.getText(), false)));
        Button delete = new Button(m.get("template.delete"));
        delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        delete.setOnAction(e -> {
            vm.deleteTemplate(template);
            setResult(null);
            close();
        });
        boolean own = !chosen.builtIn();
        save.setVisible(own);
        save.managedProperty().bind(save.visibleProperty());
        delete.setVisible(own);
        delete.managedProperty().bind(delete.visibleProperty());
        save.disableProperty().bind(name.textProperty().map(String::isBlank));
        HBox templateButtons = new HBox(8, save, saveCopy, delete);

        fields.setHgap(8);
        fields.setVgap(6);
        fields.setId("templateFields");
        result.setId("templateResult");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(8);
        Label resultLabel = new Label(m.get("template.result"));
        resultLabel.getStyleClass().add(Css.SECTION);
        Label fieldsLabel = new Label(m.get("template.ownFields"));
        fieldsLabel.getStyleClass().add(Css.SECTION);
        fieldsLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(fields.getChildren()));
        fieldsLabel.managedProperty().bind(fieldsLabel.visibleProperty());

        VBox left = new VBox(6, new Label(m.get("template.name")), name, new Label(m.get("template.text")), source,
                sourceHelp, templateButtons);
        VBox right = new VBox(6, fieldsLabel, fields, resultLabel, result);
        left.setPrefWidth(380);
        right.setPrefWidth(380);
        VBox.setVgrow(source, Priority.ALWAYS);
        VBox.setVgrow(result, Priority.ALWAYS);
        HBox body = new HBox(16, left, right);
        body.setPadding(new Insets(4));
        getDialogPane().setContent(body);

        name.setText(name(m, chosen));
        name.setEditable(own);
        source.setText(chosen.text());
        source.setEditable(own);
        source.textProperty().addListener((obs, old, now) -> showFields());
        showFields();
        setResultConverter(button -> button == insert ? new Use(result.getText(), false)
                : button == replace ? new Use(result.getText(), true) : null);
    }

    private void saveAsNew() {
        String base = name.getText().isBlank() ? m.get("template.example") : name.getText();
        String copyName = template.builtIn() || template.name().equals(base) ? m.get("template.copyName", base) : base;
        vm.saveTemplate(new Template(0, copyName, source.getText(), false));
        vm.state().tell(m.get("template.saved", copyName));
    }

    /** A box for every field the admin fills, keeping what was typed when the template changes. */
    private void showFields() {
        template = new Template(template.id(), name.getText(), source.getText(), template.builtIn());
        fields.getChildren().clear();
        int row = 0;
        Map<String, TextField> kept = new LinkedHashMap<>(values);
        values.clear();
        for (String f : template.ownFields()) {
            TextField box = kept.get(f);
            if (box == null) {
                box = new TextField();
                box.setId("field-" + f);
                box.setPromptText(m.get("template.field.prompt", f));
                box.textProperty().addListener((obs, old, now) -> fill());
            }
            values.put(f, box);
            fields.addRow(row++, new Label("{" + f + "}"), box);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        fill();
    }

    private void fill() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((f, box) -> typed.put(f, box.getText()));
        result.setText(vm.fill(template, typed));
    }
}
