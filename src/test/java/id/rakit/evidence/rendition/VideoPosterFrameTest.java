package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.hueAt;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static id.rakit.evidence.rendition.Fixtures.readJpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.rendition.Fixtures.Hue;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoPosterFrameTest {

    private static final Path SYNTHETIC = Path.of("../shared/corpus/synthetic/files");

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    @Test
    void aRotatedVideoGetsAnUprightPosterFrame() {
        RenditionPaths paths = pathsIn(out, "rotated");

        Rendition rendition = writer.writeVideoPoster(fixture("rotated.mp4"), "MP4", 270, paths,
                Deadline.after(Duration.ofSeconds(20)));

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.declaredSize()).contains(new PixelSize(160, 96));
        assertThat(rendition.preview()).contains(new PixelSize(96, 160));
        BufferedImage poster = readJpeg(paths.preview());
        assertThat(poster.getWidth()).isLessThan(poster.getHeight());
        // the stored top-left block is where a player shows it after turning: bottom-left
        assertThat(hueAt(poster, 8, 152)).isEqualTo(Hue.RED);
        assertThat(hueAt(poster, 8, 8)).isEqualTo(Hue.GREY);
        assertThat(readJpeg(paths.thumbnail()).getHeight()).isEqualTo(160);
    }

    @Test
    void withoutRotationTheFrameStaysAsStored() {
        RenditionPaths paths = pathsIn(out, "plain");

        Rendition rendition = writer.writeVideoPoster(fixture("rotated.mp4"), "MP4", 0, paths, Deadline.none());

        assertThat(rendition.preview()).contains(new PixelSize(160, 96));
        assertThat(hueAt(readJpeg(paths.preview()), 8, 8)).isEqualTo(Hue.RED);
    }

    @Test
    void withoutFfmpegHevcAndOtherContainersGetNoPreview() {
        // the window's own process decodes in pure Java only (jcodec: H.264 in MP4/MOV/3GP)
        RenditionWriter pureJava = RenditionWriter.pureJava();
        Rendition hevc = pureJava.writeVideoPoster(fixture("hevc.mp4"), "MP4", 0, pathsIn(out, "hevc"), Deadline.none());
        Rendition avi = pureJava.writeVideoPoster(fixture("mjpeg.avi"), "AVI", 0, pathsIn(out, "avi"), Deadline.none());

        assertThat(hevc.problems()).containsExactly(FileProblem.NO_PREVIEW);
        assertThat(avi.problems()).containsExactly(FileProblem.NO_PREVIEW);
        assertThat(Fixtures.filesIn(out)).isEmpty();
    }

    @Test
    void aBrokenVideoGivesAProblemNotAnException() {
        Rendition random = writer.writeVideoPoster(fixture("random.jpg"), "MP4", 0, pathsIn(out, "r"), Deadline.none());
        Rendition empty = writer.writeVideoPoster(fixture("empty.jpg"), "MOV", 0, pathsIn(out, "e"), Deadline.none());
        Rendition late = writer.writeVideoPoster(fixture("rotated.mp4"), "MP4", 0, pathsIn(out, "l"),
                Deadline.after(Duration.ZERO));

        assertThat(random.written()).isFalse();
        assertThat(random.problems()).containsExactly(FileProblem.CORRUPT);
        assertThat(empty.problems()).containsExactly(FileProblem.EMPTY_FILE);
        assertThat(late.problems()).containsExactly(FileProblem.TIMED_OUT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "synth_mp4_rotate90_1920x1080.mp4, 270, 720, 1280",
        "synth_mp4_vertical_1080x1920.mp4, 0, 720, 1280",
        "synth_mp4_creation_2024-09-17T0315Z.mp4, 0, 320, 240",
        "synth_mov_keys_creationdate_+0200.mov, 0, 320, 240",
    })
    void corpusVideosGetPosterFramesOfTheirShownShape(String file, int rotation, int width, int height) {
        Path video = SYNTHETIC.resolve(file);
        assumeTrue(Files.isRegularFile(video), "shared corpus not present");

        Rendition rendition = writer.writeVideoPoster(video, file.endsWith("mov") ? "MOV" : "MP4", rotation,
                pathsIn(out, file), Deadline.after(Duration.ofSeconds(30)));

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.preview()).contains(new PixelSize(width, height));
    }
}
