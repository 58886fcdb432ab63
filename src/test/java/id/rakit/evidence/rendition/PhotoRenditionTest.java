package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.hueAt;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static id.rakit.evidence.rendition.Fixtures.readJpeg;
import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.rendition.Fixtures.Hue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoRenditionTest {

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationComesOutUprightWithTheMarkersInTheirCorners(int orientation) {
        Path source = fixture("orient-" + orientation + ".jpg");
        RenditionPaths paths = pathsIn(out, "o" + orientation);

        Rendition rendition = writer.writePhoto(source, "JPEG", orientation, paths, Deadline.none());

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.preview()).contains(new PixelSize(120, 80));
        for (Path written : new Path[] {paths.preview(), paths.thumbnail()}) {
            BufferedImage tile = readJpeg(written);
            assertThat(tile.getWidth()).as("upright width").isEqualTo(120);
            assertThat(tile.getHeight()).isEqualTo(80);
            assertThat(hueAt(tile, 8, 6)).as("top-left").isEqualTo(Hue.RED);
            assertThat(hueAt(tile, 111, 6)).as("top-right").isEqualTo(Hue.BLUE);
            assertThat(hueAt(tile, 8, 73)).as("bottom-left").isEqualTo(Hue.GREY);
            assertThat(hueAt(tile, 111, 73)).as("bottom-right").isEqualTo(Hue.GREY);
        }
    }

    @Test
    void aLargePhotoGivesAnAbout1280PreviewAndA320ThumbnailFromOneDecode() throws IOException {
        Path source = out.resolve("large.jpg");
        writeTestPhoto(source, 4000, 3000);

        Rendition rendition = writer.writePhoto(source, "JPEG", 6, pathsIn(out, "large"), Deadline.none());

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.declaredSize()).contains(new PixelSize(4000, 3000));
        // every third pixel of 4000 is 1334: within the preview's slack, so kept as decoded; upright, so portrait
        assertThat(rendition.preview()).contains(new PixelSize(1000, 1334));
        assertThat(rendition.thumbnail()).contains(new PixelSize(240, 320));
        BufferedImage preview = readJpeg(out.resolve("large-preview.jpg"));
        assertThat(preview.getWidth()).isEqualTo(1000);
        // stored top-left is red; orientation 6 turns it to the top-right
        assertThat(hueAt(preview, 990, 10)).isEqualTo(Hue.RED);
        assertThat(hueAt(preview, 10, 10)).isEqualTo(Hue.GREY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "alpha.webp, WEBP, 200, 100",
        "alpha.png, PNG, 200, 100",
        "cmyk.jpg, JPEG, 200, 100",
        "gradient.gif, GIF, 160, 120",
        "gradient.bmp, BMP, 64, 48",
        "gradient-16bit.tiff, TIFF, 160, 120",
    })
    void everyDecodedFormatGivesAPicture(String file, String format, int width, int height) {
        RenditionPaths paths = pathsIn(out, file);

        Rendition rendition = writer.writePhoto(fixture(file), format, 1, paths, Deadline.none());

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.written()).isTrue();
        assertThat(rendition.preview()).contains(new PixelSize(width, height));
        assertThat(readJpeg(paths.thumbnail()).getWidth()).isEqualTo(width);
    }

    @Test
    void transparencyBecomesWhiteNotBlack() {
        RenditionPaths paths = pathsIn(out, "alpha");

        writer.writePhoto(fixture("alpha.png"), "PNG", 1, paths, Deadline.none());

        BufferedImage preview = readJpeg(paths.preview());
        assertThat(hueAt(preview, 3, 3)).isEqualTo(Hue.WHITE);
        assertThat(hueAt(preview, 100, 50)).isEqualTo(Hue.RED);
    }

    @Test
    void cmykJpegKeepsItsLightAndDarkEnds() {
        RenditionPaths paths = pathsIn(out, "cmyk");

        writer.writePhoto(fixture("cmyk.jpg"), "JPEG", 1, paths, Deadline.none());

        BufferedImage preview = readJpeg(paths.preview());
        int top = preview.getRGB(100, 2) & 0xff;
        int bottom = preview.getRGB(100, 97) & 0xff;
        assertThat(top).as("white end").isGreaterThan(200);
        assertThat(bottom).as("black end").isLessThan(60);
    }

    @Test
    void rawFileUsesItsLargestDecodableEmbeddedPreview() {
        Rendition rendition = writer.writePhoto(fixture("embedded-preview.dng"), "DNG", 1, pathsIn(out, "dng"),
                Deadline.none());

        assertThat(rendition.problems()).isEmpty();
        // the 320 x 240 preview, not the 160 x 120 thumbnail nor the lossless 4000 x 3000 raw strip
        assertThat(rendition.declaredSize()).contains(new PixelSize(320, 240));
        assertThat(rendition.preview()).contains(new PixelSize(320, 240));
    }

    @Test
    void fujifilmRafUsesThePreviewItsHeaderPointsTo() {
        Rendition rendition = writer.writePhoto(fixture("preview.raf"), "RAF", 8, pathsIn(out, "raf"),
                Deadline.none());

        assertThat(rendition.problems()).isEmpty();
        assertThat(rendition.preview()).contains(new PixelSize(240, 320));
    }

    @Test
    void heicWithoutFfmpegAndRawWithoutPreviewGetNoPreviewRatherThanAnError() {
        Rendition heic = RenditionWriter.pureJava().writePhoto(fixture("still.heic"), "HEIC", 1, pathsIn(out, "heic"),
                Deadline.none());
        Rendition raw = writer.writePhoto(fixture("gradient.bmp"), "NEF", 1, pathsIn(out, "nef"), Deadline.none());

        assertThat(heic.problems()).containsExactly(FileProblem.NO_PREVIEW);
        assertThat(raw.problems()).containsExactly(FileProblem.NO_PREVIEW);
        assertThat(Fixtures.filesIn(out)).isEmpty();
    }

    @Test
    void existingRenditionsAreReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        RenditionPaths paths = pathsIn(out, "again");
        Files.writeString(paths.preview(), "an older preview");

        Rendition rendition = writer.writePhoto(fixture("scene-a.jpg"), "JPEG", 1, paths, Deadline.none());

        assertThat(rendition.written()).isTrue();
        assertThat(readJpeg(paths.preview()).getWidth()).isEqualTo(320);
        assertThat(Fixtures.filesIn(out)).containsExactly("again-preview.jpg", "again-thumb.jpg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "orient-6.jpg, JPEG, 6",
        "scene-a.jpg, JPEG, 1",
        "cmyk.jpg, JPEG, 1",
        "alpha.png, PNG, 1",
        "embedded-preview.dng, DNG, 1",
        "preview.raf, RAF, 8",
        "truncated.jpg, JPEG, 1",
        "random.jpg, JPEG, 1",
    })
    void bytesAlreadyInMemoryGiveTheSamePicturesAsTheFile(String file, String format, int orientation)
            throws IOException {
        byte[] bytes = Files.readAllBytes(fixture(file));
        // the content sits inside a larger array, as an import's reused buffer holds it
        byte[] held = new byte[bytes.length + 100];
        System.arraycopy(bytes, 0, held, 0, bytes.length);
        RenditionPaths fromFile = pathsIn(out, "file-" + file);
        RenditionPaths fromMemory = pathsIn(out, "memory-" + file);

        Rendition expected = writer.writePhoto(fixture(file), format, orientation, fromFile, Deadline.none());
        Rendition actual = writer.writePhoto(fixture(file), java.nio.ByteBuffer.wrap(held, 0, bytes.length), format,
                orientation, fromMemory, Deadline.none());

        assertThat(actual).isEqualTo(expected);
        if (expected.written()) {
            assertThat(Files.readAllBytes(fromMemory.preview())).isEqualTo(Files.readAllBytes(fromFile.preview()));
            assertThat(Files.readAllBytes(fromMemory.thumbnail())).isEqualTo(Files.readAllBytes(fromFile.thumbnail()));
        }
    }

    /** A JPEG of the given size: grey, with a red block in the stored top-left corner. */
    static void writeTestPhoto(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 8, height / 8);
        g.dispose();
        ImageIO.write(image, "jpeg", file.toFile());
    }
}
