package id.rakit.cli;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.export.ExportResult;
import id.rakit.export.ExportService;
import id.rakit.post.Platform;
import id.rakit.post.PostDetails;
import java.util.List;
import java.io.IOException;
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

    /** The platforms' caption rules, from the project's platform data file. */
    default id.rakit.compose.CaptionRules captionRules() {
        return id.rakit.compose.CaptionRules.standard();
    }

    /** The data folder the window uses when none is named. */
    Path defaultDataDirectory();

    /** One moment of the window's start, in milliseconds since the process was launched. */
    record StartupMark(String what, long millis) {
    }

    /**
     * Starts the window as the admin does, on {@code dataDirectory} or the window's own data
     * folder, waits until it can be typed in, closes it, and says when each part of the start was
     * done; the last mark is the window ready.
     */
    default java.util.List<StartupMark> measureWindowStart(java.util.Optional<Path> dataDirectory) throws IOException {
        throw new UnsupportedOperationException("this launcher has no window");
    }
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

        /** The posts as the window reads them: the list, the search, the overlay of unsaved edits. */
        id.rakit.post.PostService posts();

        /** Writes made-up posts and saved versions, for measuring the drafts desk at size; returns their words. */
        java.util.List<String> fillSampleDrafts(int posts, int revisions);

        /** The window's own export of a post: its edits saved, its evidence checked, the bundle written and recorded. */
        ExportResult export(long postId, Path folder) throws IOException;

        /** A new post with these details, master caption and platforms. */
        long createPost(PostDetails details, String caption, List<Platform> targets);

        /** The window's export service on this data folder. */
        ExportService exports();

        @Override
        void close();
    }
}
