package id.rakit.evidence.rendition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Published renditions: the part a crop shows, upright, at the platform's size, within its bytes. */
class PublishedPhotosTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static BufferedImage decode(PublishedPhotos.Encoded e) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(e.jpeg()));
    }

    @Test
    void aCropTakesTheLargestPartOfItsRatioAroundItsCentreKeptInsideThePhoto() {
        PublishedPhotos.Crop middle = new PublishedPhotos.Crop(1080, 1350, 0.5, 0.5);
        assertThat(PublishedPhotos.region(middle, 4000, 3000)).isEqualTo(new PublishedPhotos.Region(800, 0, 2400, 3000));
        PublishedPhotos.Crop left = new PublishedPhotos.Crop(1080, 1350, 0.0, 0.5);
        assertThat(PublishedPhotos.region(left, 4000, 3000)).isEqualTo(new PublishedPhotos.Region(0, 0, 2400, 3000));
        PublishedPhotos.Crop wide = new PublishedPhotos.Crop(1080, 566, 0.5, 0.9);
        assertThat(PublishedPhotos.region(wide, 3000, 4000)).isEqualTo(new PublishedPhotos.Region(0, 2428, 3000, 1572));
        assertThat(PublishedPhotos.outputSize(middle, 4000, 3000)).isEqualTo(new PixelSize(1080, 1350));
        assertThat(PublishedPhotos.outputSize(middle, 640, 480)).as("never enlarged").isEqualTo(new PixelSize(384, 480));
        assertThat(PublishedPhotos.outputSize(new PublishedPhotos.Fit(2048, 2048), 4000, 3000))
                .isEqualTo(new PixelSize(2048, 1536));
        assertThat(PublishedPhotos.outputSize(new PublishedPhotos.Fit(1440, 0), 1000, 5000))
                .isEqualTo(new PixelSize(1000, 5000));
    }

    /**
     * The orientation fixtures show the same upright picture stored eight ways: a crop of its top
     * left corner is the same colour whichever way it was stored.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void cropsAreTakenFromTheUprightPicture(int orientation) throws Exception {
        PublishedPhotos.Encoded reference;
        PublishedPhotos.Photo upright = PublishedPhotos.open(FIXTURES.resolve("rendition/orient-1.jpg"), "JPEG", 1,
                Deadline.none());
        reference = upright.render(new PublishedPhotos.Crop(10, 10, 0, 0), Long.MAX_VALUE);
        PublishedPhotos.Photo photo = PublishedPhotos.open(FIXTURES.resolve("rendition/orient-" + orientation + ".jpg"),
                "JPEG", orientation, Deadline.none());
        assertThat(photo.upright()).isEqualTo(upright.upright());
        PublishedPhotos.Encoded corner = photo.render(new PublishedPhotos.Crop(10, 10, 0, 0), Long.MAX_VALUE);
        assertThat(corner.size()).isEqualTo(reference.size());
        int expected = decode(reference).getRGB(2, 2);
        int actual = decode(corner).getRGB(2, 2);
        for (int shift : new int[] {16, 8, 0}) {
            assertThat(Math.abs((expected >> shift & 0xff) - (actual >> shift & 0xff))).as("channel " + shift)
                    .isLessThan(40);
        }
    }

    @Test
    void qualityComesDownUntilTheFileFitsItsPlatformsLimit() throws Exception {
        PublishedPhotos.Photo photo = PublishedPhotos.open(FIXTURES.resolve("bundle/phone-gps.jpg"), "JPEG", 6,
                Deadline.none());
        assertThat(photo.upright()).isEqualTo(new PixelSize(1500, 2000));
        PublishedPhotos.Encoded roomy = photo.render(new PublishedPhotos.Fit(2048, 2048), 5L << 20);
        assertThat(roomy.quality()).isEqualTo(PublishedPhotos.BEST_QUALITY);
        long tight = roomy.jpeg().length * 2L / 3;
        PublishedPhotos.Encoded fitted = photo.render(new PublishedPhotos.Fit(2048, 2048), tight);
        assertThat(fitted.jpeg().length).isLessThanOrEqualTo((int) tight);
        assertThat(fitted.quality()).isLessThan(PublishedPhotos.BEST_QUALITY);
        assertThat(fitted.size()).isEqualTo(new PixelSize(1500, 2000));
        PublishedPhotos.Encoded smaller = photo.render(new PublishedPhotos.Fit(2048, 2048), 60_000);
        assertThat(smaller.jpeg().length).isLessThanOrEqualTo(60_000);
        assertThat(smaller.size().width()).as("made smaller once quality alone is not enough").isLessThan(1500);
    }

    @Test
    void photosThatCannotBeDecodedSaySo() {
        assertThat(PublishedPhotos.canRender("HEIC")).isFalse();
        assertThat(PublishedPhotos.canRender("jpeg")).isTrue();
        assertThatThrownBy(() -> PublishedPhotos.open(FIXTURES.resolve("rendition/random.jpg"), "JPEG", 1, Deadline.none()))
                .isInstanceOf(PublishedPhotos.PhotoFailure.class);
        assertThatThrownBy(() -> PublishedPhotos.open(FIXTURES.resolve("rendition/nope.jpg"), "JPEG", 1, Deadline.none()))
                .satisfies(e -> assertThat(((PublishedPhotos.PhotoFailure) e).problem())
                        .isEqualTo(id.rakit.evidence.FileProblem.NOT_FOUND));
    }
}
