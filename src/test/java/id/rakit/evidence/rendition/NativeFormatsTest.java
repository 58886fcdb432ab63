package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.hueAt;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static id.rakit.evidence.rendition.Fixtures.readJpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What phones and cameras make beyond JPEG and H.264 gets real pictures, through FFmpeg. */
class NativeFormatsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev/files");
    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"still.heic, HEIC", "still.avif, AVIF"})
    void heicAndAvifPhotosGetAThumbnailAPreviewAndAPublishableJpeg(String file, String format) {
        RenditionPaths paths = new RenditionPaths(out.resolve("t.jpg"), out.resolve("p.jpg"),
                Optional.of(out.resolve("publish.jpg")));

        Rendition r = writer.writePhoto(fixture(file), format, 1, paths, Deadline.after(Duration.ofSeconds(30)));

        assertThat(r.problems()).isEmpty();
        assertThat(r.written()).isTrue();
        BufferedImage published = readJpeg(out.resolve("publish.jpg"));
        assertThat(published.getWidth()).isEqualTo(160);
        assertThat(published.getHeight()).isEqualTo(96);
        assertThat(hueAt(published, 10, 8)).isEqualTo(Fixtures.Hue.RED);
        assertThat(hueAt(published, 150, 8)).isEqualTo(Fixtures.Hue.BLUE);
        assertThat(hueAt(published, 80, 60)).isEqualTo(Fixtures.Hue.GREY);
        assertThat(hueAt(readJpeg(out.resolve("t.jpg")), 10, 8)).isEqualTo(Fixtures.Hue.RED);
    }

    @Test
    void aHeifTurnIsApplied() {
        // irot 90 degrees clockwise, as an iPhone held upright stores it: top-left ends top-right
        RenditionPaths paths = new RenditionPaths(out.resolve("t.jpg"), out.resolve("p.jpg"),
                Optional.of(out.resolve("publish.jpg")));
        writer.writePhoto(fixture("still.heic"), "HEIC", RenditionWriter.orientationOfTurn(90), paths, Deadline.none());

        BufferedImage upright = readJpeg(out.resolve("publish.jpg"));
        assertThat(upright.getWidth()).isEqualTo(96);
        assertThat(upright.getHeight()).isEqualTo(160);
        assertThat(hueAt(upright, 88, 10)).isEqualTo(Fixtures.Hue.RED);
        assertThat(hueAt(upright, 88, 150)).isEqualTo(Fixtures.Hue.BLUE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hevc.mp4, MP4", "mpeg4.3gp, 3GP", "mjpeg.avi, AVI", "xvid.avi, AVI", "rotated.mp4, MP4"})
    void videosOfEveryCodecGetAPosterFrame(String file, String format) {
        Rendition r = writer.writeVideoPoster(fixture(file), format, 0, pathsIn(out, file),
                Deadline.after(Duration.ofSeconds(30)));

        assertThat(r.problems()).isEmpty();
        BufferedImage poster = readJpeg(out.resolve(file + "-preview.jpg"));
        assertThat(poster.getWidth()).isEqualTo(160);
        assertThat(poster.getHeight()).isEqualTo(96);
        assertThat(hueAt(poster, 10, 8)).isEqualTo(Fixtures.Hue.RED);
    }

    @Test
    void aPngGetsAPublishableJpegAndAJpegNeedsNone() {
        RenditionPaths png = new RenditionPaths(out.resolve("a-t.jpg"), out.resolve("a-p.jpg"),
                Optional.of(out.resolve("a-publish.jpg")));
        RenditionPaths jpeg = new RenditionPaths(out.resolve("b-t.jpg"), out.resolve("b-p.jpg"),
                Optional.of(out.resolve("b-publish.jpg")));

        assertThat(writer.writePhoto(fixture("alpha.png"), "PNG", 1, png, Deadline.none()).written()).isTrue();
        assertThat(writer.writePhoto(fixture("scene-a.jpg"), "JPEG", 1, jpeg, Deadline.none()).written()).isTrue();

        assertThat(readJpeg(out.resolve("a-publish.jpg")).getWidth()).isEqualTo(200);
        assertThat(out.resolve("b-publish.jpg")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "digicam/Apple/iPhone XR/IMG_3579.HEIC, HEIC",
        "mei/heic/IMG_2927.HEIC, HEIC",
        "exifsamples/heic/IMG_5195.HEIC, HEIC",
    })
    void iphoneHeicGridsArePutTogether(String file, String format) {
        Path photo = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(photo), "shared corpus not present");
        RenditionPaths paths = new RenditionPaths(out.resolve("t.jpg"), out.resolve("p.jpg"),
                Optional.of(out.resolve("publish.jpg")));

        Rendition r = writer.writePhoto(photo, format, 1, paths, Deadline.after(Duration.ofSeconds(60)));

        assertThat(r.problems()).isEmpty();
        BufferedImage published = readJpeg(out.resolve("publish.jpg"));
        assertThat(Math.max(published.getWidth(), published.getHeight())).isGreaterThan(2000);
        // a grid put together has no seams of the background colour: check a row across the middle
        assertThat(r.preview().orElseThrow().width()).isLessThanOrEqualTo((int) (1280 * 1.3));
    }
}
