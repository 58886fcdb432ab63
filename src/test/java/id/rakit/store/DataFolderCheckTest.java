package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.library.DataFolderReport;
import id.rakit.library.DataFolderReport.Kind;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Composition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's check finds each kind of damage, names the file and the names it was imported under, and changes nothing. */
class DataFolderCheckTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");

    @TempDir
    Path dir;

    /** Two posts; the same photo is evidence in both, under two names. */
    private List<EvidenceItem> importInto(Path data) throws IOException {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path renamed = Files.copy(FLOW.resolve("acara-0930.jpg"), usb.resolve("IMG_0001.jpg"));
        try (Database db = Database.open(DataDirectory.prepare(data).resolve(DataDirectory.DATABASE_FILE))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            Ingest ingest = new Ingest(new MediaLibrary(data), StandardReaders.metadata(ZoneId.of("Asia/Jakarta")),
                    StandardReaders.pictures(), evidence, Clock.systemUTC(), new Ingest.Limits(1, Duration.ofSeconds(30)));
            long first = posts.create(SqliteRepositoriesTest.details("Satu"), Composition.EMPTY, SqliteRepositoriesTest.T0).id();
            long second = posts.create(SqliteRepositoriesTest.details("Dua"), Composition.EMPTY, SqliteRepositoriesTest.T0).id();
            ingest.run(first, List.of(FLOW.resolve("acara-0930.jpg"), FLOW.resolve("sebelum-acara.jpg")),
                    new Ingest.Listener() { }, new AtomicBoolean());
            ingest.run(second, List.of(renamed), new Ingest.Listener() { }, new AtomicBoolean());
            return evidence.forPost(first);
        }
    }

    @Test
    void aWholeFolderHasNoProblemAndItsCounts() throws IOException {
        Path data = dir.resolve("data");
        importInto(data);
        DataFolderReport report = DataFolderCheck.run(data);
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.records()).as("the same content twice is one file").isEqualTo(2);
        assertThat(report.intact()).isEqualTo(2);
    }

    @Test
    void eachKindOfLibraryDamageIsFoundWithTheNamesItWasImportedUnder() throws IOException {
        Path data = dir.resolve("data");
        List<EvidenceItem> items = importInto(data);
        EvidenceItem shared = items.stream().filter(i -> i.originalName().equals("acara-0930.jpg")).findFirst().orElseThrow();
        EvidenceItem other = items.stream().filter(i -> i.originalName().equals("sebelum-acara.jpg")).findFirst().orElseThrow();
        Path library = data.resolve("library");
        Files.delete(library.resolve(shared.file().libraryPath()));
        Path flipped = library.resolve(other.file().libraryPath());
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[bytes.length - 100] ^= 0x10;
        Files.write(flipped, bytes);
        Files.createDirectories(library.resolve("ff"));
        Files.writeString(library.resolve("ff/orphan.mp4"), "no record");
        Files.createDirectories(library.resolve(".incoming"));
        Files.writeString(library.resolve(".incoming/half.tmp"), "an import under way is no problem");
        byte[] database = Files.readAllBytes(data.resolve("rakit.db"));

        DataFolderReport report = DataFolderCheck.run(data);

        assertThat(report.problems()).containsExactlyInAnyOrder(
                new DataFolderReport.Problem(Kind.MISSING, "library/" + shared.file().libraryPath(), "",
                        List.of("acara-0930.jpg", "IMG_0001.jpg")),
                new DataFolderReport.Problem(Kind.CHANGED, "library/" + other.file().libraryPath(), "",
                        List.of("sebelum-acara.jpg")),
                new DataFolderReport.Problem(Kind.UNLISTED, "library/ff/orphan.mp4", "", List.of()));
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.intact()).isZero();
        assertThat(report.databaseProblem()).isFalse();
        assertThat(Files.readAllBytes(data.resolve("rakit.db"))).as("the check only reads").isEqualTo(database);
        assertThat(library.resolve("ff/orphan.mp4")).as("nor moves anything").exists();
    }

    @Test
    void aDatabaseThatIsDamagedEmptyOrGoneIsTheOneProblemNamed() throws IOException {
        Path data = dir.resolve("data");
        importInto(data);
        Path file = data.resolve("rakit.db");
        byte[] broken = Files.readAllBytes(file);
        Arrays.fill(broken, 4096, Math.min(broken.length, 3 * 4096), (byte) 0x5A);
        Files.write(file, broken);

        DataFolderReport damaged = DataFolderCheck.run(data);
        assertThat(damaged.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DAMAGED_DATABASE);
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.detail()).isNotBlank();
        });
        assertThat(damaged.databaseProblem()).isTrue();

        Files.write(file, new byte[0]);
        assertThat(DataFolderCheck.run(data).problems()).extracting(DataFolderReport.Problem::kind)
                .containsExactly(Kind.EMPTY_DATABASE);
        Files.delete(file);
        assertThat(DataFolderCheck.run(data).problems()).extracting(DataFolderReport.Problem::kind)
                .containsExactly(Kind.NO_DATABASE);
        assertThat(file).as("never created by a check").doesNotExist();
    }
}
