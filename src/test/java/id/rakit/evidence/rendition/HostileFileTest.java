package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.FileProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to exhaust a decoder are refused before any decoder sees them, in milliseconds. */
class HostileFileTest {

    private final RenditionWriter writer = new RenditionWriter();

    @TempDir
    Path out;

    /** A real JPEG with 100,000 four-byte APP2 segments after its start: a minute in the JDK's native reader. */
    static byte[] jpegWithManySegments(byte[] jpeg, int segments) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(jpeg.length + segments * 6);
        b.write(jpeg, 0, 2);
        byte[] segment = {(byte) 0xFF, (byte) 0xE2, 0, 4, 'a', 'b'};
        for (int i = 0; i < segments; i++) {
            b.write(segment, 0, segment.length);
        }
        b.write(jpeg, 2, jpeg.length - 2);
        return b.toByteArray();
    }

    /** A real MP4 whose sample description box declares 65,535 entries of 0xFFFFFFFF bytes. */
    static byte[] mp4WithHostileSampleDescriptions(byte[] mp4) {
        byte[] bytes = mp4.clone();
        int stsd = indexOf(bytes, "stsd".getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.putInt(stsd + 8, 65_535);          // entry count, after the version and flags
        b.putInt(stsd + 12, 0xFFFFFFFF);     // the first entry's size
        return bytes;
    }

    @Test
    void aJpegWithAHundredThousandSegmentsIsRefusedAtOnce() throws IOException {
        Path hostile = Files.write(out.resolve("app2.jpg"),
                jpegWithManySegments(Files.readAllBytes(fixture("scene-a.jpg")), 100_000));
        long start = System.nanoTime();

        Rendition r = writer.writePhoto(hostile, "JPEG", 1, pathsIn(out, "a"), Deadline.after(Duration.ofSeconds(30)));

        assertThat(r.written()).isFalse();
        assertThat(r.problems()).containsExactly(FileProblem.CORRUPT);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
        // the same file with the dozen segments a camera writes is fine
        Path fine = Files.write(out.resolve("few.jpg"), jpegWithManySegments(Files.readAllBytes(fixture("scene-a.jpg")), 12));
        assertThat(writer.writePhoto(fine, "JPEG", 1, pathsIn(out, "b"), Deadline.none()).written()).isTrue();
    }

    @Test
    void anMp4WhoseSampleDescriptionsCannotFitIsRefusedBeforeTheDecoderBuildsThem() throws IOException {
        Path hostile = Files.write(out.resolve("stsd.mp4"),
                mp4WithHostileSampleDescriptions(Files.readAllBytes(fixture("rotated.mp4"))));
        long start = System.nanoTime();

        Rendition r = writer.writeVideoPoster(hostile, "MP4", 0, pathsIn(out, "v"), Deadline.after(Duration.ofSeconds(30)));

        assertThat(r.problems()).containsExactly(FileProblem.CORRUPT);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
        assertThat(writer.writeVideoPoster(fixture("rotated.mp4"), "MP4", 0, pathsIn(out, "ok"), Deadline.none())
                .written()).isTrue();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
