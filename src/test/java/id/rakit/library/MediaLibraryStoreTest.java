package id.rakit.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLibraryStoreTest {

    @TempDir
    Path temp;

    @Test
    void aCopyIsStoredByContentOnceAndSurvivesTheSourceGoingAway() throws Exception {
        MediaLibrary library = new MediaLibrary(temp.resolve("data"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Path a = Files.writeString(usb.resolve("IMG_0001.JPG"), "foto");
        Path b = Files.writeString(usb.resolve("lain.jpeg"), "foto");

        MediaLibrary.StoredCopy first = library.store(a);
        MediaLibrary.StoredCopy second = library.store(b);
        Files.delete(a);
        Files.delete(b);

        assertThat(first.alreadyStored()).isFalse();
        assertThat(second.alreadyStored()).isTrue();
        // sha256 of the four bytes "foto"
        assertThat(first.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("foto".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(first.relativePath()).isEqualTo(first.sha256().substring(0, 2) + "/" + first.sha256() + ".jpg");
        assertThat(Files.readString(library.resolve(first.relativePath()))).isEqualTo("foto");
        try (Stream<Path> s = Files.list(temp.resolve("data/library/.incoming"))) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void anIncomingCopyNotCommittedLeavesNothing() throws Exception {
        MediaLibrary library = new MediaLibrary(temp.resolve("data"));
        Path source = Files.writeString(temp.resolve("video.MP4"), "bukan video");
        try (MediaLibrary.Incoming in = library.begin(source)) {
            assertThat(in.file().getFileName().toString()).endsWith(".mp4");
            assertThat(Files.readString(in.file())).isEqualTo("bukan video");
        }
        try (Stream<Path> s = Files.walk(temp.resolve("data/library"))) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void unfinishedCopiesFromACrashAreSweptAway() throws Exception {
        MediaLibrary library = new MediaLibrary(temp.resolve("data"));
        Path incoming = Files.createDirectories(temp.resolve("data/library/.incoming"));
        Files.writeString(incoming.resolve("d3b07384.jpg"), "half");
        library.sweepIncoming();
        try (Stream<Path> s = Files.list(incoming)) {
            assertThat(s).isEmpty();
        }
    }
}
