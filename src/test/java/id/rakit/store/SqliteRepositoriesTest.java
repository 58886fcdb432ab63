package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.GpsFix;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.ReuseMatch;
import id.rakit.evidence.Verdict;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostQuery;
import id.rakit.post.PostStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRepositoriesTest {

    static final Instant T0 = Instant.parse("2024-09-17T02:00:00Z");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dir;

    static PostDetails details(String title) {
        return new PostDetails(title, "Dinas Kominfotik", "Peresmian Jembatan",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.of(LocalDateTime.parse("2024-09-17T12:00")),
                WIB, "Batang Anai", Optional.of(new GeoPoint(-0.7833, 100.3167)));
    }

    static MediaInfo photo(LocalDateTime taken, boolean offset) {
        CaptureTime t = offset ? CaptureTime.withOffset(taken, ZoneOffset.ofHours(7), "Exif.DateTimeOriginal")
                : CaptureTime.assumingZone(taken, WIB, "Exif.DateTimeOriginal");
        return new MediaInfo(MediaType.PHOTO, "JPEG", Optional.of(t), Optional.of("Canon"), Optional.of("Canon EOS RP"),
                Optional.of("0123"), Optional.of("Firmware 1.6"), Optional.of(6), Optional.of(6240), Optional.of(4160),
                Optional.empty(), Optional.empty(),
                Optional.of(new GpsFix(-0.78, 100.31, Optional.of(Instant.parse("2024-09-17T02:15:00Z")))),
                Optional.of(taken), true, List.of());
    }

    static LibraryFile file(String sha, MediaInfo media, Long phash) {
        return new LibraryFile(sha, 1234, sha.substring(0, 2) + "/" + sha + ".jpg", media, Optional.ofNullable(phash), T0);
    }

    @Test
    void aPostItsCaptionAndEvidenceSurviveClosingAndReopeningTheFile() {
        Path file = dir.resolve("rakit.db");
        long postId;
        try (Database db = Database.open(file)) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            Post p = posts.create(details("Jembatan diresmikan"), Composition.EMPTY, T0);
            postId = p.id();
            posts.saveText(postId, Platform.GENERAL, CaptionField.BODY, "Gubernur meresmikan jembatan. 🎉", T0.plusSeconds(5), "");
            evidence.add(postId, file("ab" + "0".repeat(62), photo(LocalDateTime.parse("2024-09-17T09:30:00.250"), true), 42L),
                    "IMG_0001.JPG", "/media/usb/IMG_0001.JPG", 0, T0);
        }
        assertThat(Files.exists(file)).isTrue();
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.migrations().size());
            Post p = new SqlitePostRepository(db).find(postId).orElseThrow();
            assertThat(p.details()).isEqualTo(details("Jembatan diresmikan"));
            assertThat(p.caption()).isEqualTo("Gubernur meresmikan jembatan. 🎉");
            assertThat(p.status()).isEqualTo(PostStatus.DRAFT);
            List<EvidenceItem> items = new SqliteEvidenceRepository(db).forPost(postId);
            assertThat(items).hasSize(1);
            EvidenceItem item = items.get(0);
            assertThat(item.originalName()).isEqualTo("IMG_0001.JPG");
            assertThat(item.media()).isEqualTo(photo(LocalDateTime.parse("2024-09-17T09:30:00.250"), true));
            assertThat(item.file().perceptualHash()).contains(42L);
        }
    }

    @Test
    void walAndForeignKeysAreOn() throws Exception {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            String mode = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int fk = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(fk).isEqualTo(1);
        }
    }

    @Test
    void itemsAddedAtReservedPositionsStandInThatOrderWhateverOrderTheyArrive() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            long p = posts.create(details("Urutan"), Composition.EMPTY, T0).id();
            MediaInfo m = photo(LocalDateTime.parse("2024-09-17T10:00"), false);
            evidence.add(p, file("a1" + "0".repeat(62), m, 1L), "lama.jpg", "/lama.jpg", evidence.nextPosition(p), T0);
            int first = evidence.nextPosition(p);

            // picked as dua, tiga, empat; finished as empat, dua, tiga
            evidence.add(p, file("a4" + "0".repeat(62), m, 4L), "empat.jpg", "/empat.jpg", first + 2, T0);
            evidence.add(p, file("a2" + "0".repeat(62), m, 2L), "dua.jpg", "/dua.jpg", first, T0);
            evidence.add(p, file("a3" + "0".repeat(62), m, 3L), "tiga.jpg", "/tiga.jpg", first + 1, T0);

            assertThat(first).isEqualTo(1);
            assertThat(evidence.forPost(p)).extracting(EvidenceItem::originalName)
                    .containsExactly("lama.jpg", "dua.jpg", "tiga.jpg", "empat.jpg");
            assertThat(evidence.nextPosition(p)).isEqualTo(4);
        }
    }

    @Test
    void theSameContentIsStoredOncePerPostAndOnceInTheLibrary() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            long a = posts.create(details("A"), Composition.EMPTY, T0).id();
            String sha = "cd" + "1".repeat(62);
            EvidenceItem first = evidence.add(a, file(sha, photo(LocalDateTime.parse("2024-09-17T10:00"), false), 7L),
                    "x.jpg", "/x.jpg", 0, T0).item();
            EvidenceItem again = evidence.add(a, file(sha, photo(LocalDateTime.parse("2024-09-17T10:00"), false), 7L),
                    "copy of x.jpg", "/y.jpg", 0, T0).item();
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(evidence.add(a, file(sha, photo(LocalDateTime.parse("2024-09-17T10:00"), false), 7L),
                    "x.jpg", "/x.jpg", 0, T0).alreadyInPost()).isTrue();
            assertThat(evidence.forPost(a)).hasSize(1);
            int files = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM media_file")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(files).isEqualTo(1);
        }
    }

    @Test
    void reuseFindsTheSameFileAndNearIdenticalPicturesInOtherPosts() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            long old = posts.create(details("Banjir Padang"), Composition.EMPTY, T0).id();
            long now = posts.create(details("Jembatan"), Composition.EMPTY, T0).id();
            String same = "aa" + "2".repeat(62);
            String similarOld = "bb" + "3".repeat(62);
            String similarNew = "cc" + "4".repeat(62);
            String unrelated = "dd" + "5".repeat(62);
            MediaInfo m = photo(LocalDateTime.parse("2024-09-17T10:00"), true);
            evidence.add(old, file(same, m, 0L), "a.jpg", "/a.jpg", 0, T0);
            evidence.add(old, file(similarOld, m, 0b1111L), "b.jpg", "/b.jpg", 0, T0);
            evidence.add(now, file(same, m, 0L), "a2.jpg", "/a2.jpg", 0, T0);
            evidence.add(now, file(similarNew, m, 0b1111_0000_0011L), "c.jpg", "/c.jpg", 0, T0);
            evidence.add(now, file(unrelated, m, -1L), "d.jpg", "/d.jpg", 0, T0);

            Map<String, List<ReuseMatch>> reuse = evidence.reuse(now, 6);

            assertThat(reuse.get(same)).extracting(ReuseMatch::postTitle, ReuseMatch::identical)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Banjir Padang", true));
            assertThat(reuse.get(similarNew)).extracting(ReuseMatch::postId).containsExactly(old);
            assertThat(reuse.get(similarNew).get(0).identical()).isFalse();
            assertThat(reuse).doesNotContainKey(unrelated);
        }
    }

    @Test
    void searchMatchesEveryWordInTitleEventVenueOrCaption() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long a = posts.create(details("Jembatan Batang Anai diresmikan"), Composition.EMPTY, T0).id();
            long b = posts.create(new PostDetails("Vaksinasi massal", "", "", Optional.empty(), Optional.empty(), WIB,
                    "GOR Haji Agus Salim", Optional.empty()), Composition.EMPTY, T0.plusSeconds(1)).id();
            posts.saveText(b, Platform.GENERAL, CaptionField.BODY, "Ribuan warga Padang ikut vaksinasi", T0.plusSeconds(2), "");

            assertThat(posts.search(PostQuery.ALL.withText(""))).extracting(s -> s.id()).containsExactly(b, a);
            assertThat(posts.search(PostQuery.ALL.withText("jembatan anai"))).extracting(s -> s.id()).containsExactly(a);
            assertThat(posts.search(PostQuery.ALL.withText("RIBUAN padang"))).extracting(s -> s.id()).containsExactly(b);
            assertThat(posts.search(PostQuery.ALL.withText("gor"))).extracting(s -> s.id()).containsExactly(b);
            assertThat(posts.search(PostQuery.ALL.withText("banjir"))).isEmpty();
        }
    }

    @Test
    void checksAcceptanceAndCameraCorrectionsAreStored() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            var clocks = new SqliteClockCorrections(db);
            long p = posts.create(details("X"), Composition.EMPTY, T0).id();
            EvidenceItem item = evidence.add(p, file("ee" + "6".repeat(62),
                    photo(LocalDateTime.parse("2024-09-15T09:00"), true), 1L), "e.jpg", "/e.jpg", 0, T0).item();
            evidence.saveChecks(Map.of(item.id(), new CheckResult(Optional.empty(), Optional.empty(),
                    Optional.of(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -2880)), List.of(Finding.of(Flag.EDITED, "GIMP")))));
            evidence.accept(item.id(), Optional.of("  Foto panitia, jam kamera salah  "));
            CameraId canon = new CameraId("Canon", "Canon EOS RP", Optional.of("0123"));
            clocks.save(canon, Duration.ofMinutes(65), T0);

            String[] row = db.read(c -> {
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT verdict, delta_minutes, flags FROM evidence")) {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                }
            });
            assertThat(row).containsExactly("OUTSIDE_WINDOW", "-2880", "EDITED");
            assertThat(evidence.find(item.id()).orElseThrow().acceptedReason()).contains("Foto panitia, jam kamera salah");
            assertThat(clocks.find(new CameraId(" canon ", "CANON EOS RP", Optional.of("0123")))).contains(Duration.ofMinutes(65));
            assertThat(clocks.find(new CameraId("Canon", "Canon EOS RP", Optional.empty()))).isEmpty();
            clocks.remove(canon);
            assertThat(clocks.all()).isEmpty();
        }
    }

    @Test
    void anUnreadableFileIsKeptWithItsProblem() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var evidence = new SqliteEvidenceRepository(db);
            long p = posts.create(details("X"), Composition.EMPTY, T0).id();
            MediaInfo broken = MediaInfo.unreadable("JPEG", FileProblem.TRUNCATED);
            evidence.add(p, file("ff" + "7".repeat(62), broken, null), "rusak.jpg", "/rusak.jpg", 0, T0);
            assertThat(evidence.forPost(p).get(0).media()).isEqualTo(broken);
        }
    }

    @Test
    void savingDetailsOfAMissingPostFailsWithoutWritingAnything() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            assertThatThrownBy(() -> posts.saveDetails(999, details("x"), T0)).isInstanceOf(StoreException.class);
            assertThat(posts.search(PostQuery.ALL.withText(""))).isEmpty();
        }
    }


}
