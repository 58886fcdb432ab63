package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.store.DataFolderLock;
import id.rakit.store.DatabaseRecovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the window's start goes on a damaged database and on a folder another Rakit has open. */
class OpeningTest {

    static final Function<DataFolderLock, AppContext> WINDOW = lock -> AppContext.openWithLock(lock.folder(), lock);

    @TempDir
    Path temp;

    /** A folder whose first start today wrote its automatic backup, holding the caption typed before. */
    private Path folderWithBackup(String caption) {
        Path data = temp.resolve("data");
        try (AppContext c = DataFolderCommandsTest.open(data)) {
            Post p = c.posts().createDraft();
            c.posts().editText(p.id(), Platform.GENERAL, CaptionField.BODY, caption);
            c.posts().flush();
            c.ingest().run(p.id(), java.util.List.of(DataFolderCommandsTest.FLOW.resolve("acara-0930.jpg")),
                    new id.rakit.evidence.ingest.Ingest.Listener() { }, new java.util.concurrent.atomic.AtomicBoolean());
            // the daily one was made at this start, before the caption; this is "the newest"
            c.backups().now(c.database());
        }
        return data;
    }

    private static String caption(AppContext c) {
        return c.posts().find(c.posts().search(PostQuery.ALL).get(0).id()).orElseThrow().caption();
    }

