package id.rakit.store;

import id.rakit.library.BackupService;
import id.rakit.library.MediaLibrary;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the database in {@code backups/} of the data folder, each a whole consistent snapshot
 * (SQLite's {@code VACUUM INTO}), checked after it is written: one at the first start of each
 * day, and one whenever the admin asks. The last 7 days are kept, and for the 4 weeks before them
 * the newest of each week.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final String FOLDER = "backups";
    static final int DAYS_KEPT = 7;
    static final int WEEKS_KEPT = 4;
    private static final Pattern NAME = Pattern.compile("rakit-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6}))?\\.db");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    /** One backup: its file and when it was taken (local time of the data folder's zone). */
    public record Backup(Path file, LocalDateTime takenAt) {
    }

    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;

    public Backups(Path dataDirectory, Clock clock, ZoneId zone) {
        this.folder = dataDirectory.resolve(FOLDER);
        this.clock = clock;
        this.zone = zone;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Today's backup, unless there already is one: the first start of a day's work. Old backups
     * beyond what is kept are deleted afterwards.
     */
    public Optional<Backup> dailyIfDue(Database database) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (all().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        Backup made = write(database, folder.resolve("rakit-" + today + ".db"), today.atStartOfDay());
        prune();
        return Optional.of(made);
    }

    /** A backup now, beside the daily ones ("Cadangkan sekarang"). */
    public Backup now(Database database) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).withNano(0);
        Path target = folder.resolve("rakit-" + now.toLocalDate() + "-" + TIME.format(now) + ".db");
        for (int i = 1; Files.exists(target); i++) {
            now = now.plusSeconds(1);
            target = folder.resolve("rakit-" + now.toLocalDate() + "-" + TIME.format(now) + ".db");
        }
        Backup made = write(database, target, now);
        prune();
        return made;
    }

    /**
     * "Cadangkan sekarang": a backup now, and the same backup with every library file in
     * {@value BackupService#FOLDER} in the folder the admin picks (copying only what is new there).
     */
    public BackupService service(Database database, MediaLibrary library) {
        return (picked, progress, stop) -> {
            Backup made = now(database);
            Path into = picked.resolve(BackupService.FOLDER);
            copy(database, into.resolve(FOLDER).resolve(made.file().getFileName()));
            MediaLibrary.Copied copied = library.copyInto(into, progress, stop);
            LOG.info("backup in {}: {}", into, copied);
            return new BackupService.Made(made.file(), into, copied.copied(), copied.alreadyThere(), copied.damaged());
        };
    }

    /**
     * A consistent, checked copy of the database at {@code target}: written beside it under
     * another name, checked, then moved into place, so a half-written copy never has the real name.
     */
    public static void copy(Database database, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.deleteIfExists(temp);
            database.copyTo(temp);
            try (Database copy = Database.openReadOnly(temp)) {
                List<String> problems = copy.quickCheck();
                if (!problems.isEmpty()) {
                    throw new StoreException("store.error.corrupt", new IOException("backup check: " + problems));
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.backup", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("cannot remove {}", temp, e);
            }
        }
    }

    private Backup write(Database database, Path target, LocalDateTime takenAt) {
        copy(database, target);
        LOG.info("backup written to {}", target);
        return new Backup(target, takenAt);
    }

    /** Every backup in the folder, newest first. */
    public List<Backup> all() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    LocalDate day = LocalDate.parse(m.group(1));
                    LocalDateTime at = m.group(2) == null ? day.atStartOfDay()
                            : day.atTime(java.time.LocalTime.parse(m.group(2), TIME));
                    out.add(new Backup(p, at));
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** The newest backup that SQLite finds sound, if any. */
    public Optional<Backup> newestSound() {
        for (Backup b : all()) {
            if (isSound(b.file())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Whether a file is a sound Rakit database this version can open. */
    public static boolean isSound(Path file) {
        try (Database db = Database.openReadOnly(file)) {
            int version = db.schemaVersion();
            return db.quickCheck().isEmpty() && version >= 1 && version <= Database.migrations().size();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes the backups no longer kept: all from the last {@value #DAYS_KEPT} days stay, and the
     * newest of each of the {@value #WEEKS_KEPT} most recent weeks before them that have one (so
     * the backups of a folder left alone for months are not all deleted at its next start).
     */
    void prune() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate firstDaily = today.minusDays(DAYS_KEPT - 1);
        Set<Path> keep = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Backup b : all()) {
            LocalDate day = b.takenAt().toLocalDate();
            if (!day.isBefore(firstDaily)) {
                keep.add(b.file());
                continue;
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.contains(week) || weeks.size() < WEEKS_KEPT) {
                if (weeks.add(week)) {
                    keep.add(b.file());  // the newest of its week, as the list runs newest first
                }
            }
        }
        for (Backup b : all()) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    LOG.info("old backup {} deleted", b.file());
                } catch (IOException e) {
                    LOG.warn("cannot delete old backup {}", b.file(), e);
                }
            }
        }
    }
}
