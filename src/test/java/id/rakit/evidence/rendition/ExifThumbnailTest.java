package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExifThumbnailTest {

    @Test
    void readsTheEmbeddedThumbnailAndTheOrientationToTurnItBy() throws IOException {
        Optional<ExifThumbnail> thumbnail = ExifThumbnail.read(fixture("exif-thumbnail.jpg"));

        assertThat(thumbnail).isPresent();
        assertThat(thumbnail.get().orientation()).isEqualTo(6);
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(thumbnail.get().jpeg()));
        assertThat(tile.getWidth()).isEqualTo(160);
        assertThat(tile.getHeight()).isEqualTo(120);
    }

    @Test
    void aPhotoWithoutThumbnailOrABrokenFileGivesNothing(@TempDir Path dir) {
        assertThat(ExifThumbnail.read(fixture("orient-1.jpg"))).isEmpty();
        assertThat(ExifThumbnail.read(fixture("random.jpg"))).isEmpty();
        assertThat(ExifThumbnail.read(fixture("empty.jpg"))).isEmpty();
        assertThat(ExifThumbnail.read(fixture("alpha.png"))).isEmpty();
        assertThat(ExifThumbnail.read(dir.resolve("missing.jpg"))).isEmpty();
    }

    @Test
    void anExifBlockCutShortGivesNothingRatherThanAnError() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("exif-thumbnail.jpg"));
        for (int length = 0; length < 2_000; length += 7) {
            byte[] head = java.util.Arrays.copyOf(whole, length);
            // every prefix either has the whole thumbnail or none of it
            Optional<ExifThumbnail> found = ExifThumbnail.fromHead(head);
            found.ifPresent(t -> assertThat(t.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8));
        }
    }

    @Test
    void onlyTheHeadOfALargeFileIsRead(@TempDir Path dir) throws IOException {
        // the thumbnail is found although the file goes on for megabytes after the EXIF block
        Path large = dir.resolve("large.jpg");
        byte[] exif = Files.readAllBytes(fixture("exif-thumbnail.jpg"));
        byte[] padded = java.util.Arrays.copyOf(exif, exif.length + 8 * 1024 * 1024);
        Files.write(large, padded);

        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(ExifThumbnail.read(large)).isPresent();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("200 first tiles, in ms").isLessThan(3_000);
    }
}
