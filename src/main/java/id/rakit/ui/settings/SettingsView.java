package id.rakit.ui.settings;

import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Pengaturan, as a page over the main window. Bound to its view model. */
public final class SettingsView {

    @FXML private Button close;
    @FXML private Label saved;
    @FXML private Label problem;
    @FXML private ChoiceBox<Locale> language;
    @FXML private VBox zoneBox;
    @FXML private TextField unitName;
    @FXML private TextField adminName;
    @FXML private TextField initials;
    @FXML private VBox platformBox;
    @FXML private TextField hashtags;
    @FXML private VBox logoBox;
    @FXML private Label exportFolder;
    @FXML private Button chooseExport;
    @FXML private Label dataFolder;
    @FXML private Button openData;
    @FXML private Label dataHint;
    @FXML private Label backupFolder;
    @FXML private Button chooseBackup;
    @FXML private Label exampleText;
    @FXML private Button removeExample;
    @FXML private Button createExample;

    private final Parent root;

    /**
     * @param openFolder shows a folder in the system's file manager
     * @param onClose    leaves the page
     */
    public SettingsView(SettingsViewModel vm, Messages m, Pickers pickers, Consumer<Path> openFolder, Runnable onClose) {
        FXMLLoader loader = new FXMLLoader(SettingsView.class.getResource("/id/rakit/ui/settings/SettingsView.fxml"),
                m.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.setId("settingsPage");
        root.getStylesheets().add(Css.sheet(SettingsView.class, "/id/rakit/ui/settings/settings.css"));
        close.setOnAction(e -> onClose.run());
        close.setTooltip(new Tooltip(m.get("page.back.tooltip")));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        saved.textProperty().bind(vm.savedProperty());
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        language.getItems().addAll(Messages.INDONESIAN, Messages.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : "en".equals(l.getLanguage()) ? "English" : "Indonesia";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());

        var form = vm.form();
        zoneBox.getChildren().add(0, ProfileFields.zones(form, m, "settings"));
        unitName.textProperty().bindBidirectional(form.unitNameProperty());
        adminName.textProperty().bindBidirectional(form.adminNameProperty());
        initials.textProperty().bindBidirectional(form.initialsProperty());
        platformBox.getChildren().add(0, ProfileFields.platforms(form, m, "settings"));
        hashtags.textProperty().bindBidirectional(form.hashtagsProperty());
        logoBox.getChildren().add(ProfileFields.logo(form, m, pickers, vm::chooseLogo, vm::removeLogo,
                vm.logoProblemProperty(), "settings"));

        exportFolder.textProperty().bind(vm.exportFolderProperty().map(f -> f.map(Path::toString)
                .orElse(m.get("settings.exportFolder.documents"))));
        chooseExport.setOnAction(e -> pickers.folder(m.get("dialog.export.title"), vm.exportFolderProperty().get())
                .ifPresent(vm::chooseExportFolder));
        dataFolder.setText(vm.dataFolder().toString());
        dataFolder.setTooltip(new Tooltip(vm.dataFolder().toString()));
        openData.setOnAction(e -> openFolder.accept(vm.dataFolder()));
        dataHint.setText(m.get("settings.dataFolder.hint"));
        backupFolder.textProperty().bind(vm.backupFolderProperty().map(f -> f.map(Path::toString)
                .orElse(m.get("settings.backupFolder.none"))));
        chooseBackup.setOnAction(e -> pickers.folder(m.get("settings.backupFolder.title"),
                vm.backupFolderProperty().get().or(() -> Optional.ofNullable(vm.dataFolder().getParent())))
                .ifPresent(vm::chooseBackupFolder));

        exampleText.textProperty().bind(vm.examplePresentProperty().map(present -> m.get(present
                ? "settings.example.present" : "settings.example.absent")));
        removeExample.visibleProperty().bind(vm.examplePresentProperty());
        removeExample.managedProperty().bind(removeExample.visibleProperty());
        removeExample.disableProperty().bind(vm.busyProperty());
        removeExample.setOnAction(e -> vm.removeExample());
        createExample.visibleProperty().bind(vm.examplePresentProperty().not());
        createExample.managedProperty().bind(createExample.visibleProperty());
        createExample.disableProperty().bind(vm.busyProperty());
        createExample.setOnAction(e -> vm.createExample());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                close.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
