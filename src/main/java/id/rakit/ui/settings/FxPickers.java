package id.rakit.ui.settings;

import id.rakit.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own choosers, owned by the main window. */
public final class FxPickers implements Pickers {

    private final Window owner;
    private final Messages messages;

    public FxPickers(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> folder(String title, Optional<Path> start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        // the chooser refuses a start folder that is gone (a flashdisk pulled out)
        start.filter(Files::isDirectory).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> image(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("settings.logo.files"),
                        List.of("*.png", "*.PNG", "*.jpg", "*.jpeg", "*.JPG", "*.JPEG")),
                new FileChooser.ExtensionFilter(messages.get("dialog.import.all"), "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
