package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static id.rakit.evidence.rendition.Fixtures.readJpeg;
import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.FileProblem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokenFileTest {

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bomb-50000.png, PNG", "bomb-50000.jpg, JPEG"})
    void aDecompressionBombIsRefusedFastWithoutAllocatingItsPixels(String file, String format) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        Rendition rendition = writer.writePhoto(fixture(file), format, 1, pathsIn(out, file), Deadline.none());

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
        assertThat(rendition.problems()).containsExactly(FileProblem.TOO_MANY_PIXELS);
        assertThat(rendition.declaredSize()).contains(new PixelSize(50_000, 50_000));
        assertThat(rendition.declaredSize().get()).hasToString("50000 x 50000");
        assertThat(millis).as("milliseconds to refuse").isLessThan(2_000);
        assertThat(allocatedMb).as("MB allocated while refusing").isLessThan(16);
        assertThat(Fixtures.filesIn(out)).isEmpty();
    }

    @Test
    void aTruncatedJpegStillShowsWhatArrivedAndSaysItIsTruncated() {
        Rendition rendition = writer.writePhoto(fixture("truncated.jpg"), "JPEG", 1, pathsIn(out, "cut"),
                Deadline.none());

        assertThat(rendition.problems()).containsExactly(FileProblem.TRUNCATED);
        assertThat(rendition.preview()).contains(new PixelSize(320, 240));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "truncated.png, PNG, TRUNCATED",
        "random.jpg, JPEG, CORRUPT",
        "empty.jpg, JPEG, EMPTY_FILE",
    })
    void aBrokenFileGivesItsProblemAndWritesNothing(String file, String format, FileProblem expected) {
        Rendition rendition = writer.writePhoto(fixture(file), format, 1, pathsIn(out, file), Deadline.none());

        assertThat(rendition.problems()).containsExactly(expected);
        assertThat(rendition.written()).isFalse();
        assertThat(rendition.perceptualHash()).isEmpty();
        assertThat(Fixtures.filesIn(out)).isEmpty();
    }

    @Test
    void aMissingFileIsNotFound() {
        Rendition rendition = writer.writePhoto(out.resolve("gone.jpg"), "JPEG", 1, pathsIn(out, "gone"),
                Deadline.none());

        assertThat(rendition.problems()).containsExactly(FileProblem.NOT_FOUND);
    }

    @Test
    void aBatchGoesOnPastEveryBrokenFile() {
        List<String> batch = List.of("random.jpg", "bomb-50000.jpg", "truncated.png", "empty.jpg", "bomb-50000.png",
                "scene-a.jpg");
        List<Rendition> results = new ArrayList<>();
        for (String file : batch) {
            results.add(writer.writePhoto(fixture(file), file.endsWith("png") ? "PNG" : "JPEG", 1,
                    pathsIn(out, file), Deadline.after(Duration.ofSeconds(10))));
        }

        assertThat(results).extracting(r -> r.mainProblem().orElse(null)).containsExactly(FileProblem.CORRUPT,
                FileProblem.TOO_MANY_PIXELS, FileProblem.TRUNCATED, FileProblem.EMPTY_FILE,
                FileProblem.TOO_MANY_PIXELS, null);
        assertThat(readJpeg(out.resolve("scene-a.jpg-preview.jpg")).getWidth()).isEqualTo(320);
    }

    @Test
    void cancellingDuringTheDecodeStopsItWithTimedOutAndWritesNothing() throws IOException {
        Path big = out.resolve("big.jpg");
        PhotoRenditionTest.writeTestPhoto(big, 3000, 2000);
        Path renditions = Files.createDirectory(out.resolve("renditions"));
        AtomicInteger polls = new AtomicInteger();
        // the user presses Cancel after the decoder has asked a few times whether to go on
        Deadline cancelledSoon = Deadline.none().orWhen(() -> polls.incrementAndGet() > 3);

        Rendition rendition = writer.writePhoto(big, "JPEG", 1, pathsIn(renditions, "big"), cancelledSoon);

        assertThat(rendition.problems()).containsExactly(FileProblem.TIMED_OUT);
        assertThat(polls.get()).as("stopped soon after the signal").isBetween(4, 8);
        assertThat(Fixtures.filesIn(renditions)).isEmpty();
    }

    @Test
    void aPassedDeadlineIsTimedOutWithoutReading() {
        Rendition rendition = writer.writePhoto(fixture("scene-a.jpg"), "JPEG", 1, pathsIn(out, "late"),
                Deadline.after(Duration.ZERO));

        assertThat(rendition.problems()).containsExactly(FileProblem.TIMED_OUT);
        assertThat(Fixtures.filesIn(out)).isEmpty();
    }

    @Test
    void aFailedRunLeavesTheEarlierRenditionsAsTheyWere() throws IOException {
        RenditionPaths paths = pathsIn(out, "kept");
        writer.writePhoto(fixture("scene-a.jpg"), "JPEG", 1, paths, Deadline.none());
        byte[] before = Files.readAllBytes(paths.preview());

        Rendition broken = writer.writePhoto(fixture("random.jpg"), "JPEG", 1, paths, Deadline.none());

        assertThat(broken.written()).isFalse();
        assertThat(Files.readAllBytes(paths.preview())).isEqualTo(before);
    }
}
