package id.rakit.evidence.metadata;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.ZoneSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The ffmpeg-made videos of the shared corpus; skipped when the corpus is not beside the project. */
class SyntheticVideoTest {

    private static final Path VIDEOS = Path.of("../shared/corpus/synthetic/files");
    private static final Instant CREATED = Instant.parse("2024-09-17T03:15:00Z");

    private final MetadataReader reader = new MetadataReader(ZoneId.of("Asia/Jakarta"));

    @BeforeAll
    static void corpusPresent() {
        assumeTrue(Files.isDirectory(VIDEOS), "shared corpus not present at " + VIDEOS.toAbsolutePath());
    }

    @Test
    void movieDateIsUtcShownInJakarta() {
        for (String name : new String[]{"synth_mov_creation_2024-09-17T0315Z.mov", "synth_mp4_creation_2024-09-17T0315Z.mp4"}) {
            MediaInfo info = reader.read(VIDEOS.resolve(name));

            assertThat(info.mediaType()).as(name).isEqualTo(MediaType.VIDEO);
            CaptureTime time = info.captureTime().orElseThrow();
            assertThat(time.source()).isEqualTo("QuickTime.CreateDate");
            assertThat(time.zoneSource()).isEqualTo(ZoneSource.UTC_CONVERTED);
            assertThat(time.instant()).isEqualTo(CREATED);
            assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 10, 15));
            assertThat(time.offset()).contains(ZoneOffset.ofHours(7));
        }
    }

    @Test
    void appleCreationDateKeepsItsOwnOffset() {
        CaptureTime time = reader.read(VIDEOS.resolve("synth_mov_keys_creationdate_+0200.mov")).captureTime().orElseThrow();

        assertThat(time.source()).isEqualTo("QuickTime.Keys.CreationDate");
        assertThat(time.zoneSource()).isEqualTo(ZoneSource.FILE);
        assertThat(time.offset()).contains(ZoneOffset.ofHours(2));
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 5, 15));
        assertThat(time.instant()).isEqualTo(CREATED);
    }

    @Test
    void noCreationTime() {
        MediaInfo info = reader.read(VIDEOS.resolve("synth_mp4_no_creation_time.mp4"));

        assertThat(info.mediaType()).isEqualTo(MediaType.VIDEO);
        assertThat(info.problems()).isEmpty();
        assertThat(info.captureTime()).isEmpty();
        assertThat(info.cameraMetadata()).isFalse();
    }

    @Test
    void rotatedVideoKeepsItsStoredSize() {
        MediaInfo info = reader.read(VIDEOS.resolve("synth_mp4_rotate90_1920x1080.mp4"));

        // ffmpeg's "rotate=90" tag is a matrix that turns the picture 270 degrees clockwise, as ExifTool says
        assertThat(info.rotation()).contains(270);
        assertThat(info.width()).contains(1920);
        assertThat(info.height()).contains(1080);
    }

    @Test
    void verticalVideo() {
        MediaInfo info = reader.read(VIDEOS.resolve("synth_mp4_vertical_1080x1920.mp4"));

        assertThat(info.width()).contains(1080);
        assertThat(info.height()).contains(1920);
        assertThat(info.rotation()).contains(0);
    }

    @Test
    void duration() {
        for (String name : new String[]{"synth_mp4_vertical_1080x1920.mp4", "synth_mov_keys_creationdate_+0200.mov"}) {
            assertThat(reader.read(VIDEOS.resolve(name)).durationSeconds().orElseThrow()).as(name)
                    .isCloseTo(1.0, within(0.01));
        }
    }
}
