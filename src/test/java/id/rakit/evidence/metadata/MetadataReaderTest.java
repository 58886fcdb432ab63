package id.rakit.evidence.metadata;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.GpsFix;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.ZoneSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader(ZoneId.of("Asia/Jakarta"));

    @Test
    void dateTimeOriginalWithSubSecondsAndItsOwnOffset() {
        MediaInfo info = reader.read(fixture("dto-subsec-offset.jpg"));

        assertThat(info.mediaType()).isEqualTo(MediaType.PHOTO);
        assertThat(info.format()).isEqualTo("JPEG");
        assertThat(info.problems()).isEmpty();
        CaptureTime time = info.captureTime().orElseThrow();
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 8, 30, 15, 123_000_000));
        // OffsetTimeOriginal (+08:00), never OffsetTime (+00:00, which belongs to ModifyDate)
        assertThat(time.offset()).contains(ZoneOffset.ofHours(8));
        assertThat(time.zoneSource()).isEqualTo(ZoneSource.FILE);
        assertThat(time.instant()).isEqualTo(Instant.parse("2024-09-17T00:30:15.123Z"));
        assertThat(time.source()).isEqualTo("Exif.DateTimeOriginal");
        assertThat(info.make()).contains("Rakit");
        assertThat(info.model()).contains("Fixture Cam");
        assertThat(info.serial()).contains("RKT0001");
        assertThat(info.software()).contains("Fixture 1.0");
        assertThat(info.orientation()).contains(6);
        assertThat(info.modifyDate()).contains(LocalDateTime.of(2024, 9, 18, 10, 0));
        assertThat(info.cameraMetadata()).isTrue();
    }

    @Test
    void pixelSizeIsTheFramesNotWhatExifClaims() {
        MediaInfo info = reader.read(fixture("dto-subsec-offset.jpg"));

        // the EXIF says 4000x3000; the JPEG frame is 64x48
        assertThat(info.width()).contains(64);
        assertThat(info.height()).contains(48);
    }

    @Test
    void dateTimeOriginalWithoutOffsetAssumesTheAdminsZone() {
        CaptureTime jakarta = reader.read(fixture("dto-only.jpg")).captureTime().orElseThrow();
        CaptureTime makassar = new MetadataReader(ZoneId.of("Asia/Makassar"))
                .read(fixture("dto-only.jpg")).captureTime().orElseThrow();

        assertThat(jakarta.zoneSource()).isEqualTo(ZoneSource.ASSUMED);
        assertThat(jakarta.offset()).isEmpty();
        assertThat(jakarta.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 8, 30, 15));
        assertThat(jakarta.instant()).isEqualTo(Instant.parse("2024-09-17T01:30:15Z"));
        assertThat(makassar.local()).isEqualTo(jakarta.local());
        assertThat(makassar.instant()).isEqualTo(Instant.parse("2024-09-17T00:30:15Z"));
    }

    @Test
    void blankDateTimeOriginalFallsBackToDateTimeDigitizedWithItsOffset() {
        CaptureTime time = reader.read(fixture("digitized-only.jpg")).captureTime().orElseThrow();

        assertThat(time.source()).isEqualTo("Exif.DateTimeDigitized");
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 8, 31));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(9));
    }

    @Test
    void zeroDateIsNoDate() {
        MediaInfo info = reader.read(fixture("zero-date.jpg"));

        assertThat(info.captureTime()).isEmpty();
        assertThat(info.cameraMetadata()).isTrue();
    }

    @Test
    void xmpDateCreatedWhenThereIsNoExif() {
        MediaInfo info = reader.read(fixture("xmp-only.jpg"));

        CaptureTime time = info.captureTime().orElseThrow();
        // photoshop:DateCreated comes before xmp:CreateDate
        assertThat(time.source()).isEqualTo("Xmp.photoshop:DateCreated");
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 9, 5));
        assertThat(time.zoneSource()).isEqualTo(ZoneSource.ASSUMED);
        assertThat(info.cameraMetadata()).isFalse();
    }

    @Test
    void iptcDateAndTimeCreated() {
        CaptureTime time = reader.read(fixture("iptc-only.jpg")).captureTime().orElseThrow();

        assertThat(time.source()).isEqualTo("Iptc.DateCreated");
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 9, 20));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(7));
    }

    @Test
    void strippedPhotoHasNoCaptureTimeAndNoCameraMetadata() {
        MediaInfo info = reader.read(fixture("stripped.jpg"));

        assertThat(info.mediaType()).isEqualTo(MediaType.PHOTO);
        assertThat(info.problems()).isEmpty();
        assertThat(info.captureTime()).isEmpty();
        assertThat(info.make()).isEmpty();
        assertThat(info.orientation()).isEmpty();
        assertThat(info.cameraMetadata()).isFalse();
        assertThat(info.width()).contains(64);
    }

    @Test
    void gpsPositionAndUtcTime() {
        GpsFix gps = reader.read(fixture("gps.jpg")).gps().orElseThrow();

        assertThat(gps.latitude()).isCloseTo(-6.175392, within(1e-6));
        assertThat(gps.longitude()).isCloseTo(106.827153, within(1e-6));
        assertThat(gps.time()).contains(Instant.parse("2024-09-17T01:30:15Z"));
    }

    @Test
    void emptyFile() {
        MediaInfo info = reader.read(fixture("empty.jpg"));

        assertThat(info.mediaType()).isEqualTo(MediaType.UNREADABLE);
        assertThat(info.mainProblem()).contains(FileProblem.EMPTY_FILE);
    }

    @Test
    void jpegCutInsideItsMetadataIsTruncated() {
        MediaInfo info = reader.read(fixture("truncated.jpg"));

        assertThat(info.mediaType()).isEqualTo(MediaType.UNREADABLE);
        assertThat(info.format()).isEqualTo("JPEG");
        assertThat(info.mainProblem()).contains(FileProblem.TRUNCATED);
    }

    @Test
    void pngNamedJpgIsReadAsPngWithAWarning() {
        MediaInfo info = reader.read(fixture("png-named.jpg"));

        assertThat(info.mediaType()).isEqualTo(MediaType.PHOTO);
        assertThat(info.format()).isEqualTo("PNG");
        assertThat(info.problems()).containsExactly(FileProblem.EXTENSION_MISMATCH);
        assertThat(info.width()).contains(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random.jpg", "text.mp4"})
    void unrecognisableBytesUnderAMediaNameAreCorrupt(String name) {
        MediaInfo info = reader.read(fixture(name));

        assertThat(info.mediaType()).isEqualTo(MediaType.UNREADABLE);
        assertThat(info.mainProblem()).contains(FileProblem.CORRUPT);
    }

    @Test
    void textUnderItsOwnNameIsUnsupported(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notulen.txt"), "Rapat koordinasi, Senin.\n");

        MediaInfo info = reader.read(notes);

        assertThat(info.mediaType()).isEqualTo(MediaType.UNSUPPORTED);
        assertThat(info.mainProblem()).contains(FileProblem.UNSUPPORTED_FORMAT);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        MediaInfo info = reader.read(dir.resolve("IMG_0001.JPG"));

        assertThat(info.mediaType()).isEqualTo(MediaType.UNREADABLE);
        assertThat(info.mainProblem()).contains(FileProblem.NOT_FOUND);
    }

    @Test
    void aFolderIsNotReadable(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("DCIM.jpg"));

        assertThat(reader.read(folder).mediaType()).isEqualTo(MediaType.UNREADABLE);
    }

    @Test
    void fileTheSystemRefusesToOpen(@TempDir Path dir) throws IOException {
        Path locked = Files.copy(fixture("dto-only.jpg"), dir.resolve("locked.jpg"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads it anyway
        assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user");

        assertThat(reader.read(locked).mainProblem()).contains(FileProblem.ACCESS_DENIED);
    }

    @Test
    void bytesTheCallerHoldsReadTheSameAsTheFile() throws IOException {
        Path file = fixture("dto-subsec-offset.jpg");

        assertThat(reader.read(file, Files.readAllBytes(file))).isEqualTo(reader.read(file));
    }

    @Test
    void damagedCopiesOfEveryFixtureNeverThrow() throws IOException {
        Random random = new Random(20240917);
        for (String name : new String[]{"dto-subsec-offset.jpg", "gps.jpg", "xmp-only.jpg", "iptc-only.jpg",
                "png-named.jpg", "digitized-only.jpg"}) {
            byte[] original = Files.readAllBytes(fixture(name));
            for (int cut = 0; cut < original.length; cut += 7) {
                assertReadable(name, Arrays.copyOf(original, cut));
            }
            for (int i = 0; i < 300; i++) {
                byte[] damaged = original.clone();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                assertReadable(name, damaged);
            }
        }
    }

    private void assertReadable(String name, byte[] content) {
        MediaInfo info = reader.read(Path.of(name), content);
        assertThat(info).as(name).isNotNull();
        if (info.mediaType() == MediaType.UNREADABLE || info.mediaType() == MediaType.UNSUPPORTED) {
            assertThat(info.problems()).as(name).isNotEmpty();
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(MetadataReaderTest.class.getResource("/fixtures/metadata/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
