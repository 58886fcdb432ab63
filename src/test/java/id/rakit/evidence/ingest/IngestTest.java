package id.rakit.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.rendition.Deadline;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.store.Database;
import id.rakit.store.SqliteClockCorrections;
import id.rakit.store.SqliteEvidenceRepository;
import id.rakit.store.SqlitePostRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import path end to end on real files, a real library folder and a real SQLite file. */
class IngestTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path temp;

    Database db;
    MediaLibrary library;
    SqliteEvidenceRepository evidence;
    SqlitePostRepository posts;
    Post post;

    @BeforeEach
    void open() {
        db = Database.open(temp.resolve("rakit.db"));
        library = new MediaLibrary(temp.resolve("data"));
        evidence = new SqliteEvidenceRepository(db);
        posts = new SqlitePostRepository(db);
        post = posts.create(new PostDetails("Peresmian", "", "", Optional.of(LocalDateTime.parse("2024-09-17T09:00")),
                Optional.of(LocalDateTime.parse("2024-09-17T12:00")), WIB, "", Optional.empty()),
                id.rakit.post.Composition.EMPTY, java.time.Instant.now());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Ingest ingest(MediaReader reader, PictureMaker pictures, Duration perFile) {
        return new Ingest(library, reader, pictures, evidence, Clock.systemUTC(), new Ingest.Limits(2, perFile));
    }

    Ingest standard() {
        return ingest(StandardReaders.metadata(WIB), StandardReaders.pictures(), Duration.ofSeconds(30));
    }

    Path copy(String fixture, String as) throws IOException {
        Path target = temp.resolve("usb").resolve(as);
        Files.createDirectories(target.getParent());
        return Files.copy(FLOW.resolve(fixture), target);
    }

    @Test
    void oneBadFileNeverStopsTheBatchAndEveryFileGetsItsOutcome() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        List<Path> files = new ArrayList<>();
        files.add(copy("acara-0930.jpg", "foto acara 🎉 Padang.jpg"));
        files.add(Files.write(usb.resolve("kosong.jpg"), new byte[0]));
        byte[] whole = Files.readAllBytes(FLOW.resolve("sebelum-acara.jpg"));
        files.add(Files.write(usb.resolve("terpotong.jpg"), java.util.Arrays.copyOf(whole, 300)));
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        files.add(Files.write(usb.resolve("acak.jpg"), noise));
        files.add(usb.resolve("sudah dicabut.jpg"));
        files.add(copy("sebelum-acara.jpg", "ジャカルタ bukittinggi.JPG"));
        files.add(Files.writeString(usb.resolve("catatan.txt"), "bukan foto"));

        Ingest.Report report = standard().run(post.id(), files, new Ingest.Listener() { }, new AtomicBoolean());

        assertThat(report.outcomes()).hasSize(files.size()).doesNotContainNull();
        assertThat(report.outcomes().get(0).problem()).isEmpty();
        assertThat(report.outcomes().get(0).item().orElseThrow().media().mediaType()).isEqualTo(MediaType.PHOTO);
        assertThat(report.outcomes().get(1).problem()).contains(FileProblem.EMPTY_FILE);
        assertThat(report.outcomes().get(2).problem()).hasValueSatisfying(p ->
                assertThat(p).isIn(FileProblem.TRUNCATED, FileProblem.CORRUPT));
        assertThat(report.outcomes().get(3).problem()).contains(FileProblem.CORRUPT);
        assertThat(report.outcomes().get(4).problem()).contains(FileProblem.NOT_FOUND);
        assertThat(report.outcomes().get(4).item()).isEmpty();
        assertThat(report.outcomes().get(5).item().orElseThrow().originalName()).isEqualTo("ジャカルタ bukittinggi.JPG");
        assertThat(report.outcomes().get(6).problem()).contains(FileProblem.UNSUPPORTED_FORMAT);

        // nothing the admin imported is dropped: damaged files stay, with their problem, for a decision;
        // what is no photo or video is not copied into the library
        List<EvidenceItem> items = evidence.forPost(post.id());
        assertThat(items).hasSize(6);
        for (EvidenceItem item : items) {
            if (item.media().isMedia()) {
                assertThat(library.resolve(item.file().libraryPath())).exists();
                assertThat(MediaLibrary.hash(library.resolve(item.file().libraryPath()))).isEqualTo(item.sha256());
            } else {
                assertThat(item.file().libraryPath()).as(item.originalName()).isEmpty();
            }
        }
        try (Stream<Path> stored = Files.walk(temp.resolve("data/library"))) {
            assertThat(stored.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".incoming")))
                    .hasSize((int) items.stream().filter(i -> i.media().isMedia()).count());
        }
        EvidenceItem good = report.outcomes().get(0).item().orElseThrow();
        assertThat(library.thumbnail(good.sha256())).exists();
        assertThat(library.preview(good.sha256())).exists();
        var thumb = ImageIO.read(library.thumbnail(good.sha256()).toFile());
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(320);
        assertThat(good.file().perceptualHash()).isPresent();
        assertThat(incomingLeftovers()).isEmpty();
    }

    @Test
    void liesBombsAndFuzzedFilesEachGetTheirOwnMessageAndTheImportGoesOn() throws IOException {
        Path fixtures = Path.of("src/test/resources/fixtures");
        List<Path> files = new ArrayList<>(List.of(
                fixtures.resolve("metadata/png-named.jpg"),
                fixtures.resolve("rendition/bomb-50000.png"),
                fixtures.resolve("rendition/bomb-50000.jpg"),
                fixtures.resolve("rendition/truncated.png"),
                fixtures.resolve("metadata/text.mp4"),
                FLOW.resolve("acara-0930.jpg")));
        Path fuzzing = Path.of("../shared/corpus/dev/files/mei/fuzzing");
        if (Files.isDirectory(fuzzing)) {
            try (Stream<Path> fuzzed = Files.list(fuzzing)) {
                fuzzed.sorted().forEach(files::add);
            }
        }

        Ingest.Report report = standard().run(post.id(), files, new Ingest.Listener() { }, new AtomicBoolean());

        assertThat(report.outcomes()).hasSize(files.size()).doesNotContainNull();
        Ingest.Outcome lie = report.outcomes().get(0);
        assertThat(lie.item().orElseThrow().media().format()).isEqualTo("PNG");
        assertThat(lie.item().orElseThrow().media().problems()).contains(FileProblem.EXTENSION_MISMATCH);
        for (int bomb : new int[] {1, 2}) {
            EvidenceItem item = report.outcomes().get(bomb).item().orElseThrow();
            assertThat(item.media().problems()).as(item.originalName()).contains(FileProblem.TOO_MANY_PIXELS);
            assertThat(library.thumbnail(item.sha256())).doesNotExist();
        }
        assertThat(report.outcomes().get(3).item().orElseThrow().media().problems())
                .containsAnyOf(FileProblem.TRUNCATED, FileProblem.CORRUPT);
        assertThat(report.outcomes().get(4).problem()).isPresent();
        assertThat(report.outcomes().get(5).problem()).isEmpty();
        assertThat(report.outcomes().get(5).item().orElseThrow().media().captureTime()).isPresent();
        for (int i = 6; i < files.size(); i++) {
            assertThat(report.outcomes().get(i).problem()).as(files.get(i).toString()).isPresent();
        }
    }

    @Test
    void theSameFileImportedTwiceIsStoredOnce() throws IOException {
        Path a = copy("acara-0930.jpg", "IMG_0001.JPG");
        Path b = copy("acara-0930.jpg", "salinan/IMG_0001 (1).JPG");
        standard().run(post.id(), List.of(a), new Ingest.Listener() { }, new AtomicBoolean());
        Ingest.Report again = standard().run(post.id(), List.of(b, a), new Ingest.Listener() { }, new AtomicBoolean());

        // nothing new: both are the item the post already has, and the report says so
        assertThat(again.outcomes()).allSatisfy(o -> {
            assertThat(o.item()).isPresent();
            assertThat(o.alreadyInPost()).isTrue();
            assertThat(o.imported()).isFalse();
        });
        assertThat(again.alreadyInPost()).isEqualTo(2);
        assertThat(evidence.forPost(post.id())).hasSize(1);
        try (Stream<Path> files = Files.walk(temp.resolve("data/library"))) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".incoming"))).hasSize(1);
        }
    }

    @Test
    void aFileThatHangsIsAbandonedAfterItsLimitAndTheOthersGoOn() throws IOException {
        Path stuck = copy("acara-0930.jpg", "macet.jpg");
        Path fine = copy("sebelum-acara.jpg", "baik.jpg");
        CountDownLatch never = new CountDownLatch(1);
        MediaReader real = StandardReaders.metadata(WIB);
        MediaReader hangsOnOne = file -> {
            if (sizeOf(file) == sizeOf(stuck)) {
                try {
                    never.await();  // ignores every deadline, like a decoder stuck in a loop
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.read(file);
        };
        long start = System.nanoTime();
        Ingest.Report report = ingest(hangsOnOne, StandardReaders.pictures(), Duration.ofMillis(500))
                .run(post.id(), List.of(stuck, fine), new Ingest.Listener() { }, new AtomicBoolean());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(report.outcomes().get(0).problem()).contains(FileProblem.TIMED_OUT);
        // the abandoned file is accounted for: its row says why, and nothing of it is in the library
        EvidenceItem abandoned = report.outcomes().get(0).item().orElseThrow();
        assertThat(abandoned.originalName()).isEqualTo("macet.jpg");
        assertThat(abandoned.media().mainProblem()).contains(FileProblem.TIMED_OUT);
        assertThat(abandoned.file().libraryPath()).isEmpty();
        assertThat(evidence.forPost(post.id())).hasSize(2);
        assertThat(report.outcomes().get(1).imported()).isTrue();
        assertThat(seconds).as("bounded by the limit and its grace, not by the stuck file").isLessThan(10);
        never.countDown();

        // imported again once it reads, the stand-in becomes the real file
        Ingest.Report again = standard().run(post.id(), List.of(stuck), new Ingest.Listener() { }, new AtomicBoolean());
        EvidenceItem whole = again.outcomes().get(0).item().orElseThrow();
        assertThat(whole.id()).isEqualTo(abandoned.id());
        assertThat(whole.media().mediaType()).isEqualTo(MediaType.PHOTO);
        assertThat(library.resolve(whole.file().libraryPath())).exists();
    }

    @Test
    void anErrorThatLandsOnALaneLosesNoFileAndTheLaneGoesOn() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(distinctPhoto(i));
        }
        // an OutOfMemoryError a hostile file caused elsewhere can surface on the batch's own thread
        Ingest oneLane = new Ingest(library, StandardReaders.metadata(WIB), StandardReaders.pictures(), evidence,
                Clock.systemUTC(), new Ingest.Limits(1, Duration.ofSeconds(30)));
        Ingest.Report report = oneLane.run(post.id(), files, new Ingest.Listener() {
            @Override
            public void started(int index) {
                if (index == 1) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
            }

            @Override
            public void finished(int index, Ingest.Outcome outcome) {
                if (index == 2) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
            }
        }, new AtomicBoolean());

        assertThat(report.outcomes()).hasSize(4).doesNotContainNull();
        assertThat(report.outcomes().get(1).problem()).contains(FileProblem.READ_FAILED);
        assertThat(report.outcomes().get(1).item()).as("the failed file has its row").isPresent();
        assertThat(report.outcomes().get(2).imported()).isTrue();
        assertThat(report.outcomes().get(3).imported()).as("the lane went on").isTrue();
        assertThat(evidence.forPost(post.id())).hasSize(4);
    }

    @Test
    void aFileThatIsNoPhotoOrVideoIsNotCopiedHoweverLarge() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Path zeros = usb.resolve("VID_0001.mp4");
        try (var f = new java.io.RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(1L << 30);  // 1 GB of zeros, sparse on disk (3 GB behaves the same, only slower to hash)
        }
        Path text = Files.writeString(usb.resolve("catatan.txt"), "bukan foto");
        long start = System.nanoTime();

        Ingest.Report report = standard().run(post.id(), List.of(zeros, text), new Ingest.Listener() { }, new AtomicBoolean());

        assertThat(report.outcomes().get(0).problem()).contains(FileProblem.CORRUPT);
        assertThat(report.outcomes().get(1).problem()).contains(FileProblem.UNSUPPORTED_FORMAT);
        assertThat(evidence.forPost(post.id())).hasSize(2).allSatisfy(item -> {
            assertThat(item.file().libraryPath()).isEmpty();
            assertThat(item.sha256()).hasSize(64);
        });
        assertThat(evidence.forPost(post.id()).get(0).file().sizeBytes()).isEqualTo(1L << 30);
        if (Files.exists(temp.resolve("data"))) {
            try (Stream<Path> stored = Files.walk(temp.resolve("data"))) {
                assertThat(stored.filter(Files::isRegularFile)).as("nothing copied, nothing left half-written").isEmpty();
            }
        }
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
    }

    @Test
    void aFullDiskDuringImportSaysTheDiskIsFull() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux's /dev/full");
        // every copy goes to a disk that answers "No space left on device", as a full one does
        MediaLibrary full = new MediaLibrary(temp.resolve("data"),
                file -> java.nio.channels.FileChannel.open(Path.of("/dev/full"), java.nio.file.StandardOpenOption.WRITE));
        Ingest ingest = new Ingest(full, StandardReaders.metadata(WIB), StandardReaders.pictures(), evidence,
                Clock.systemUTC(), new Ingest.Limits(2, Duration.ofSeconds(30)));
        Path photo = copy("acara-0930.jpg", "IMG_0001.JPG");

        Ingest.Report report = ingest.run(post.id(), List.of(photo), new Ingest.Listener() { }, new AtomicBoolean());

        assertThat(report.outcomes().get(0).problem()).contains(FileProblem.DISK_FULL);
        String told = new id.rakit.i18n.EvidenceTexts(id.rakit.i18n.Messages.indonesian())
                .problem(FileProblem.DISK_FULL, Optional.empty(), Optional.empty());
        assertThat(told).contains("penuh").doesNotContain("Salin ulang");
        assertThat(incomingLeftovers()).isEmpty();
    }

    @Test
    void pipesAndFoldersAmongTheFilesAreToldAndNeverOpened() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"));
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Path fifo = usb.resolve("pipa.jpg");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path loop = Files.createSymbolicLink(usb.resolve("balik"), usb);
        Path photo = copy("acara-0930.jpg", "IMG_0001.JPG");
        long start = System.nanoTime();

        List<Path> files = FileCollector.collect(List.of(usb), true);
        Ingest.Report report = standard().run(post.id(), files, new Ingest.Listener() { }, new AtomicBoolean());

        assertThat(files).contains(fifo, loop, photo);
        assertThat(report.outcomes().get(files.indexOf(fifo)).problem()).contains(FileProblem.SKIPPED_SPECIAL_FILE);
        assertThat(report.outcomes().get(files.indexOf(loop)).problem()).contains(FileProblem.SKIPPED_LINK_LOOP);
        assertThat(report.outcomes().get(files.indexOf(photo)).imported()).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("the pipe was never opened").isLessThan(20);
    }

    @Test
    void cancellingLeavesWhatFinishedAndNothingHalfWritten() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(distinctPhoto(i));
        }
        CountDownLatch firstDone = new CountDownLatch(1);
        AtomicBoolean cancel = new AtomicBoolean();
        PictureMaker slow = HeldPictures.slowedBy(150);
        Thread canceller = new Thread(() -> {
            try {
                firstDone.await();
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        canceller.start();
        Ingest.Report report = ingest(StandardReaders.metadata(WIB), slow, Duration.ofSeconds(30))
                .run(post.id(), files, new Ingest.Listener() {
                    @Override
                    public void finished(int index, Ingest.Outcome outcome) {
                        firstDone.countDown();
                    }
                }, cancel);
        canceller.join();

        assertThat(report.cancelled()).isTrue();
        long imported = report.imported();
        assertThat(imported).isBetween(1L, 11L);
        assertThat(report.notStarted()).isPositive();
        assertThat(evidence.forPost(post.id())).hasSize((int) imported);
        try (Stream<Path> stored = Files.walk(temp.resolve("data/library"))) {
            assertThat(stored.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".incoming")))
                    .hasSize((int) imported);
        }
        assertThat(incomingLeftovers()).isEmpty();
        try (Stream<Path> cache = Files.walk(temp.resolve("data/cache"))) {
            assertThat(cache.filter(Files::isRegularFile).map(Path::toString))
                    .allSatisfy(name -> assertThat(name).endsWith(".jpg"));
        }
    }

    @Test
    void closingStopsAnImportUnderWayAndWaitsForItToLeaveEverythingWhole() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(distinctPhoto(i));
        }
        Ingest ingest = ingest(StandardReaders.metadata(WIB), HeldPictures.slowedBy(100), Duration.ofSeconds(30));
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Ingest.Report> report = new java.util.concurrent.atomic.AtomicReference<>();
        Thread importing = new Thread(() -> report.set(ingest.run(post.id(), files, new Ingest.Listener() {
            @Override
            public void started(int index) {
                started.countDown();
            }
        }, cancel)));
        importing.start();
        started.await();

        long before = System.nanoTime();
        ingest.stopAll(Duration.ofSeconds(10));
        long waitedMs = (System.nanoTime() - before) / 1_000_000;

        importing.join(2000);
        assertThat(importing.isAlive()).isFalse();
        assertThat(waitedMs).as("stopAll returned because the import stopped, not because it gave up").isLessThan(10_000);
        assertThat(cancel.get()).isTrue();
        assertThat(report.get().cancelled()).isTrue();
        assertThat(evidence.forPost(post.id())).hasSize((int) report.get().imported());
        assertThat(incomingLeftovers()).isEmpty();
    }

    @Test
    void aCameraClockCorrectionIsRememberedForLaterImports() throws IOException {
        // the fixture's Canon EOS RP clock said 09:30 when it was really 13:35 (4 h 5 min behind)
        EvidenceService service = new EvidenceService(evidence, new SqliteClockCorrections(db), Clock.systemUTC());
        Path first = copy("acara-0930.jpg", "first.jpg");
        standard().run(post.id(), List.of(first), new Ingest.Listener() { }, new AtomicBoolean());
        CheckedItem before = service.check(post).get(0);
        assertThat(before.result().verdict()).contains(Verdict.ON_TIME);

        service.setClockCorrection(CameraId.of(before.item().media()).orElseThrow(), Duration.ofMinutes(245));
        CheckedItem corrected = service.check(post).get(0);
        assertThat(corrected.result().captureTime().orElseThrow().local()).isEqualTo(LocalDateTime.parse("2024-09-17T13:35:00.25"));
        assertThat(corrected.result().verdict()).contains(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, 96));

        Post later = posts.create(post.details(), id.rakit.post.Composition.EMPTY, java.time.Instant.now());
        Path another = distinctCanonPhoto();
        standard().run(later.id(), List.of(another), new Ingest.Listener() { }, new AtomicBoolean());
        CheckedItem laterItem = service.check(later).get(0);
        assertThat(laterItem.result().correction()).contains(Duration.ofMinutes(245));
    }

    private Path distinctPhoto(int i) throws IOException {
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(shade(i), 255 - shade(i), (i * 37) % 255));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path p = temp.resolve("batch").resolve(String.format("IMG_%04d.JPG", i));
        Files.createDirectories(p.getParent());
        ImageIO.write(image, "jpg", p.toFile());
        return p;
    }

    private static int shade(int i) {
        return (i * 20) % 255;
    }

    private Path distinctCanonPhoto() throws IOException {
        byte[] bytes = Files.readAllBytes(FLOW.resolve("acara-0930.jpg"));
        // a different file from the same camera: change one byte of the picture data near the end
        bytes[bytes.length - 20] ^= 0x01;
        Path p = temp.resolve("usb2/IMG_0002.JPG");
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private List<Path> incomingLeftovers() throws IOException {
        Path incoming = temp.resolve("data/library/.incoming");
        if (!Files.exists(incoming)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(incoming)) {
            return s.toList();
        }
    }
}
