package id.rakit.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLibraryTest {

    @TempDir
    Path dir;

    private Path source(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] bytesOf(ByteBuffer content) {
        byte[] out = new byte[content.remaining()];
        content.duplicate().get(out);
        return out;
    }

    /** Changes one byte of a file in place, as a failing disk would. */
    private static void damage(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x40);
        }
    }

    @Test
    void aPhotoIsHashedHeldInMemoryAndStoredUnderItsHash() throws Exception {
        MediaLibrary library = new MediaLibrary(dir.resolve("data"));
        Path photo = source("IMG_0001.JPG", 300_000);
        byte[] original = Files.readAllBytes(photo);

        MediaLibrary.StoredCopy stored;
        try (MediaLibrary.Incoming incoming = library.begin(photo)) {
            assertThat(incoming.sha256()).isEqualTo(sha256(original));
            assertThat(incoming.sizeBytes()).isEqualTo(original.length);
            assertThat(incoming.content()).hasValueSatisfying(c -> assertThat(bytesOf(c)).isEqualTo(original));
            incoming.verify();
            stored = incoming.commit();
        }

        assertThat(stored.alreadyStored()).isFalse();
        assertThat(Files.readAllBytes(library.resolve(stored.relativePath()))).isEqualTo(original);
        assertThat(stored.relativePath()).endsWith(".jpg");
    }

    @Test
    void aCopyThatReadsBackDifferentlyIsRefused() throws Exception {
        MediaLibrary library = new MediaLibrary(dir.resolve("data"));
        Path photo = source("IMG_0002.JPG", 200_000);

        try (MediaLibrary.Incoming incoming = library.begin(photo)) {
            damage(incoming.file(), 123_456);

            assertThatThrownBy(incoming::verify).isInstanceOf(MediaLibrary.CopyMismatchException.class);
            assertThatThrownBy(incoming::commit).isInstanceOf(MediaLibrary.CopyMismatchException.class);
        }
        assertThat(Files.list(dir.resolve("data").resolve("library").resolve(".incoming")).count()).isZero();
    }

    @Test
    void aFileTooLargeToHoldIsStreamedAndStillVerifiedByItsHash() throws Exception {
        MediaLibrary library = new MediaLibrary(dir.resolve("data"));
        Path video = source("VID_0001.MP4", (int) MediaLibrary.IN_MEMORY_LIMIT + 10);
        String expected = MediaLibrary.hash(video);

        try (MediaLibrary.Incoming incoming = library.begin(video)) {
            assertThat(incoming.content()).isEmpty();
            assertThat(incoming.sha256()).isEqualTo(expected);
            damage(incoming.file(), MediaLibrary.IN_MEMORY_LIMIT - 5);

            assertThatThrownBy(incoming::verify).isInstanceOf(MediaLibrary.CopyMismatchException.class);
        }
    }

    @Test
    void theSameContentTwiceIsStoredOnce() throws Exception {
        MediaLibrary library = new MediaLibrary(dir.resolve("data"));
        Path photo = source("IMG_0003.JPG", 50_000);
        Path copy = Files.copy(photo, dir.resolve("copy of IMG_0003.JPG"));

        MediaLibrary.StoredCopy first = library.store(photo);
        MediaLibrary.StoredCopy second = library.store(copy);

        assertThat(second.alreadyStored()).isTrue();
        assertThat(second.relativePath()).isEqualTo(first.relativePath());
    }

    @Test
    void copiesBegunOneInsideTheOtherEachKeepTheirOwnContent() throws Exception {
        MediaLibrary library = new MediaLibrary(dir.resolve("data"));
        Path a = source("a.jpg", 70_000);
        Path b = source("b.jpg", 90_000);

        try (MediaLibrary.Incoming first = library.begin(a); MediaLibrary.Incoming second = library.begin(b)) {
            assertThat(bytesOf(first.content().orElseThrow())).isEqualTo(Files.readAllBytes(a));
            assertThat(bytesOf(second.content().orElseThrow())).isEqualTo(Files.readAllBytes(b));
            first.verify();
            second.verify();
        }
    }
}
