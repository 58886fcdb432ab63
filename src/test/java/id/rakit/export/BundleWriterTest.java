package id.rakit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.Verdict;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Composition;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    static final Instant NOW = Instant.parse("2024-09-17T06:00:00Z");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path temp;

    @Test
    void theBundleHoldsTheCaptionTheFilesByteForByteAndAVerifiableManifest() throws Exception {
        MediaLibrary library = new MediaLibrary(temp.resolve("data"));
        Path source = Files.copy(Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"), temp.resolve("IMG 1.jpg"));
        var stored = library.store(source);
        Files.write(temp.resolve("rusak.jpg"), new byte[] {1, 2, 3});
        var broken = library.store(temp.resolve("rusak.jpg"));
        CaptureTime t = CaptureTime.withOffset(LocalDateTime.parse("2024-09-17T09:30:00.25"), ZoneOffset.ofHours(7),
                "Exif.DateTimeOriginal");
        MediaInfo photo = new MediaInfo(id.rakit.evidence.MediaType.PHOTO, "JPEG", Optional.of(t), Optional.of("Canon"),
                Optional.of("Canon EOS RP"), Optional.empty(), Optional.empty(), Optional.of(1), Optional.of(640),
                Optional.of(480), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, List.of());
        EvidenceItem good = new EvidenceItem(1, 7, new LibraryFile(stored.sha256(), stored.sizeBytes(), stored.relativePath(),
                photo, Optional.empty(), NOW), "IMG 1.jpg", source.toString(), 0, Optional.of("Foto resmi panitia"), NOW);
        EvidenceItem bad = new EvidenceItem(2, 7, new LibraryFile(broken.sha256(), broken.sizeBytes(), broken.relativePath(),
                MediaInfo.unreadable("JPEG", FileProblem.CORRUPT), Optional.empty(), NOW), "rusak.jpg", "/x", 1,
                Optional.empty(), NOW);
        PostDetails details = new PostDetails("Jembatan / Batang: Anai?", "Kominfo", "Peresmian",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.of(LocalDateTime.parse("2024-09-17T12:00")),
                WIB, "Batang Anai", Optional.empty());
        Post post = new Post(7, details, Composition.EMPTY.withMaster("Gubernur meresmikan jembatan 🎉\nBaca juga: ..."),
                PostStatus.DRAFT, Optional.empty(), NOW, NOW, Optional.empty(), Optional.empty());
        List<CheckedItem> items = List.of(
                new CheckedItem(good, new CheckResult(Optional.of(t), Optional.empty(), Optional.of(Verdict.ON_TIME),
                        List.of(Finding.of(Flag.EDITED, "GIMP")))),
                new CheckedItem(bad, new CheckResult(Optional.empty(), Optional.empty(), Optional.of(Verdict.NO_TIMESTAMP),
                        List.of())));
        BundleWriter writer = new BundleWriter(library, Clock.fixed(NOW, WIB), "Rakit test");
        Path out = temp.resolve("ekspor");

        ExportResult result = writer.write(post, items, out);

        assertThat(result.folder().getFileName().toString()).isEqualTo("2024-09-17 Jembatan Batang Anai");
        assertThat(result.files()).isEqualTo(1);
        assertThat(result.skipped()).containsExactly("rusak.jpg");
        assertThat(Files.readString(result.folder().resolve("caption.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Gubernur meresmikan jembatan 🎉\nBaca juga: ...");
        assertThat(Files.readAllBytes(result.folder().resolve("01_IMG 1.jpg"))).isEqualTo(Files.readAllBytes(source));
        JsonNode manifest = new ObjectMapper().readTree(result.folder().resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asText()).isEqualTo("rakit-bundle/1");
        assertThat(manifest.at("/post/title").asText()).isEqualTo("Jembatan / Batang: Anai?");
        for (JsonNode f : manifest.get("files")) {
            assertThat(MediaLibrary.hash(result.folder().resolve(f.get("name").asText()))).isEqualTo(f.get("sha256").asText());
        }
        JsonNode photoEntry = manifest.get("files").get(1);
        assertThat(photoEntry.get("captureInstant").asText()).isEqualTo("2024-09-17T02:30:00.250Z");
        assertThat(photoEntry.get("verdict").asText()).isEqualTo("ON_TIME");
        assertThat(photoEntry.get("flags")).extracting(JsonNode::asText).containsExactly("EDITED");
        assertThat(photoEntry.get("acceptedReason").asText()).isEqualTo("Foto resmi panitia");
        assertThat(manifest.get("skipped")).extracting(JsonNode::asText).containsExactly("rusak.jpg");

        ExportResult again = writer.write(post, items, out);
        assertThat(again.folder().getFileName().toString()).isEqualTo("2024-09-17 Jembatan Batang Anai (2)");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void aFailedExportLeavesNoHalfBundle() throws Exception {
        MediaLibrary library = new MediaLibrary(temp.resolve("data"));
        MediaInfo photo = new MediaInfo(id.rakit.evidence.MediaType.PHOTO, "JPEG", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of());
        EvidenceItem gone = new EvidenceItem(1, 7, new LibraryFile("ab" + "0".repeat(62), 10, "ab/missing.jpg", photo,
                Optional.empty(), NOW), "hilang.jpg", "/x", 0, Optional.empty(), NOW);
        Post post = new Post(7, PostDetails.empty("", WIB), Composition.EMPTY, PostStatus.DRAFT, Optional.empty(), NOW, NOW,
                Optional.empty(), Optional.empty());
        Path out = temp.resolve("ekspor");
        BundleWriter writer = new BundleWriter(library, Clock.fixed(NOW, WIB), "Rakit test");
        // the library copy is missing: the export must fail as a whole
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(post, List.of(new CheckedItem(gone,
                new CheckResult(Optional.empty(), Optional.empty(), Optional.empty(), List.of()))), out))
                .isInstanceOfSatisfying(LibraryCopiesException.class, e -> assertThat(e.names()).containsExactly("hilang.jpg"));
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).isEmpty();
        }

        // changed by one bit, its length the same: only the SHA-256 tells, and the export names it
        Path source = Files.copy(Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"), temp.resolve("IMG 2.jpg"));
        var stored = library.store(source);
        Path copy = library.resolve(stored.relativePath());
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        EvidenceItem changed = new EvidenceItem(2, 7, new LibraryFile(stored.sha256(), stored.sizeBytes(),
                stored.relativePath(), photo, Optional.empty(), NOW), "IMG 2.jpg", source.toString(), 0, Optional.empty(), NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(post, List.of(new CheckedItem(changed,
                new CheckResult(Optional.empty(), Optional.empty(), Optional.empty(), List.of()))), out))
                .isInstanceOfSatisfying(LibraryCopiesException.class, e -> assertThat(e.names()).containsExactly("IMG 2.jpg"));
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).as("no bundle, no partial folder").isEmpty();
        }
    }
}
