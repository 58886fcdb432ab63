package id.rakit.cli;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.export.ExportResult;
import id.rakit.library.DataFolderReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** What the commands need from the application, given to them by the launcher. */
public interface CliServices {

    /** A metadata reader that assumes {@code zone} where a file gives no offset. */
    MediaReader reader(ZoneId zone);

    /** Rakit's real storage and import path on a data folder (created if needed). */
    Library openLibrary(Path dataDirectory, int threads);

    /** The data folder the window uses when none is named. */
    Path defaultDataDirectory();

    /**
     * SQLite's integrity check of the database, every library file against its SHA-256, records
     * without files and files without records. Reads only: the window may have the folder open.
     */
    DataFolderReport check(Path dataDirectory);

    /**
     * A consistent copy of the database at {@code target} (which must not exist), checked before
     * it gets its name. Reads only: the window may have the folder open.
     */
    void backup(Path dataDirectory, Path target);

    /**
     * Puts {@code backup} (checked first) in the place of the database, holding the folder's lock;
     * the database it replaces is moved aside, and where it went is returned.
     */
    Optional<Path> restore(Path dataDirectory, Path backup);

    /** An opened data folder. */
    interface Library extends AutoCloseable {
        Ingest ingest();

        long createPost(String title);

        int evidenceCount(long postId);

        /** Whether a post with this id exists (also in the bin). */
        boolean hasPost(long postId);

        /** The window's own export of a post: its edits saved, its evidence checked, the bundle written and recorded. */
        ExportResult export(long postId, Path folder) throws IOException;

        @Override
        void close();
    }
}
