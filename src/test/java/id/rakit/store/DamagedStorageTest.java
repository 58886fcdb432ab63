package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.PostRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that is damaged, empty or gone is found out, moved aside whole, and a backup is there to take its place. */
class DamagedStorageTest {

    static final Instant T0 = SqliteRepositoriesTest.T0;
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dir;

    private long postWith(Path file, String text) {
        try (Database db = Database.open(file)) {
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Jembatan"), Composition.EMPTY, T0).id();
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, text, T0, "Rina");
            return id;
        }
    }

    private static String captionIn(Path file, long id) {
        try (Database db = Database.open(file)) {
            return new SqlitePostRepository(db).find(id).orElseThrow().caption();
        }
    }

    @Test
    void theDatabaseFileItselfHoldsTheSessionWithinSecondsNotOnlyAfterAClose() throws Exception {
        Path file = dir.resolve("rakit.db");
        Database db = Database.open(file);
        try {
            db.checkpointEvery(java.time.Duration.ofMillis(200));
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Sesi"), Composition.EMPTY, T0).id();
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "ditulis saat sesi berjalan", T0, "Rina");
            Thread.sleep(1_000);

            // a crash that loses the write-ahead log: only the database file is left
            Path crashed = Files.createDirectories(dir.resolve("after-crash")).resolve("rakit.db");
            Files.copy(file, crashed);
            assertThat(Files.exists(crashed.resolveSibling("rakit.db-wal"))).isFalse();
            assertThat(captionIn(crashed, id)).isEqualTo("ditulis saat sesi berjalan");
        } finally {
            db.close();
        }
    }

    @Test
    void emptyDamagedAndMissingDatabasesAreToldApart() throws IOException {
        Path sound = dir.resolve("sound.db");
        postWith(sound, "ok");
        Path empty = Files.write(dir.resolve("empty.db"), new byte[0]);
        Path garbage = Files.write(dir.resolve("garbage.db"), "bukan basis data".repeat(500).getBytes());
        byte[] whole = Files.readAllBytes(sound);
        // a page in the middle of the file overwritten, as a failing disk does
        byte[] broken = whole.clone();
        Arrays.fill(broken, 4096 * 2, Math.min(broken.length, 4096 * 3), (byte) 0x5A);
        Path damaged = Files.write(dir.resolve("damaged.db"), broken);

        assertThat(DatabaseRecovery.check(sound).state()).isEqualTo(DatabaseRecovery.State.SOUND);
        assertThat(DatabaseRecovery.check(empty).state()).isEqualTo(DatabaseRecovery.State.EMPTY);
        assertThat(DatabaseRecovery.check(garbage).state()).isEqualTo(DatabaseRecovery.State.DAMAGED);
        assertThat(DatabaseRecovery.check(damaged).state()).isEqualTo(DatabaseRecovery.State.DAMAGED);
        assertThat(DatabaseRecovery.check(dir.resolve("none.db")).state()).isEqualTo(DatabaseRecovery.State.MISSING);
        assertThat(Files.readAllBytes(damaged)).as("checking changes nothing").isEqualTo(broken);
    }

    @Test
    void aDamagedDatabaseIsMovedAsideWithItsLogAndNeverOverAnything() throws IOException {
        Path file = Files.write(dir.resolve("rakit.db"), "rusak".getBytes());
        Files.write(dir.resolve("rakit.db-wal"), "log".getBytes());
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
        // a file already has the name it would get
        Files.writeString(dir.resolve("rakit.db.damaged-20261201-020000"), "earlier");

        Path aside = DatabaseRecovery.moveAside(file, "damaged", clock).orElseThrow();

        assertThat(file).doesNotExist();
        assertThat(aside.getFileName().toString()).isEqualTo("rakit.db.damaged-20261201-020000-2");
        assertThat(Files.readString(aside)).isEqualTo("rusak");
        assertThat(Files.readString(aside.resolveSibling(aside.getFileName() + "-wal"))).isEqualTo("log");
        assertThat(Files.readString(dir.resolve("rakit.db.damaged-20261201-020000"))).isEqualTo("earlier");
    }

    @Test
    void aBackupEachDayKeptSevenDaysAndFourWeeksAndTheNewestSoundOneIsOffered() throws IOException {
        Path file = dir.resolve("rakit.db");
        long id = postWith(file, "isi cadangan");
        Path backupsDir = Files.createDirectories(dir.resolve("backups"));
        // backups of earlier days, one every day for the last 60 days
        LocalDate today = LocalDate.parse("2026-12-01");
        for (int d = 1; d <= 60; d++) {
            Files.copy(file, backupsDir.resolve("rakit-" + today.minusDays(d) + ".db"));
        }
        Clock clock = Clock.fixed(today.atTime(8, 0).atZone(WIB).toInstant(), WIB);
        Backups backups = new Backups(dir, clock, WIB);

        try (Database db = Database.open(file)) {
            assertThat(backups.dailyIfDue(db)).isPresent();
            assertThat(backups.dailyIfDue(db)).as("one a day").isEmpty();
        }

        List<LocalDate> kept = backups.all().stream().map(b -> b.takenAt().toLocalDate()).toList();
        // today and the 6 days before it, then the newest of each of 4 weeks before those
        assertThat(kept).startsWith(today, today.minusDays(1), today.minusDays(2), today.minusDays(3),
                today.minusDays(4), today.minusDays(5), today.minusDays(6));
        assertThat(kept).hasSize(7 + 4);
        assertThat(kept.get(10)).isAfter(today.minusDays(6 + 5 * 7));
        assertThat(captionIn(backups.all().get(0).file(), id)).isEqualTo("isi cadangan");

        // the newest backup is damaged: the one offered is the newest sound one
        Files.write(backups.all().get(0).file(), "rusak".getBytes());
        assertThat(backups.newestSound().orElseThrow().takenAt().toLocalDate()).isEqualTo(today.minusDays(1));
    }

    @Test
    void restoringPutsTheBackupInPlaceAndTheCurrentFileAside() throws IOException {
        Path file = dir.resolve("rakit.db");
        long id = postWith(file, "versi cadangan");
        Path backup = dir.resolve("backups/rakit-2026-11-30.db");
        Files.createDirectories(backup.getParent());
        try (Database db = Database.open(file)) {
            Backups.copy(db, backup);
            new SqlitePostRepository(db).saveText(id, Platform.GENERAL, CaptionField.BODY, "versi sekarang", T0, "R");
        }
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

        Path aside = DatabaseRecovery.restore(backup, file, clock).orElseThrow();

        assertThat(captionIn(file, id)).isEqualTo("versi cadangan");
        assertThat(captionIn(aside, id)).as("nothing overwritten").isEqualTo("versi sekarang");
        assertThat(Files.exists(backup)).isTrue();
        assertThatThrownBy(() -> DatabaseRecovery.restore(Files.write(dir.resolve("bad.db"), "x".getBytes()), file, clock))
                .isInstanceOf(StoreException.class);
        assertThat(captionIn(file, id)).as("a bad backup changes nothing").isEqualTo("versi cadangan");
    }

    @Test
    void editsTheDatabaseRefusesAreKeptBesideItAndWrittenAtTheNextStart() throws IOException {
        Path file = dir.resolve("rakit.db");
        long id = postWith(file, "awal");
        Database db = Database.open(file);
        RecoveryJournal journal = new RecoveryJournal(file);
        PostRepository guarded = journal.guard(new SqlitePostRepository(db));
        db.close();  // from here on every write fails, as on a read-only or damaged database

        assertThatThrownBy(() -> guarded.saveText(id, Platform.GENERAL, CaptionField.BODY, "diketik saat disk menolak",
                T0, "Rina")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> guarded.saveText(id, Platform.GENERAL, CaptionField.BODY, "lalu diketik lagi",
                T0, "Rina")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> guarded.saveDetails(id, SqliteRepositoriesTest.details("Judul baru"), T0))
                .isInstanceOf(StoreException.class);
        assertThat(journal.file()).exists();
        assertThat(journal.size()).as("the newest text per field").isEqualTo(2);

        // the next start
        try (Database reopened = Database.open(file)) {
            RecoveryJournal next = new RecoveryJournal(file);
            var posts = new SqlitePostRepository(reopened);
            RecoveryJournal.Replay replay = next.replay(posts);

            assertThat(replay.written()).isEqualTo(2);
            assertThat(posts.find(id).orElseThrow().caption()).isEqualTo("lalu diketik lagi");
            assertThat(posts.find(id).orElseThrow().details().title()).isEqualTo("Judul baru");
            assertThat(next.file()).doesNotExist();
        }
    }

    @Test
    void anEditThatReachesTheDatabaseLaterLeavesTheJournal() throws IOException {
        Path file = dir.resolve("rakit.db");
        long id = postWith(file, "awal");
        try (Database db = Database.open(file)) {
            RecoveryJournal journal = new RecoveryJournal(file);
            boolean[] refuse = {true};
            PostRepository real = new SqlitePostRepository(db);
            PostRepository flaky = (PostRepository) java.lang.reflect.Proxy.newProxyInstance(
                    PostRepository.class.getClassLoader(), new Class<?>[] {PostRepository.class}, (p, m, a) -> {
                        if (m.getName().equals("saveText") && refuse[0]) {
                            throw new StoreException("store.error.full", null);
                        }
                        try {
                            return m.invoke(real, a);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            PostRepository guarded = journal.guard(flaky);
            assertThatThrownBy(() -> guarded.saveText(id, Platform.GENERAL, CaptionField.BODY, "x", T0, "R"))
                    .isInstanceOf(StoreException.class);
            assertThat(journal.file()).exists();
            refuse[0] = false;
            guarded.saveText(id, Platform.GENERAL, CaptionField.BODY, "tersimpan", T0, "R");
            assertThat(journal.file()).doesNotExist();
        }
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefused() {
        try (DataFolderLock first = DataFolderLock.tryAcquire(dir, "window").orElseThrow()) {
            assertThat(DataFolderLock.tryAcquire(dir, "export")).isEmpty();
            assertThatThrownBy(() -> DataFolderLock.acquire(dir, "export")).isInstanceOf(DataFolderBusyException.class);
            assertThat(DataFolderLock.holder(dir)).hasValueSatisfying(h -> assertThat(h).contains("window"));
        }
        try (DataFolderLock again = DataFolderLock.tryAcquire(dir, "export").orElseThrow()) {
            assertThat(again.folder()).isEqualTo(dir);
        }
    }
}
