package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.cli.Cli;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.store.Database;
import id.rakit.store.SqlitePostRepository;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code backup} and {@code restore}: what an admin or a nightly script relies on. */
class DataFolderCommandsTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");
    /** A message key such as {@code store.error.notWritable}, which must never reach the screen. */
    static final Pattern RAW_KEY = Pattern.compile("\\b(?:cli|store|cause|export|problem|start)\\.[a-z]+[A-Za-z.]*\\b");

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] command = Cli.asCommand(args).orElseThrow();
        int code = new Cli(new CommandLineServices(), Messages.indonesian()).run(command, out, err);
        Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertThat(RAW_KEY.matcher(run.all()).find()).as("no raw key in: " + run.all()).isFalse();
        return run;
    }

    static AppContext open(Path data) {
        return AppContext.open(data, new Ingest.Limits(1, Duration.ofSeconds(30)), StandardReaders::metadata,
                StandardReaders.pictures());
    }

    /** A data folder with one post: a caption and the two flow photos as evidence. */
    Path folderWithEvidence() {
        Path data = temp.resolve("data");
        try (AppContext c = open(data)) {
            Post p = c.posts().createDraft();
            c.posts().editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi");
            c.ingest().run(p.id(), List.of(FLOW.resolve("acara-0930.jpg"), FLOW.resolve("sebelum-acara.jpg")),
                    new Ingest.Listener() { }, new AtomicBoolean());
        }
        return data;
    }

    static List<EvidenceItem> items(Path data) {
        try (AppContext c = open(data)) {
            return c.evidenceRepository().forPost(c.posts().search(PostQuery.ALL).get(0).id());
        }
    }

    static String captionIn(Path database) {
        try (Database db = Database.open(database)) {
            var posts = new SqlitePostRepository(db);
            return posts.find(posts.search(PostQuery.ALL).get(0).id()).orElseThrow().caption();
        }
    }

    @Test
    void aSoundFolderIsOkWithItsCountsAndExitsZero() {
        Path data = folderWithEvidence();
        Run run = cli("check", "--data-dir", data.toString());
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out().strip()).isEqualTo(
                "OK: basis data utuh; 2 catatan berkas, 2 berkas di pustaka cocok dengan SHA-256-nya.");
        // the data folder named before the command, as for the window
        assertThat(cli("--data-dir", data.toString(), "check").code()).isZero();
        assertThat(cli("--data-dir=" + data, "check").code()).isZero();
    }

    @Test
    void aMissingChangedOrUnknownLibraryFileGetsOneLineNamingItAndExitsOne() throws Exception {
        Path data = folderWithEvidence();
        List<EvidenceItem> items = items(data);
        EvidenceItem gone = items.get(0);
        EvidenceItem changed = items.get(1);
        Files.delete(data.resolve("library").resolve(gone.file().libraryPath()));
        Path changedFile = data.resolve("library").resolve(changed.file().libraryPath());
        byte[] bytes = Files.readAllBytes(changedFile);
        bytes[bytes.length / 2] ^= 1;  // one bit, the length unchanged: only the SHA-256 tells
        Files.write(changedFile, bytes);
        Files.createDirectories(data.resolve("library/00"));
        Files.writeString(data.resolve("library/00/stray.jpg"), "no row knows me");

        Run run = cli("check", "--data-dir", data.toString());

        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines).contains("HILANG library/" + gone.file().libraryPath()
                + ": catatannya ada, berkasnya tidak ada di pustaka (diimpor sebagai " + gone.originalName() + ")");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BERUBAH library/" + changed.file().libraryPath())
                .endsWith("(diimpor sebagai " + changed.originalName() + ")"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TANPA CATATAN library/00/stray.jpg"));
        assertThat(run.err()).contains("impor lagi berkas aslinya").contains("folder recovered");
    }

    @Test
    void aDamagedEmptyOrMissingDatabaseIsNamedAndNothingIsChanged() throws Exception {
        Path data = folderWithEvidence();
        Path db = data.resolve("rakit.db");
        byte[] whole = Files.readAllBytes(db);
        byte[] broken = whole.clone();
        java.util.Arrays.fill(broken, 4096, Math.min(broken.length, 3 * 4096), (byte) 0x5A);
        Files.write(db, broken);

        Run damaged = cli("check", "--data-dir", data.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.out()).startsWith("RUSAK " + db);
        assertThat(damaged.err()).contains("Basis data Rakit rusak").contains("restore");
        assertThat(Files.readAllBytes(db)).as("check only reads").isEqualTo(broken);

        Files.write(db, new byte[0]);
        Run empty = cli("check", "--data-dir", data.toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.out()).startsWith("KOSONG " + db);

        Files.delete(db);
        Run missing = cli("check", "--data-dir", temp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).startsWith("TIDAK ADA ");
        assertThat(temp.resolve("nowhere")).as("a check creates nothing").doesNotExist();
    }

    @Test
    void aBackupIsWrittenWhileTheWindowHasTheFolderOpenAndNothingIsOverwritten() throws Exception {
        Path data = folderWithEvidence();
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Path target = usb.resolve("cadangan.db");
        try (AppContext window = open(data)) {
            long id = window.posts().search(PostQuery.ALL).get(0).id();
            window.posts().editText(id, Platform.GENERAL, CaptionField.BODY, "diketik saat jendela terbuka");
            window.posts().flush();

            Run run = cli("backup", "--data-dir", data.toString(), "--out", target.toString());

            assertThat(run.code()).as(run.all()).isZero();
            assertThat(run.out()).contains(target.toString()).contains("diperiksa utuh");
            assertThat(captionIn(target)).isEqualTo("diketik saat jendela terbuka");

            // a folder gets a dated file in it; an existing file is left alone
            Run intoFolder = cli("backup", "--data-dir", data.toString(), "--out", usb.toString());
            assertThat(intoFolder.code()).isZero();
            try (Stream<Path> files = Files.list(usb)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(n -> n.matches("rakit-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.db"));
            }
            byte[] before = Files.readAllBytes(target);
            Run again = cli("backup", "--data-dir", data.toString(), "--out", target.toString());
            assertThat(again.code()).isEqualTo(2);
            assertThat(again.err()).contains("tidak menimpanya");
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
        Files.write(data.resolve("rakit.db"), new byte[0]);
        Run empty = cli("backup", "--data-dir", data.toString(), "--out", usb.resolve("kosong.db").toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("kosong, jadi tidak ada yang dicadangkan");
        assertThat(usb.resolve("kosong.db")).doesNotExist();
    }

    @Test
    void restorePutsTheBackupInPlaceKeepsTheCurrentFileAndRefusesWhileRakitIsOpen() throws Exception {
        Path data = folderWithEvidence();
        Path backup = temp.resolve("cadangan.db");
        assertThat(cli("backup", "--data-dir", data.toString(), "--out", backup.toString()).code()).isZero();
        try (AppContext window = open(data)) {
            long id = window.posts().search(PostQuery.ALL).get(0).id();
            window.posts().editText(id, Platform.GENERAL, CaptionField.BODY, "sesudah cadangan");
            window.posts().flush();

            Run refused = cli("restore", "--data-dir", data.toString(), backup.toString());

            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("sedang dibuka oleh Rakit lain");
        }
        assertThat(captionIn(data.resolve("rakit.db"))).as("a refused restore changes nothing").isEqualTo("sesudah cadangan");

        Run run = cli("restore", "--data-dir", data.toString(), backup.toString());

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(captionIn(data.resolve("rakit.db"))).isEqualTo("Rapat koordinasi");
        Path aside = Path.of(run.out().lines().filter(l -> l.startsWith("Basis data sebelumnya disimpan sebagai "))
                .findFirst().orElseThrow().substring("Basis data sebelumnya disimpan sebagai ".length()).replaceAll("\\.$", ""));
        assertThat(captionIn(aside)).as("nothing overwritten").isEqualTo("sesudah cadangan");
        assertThat(cli("check", "--data-dir", data.toString()).code()).as("the restored folder checks out").isZero();
    }

    @Test
    void restoreRefusesWhatIsNoBackupAndTheDatabaseItself() throws Exception {
        Path data = folderWithEvidence();
        Path notABackup = Files.writeString(temp.resolve("foto.db"), "bukan basis data");

        Run bad = cli("restore", "--data-dir", data.toString(), notABackup.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bukan cadangan Rakit yang utuh");

        Run self = cli("restore", "--data-dir", data.toString(), data.resolve("rakit.db").toString());
        assertThat(self.code()).isEqualTo(1);
        assertThat(self.err()).contains("basis data yang sedang dipakai");

        Run none = cli("restore", "--data-dir", data.toString(), temp.resolve("tidak-ada.db").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("tidak ada");
        assertThat(captionIn(data.resolve("rakit.db"))).isEqualTo("Rapat koordinasi");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void theHelpNamesTheNewCommands() {
        Run help = cli("help");
        assertThat(help.out()).contains("check [--data-dir FOLDER]").contains("backup [--data-dir FOLDER] --out")
                .contains("restore [--data-dir FOLDER] BERKAS_CADANGAN");
        assertThat(Cli.asCommand(new String[] {"--data-dir", "D"})).as("the window's own arguments").isEmpty();
    }
}
