package id.rakit.app;

import id.rakit.store.Backups;
import id.rakit.store.DamagedDatabaseException;
import id.rakit.store.DataDirectory;
import id.rakit.store.DataFolderLock;
import id.rakit.store.Database;
import id.rakit.store.DatabaseRecovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a start of the window on a data folder comes to, worked out off the UI thread: the folder
 * opened; another Rakit already holding it (asked to come to the front); or a database that is
 * damaged, empty or gone, with the newest sound backup to offer in its place.
 */
final class Opening {

    /** How long a second start waits for the first window to say it came to the front. */
    static final Duration RAISE_WAIT = Duration.ofSeconds(3);

    sealed interface Outcome permits Opened, Busy, Damaged {
    }

    /**
     * The data folder is open.
     *
     * @param language the window's language, as the admin last chose it
     * @param welcome  whether the unit profile is still empty, so the welcome shows first
     * @param textSize the window's text size in percent, as the admin last set it
     * @param aside    where a damaged database was moved, when this start recovered from one
     * @param from     the backup put in its place, if one was
     */
    record Opened(AppContext context, Locale language, boolean welcome, int textSize, Optional<Path> aside,
                  Optional<Backups.Backup> from) implements Outcome {
        /** Reads the settings the window starts with: call it off the FX thread. */
        Opened(AppContext context, Optional<Path> aside, Optional<Backups.Backup> from) {
            this(context, context.settings().language(), context.settings().needsWelcome(),
                    context.settings().textSize(), aside, from);
        }
    }

    /** Another Rakit has the folder; {@code raised} when its window said it came to the front. */
    record Busy(Path folder, boolean raised) implements Outcome {
    }

    /**
     * The database cannot be opened as it is. This start still holds the folder's lock, so nothing
     * else changes the folder while the admin decides.
     *
     * @param newestAt when the newest backup was written (its file's time), to say in plain words
     */
    record Damaged(DamagedDatabaseException why, Optional<Backups.Backup> newest, Optional<LocalDateTime> newestAt,
                   DataFolderLock lock) implements Outcome {
        DatabaseRecovery.State state() {
            return why.health().state();
        }
    }

    /** What the admin chose for a damaged database. */
    enum Choice {
        /** Put the newest sound backup in its place. */
        RESTORE_NEWEST,
        /** Start with an empty database (the library's files without rows are moved to {@code recovered}). */
        START_EMPTY
    }

    private Opening() {
    }

    /** Takes the folder's lock and opens it with {@code open}, or says why not. */
    static Outcome open(Path dataDirectory, Function<DataFolderLock, AppContext> open) {
        Path dir = DataDirectory.prepare(dataDirectory);
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(dir, "window");
        if (lock.isEmpty()) {
            return new Busy(dir, DataFolderLock.askToRaise(dir, RAISE_WAIT));
        }
        try {
            return new Opened(open.apply(lock.get()), Optional.empty(), Optional.empty());
        } catch (DamagedDatabaseException e) {
            Optional<Backups.Backup> newest = new Backups(dir, Clock.systemUTC(), ZoneId.systemDefault()).newestSound();
            return new Damaged(e, newest, newest.flatMap(b -> writtenAt(b.file())), lock.get());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    /**
     * Does what the admin chose: the database file is moved aside (never deleted or overwritten),
     * then the newest backup is put in its place or an empty database made, and the folder opened.
     */
    static Opened recover(Damaged damaged, Choice choice, Function<DataFolderLock, AppContext> open) {
        Path file = damaged.why().file();
        Clock clock = Clock.systemDefaultZone();
        try {
            Optional<Path> aside = DatabaseRecovery.moveAside(file, damaged.state().name().toLowerCase(Locale.ROOT), clock);
            Optional<Backups.Backup> from = Optional.empty();
            if (choice == Choice.RESTORE_NEWEST && damaged.newest().isPresent()) {
                DatabaseRecovery.restore(damaged.newest().get().file(), file, clock);
                from = damaged.newest();
            } else {
                Database.open(file).close();  // a new, empty database: the folder's history is no longer missing it
            }
            return new Opened(open.apply(damaged.lock()), aside, from);
        } catch (RuntimeException e) {
            damaged.lock().close();
            throw e;
        }
    }

    private static Optional<LocalDateTime> writtenAt(Path file) {
        try {
            return Optional.of(LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
