package id.rakit.export;

import id.rakit.compose.CaptionRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.metadata.MetadataReader;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.ExportRecord;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.store.SqliteBundleChoices;
import id.rakit.ui.Workbench;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles written through the real export service on a real library: what a platform gets (read
 * back with metadata-extractor), what leaves with it and what does not (GPS, serial, owner), the
 * manifest and the check against it, and failures that leave nothing behind.
 */
class BundleWriterTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Path PHONE = FIXTURES.resolve("bundle/phone-gps.jpg");
    static final Path VIDEO = FIXTURES.resolve("bundle/phone-location.mp4");
    static final Path ON_TIME = FIXTURES.resolve("flow/acara-0930.jpg");
    static final Path TWO_DAYS_EARLY = FIXTURES.resolve("flow/sebelum-acara.jpg");
    static final Messages ID = Messages.indonesian();

    @TempDir
    Path temp;

    Workbench bench;
    long post;
    Path out;

    @BeforeEach
    void post() throws IOException {
        bench = new Workbench(temp.resolve("data"));
        Post p = bench.posts.createDraft();
        post = p.id();
        bench.posts.editDetails(post, p.details().withTitle("Rapat Koordinasi: Admin / Medsos?")
                .withEvent(Optional.of(LocalDateTime.parse("2024-09-17T09:00")),
                        Optional.of(LocalDateTime.parse("2024-09-17T12:00")), p.details().eventZone()));
        bench.posts.editText(post, Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi admin media sosial 🎉");
        bench.posts.editText(post, Platform.INSTAGRAM, CaptionField.FIRST_COMMENT, "#SumbarMaju #DiskominfoSumbar");
        bench.posts.flushOrThrow(post);
        bench.ingest.run(post, List.of(PHONE, ON_TIME, TWO_DAYS_EARLY, VIDEO), new id.rakit.evidence.ingest.Ingest.Listener() { },
                new java.util.concurrent.atomic.AtomicBoolean());
        out = temp.resolve("ekspor");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    static BundleChoices choices(String... platforms) {
        return BundleChoices.NONE.withPlatforms(List.of(platforms));
    }

    private ExportResult export(BundleChoices choices) throws IOException {
        return bench.exports.export(post, choices, out, ID, BundleWriter.Progress.NONE);
    }

    private static Metadata metadata(Path file) throws Exception {
        return ImageMetadataReader.readMetadata(file.toFile());
    }

    private static int[] size(Path jpeg) throws Exception {
        JpegDirectory d = metadata(jpeg).getFirstDirectoryOfType(JpegDirectory.class);
        return new int[] {d.getImageWidth(), d.getImageHeight()};
    }

    @Test
    void eachPlatformGetsItsSizesUprightAndWithoutWhereOrWhoOrWhichCamera() throws Exception {
        ExportResult result = export(choices("instagram", "instagram-story", "x", "facebook").withKeepOriginals(true));
        Path b = result.folder();
        assertThat(b.getFileName().toString()).isEqualTo("2024-09-17_rapat-koordinasi-admin-medsos");

        // the phone photo is 2000 x 1500 stored, shown 1500 x 2000 (Orientation 6)
        assertThat(size(b.resolve("instagram/01.jpg"))).containsExactly(1080, 1350);
        assertThat(size(b.resolve("instagram-story/01.jpg"))).containsExactly(1080, 1920);
        assertThat(size(b.resolve("x/01.jpg"))).as("within 2048, never enlarged").containsExactly(1500, 2000);
        assertThat(size(b.resolve("facebook/01.jpg"))).containsExactly(1500, 2000);
        // 640 x 480 photos are never enlarged: the 4:5 crop keeps its own 384 x 480 pixels
        assertThat(size(b.resolve("instagram/02.jpg"))).containsExactly(384, 480);

        for (String platform : List.of("instagram", "instagram-story", "x", "facebook")) {
            try (Stream<Path> files = Files.list(b.resolve(platform))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jpg")).toList()) {
                    Metadata m = metadata(f);
                    assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as(f + " GPS").isNull();
                    assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(f + " EXIF").isNull();
                    for (Directory d : m.getDirectories()) {
                        for (Tag t : d.getTags()) {
                            assertThat(t.getDescription() == null ? "" : t.getDescription()).as(f + " " + t)
                                    .doesNotContain("DNQX4455MKL2").doesNotContain("Andi Saputra");
                        }
                        assertThat(d.getName()).as(f.toString()).doesNotContainIgnoringCase("makernote")
                                .doesNotContainIgnoringCase("apple");
                    }
                }
            }
        }
        // the original, kept as evidence, still has everything
        Metadata original = metadata(b.resolve("evidence/01_phone-gps.jpg"));
        assertThat(original.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
        assertThat(original.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getString(ExifSubIFDDirectory.TAG_BODY_SERIAL_NUMBER))
                .isEqualTo("DNQX4455MKL2");
        assertThat(Files.readAllBytes(b.resolve("evidence/01_phone-gps.jpg"))).isEqualTo(Files.readAllBytes(PHONE));
        assertThat(Files.readString(b.resolve(BundleWriter.CHECKLIST))).contains("evidence/").contains("jangan diunggah");
    }

    @Test
    void aVideoKeepsEveryFrameButNotWhereItWasShotOrByWhom() throws Exception {
        ExportResult result = export(choices("instagram", "youtube"));
        Path copy = result.folder().resolve("youtube/01.mp4");
        assertThat(Files.size(copy)).isEqualTo(Files.size(VIDEO));
        byte[] before = Files.readAllBytes(VIDEO);
        byte[] after = Files.readAllBytes(copy);
        String text = new String(after, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Andi Saputra").doesNotContain("+100.4172").doesNotContain("-00.9471");
        assertThat(new String(before, StandardCharsets.ISO_8859_1)).contains("Andi Saputra");
        var info = new MetadataReader().read(copy);
        assertThat(info.gps()).isEmpty();
        assertThat(info.durationSeconds()).isEqualTo(new MetadataReader().read(VIDEO).durationSeconds());
        assertThat(info.captureTime()).as("the capture time is not private").isPresent();
        JsonNode manifest = new ObjectMapper().readTree(result.folder().resolve(Manifest.FILE_NAME).toFile());
        JsonNode youtube = manifest.get("platforms").get(1);
        assertThat(youtube.get("code").asText()).isEqualTo("youtube");
        assertThat(youtube.at("/media/0/removed")).extracting(JsonNode::asText)
                .contains("UserData \u00a9xyz", "Keys com.apple.quicktime.location.ISO6709");
        assertThat(youtube.get("leftOut")).hasSize(3);
    }

    @Test
    void theManifestIsCanonicalListsEveryFileAndTheBundleVerifiesUntilAByteChanges() throws Exception {
        ExportResult result = export(choices("instagram", "x").withZip(true));
        Path b = result.folder();
        byte[] manifest = Files.readAllBytes(b.resolve(Manifest.FILE_NAME));
        assertThat(Manifest.canonical(manifest)).isEqualTo(manifest);
        assertThat(new String(manifest, StandardCharsets.UTF_8)).startsWith("{\"createdAt\":").doesNotContain("\n");
        JsonNode m = new ObjectMapper().readTree(manifest);
        assertThat(m.get("format").asText()).isEqualTo("rakit-bundle/2");
        assertThat(m.at("/post/title").asText()).isEqualTo("Rapat Koordinasi: Admin / Medsos?");
        assertThat(m.at("/post/eventZone").asText()).isEqualTo("Asia/Jakarta");
        for (JsonNode f : m.get("files")) {
            assertThat(id.rakit.library.MediaLibrary.hash(b.resolve(f.get("path").asText())))
                    .isEqualTo(f.get("sha256").asText());
            assertThat(Files.size(b.resolve(f.get("path").asText()))).isEqualTo(f.get("size").asLong());
        }
        JsonNode early = null;
        for (JsonNode e : m.get("evidence")) {
            if (e.get("originalName").asText().equals("sebelum-acara.jpg")) {
                early = e;
            }
        }
        assertThat(early).isNotNull();
        assertThat(early.get("verdict").asText()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(early.get("deltaMinutes").asLong()).isEqualTo(-2 * 24 * 60);
        assertThat(early.get("inclusion").asText()).isEqualTo("undecided");
        assertThat(Files.readString(b.resolve("instagram/keterangan.txt"))).isEqualTo("Rapat koordinasi admin media sosial 🎉");
        assertThat(Files.readString(b.resolve("instagram/komentar-pertama.txt"))).isEqualTo("#SumbarMaju #DiskominfoSumbar");

        // logged on the post, which is now exported
        List<ExportRecord> log = bench.exports.history(post);
        assertThat(log).singleElement().satisfies(r -> {
            assertThat(r.folder()).isEqualTo(b.toAbsolutePath().toString());
            assertThat(r.manifestSha256()).isEqualTo(result.manifestSha256());
            assertThat(r.zip()).contains(result.zip().orElseThrow().toAbsolutePath().toString());
        });
        assertThat(bench.stored.find(post).orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);

        BundleVerifier.Verification fresh = BundleVerifier.verify(b);
        assertThat(fresh.intact()).isTrue();
        assertThat(fresh.files()).isEqualTo(result.files() - 1);
        assertThat(fresh.manifestSha256()).isEqualTo(result.manifestSha256());
        assertThat(BundleVerifier.verify(result.zip().orElseThrow()).intact()).isTrue();

        // one byte of one photo
        Path photo = b.resolve("x/02.jpg");
        byte[] bytes = Files.readAllBytes(photo);
        bytes[bytes.length / 2] ^= 1;
        Files.write(photo, bytes);
        // a removed caption, an added file
        Files.delete(b.resolve("x/keterangan.txt"));
        Files.writeString(b.resolve("instagram/catatan.txt"), "tambahan");
        BundleVerifier.Verification broken = BundleVerifier.verify(b);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.changed()).containsExactly("x/02.jpg");
        assertThat(broken.missing()).containsExactly("x/keterangan.txt");
        assertThat(broken.extra()).containsExactly("instagram/catatan.txt");

        // a manifest edited by hand is no longer the one Rakit wrote
        Files.writeString(b.resolve(Manifest.FILE_NAME), new String(manifest, StandardCharsets.UTF_8) + " ");
        assertThat(BundleVerifier.verify(b).changed()).contains(Manifest.FILE_NAME);
    }

    @Test
    void exportingAgainMakesANewBundleAndNeverOverwritesOne() throws Exception {
        ExportResult first = export(choices("x"));
        byte[] manifest = Files.readAllBytes(first.folder().resolve(Manifest.FILE_NAME));
        ExportResult second = export(choices("x"));
        assertThat(second.folder().getFileName().toString()).isEqualTo("2024-09-17_rapat-koordinasi-admin-medsos-2");
        assertThat(Files.readAllBytes(first.folder().resolve(Manifest.FILE_NAME))).isEqualTo(manifest);
        assertThat(bench.exports.history(post)).hasSize(2);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    /** A disk with {@code room} bytes left, which then answers as a full one does. */
    static BundleWriter.FileSink diskWithRoom(long room, String refusal) {
        AtomicLong left = new AtomicLong(room);
        return file -> new OutputStream() {
            final OutputStream real = BundleWriter.FileSink.DISK.create(file);

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (left.addAndGet(-len) < 0) {
                    throw new FileSystemException(file.toString(), null, refusal);
                }
                real.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }

    private ExportService exportsOn(BundleWriter.FileSink sink) {
        return new ExportService(bench.posts, bench.evidence, new BundleWriter(bench.library, Clock.systemUTC(),
                "Rakit test", sink, 2), new BundlePlanner(PlatformData.standard(), CaptionRules.standard()),
                new SqliteBundleChoices(bench.database), Clock.systemUTC());
    }

    private void assertNothingLeftAndPostUntouched(Post before) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s).as("nothing left in the export folder").isEmpty();
            }
        }
        Post after = bench.stored.find(post).orElseThrow();
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.exportedAt()).isEqualTo(before.exportedAt());
        assertThat(bench.exports.history(post)).isEmpty();
    }

    @Test
    void aFullDiskAReadOnlyFolderAMissingOriginalOrACancelLeaveNothingAndSaySo() throws Exception {
        Post before = bench.stored.find(post).orElseThrow();
        BundleChoices everything = choices("instagram", "instagram-story", "x").withKeepOriginals(true).withZip(true);
        Causes causes = new Causes(ID);

        for (long room : new long[] {0, 200_000, 900_000}) {
            ExportService full = exportsOn(diskWithRoom(room, "No space left on device"));
            assertThatThrownBy(() -> full.export(post, everything, out, ID, BundleWriter.Progress.NONE))
                    .satisfies(e -> assertThat(causes.describe(e)).startsWith("Disk penuh."));
            assertNothingLeftAndPostUntouched(before);
        }

        ExportService readOnly = exportsOn(diskWithRoom(0, "Read-only file system"));
        assertThatThrownBy(() -> readOnly.export(post, everything, out, ID, BundleWriter.Progress.NONE))
                .satisfies(e -> assertThat(causes.describe(e)).startsWith("Folder atau disk ini hanya dapat dibaca"));
        assertNothingLeftAndPostUntouched(before);

        BundleWriter.Progress cancelHalfway = new BundleWriter.Progress() {
            int files;

            @Override
            public void file(int done, int total, String path) {
                files = done;
            }

            @Override
            public boolean cancelled() {
                return files >= 3;
            }
        };
        assertThatThrownBy(() -> bench.exports.export(post, everything, out, ID, cancelHalfway))
                .isInstanceOf(ExportFailure.class).satisfies(e -> assertThat(((ExportFailure) e).isCancel()).isTrue());
        assertNothingLeftAndPostUntouched(before);

        // the library's copy of a photo disappears after the plan was shown
        EvidenceItem phone = bench.evidence.check(before).stream().map(c -> c.item())
                .filter(i -> i.originalName().equals("phone-gps.jpg")).findFirst().orElseThrow();
        Files.delete(bench.library.resolve(phone.file().libraryPath()));
        BundlePlan plan = bench.exports.plan(post, everything, out, ID);
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(BundlePlan.PlanProblem.Kind.MISSING_ORIGINAL);
            assertThat(p.text()).contains("phone-gps.jpg");
        });
        BundleWriter writer = new BundleWriter(bench.library, Clock.systemUTC(), "Rakit test");
        BundlePlan stale = new BundlePlanner(PlatformData.standard(), CaptionRules.standard())
                .plan(bench.stored.find(post).orElseThrow(), bench.evidence.check(before).stream()
                                // as checked before the copy went: nothing known to be wrong with it
                                .map(c -> new id.rakit.evidence.CheckedItem(c.item(), c.result(), java.util.Optional.empty()))
                                .toList(), everything, i -> true, out, java.time.Instant.now(), ID);
        assertThatThrownBy(() -> writer.write(stale, out, BundleWriter.Progress.NONE))
                .satisfies(e -> assertThat(causes.describe(e)).contains("phone-gps.jpg").contains("Impor lagi"));
        assertNothingLeftAndPostUntouched(before);
    }

    @Test
    void aFolderTheSystemRefusesLeavesNothing() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes into read-only folders anyway").isNotEqualTo("root");
        Files.createDirectories(out);
        assertThat(out.toFile().setWritable(false)).isTrue();
        try {
            Post before = bench.stored.find(post).orElseThrow();
            assertThatThrownBy(() -> export(choices("x"))).isInstanceOf(IOException.class);
            assertNothingLeftAndPostUntouched(before);
        } finally {
            out.toFile().setWritable(true);
        }
    }

    @Test
    void theReportsAreSelfContainedA4AndInIndonesian() throws Exception {
        bench.evidence.accept(bench.evidence.check(bench.stored.find(post).orElseThrow()).stream()
                .filter(c -> c.item().originalName().equals("sebelum-acara.jpg")).findFirst().orElseThrow().item().id(),
                Optional.of("Foto persiapan panitia"));
        ExportResult result = export(choices("x"));
        String html = Files.readString(result.folder().resolve(BundleWriter.REPORT_HTML));
        assertThat(html).contains("LAPORAN BUKTI DOKUMENTASI ACARA", "Rapat Koordinasi: Admin / Medsos?", "size:A4",
                "data:image/jpeg;base64,", "<svg", "Foto persiapan panitia", "2 hari sebelum acara",
                "17 Sep 2024, 09.41.12 WIB", "Mengetahui,");
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<script")
                .contains("Apple iPhone 13 Pro").doesNotContain("DNQX4455MKL2");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(result.folder().resolve(BundleWriter.REPORT_PDF).toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("LAPORAN BUKTI DOKUMENTASI ACARA", "phone-gps.jpg", "Foto persiapan panitia",
                    "Waktu pengambilan terhadap waktu acara", "Halaman 1 dari");
        }
    }

    @Test
    void originalsNamedAsWindowsWouldRefuseAreWrittenUnderSafeNames() throws Exception {
        Path odd = Files.copy(ON_TIME, temp.resolve("CON.jpg"));
        Path colon = Files.copy(ON_TIME, temp.resolve("rapat pagi. .jpg"));
        bench.ingest.run(post, List.of(odd, colon), new id.rakit.evidence.ingest.Ingest.Listener() { },
                new java.util.concurrent.atomic.AtomicBoolean());
        ExportResult result = export(choices("x").withKeepOriginals(true));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(result.folder().resolve("evidence"))) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).allSatisfy(n -> assertThat(SafeNames.isSafe(n)).as(n).isTrue());
        assertThat(Arrays.asList(names.toArray())).hasSize(4);
    }

    @Test
    void choicesAreRememberedPerPost() {
        BundleChoices chosen = choices("instagram", "instagram-story").withSize("instagram", "1:1")
                .withCrop(7, "1:1", new BundleChoices.Centre(0.2, 0.8)).withLeftOut(3, true).withZip(true);
        bench.exports.saveChoices(post, chosen);
        assertThat(bench.exports.choices(post)).isEqualTo(chosen);
        Post other = bench.posts.create(id.rakit.post.PostDetails.empty("", java.time.ZoneId.of("Asia/Makassar")));
        bench.posts.chooseTargets(other.id(), List.of(Platform.X, Platform.FACEBOOK));
        assertThat(bench.exports.choices(other.id()).platforms()).containsExactly("facebook", "x");
        assertThat(Set.copyOf(chosen.platforms())).isEqualTo(Set.of("instagram", "instagram-story"));
        assertThat(Map.copyOf(chosen.sizes())).containsEntry("instagram", "1:1");
    }
}
