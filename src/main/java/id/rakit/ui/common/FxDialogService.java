package id.rakit.ui.common;

import id.rakit.i18n.Messages;
import id.rakit.post.Publication;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final List<String> MEDIA_PATTERNS = List.of(
            "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.heic", "*.HEIC", "*.heif", "*.png", "*.PNG", "*.webp",
            "*.tif", "*.tiff", "*.dng", "*.cr2", "*.cr3", "*.nef", "*.arw", "*.raf", "*.orf", "*.rw2",
            "*.mp4", "*.MP4", "*.mov", "*.MOV", "*.m4v", "*.3gp", "*.avi", "*.AVI");

    private final Window owner;
    private final Messages messages;
    private final java.util.function.Consumer<String> showDocument;
    private Path lastFolder;
    private Path lastBundleFolder;

    /** @param showDocument opens a URI with the system's own program (the application's host services) */
    public FxDialogService(Window owner, Messages messages, java.util.function.Consumer<String> showDocument) {
        this.owner = owner;
        this.messages = messages;
        this.showDocument = showDocument;
    }

    @Override
    public Optional<Publication> askPublication(Optional<Publication> current) {
        Dialog<Publication> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("dialog.published.title"));
        dialog.setHeaderText(messages.get("dialog.published.header"));
        javafx.scene.control.TextField link = new javafx.scene.control.TextField(current.map(Publication::link).orElse(""));
        link.setPromptText(messages.get("dialog.published.link.prompt"));
        link.setPrefColumnCount(36);
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker(
                current.map(Publication::date).orElse(java.time.LocalDate.now()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("dialog.published.link")), link);
        grid.addRow(1, new Label(messages.get("dialog.published.date")), date);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("dialog.published.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(date.valueProperty().isNull());
        dialog.setResultConverter(b -> b == save ? new Publication(link.getText(), date.getValue()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void openFolder(Path folder) {
        showDocument.accept(folder.toUri().toString());
    }

    @Override
    public void openFile(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    @Override
    public Optional<Path> chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.bundle.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.bundle.files"), "manifest.json", "*.zip"));
        if (lastBundleFolder != null && Files.isDirectory(lastBundleFolder)) {
            chooser.setInitialDirectory(lastBundleFolder.toFile());
        }
        File picked = chooser.showOpenDialog(owner);
        if (picked == null) {
            return Optional.empty();
        }
        Path path = picked.toPath();
        lastBundleFolder = path.getParent() == null ? null : path.getParent().getParent();
        // a manifest stands for the folder it is in
        return Optional.of(path.getFileName().toString().equals("manifest.json") ? path.getParent() : path);
    }

    @Override
    public Optional<String> askAltText(String itemName, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("dialog.altText.title"));
        dialog.setHeaderText(messages.get("dialog.altText.header", itemName));
        TextArea text = new TextArea(current);
        text.setPromptText(messages.get("dialog.altText.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("dialog.altText.label")), text));
        ButtonType save = new ButtonType(messages.get("dialog.altText.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().map(t -> t.isBlank()));
        dialog.setResultConverter(b -> b == save ? text.getText().strip() : null);
        return dialog.showAndWait();
    }

    @Override
    public List<Path> chooseMediaFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.import.media"), MEDIA_PATTERNS),
                new FileChooser.ExtensionFilter(messages.get("dialog.import.all"), "*.*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseExportFolder(Optional<Path> suggested) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("dialog.export.title"));
        suggested.filter(Files::isDirectory).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("dialog.backup.title"));
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<String> askAcceptReason(String itemName, String currentReason) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("dialog.accept.title"));
        dialog.setHeaderText(messages.get("dialog.accept.header", itemName));
        TextArea reason = new TextArea(currentReason);
        reason.setPromptText(messages.get("dialog.accept.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("dialog.accept.label")), reason));
        ButtonType save = new ButtonType(messages.get("dialog.accept.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty()
                .bind(reason.textProperty().map(t -> t.strip().length() < 5));
        dialog.setResultConverter(b -> b == save ? reason.getText().strip() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Duration> askClockCorrection(String cameraLabel, Duration current) {
        Dialog<Duration> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("dialog.clock.title"));
        dialog.setHeaderText(messages.get("dialog.clock.header", cameraLabel));
        ChoiceBox<String> direction = new ChoiceBox<>();
        String behind = messages.get("dialog.clock.behind");
        String ahead = messages.get("dialog.clock.ahead");
        direction.getItems().addAll(behind, ahead);
        direction.setValue(current.isNegative() ? ahead : behind);
        long abs = Math.abs(current.toMinutes());
        Spinner<Integer> days = new Spinner<>(0, 3650, (int) (abs / 1440));
        Spinner<Integer> hours = new Spinner<>(0, 23, (int) (abs % 1440 / 60));
        Spinner<Integer> minutes = new Spinner<>(0, 59, (int) (abs % 60));
        for (Spinner<Integer> s : List.of(days, hours, minutes)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        grid.addRow(0, new Label(messages.get("dialog.clock.direction")), direction);
        grid.addRow(1, new Label(messages.get("dialog.clock.days")), days);
        grid.addRow(2, new Label(messages.get("dialog.clock.hours")), hours);
        grid.addRow(3, new Label(messages.get("dialog.clock.minutes")), minutes);
        Label hint = new Label(messages.get("dialog.clock.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(10, grid, hint));
        ButtonType save = new ButtonType(messages.get("dialog.clock.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Duration d = Duration.ofDays(days.getValue()).plusHours(hours.getValue()).plusMinutes(minutes.getValue());
            return ahead.equals(direction.getValue()) ? d.negated() : d;
        });
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message,
                new ButtonType(messages.get("dialog.yes"), ButtonType.OK.getButtonData()),
                new ButtonType(messages.get("dialog.no"), ButtonType.CANCEL.getButtonData()));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, new ButtonType(messages.get("dialog.ok"), ButtonType.OK.getButtonData()));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
