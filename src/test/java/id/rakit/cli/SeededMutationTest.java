package id.rakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Composition;
import id.rakit.post.PostDetails;
import id.rakit.post.TimeZones;
import id.rakit.store.Database;
import id.rakit.store.SqliteEvidenceRepository;
import id.rakit.store.SqlitePostRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred seeded mutations of the project's own fixtures, one of each format a phone or
 * camera makes, through {@code scan} and through the window's import with its rendition
 * processes: every file gets its line and its outcome, none takes the run down, none hangs, and
 * the library holds exactly what the rows say. The seed is fixed, so a failure comes back.
 */
class SeededMutationTest {

    static final long SEED = 20261202L;
    /** 20 a fixture in the suite; {@code -Drakit.mutations.perFixture=667} makes the 10,005 files of a full run. */
    static final int PER_FIXTURE = Integer.getInteger("rakit.mutations.perFixture", 20);
    static final Duration PER_FILE = Duration.ofSeconds(10);
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final List<String> ORIGINALS = List.of(
            "flow/acara-0930.jpg", "metadata/gps.jpg", "rendition/exif-thumbnail.jpg", "rendition/alpha.png",
            "rendition/alpha.webp", "rendition/gradient-16bit.tiff", "rendition/gradient.gif",
            "rendition/embedded-preview.dng", "rendition/preview.raf", "rendition/rotated.mp4", "rendition/hevc.mp4",
            "rendition/mpeg4.3gp", "rendition/mjpeg.avi", "rendition/still.heic", "rendition/still.avif");

    @TempDir
    Path temp;

    /** Flipped header bytes, a cut, a zeroed run, a repeated piece, a counter set to its maximum. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int n = b.length;
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0, flips = 1 + random.nextInt(16); i < flips; i++) {
                    int at = random.nextBoolean() ? random.nextInt(Math.min(n, 1024)) : random.nextInt(n);
                    b[at] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, 1 + random.nextInt(n - 1));
            case 2 -> {
                int at = random.nextInt(n);
                Arrays.fill(b, at, Math.min(n, at + 1 + random.nextInt(4096)), (byte) 0);
            }
            case 3 -> {
                int at = random.nextInt(n);
                int len = Math.min(n - at, 1 + random.nextInt(2048));
                byte[] grown = new byte[n + len];
                System.arraycopy(b, 0, grown, 0, at + len);
                System.arraycopy(b, at, grown, at + len, n - at);
                b = grown;
            }
            default -> {
                // a 32-bit length or count in the first kilobyte set to 0xFFFFFFFF, as the fuzzed MP4 had
                int at = random.nextInt(Math.max(1, Math.min(n, 1024) - 4));
                Arrays.fill(b, at, at + 4, (byte) 0xFF);
            }
        }
        return b;
    }

    private List<Path> mutants() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mutants"));
        Random random = new Random(SEED);
        List<Path> out = new ArrayList<>();
        for (String name : ORIGINALS) {
            byte[] original = Files.readAllBytes(FIXTURES.resolve(name));
            String file = Path.of(name).getFileName().toString();
            for (int i = 0; i < PER_FIXTURE; i++) {
                out.add(Files.write(dir.resolve(String.format("%05d-%s", out.size(), file)), mutate(original, random)));
            }
        }
        return out;
    }

    @Test
    void everyMutantGetsItsScanLineAndItsImportOutcomeAndNothingIsLost() throws Exception {
        List<Path> files = mutants();
        assertThat(files).hasSize(ORIGINALS.size() * PER_FIXTURE);

        long scanStart = System.nanoTime();
        ScanCommandTest.Run scan = ScanCommandTest.scan(temp.resolve("mutants").toString());
        Duration scanned = Duration.ofNanos(System.nanoTime() - scanStart);
        assertThat(scan.code()).as(scan.stderr()).isZero();
        assertThat(scan.lines()).extracting(l -> Path.of(l.get("path").asText()).getFileName().toString())
                .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString()).toList());
        for (JsonNode line : scan.lines()) {
            // a picture or a problem named in words, never an empty answer
            assertThat(line.get("mediaType").asText()).isNotBlank();
            if (line.get("mediaType").asText().equals("unreadable")) {
                assertThat(line.get("error").asText()).as(line.toString()).isNotBlank();
            }
        }

        Path data = temp.resolve("data");
        MediaLibrary library = new MediaLibrary(data);
        try (Database db = Database.open(id.rakit.store.DataDirectory.prepare(data).resolve("rakit.db"));
             PictureMaker pictures = StandardReaders.isolatedPictures(2)) {
            SqliteEvidenceRepository evidence = new SqliteEvidenceRepository(db);
            long post = new SqlitePostRepository(db).create(new PostDetails("Mutan", "", "", Optional.empty(),
                    Optional.empty(), TimeZones.DEFAULT, "", Optional.empty()), Composition.EMPTY, Instant.now()).id();
            Ingest ingest = new Ingest(library, StandardReaders.metadata(TimeZones.DEFAULT), pictures, evidence,
                    Clock.systemUTC(), new Ingest.Limits(2, PER_FILE));
            long[] slowest = {0};
            long[] startedAt = new long[files.size()];
            Ingest.Report report = ingest.run(post, files, new Ingest.Listener() {
                @Override
                public void started(int index) {
                    startedAt[index] = System.nanoTime();
                }

                @Override
                public void finished(int index, Ingest.Outcome outcome) {
                    synchronized (slowest) {
                        slowest[0] = Math.max(slowest[0], System.nanoTime() - startedAt[index]);
                    }
                }
            }, new AtomicBoolean());

            assertThat(report.outcomes()).hasSize(files.size()).doesNotContainNull();
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.imported() || o.failed() || o.alreadyInPost())
                    .as(o.source().toString()).isTrue());
            assertThat(Duration.ofNanos(slowest[0])).as("the slowest file").isLessThan(PER_FILE.plusSeconds(5));
            // every outcome with an item has its row; every row's copy is the content it names
            List<EvidenceItem> rows = evidence.forPost(post);
            long withItem = report.outcomes().stream().filter(o -> o.item().isPresent())
                    .map(o -> o.item().get().id()).distinct().count();
            assertThat(rows).hasSize((int) withItem);
            for (EvidenceItem row : rows) {
                if (row.media().isMedia()) {
                    assertThat(MediaLibrary.hash(library.resolve(row.file().libraryPath()))).isEqualTo(row.sha256());
                } else {
                    assertThat(row.file().libraryPath()).as("%s is not media, so not copied", row.originalName()).isEmpty();
                }
            }
            try (Stream<Path> incoming = Files.list(Files.createDirectories(data.resolve("library/.incoming")))) {
                assertThat(incoming).as("nothing half-written").isEmpty();
            }
            System.out.printf("seeded mutations: %d files, scan %d ms, import %d ms, slowest file %d ms, %d imported, %d with a problem%n",
                    files.size(), scanned.toMillis(), report.elapsed().toMillis(), slowest[0] / 1_000_000,
                    report.imported(), report.failed());
            java.util.Map<String, Long> problems = new java.util.TreeMap<>();
            report.outcomes().forEach(o -> problems.merge(o.problem().map(Enum::name).orElse("none"), 1L, Long::sum));
            System.out.println("seeded mutations by outcome: " + problems);
        }
        assertThat(id.rakit.store.DataFolderCheck.run(data).problems()).as("the data folder checks out").isEmpty();
    }
}
