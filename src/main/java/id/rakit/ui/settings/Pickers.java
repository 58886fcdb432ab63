package id.rakit.ui.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file and folder choosers of the welcome and Pengaturan, behind an interface so flows can
 * answer them without the system's dialogs.
 */
public interface Pickers {

    /** A folder; empty when cancelled. */
    Optional<Path> folder(String title, Optional<Path> start);

    /** A PNG or JPEG picture for the logo; empty when cancelled. */
    Optional<Path> image(String title);
}
