package id.rakit.app;

import id.rakit.compose.CaptionRules;
import id.rakit.compose.WritingAids;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.LibraryCopies;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.export.BundlePlanner;
import id.rakit.export.BundleWriter;
import id.rakit.export.PlatformData;
import id.rakit.export.ExportService;
import id.rakit.library.BackupService;
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
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.store.Backups;
import id.rakit.store.DamagedDatabaseException;
import id.rakit.store.DataFolderLock;
import id.rakit.store.DatabaseRecovery;
import id.rakit.store.RecoveryJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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
    public static final String DATABASE_FILE = DataDirectory.DATABASE_FILE;

    /** How often what was written moves from the write-ahead log into the database file. */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final DataFolderLock lock;
    private final Database database;
    private final RecoveryJournal journal;
    private final RecoveryJournal.Replay replayed;
    private final MediaLibrary.Tidied tidied;
    private final Backups backups;
    private final Optional<Backups.Backup> dailyBackup;
    private Optional<RuntimeException> backupFailure = Optional.empty();
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
    private final PictureMaker pictures;
    private boolean closed;

    private AppContext(Path dataDirectory, Function<ZoneId, MediaReader> readers, PictureMaker pictures,
                       Ingest.Limits limits, Clock clock, Autosave.Timing timing, Optional<DataFolderLock> given) {
        this.dataDirectory = DataDirectory.prepare(dataDirectory);
        this.clock = clock;
        this.pictures = pictures;
        // one writer per data folder: a second window or a writing command stops here
        this.lock = given.orElseGet(() -> DataFolderLock.acquire(this.dataDirectory, "rakit"));
        Database opened = null;
        try {
            Path file = this.dataDirectory.resolve(DATABASE_FILE);
            DatabaseRecovery.Health health = DatabaseRecovery.check(file);
            if (health.state() == DatabaseRecovery.State.DAMAGED || health.state() == DatabaseRecovery.State.EMPTY
                    || health.state() == DatabaseRecovery.State.MISSING && hasHistory(this.dataDirectory)) {
                throw new DamagedDatabaseException(file, health);
            }
            opened = Database.open(file);
            this.database = opened;
            // a crash that also loses the write-ahead log loses at most these seconds, not the session
            database.checkpointEvery(CHECKPOINT_INTERVAL);
            this.journal = new RecoveryJournal(file);
            SqlitePostRepository stored = new SqlitePostRepository(database);
            this.replayed = journal.replay(stored);
            this.settings = new Settings(new SqliteSettings(database));
            this.evidenceRepository = new SqliteEvidenceRepository(database);
            this.library = new MediaLibrary(this.dataDirectory);
            this.evidence = new EvidenceService(evidenceRepository, new SqliteClockCorrections(database), clock,
                    LibraryCopies.onDisk(library::resolve));
            this.tidied = tidy();
            this.ingest = new Ingest(library, readers.apply(settings.zone()), pictures, evidenceRepository, clock, limits);
            this.posts = new PostService(journal.guard(stored), new Autosave(timing), clock,
                    new PostService.Defaults(settings::zone, settings::unitName, settings::author, settings::platforms));
            this.captionRules = CaptionRules.standard();
            this.exports = new ExportService(posts, evidence, new BundleWriter(library, clock, "Rakit " + Version.current()),
                    new BundlePlanner(PlatformData.standard(), captionRules), new SqliteBundleChoices(database), clock);
            SqliteWritingAids aids = new SqliteWritingAids(database, clock);
            this.writingAids = new WritingAids(aids, aids);
            this.backups = new Backups(this.dataDirectory, clock, settings.zone());
            this.dailyBackup = makeDailyBackup();
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            pictures.close();
            if (given.isEmpty()) {
                lock.close();  // a lock it was given stays with whoever took it (the window, to offer a backup)
            }
            throw e;
        }
    }

    /** Whether the folder has held a post before: evidence in the library, backups, or a recovery journal. */
    static boolean hasHistory(Path dataDirectory) {
        try {
            return !new MediaLibrary(dataDirectory).storedFiles().isEmpty()
                    || Files.isDirectory(dataDirectory.resolve(Backups.FOLDER))
                    && !new Backups(dataDirectory, Clock.systemUTC(), ZoneId.systemDefault()).all().isEmpty()
                    || Files.exists(dataDirectory.resolve(DATABASE_FILE + RecoveryJournal.SUFFIX));
        } catch (IOException e) {
            return true;
        }
    }

    private MediaLibrary.Tidied tidy() {
        try {
            MediaLibrary.Tidied t = library.tidy(evidenceRepository.libraryPaths(), LocalDate.now(clock.withZone(settings.zone())));
            if (t.anything()) {
                LOG.warn("tidied up after the last session in {}: {}", dataDirectory, t);
            }
            return t;
        } catch (IOException e) {
            LOG.warn("could not tidy up {}", dataDirectory, e);
            return new MediaLibrary.Tidied(0, 0, 0, Optional.empty(), 0);
        }
    }

    private Optional<Backups.Backup> makeDailyBackup() {
        try {
            return backups.dailyIfDue(database);
        } catch (RuntimeException e) {
            // a backup that cannot be written must not keep the admin from working; it is told at start
            LOG.warn("daily backup of {} failed", database.file(), e);
            backupFailure = Optional.of(e);
            return Optional.empty();
        }
    }

    /** Opens the data folder with Rakit's real readers. */
    public static AppContext open(Path dataDirectory) {
        return open(dataDirectory, Ingest.Limits.forThisMachine());
    }

    public static AppContext open(Path dataDirectory, Ingest.Limits limits) {
        // pictures are made in processes of their own: what a hostile file does to a decoder ends there
        return open(dataDirectory, limits, StandardReaders::metadata, StandardReaders.isolatedPictures(limits.threads()));
    }

    /** With other readers: for measuring or exercising the window with controlled timing. */
    public static AppContext open(Path dataDirectory, Ingest.Limits limits, Function<ZoneId, MediaReader> readers,
                                  PictureMaker pictures) {
        return open(dataDirectory, limits, readers, pictures, Autosave.Timing.STANDARD);
    }

    /** With other autosave timing: for proving what a crash or a shutdown loses. */
    public static AppContext open(Path dataDirectory, Ingest.Limits limits, Function<ZoneId, MediaReader> readers,
                                  PictureMaker pictures, Autosave.Timing timing) {
        return new AppContext(dataDirectory, readers, pictures, limits, Clock.systemUTC(), timing, Optional.empty());
    }

    /** The window's open, with the folder's lock it took before showing anything. */
    static AppContext openWithLock(Path dataDirectory, DataFolderLock lock) {
        Ingest.Limits limits = Ingest.Limits.forThisMachine();
        return new AppContext(dataDirectory, StandardReaders::metadata, StandardReaders.isolatedPictures(limits.threads()),
                limits, Clock.systemUTC(), Autosave.Timing.STANDARD, Optional.of(lock));
    }

    /** What this start tidied up after the last session. */
    public MediaLibrary.Tidied tidied() {
        return tidied;
    }

    /** The edits this start wrote from the recovery journal, and those still waiting. */
    public RecoveryJournal.Replay replayed() {
        return replayed;
    }

    /** Today's automatic backup, when this start made it. */
    public Optional<Backups.Backup> dailyBackup() {
        return dailyBackup;
    }

    /** Why today's automatic backup could not be made, if it could not. */
    public Optional<RuntimeException> backupFailure() {
        return backupFailure;
    }

    public Backups backups() {
        return backups;
    }

    /** "Cadangkan sekarang" on this data folder. */
    public BackupService backupService() {
        return backups.service(database, library);
    }

    public DataFolderLock lock() {
        return lock;
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
        pictures.close();
        posts.close();
        try {
            database.checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("checkpoint of {} failed", database.file(), e);
        }
        database.close();
        lock.close();
    }
}
