package id.rakit.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Rakit does with a database file that is not sound: finds it out at start
 * ({@code PRAGMA quick_check}), moves it aside, never overwriting anything, and puts a backup in its
 * place when the admin says so.
 */
public final class DatabaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    /** How the database file stands. */
    public enum State {
        /** Opens, and SQLite's check finds nothing wrong. */
        SOUND,
        /** There is no file (a first start, or it was deleted). */
        MISSING,
        /** A file with nothing in it: 0 bytes, or a database without any table. */
        EMPTY,
        /** Not a database, or one SQLite finds damaged. */
        DAMAGED
    }

    /** The state and, for a damaged file, what SQLite said. */
    public record Health(State state, List<String> findings) {
    }

    private DatabaseRecovery() {
    }

    public static Health check(Path file) {
        if (!Files.exists(file)) {
            return new Health(State.MISSING, List.of());
        }
        try {
            if (Files.size(file) == 0) {
                return new Health(State.EMPTY, List.of("0 bytes"));
            }
        } catch (IOException e) {
            return new Health(State.DAMAGED, List.of(e.toString()));
        }
        try (Database db = Database.openReadOnly(file)) {
            List<String> problems = db.quickCheck();
            if (!problems.isEmpty()) {
                return new Health(State.DAMAGED, problems.subList(0, Math.min(10, problems.size())));
            }
            boolean tables = db.read(c -> {
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                    return rs.next() && rs.getInt(1) > 0;
                }
            });
            return tables ? new Health(State.SOUND, List.of()) : new Health(State.EMPTY, List.of("no tables"));
        } catch (StoreException e) {
            return new Health(State.DAMAGED, List.of(String.valueOf(e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage())));
        }
    }

    /**
     * Moves the database file and its write-ahead log aside as {@code rakit.db.WHY-yyyyMMdd-HHmmss}
     * (never over an existing file) and returns where the main file went; empty if there was none.
     */
    public static Optional<Path> moveAside(Path file, String why, Clock clock) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path target = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp + "-" + i);
        }
        try {
            move(file, target);
            for (String suffix : COMPANIONS) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    move(companion, target.resolveSibling(target.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new StoreException("store.error.moveAside", e);
        }
        LOG.info("database {} moved aside to {}", file, target);
        return Optional.of(target);
    }

    /**
     * Puts {@code backup} in the place of {@code file}: the backup is checked first, the current
     * file (if any) is moved aside, and the copy appears under the real name only when whole.
     *
     * @return where the replaced file went, if there was one
     */
    public static Optional<Path> restore(Path backup, Path file, Clock clock) {
        try {
            if (Files.exists(file) && Files.isSameFile(backup, file)) {
                throw new StoreException("store.error.restoreSelf", null);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.restore", e);
        }
        if (!Backups.isSound(backup)) {
            throw new StoreException("store.error.badBackup", null);
        }
        Optional<Path> aside = moveAside(file, "before-restore", clock);
        Path temp = file.resolveSibling("." + file.getFileName() + ".restoring");
        try {
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, file);
        } catch (IOException e) {
            throw new StoreException("store.error.restore", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("cannot remove {}", temp, e);
            }
        }
        LOG.info("database {} restored from {}", file, backup);
        return aside;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
