package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerceptualHashTest {

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    private long hashOf(String file, int orientation) {
        return writer.writePhoto(fixture(file), "JPEG", orientation, pathsIn(out, file + orientation), Deadline.none())
                .perceptualHash().orElseThrow();
    }

    @Test
    void aHalvedCopyRecompressedAtQuality30IsNearIdentical() {
        long original = hashOf("scene-a.jpg", 1);
        long copy = hashOf("scene-a-small-q30.jpg", 1);

        assertThat(PerceptualHash.hammingDistance(original, copy)).isLessThanOrEqualTo(4);
        assertThat(PerceptualHash.nearIdentical(original, copy)).isTrue();
    }

    @Test
    void differentPhotosAreFarApart() {
        long a = hashOf("scene-a.jpg", 1);
        long b = hashOf("scene-b.jpg", 1);

        assertThat(PerceptualHash.hammingDistance(a, b)).isGreaterThan(PerceptualHash.NEAR_DUPLICATE_MAX_DISTANCE + 5);
        assertThat(PerceptualHash.nearIdentical(a, b)).isFalse();
    }

    @Test
    void theHashIsOfTheUprightPicture() throws IOException {
        // scene A stored turned a quarter left, with orientation 6 telling viewers to turn it back
        BufferedImage scene = Fixtures.readJpeg(fixture("scene-a.jpg"));
        BufferedImage stored = new BufferedImage(scene.getHeight(), scene.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < scene.getHeight(); y++) {
            for (int x = 0; x < scene.getWidth(); x++) {
                stored.setRGB(y, scene.getWidth() - 1 - x, scene.getRGB(x, y));
            }
        }
        Path turned = out.resolve("turned.jpg");
        ImageIO.write(stored, "jpeg", turned.toFile());
        long original = hashOf("scene-a.jpg", 1);

        long tagged = writer.writePhoto(turned, "JPEG", 6, pathsIn(out, "t6"), Deadline.none())
                .perceptualHash().orElseThrow();
        long ignoringTag = writer.writePhoto(turned, "JPEG", 1, pathsIn(out, "t1"), Deadline.none())
                .perceptualHash().orElseThrow();

        assertThat(PerceptualHash.hammingDistance(tagged, original)).isLessThanOrEqualTo(4);
        assertThat(PerceptualHash.nearIdentical(ignoringTag, original)).isFalse();
    }

    @Test
    void hammingDistanceCountsDifferingBits() {
        assertThat(PerceptualHash.hammingDistance(0L, 0L)).isZero();
        assertThat(PerceptualHash.hammingDistance(0L, -1L)).isEqualTo(64);
        assertThat(PerceptualHash.hammingDistance(0b1011L, 0b0110L)).isEqualTo(3);
    }
}
