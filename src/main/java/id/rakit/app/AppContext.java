package id.rakit.app;

import id.rakit.compose.CaptionRules;
import id.rakit.compose.WritingAids;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.export.BundlePlanner;
import id.rakit.export.BundleWriter;
import id.rakit.export.PlatformData;
import id.rakit.export.ExportService;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Autosave;
import id.rakit.post.PostService;
import id.rakit.settings.Settings;
import id.rakit.store.DataDirectory;
import id.rakit.store.Database;
import id.rakit.store.SqliteBundleChoices;
import id.rakit.store.SqliteClockCorrections;
import id.rakit.store.SqliteEvidenceRepository;
import id.rakit.store.SqlitePostRepository;
import id.rakit.store.SqliteSettings;
import id.rakit.store.SqliteWritingAids;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Rakit works with on one data folder, wired once: the database (migrated), the
 * repositories, the media library, the services. Opening it does disk work: never on the UI thread.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    public static final String DATABASE_FILE = "rakit.db";

    private final Path dataDirectory;
    private final Database database;
    private final Settings settings;
    private final SqliteEvidenceRepository evidenceRepository;
    private final EvidenceService evidence;
    private final MediaLibrary library;
    private final Ingest ingest;
    private final PostService posts;
    private final ExportService exports;
    private final CaptionRules captionRules;
    private final WritingAids writingAids;
    private final Clock clock;
    private boolean closed;

    private AppContext(Path dataDirectory, Function<ZoneId, MediaReader> readers, PictureMaker pictures,
                       Ingest.Limits limits, Clock clock, Autosave.Timing timing) {
        this.dataDirectory = DataDirectory.prepare(dataDirectory);
        this.clock = clock;
        this.database = Database.open(this.dataDirectory.resolve(DATABASE_FILE));
        this.settings = new Settings(new SqliteSettings(database));
        this.evidenceRepository = new SqliteEvidenceRepository(database);
        this.evidence = new EvidenceService(evidenceRepository, new SqliteClockCorrections(database), clock);
        this.library = new MediaLibrary(this.dataDirectory);
        try {
            library.sweepIncoming();
        } catch (IOException e) {
            LOG.warn("could not clear unfinished copies in {}", dataDirectory, e);
        }
        this.ingest = new Ingest(library, readers.apply(settings.zone()), pictures, evidenceRepository, clock, limits);
        this.posts = new PostService(new SqlitePostRepository(database), new Autosave(timing), clock,
                new PostService.Defaults(settings::zone, settings::unitName, settings::adminName, settings::platforms));
        this.captionRules = CaptionRules.standard();
        this.exports = new ExportService(posts, evidence, new BundleWriter(library, clock, "Rakit " + Version.current()),
                new BundlePlanner(PlatformData.standard(), captionRules), new SqliteBundleChoices(database), clock);
        SqliteWritingAids aids = new SqliteWritingAids(database, clock);
        this.writingAids = new WritingAids(aids, aids);
    }

    /** Opens the data folder with Rakit's real readers. */
    public static AppContext open(Path dataDirectory) {
        return open(dataDirectory, Ingest.Limits.forThisMachine());
    }

    public static AppContext open(Path dataDirectory, Ingest.Limits limits) {
        return open(dataDirectory, limits, StandardReaders::metadata, StandardReaders.pictures());
    }

    /** With other readers: for measuring or exercising the window with controlled timing. */
    public static AppContext open(Path dataDirectory, Ingest.Limits limits, Function<ZoneId, MediaReader> readers,
                                  PictureMaker pictures) {
        return open(dataDirectory, limits, readers, pictures, Autosave.Timing.STANDARD);
    }

    /** With other autosave timing: for proving what a crash or a shutdown loses. */
    public static AppContext open(Path dataDirectory, Ingest.Limits limits, Function<ZoneId, MediaReader> readers,
                                  PictureMaker pictures, Autosave.Timing timing) {
        return new AppContext(dataDirectory, readers, pictures, limits, Clock.systemUTC(), timing);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public Settings settings() {
        return settings;
    }

    /** The one writer of posts. */
    public PostService posts() {
        return posts;
    }

    public SqliteEvidenceRepository evidenceRepository() {
        return evidenceRepository;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public MediaLibrary library() {
        return library;
    }

    public Ingest ingest() {
        return ingest;
    }

    public ExportService exports() {
        return exports;
    }

    public Clock clock() {
        return clock;
    }

    /** Each platform's rules for captions, from the platform data file. */
    public CaptionRules captionRules() {
        return captionRules;
    }

    /** The admin's snippets and templates. */
    public WritingAids writingAids() {
        return writingAids;
    }

    /**
     * Closes like the close button when the system ends the process (logout, shutdown, SIGTERM):
     * pending edits written, the database checkpointed and closed.
     */
    public AppContext closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "rakit-shutdown"));
        return this;
    }

    /**
     * Stops imports (keeping what finished), writes what is pending, moves the write-ahead log
     * into the database file and closes it. Safe to call more than once, from any thread.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ingest.stopAll(Duration.ofSeconds(20));
        posts.close();
        try {
            database.checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("checkpoint of {} failed", database.file(), e);
        }
        database.close();
    }
}
