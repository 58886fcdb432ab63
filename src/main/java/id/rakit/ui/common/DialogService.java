package id.rakit.ui.common;

import id.rakit.post.Publication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the admin, behind an interface so view models can be tested and
 * UI flows can answer without native dialogs.
 */
public interface DialogService {

    /** Photos and videos to import; empty when cancelled. */
    List<Path> chooseMediaFiles();

    /** The folder where a bundle goes; empty when cancelled. */
    Optional<Path> chooseExportFolder(Optional<Path> suggested);

    /** The folder (a USB stick) that "Cadangkan sekarang" copies Rakit's data into; empty when cancelled. */
    Optional<Path> chooseBackupFolder();

    /** The written reason for using an item despite a failed check; empty when cancelled. */
    Optional<String> askAcceptReason(String itemName, String currentReason);

    /**
     * How far a camera's clock is off: positive when it runs behind (add to its times); empty
     * when cancelled.
     */
    Optional<Duration> askClockCorrection(String cameraLabel, Duration current);

    /** Where and when the post went online; empty when cancelled. */
    Optional<Publication> askPublication(Optional<Publication> current);

    /** Shows a folder in the system's file manager. */
    void openFolder(Path folder);

    /** Opens a file (the evidence report) with the program the system opens it with. */
    void openFile(Path file);

    /** A bundle to check: the {@code manifest.json} in its folder, or its {@code .zip}; empty when cancelled. */
    Optional<Path> chooseBundle();

    /** A photo's alt text, which platforms read out to people who cannot see it; empty when cancelled. */
    Optional<String> askAltText(String itemName, String current);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
