package id.rakit.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * "Cadangkan sekarang": a checked copy of the database in the data folder's backups, and the
 * whole of the data (that copy and every file of the library) in a folder the admin picks, such
 * as a USB stick. The picked folder gets a {@value #FOLDER} folder laid out as a data folder, so
 * Rakit can be opened on it, or its files put back, if the computer is lost.
 */
public interface BackupService {

    /** The folder made in the folder the admin picks. */
    String FOLDER = "Rakit-cadangan";

    /**
     * What was written.
     *
     * @param database     the database's copy in the data folder's backups
     * @param folder       the {@value #FOLDER} folder in the picked one
     * @param filesCopied  library files copied this time
     * @param alreadyThere library files already there from an earlier backup
     * @param damaged      library files left out because they no longer hold what was imported
     */
    record Made(Path database, Path folder, int filesCopied, int alreadyThere, List<String> damaged) {
    }

    /**
     * Backs up now, into {@code pickedFolder}; call it off the UI thread.
     *
     * @param progress told (done, total) as the library's files are copied
     * @param stop     asked before each file: true stops, keeping what is whole
     */
    Made backUpNow(Path pickedFolder, BiConsumer<Integer, Integer> progress, BooleanSupplier stop) throws IOException;
}