    @Test
    void aDamagedDatabaseIsLeftAsItIsUntilTheAdminChoosesTheNewestBackup() throws Exception {
        Path data = folderWithBackup("isi cadangan");
        Path file = data.resolve("rakit.db");
        byte[] broken = Files.readAllBytes(file);
        Arrays.fill(broken, 4096, Math.min(broken.length, 3 * 4096), (byte) 0x5A);
        Files.write(file, broken);

        Opening.Outcome outcome = Opening.open(data, WINDOW);

        assertThat(outcome).isInstanceOf(Opening.Damaged.class);
        Opening.Damaged damaged = (Opening.Damaged) outcome;
        assertThat(damaged.state()).isEqualTo(DatabaseRecovery.State.DAMAGED);
        assertThat(damaged.newest()).isPresent();
        assertThat(damaged.newestAt()).isPresent();
        assertThat(Files.readAllBytes(file)).as("nothing moved while the admin reads").isEqualTo(broken);
        assertThat(DataFolderLock.tryAcquire(data, "another")).as("and nobody else gets in").isEmpty();

        Opening.Opened opened = Opening.recover(damaged, Opening.Choice.RESTORE_NEWEST, WINDOW);
        try (AppContext c = opened.context()) {
            assertThat(caption(c)).isEqualTo("isi cadangan");
            assertThat(opened.aside()).hasValueSatisfying(p -> {
                assertThat(p.getFileName().toString()).startsWith("rakit.db.damaged-");
                try {
                    assertThat(Files.readAllBytes(p)).as("the damaged file kept whole").isEqualTo(broken);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
            String news = StartNews.of(c, opened, Messages.indonesian());
            assertThat(news).startsWith("Basis data dipulihkan dari cadangan rakit-")
                    .contains("berkas yang lama disimpan sebagai rakit.db.damaged-");
            assertThat(c.tidied().unlistedFiles()).as("the backup knows the library's file").isZero();
        }
    }

    @Test
    void anEmptyDatabaseBesideALibraryIsRefusedAndStartingEmptyKeepsEveryFile() throws Exception {
        Path data = folderWithBackup("x");
        // no backup at all: the admin can still start, and is told where the files went
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            for (Path b : backups.toList()) {
                Files.delete(b);
            }
        }
        Files.write(data.resolve("rakit.db"), new byte[0]);
        Files.deleteIfExists(data.resolve("rakit.db-wal"));

        Opening.Damaged damaged = (Opening.Damaged) Opening.open(data, WINDOW);
        assertThat(damaged.state()).isEqualTo(DatabaseRecovery.State.EMPTY);
        assertThat(damaged.newest()).isEmpty();

        Opening.Opened opened = Opening.recover(damaged, Opening.Choice.START_EMPTY, WINDOW);
        try (AppContext c = opened.context()) {
            assertThat(c.posts().search(PostQuery.ALL)).isEmpty();
            assertThat(opened.aside()).hasValueSatisfying(p ->
                    assertThat(p.getFileName().toString()).startsWith("rakit.db.empty-"));
            assertThat(c.tidied().unlistedFiles()).isEqualTo(1);
            assertThat(c.tidied().unlistedMovedTo()).hasValueSatisfying(dir -> {
                try (Stream<Path> moved = Files.list(dir)) {
                    assertThat(moved.count()).as("the photo is kept, not deleted").isEqualTo(1);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(StartNews.of(c, opened, Messages.indonesian()))
                    .contains("Rakit mulai dengan basis data kosong").contains("1 berkas tanpa catatan dipindahkan ke");
        }
    }

    @Test
    void aSecondStartBringsTheFirstWindowForwardAndTouchesNothingOfIt() throws Exception {
        Path data = temp.resolve("data");
        Opening.Opened first = (Opening.Opened) Opening.open(data, WINDOW);
        try (AppContext window = first.context()) {
            AtomicInteger raised = new AtomicInteger();
            window.lock().whenAskedToRaise(raised::incrementAndGet);
            // an import of the first window under way
            Path inFlight = Files.createDirectories(data.resolve("library/.incoming")).resolve("copy-1.part");
            Files.writeString(inFlight, "half a photo");

            Opening.Outcome second = Opening.open(data, WINDOW);

            assertThat(second).isEqualTo(new Opening.Busy(data, true));
            assertThat(raised.get()).isEqualTo(1);
            assertThat(inFlight).as("the first window's import copy survives").exists();
            assertThat(Files.exists(data.resolve(DataFolderLock.RAISE))).isFalse();
        }
        // the first one gone, the folder opens again
        Opening.Outcome third = Opening.open(data, WINDOW);
        assertThat(third).isInstanceOf(Opening.Opened.class);
        ((Opening.Opened) third).context().close();
    }

    @Test
    void aCommandHoldingTheFolderHasNoWindowToRaiseSoTheStartSaysSo() {
        Path data = temp.resolve("data");
        try (AppContext command = DataFolderCommandsTest.open(data)) {
            long before = System.nanoTime();
            Opening.Outcome second = Opening.open(data, WINDOW);
            assertThat(second).isEqualTo(new Opening.Busy(data, false));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - before)).isLessThan(Opening.RAISE_WAIT.plusSeconds(2));
            assertThat(Messages.indonesian().get("start.busy", data)).contains("Rakit sudah terbuka di folder data " + data);
        }
    }

    @Test
    void aBackupFolderOnAUsbStickOpensAsADataFolderWithItsNewestBackupOffered() throws Exception {
        Path data = folderWithBackup("di flashdisk");
        Path usb = Files.createDirectories(temp.resolve("usb"));
        try (AppContext c = DataFolderCommandsTest.open(data)) {
            c.backupService().backUpNow(usb, (done, total) -> { }, () -> false);
        }
        Path copy = usb.resolve(id.rakit.library.BackupService.FOLDER);

        Opening.Damaged missing = (Opening.Damaged) Opening.open(copy, WINDOW);
        assertThat(missing.state()).isEqualTo(DatabaseRecovery.State.MISSING);
        Opening.Opened opened = Opening.recover(missing, Opening.Choice.RESTORE_NEWEST, WINDOW);
        try (AppContext c = opened.context()) {
            assertThat(caption(c)).isEqualTo("di flashdisk");
            assertThat(StartNews.of(c, opened, Messages.indonesian())).startsWith("Basis data dipulihkan dari cadangan rakit-")
                    .doesNotContain("disimpan sebagai");
            assertThat(c.tidied().unlistedFiles()).as("every library file has its row").isZero();
            assertThat(c.tidied().missingFiles()).isZero();
        }
    }
}
