package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rakit.evidence.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Damaged files of every kind give a result, never an exception, and never hang. */
class FuzzedFileTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "scene-a.jpg, JPEG", "alpha.png, PNG", "alpha.webp, WEBP", "gradient-16bit.tiff, TIFF",
        "gradient.gif, GIF", "embedded-preview.dng, DNG", "preview.raf, RAF", "exif-thumbnail.jpg, JPEG",
        "rotated.mp4, MP4",
    })
    void flippedBytesNeverEscapeAsExceptions(String file, String format) throws IOException {
        byte[] original = Files.readAllBytes(fixture(file));
        Random random = new Random(file.hashCode());
        Path damaged = out.resolve("damaged-" + file);
        for (int round = 0; round < 40; round++) {
            byte[] bytes = original.clone();
            int flips = 1 + random.nextInt(12);
            for (int i = 0; i < flips; i++) {
                // the headers are where parsers trust numbers, so damage lands there more often
                int at = random.nextBoolean() ? random.nextInt(Math.min(bytes.length, 512)) : random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
            }
            Files.write(damaged, bytes);
            long start = System.nanoTime();

            Rendition rendition = format.equals("MP4")
                    ? writer.writeVideoPoster(damaged, format, 0, pathsIn(out, "v" + round), Deadline.after(Duration.ofSeconds(10)))
                    : writer.writePhoto(damaged, format, 1, pathsIn(out, "p" + round), Deadline.after(Duration.ofSeconds(10)));

            assertThat(rendition.written() || !rendition.problems().isEmpty()).isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for round " + round).isLessThan(11_000);
            ExifThumbnail.read(damaged).ifPresent(t -> assertThat(t.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8));
        }
    }

    @Test
    void everyCorpusFileGetsAPictureOrAProblem() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("summary.csv")), "shared corpus not present");
        Set<String> videos = Set.of("MP4", "MOV", "3GP", "AVI", "MPEG", "MKV", "M2TS", "WMV", "DV", "M2V");
        List<String> rows = Files.readAllLines(CORPUS.resolve("summary.csv"));
        int pictures = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            Path file = CORPUS.resolve(cells[0]);
            String type = cells[1];
            int orientation = cells[6].isEmpty() ? 1 : Integer.parseInt(cells[6]);
            RenditionPaths paths = pathsIn(out, "c" + pictures + "-" + file.getFileName());

            Rendition rendition = videos.contains(type)
                    ? writer.writeVideoPoster(file, type, 0, paths, Deadline.after(Duration.ofSeconds(20)))
                    : writer.writePhoto(file, type, orientation, paths, Deadline.after(Duration.ofSeconds(20)));

            assertThat(rendition.written() || !rendition.problems().isEmpty()).as(cells[0]).isTrue();
            assertThat(rendition.problems()).as(cells[0]).doesNotContain(FileProblem.TIMED_OUT);
            if (type.equals("JPEG") && cells[0].startsWith("files/digicam/")) {
                assertThat(rendition.written()).as("camera JPEG " + cells[0]).isTrue();
            }
            if (rendition.written()) {
                pictures++;
            }
        }
        assertThat(pictures).as("files with a picture").isGreaterThan(80);
    }
}
