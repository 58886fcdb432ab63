package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.post.Publication;
import id.rakit.post.Revision;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The post aggregate as stored: variants, media per platform, alt texts, revisions, statuses, the bin. */
class SqlitePostRepositoryTest {

    static final Instant T0 = SqliteRepositoriesTest.T0;

    @TempDir
    Path dir;

    private long evidence(Database db, long postId, String shaStart) {
        MediaInfo m = SqliteRepositoriesTest.photo(LocalDateTime.parse("2024-09-17T10:00"), true);
        LibraryFile f = SqliteRepositoriesTest.file(shaStart + "0".repeat(64 - shaStart.length()), m, 1L);
        return new SqliteEvidenceRepository(db).add(postId, f, shaStart + ".jpg", "/x", 0, T0).item().id();
    }

    @Test
    void everyPartOfTheCompositionSurvivesReopeningTheDatabase() {
        Path file = dir.resolve("rakit.db");
        long id;
        long photo1;
        long photo2;
        try (Database db = Database.open(file)) {
            var posts = new SqlitePostRepository(db);
            id = posts.create(SqliteRepositoriesTest.details("Jembatan"), Composition.EMPTY, T0).id();
            photo1 = evidence(db, id, "a1");
            photo2 = evidence(db, id, "a2");
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "Gubernur meresmikan jembatan 🇮🇩", T0, "Rina");
            posts.saveTargets(id, List.of(Platform.X, Platform.INSTAGRAM, Platform.YOUTUBE), T0);
            posts.saveText(id, Platform.X, CaptionField.BODY, "Jembatan Batang Anai resmi dibuka.", T0, "Rina");
            posts.saveText(id, Platform.YOUTUBE, CaptionField.TITLE, "Peresmian Jembatan", T0, "Rina");
            posts.saveText(id, Platform.INSTAGRAM, CaptionField.FIRST_COMMENT, "#SumbarMaju", T0, "Rina");
            posts.saveMedia(id, Platform.X, Optional.of(List.of(photo2, photo1)), T0);
            posts.saveAltText(id, Platform.GENERAL, photo1, "Gubernur menggunting pita", T0);
            posts.saveAltText(id, Platform.X, photo1, "Pita digunting", T0);
        }
        try (Database db = Database.open(file)) {
            Composition c = new SqlitePostRepository(db).find(id).orElseThrow().composition();
            assertThat(c.master()).isEqualTo("Gubernur meresmikan jembatan 🇮🇩");
            assertThat(c.targets()).containsExactly(Platform.INSTAGRAM, Platform.X, Platform.YOUTUBE);
            assertThat(c.body(Platform.X)).isEqualTo("Jembatan Batang Anai resmi dibuka.");
            assertThat(c.variant(Platform.X).followsMaster()).isFalse();
            assertThat(c.body(Platform.INSTAGRAM)).isEqualTo(c.master());
            assertThat(c.variant(Platform.INSTAGRAM).followsMaster()).isTrue();
            assertThat(c.variant(Platform.INSTAGRAM).firstComment()).isEqualTo("#SumbarMaju");
            assertThat(c.variant(Platform.YOUTUBE).title()).isEqualTo("Peresmian Jembatan");
            assertThat(c.variant(Platform.YOUTUBE).followsMaster()).isTrue();
            assertThat(c.media(Platform.X, List.of(photo1, photo2))).containsExactly(photo2, photo1);
            assertThat(c.media(Platform.INSTAGRAM, List.of(photo1, photo2))).containsExactly(photo1, photo2);
            assertThat(c.altText(Platform.X, photo1)).isEqualTo("Pita digunting");
            assertThat(c.altText(Platform.INSTAGRAM, photo1)).isEqualTo("Gubernur menggunting pita");
            assertThat(c.altText(Platform.INSTAGRAM, photo2)).isEmpty();
        }
    }

    @Test
    void aPlatformFollowsTheMasterAgainAfterAResetAndKeepsItsOwnTextInItsHistory() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Reset"), Composition.EMPTY, T0).id();
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "Umum", T0, "");
            posts.saveText(id, Platform.THREADS, CaptionField.BODY, "Khusus Threads", T0.plusSeconds(1), "Rina");
            posts.followMaster(id, Platform.THREADS, T0.plusSeconds(2));
            Composition c = posts.find(id).orElseThrow().composition();
            assertThat(c.variant(Platform.THREADS).followsMaster()).isTrue();
            assertThat(c.body(Platform.THREADS)).isEqualTo("Umum");
            assertThat(posts.revisions(id, Platform.THREADS, CaptionField.BODY)).extracting(Revision::text)
                    .containsExactly("Khusus Threads");
        }
    }

    @Test
    void everySavedCaptionTextIsARevisionWithItsTimeAndAuthorAndAnUnchangedSaveAddsNone() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Riwayat"), Composition.EMPTY, T0).id();
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "Gub", T0.plusSeconds(1), "Rina");
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "Gubernur", T0.plusSeconds(2), "Rina");
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, "Gubernur", T0.plusSeconds(3), "Rina");
            List<Revision> history = posts.revisions(id, Platform.GENERAL, CaptionField.BODY);
            assertThat(history).extracting(Revision::text).containsExactly("Gubernur", "Gub");
            assertThat(history.get(0).savedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(history.get(0).author()).isEqualTo("Rina");
        }
    }

    @Test
    void statusesMoveAndAPublishedPostStaysPublishedWhenExportedAgain() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Status"), Composition.EMPTY, T0).id();
            posts.saveStatus(id, PostStatus.READY, Optional.empty(), T0);
            assertThat(posts.find(id).orElseThrow().status()).isEqualTo(PostStatus.READY);
            posts.markExported(id, T0.plusSeconds(60));
            Post exported = posts.find(id).orElseThrow();
            assertThat(exported.status()).isEqualTo(PostStatus.EXPORTED);
            assertThat(exported.exportedAt()).contains(T0.plusSeconds(60));
            Publication online = new Publication("https://www.instagram.com/p/abc/", LocalDate.parse("2024-09-18"));
            posts.saveStatus(id, PostStatus.PUBLISHED, Optional.of(online), T0.plusSeconds(120));
            posts.markExported(id, T0.plusSeconds(180));
            Post published = posts.find(id).orElseThrow();
            assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(published.publication()).contains(online);
            assertThat(posts.search(new PostQuery("", Optional.of(PostStatus.PUBLISHED), false)))
                    .extracting(PostSummary::id).containsExactly(id);
            assertThat(posts.search(new PostQuery("", Optional.of(PostStatus.DRAFT), false))).isEmpty();
        }
    }

    @Test
    void aPostInTheBinLeavesTheListComesBackWhenRestoredAndIsPurgedOnlyWhenOld() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long keep = posts.create(SqliteRepositoriesTest.details("Tetap"), Composition.EMPTY, T0).id();
            long binned = posts.create(SqliteRepositoriesTest.details("Dibuang"), Composition.EMPTY, T0).id();
            long old = posts.create(SqliteRepositoriesTest.details("Lama"), Composition.EMPTY, T0).id();
            posts.moveToBin(binned, T0.plus(Duration.ofDays(20)));
            posts.moveToBin(old, T0);
            assertThat(posts.search(PostQuery.ALL)).extracting(PostSummary::id).containsExactly(keep);
            assertThat(posts.search(new PostQuery("", Optional.empty(), true))).extracting(PostSummary::id)
                    .containsExactly(binned, old);
            assertThat(posts.find(binned).orElseThrow().inBin()).isTrue();

            assertThat(posts.purgeBin(T0.plus(Duration.ofDays(10)))).isEqualTo(1);
            assertThat(posts.find(old)).isEmpty();
            posts.restore(binned, T0.plus(Duration.ofDays(21)));
            assertThat(posts.search(PostQuery.ALL)).extracting(PostSummary::id).contains(keep, binned);
        }
    }

    @Test
    void evidenceTakenOutOfAPostLeavesItsMediaSelectionAndComesBackWhenImportedAgain() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            var items = new SqliteEvidenceRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Bukti"), Composition.EMPTY, T0).id();
            long a = evidence(db, id, "b1");
            long b = evidence(db, id, "b2");
            items.accept(a, Optional.of("Foto panitia"));
            posts.saveMedia(id, Platform.X, Optional.of(List.of(a, b)), T0);
            items.remove(a, T0);
            assertThat(items.forPost(id)).extracting(i -> i.id()).containsExactly(b);
            assertThat(posts.find(id).orElseThrow().composition().media(Platform.X, List.of(b))).containsExactly(b);
            assertThat(posts.search(PostQuery.ALL).get(0).evidenceCount()).isEqualTo(1);
            // imported again: the same item, with the reason the admin wrote
            var back = items.add(id, items.find(a).orElseThrow().file(), "b1.jpg", "/x", 5, T0);
            assertThat(back.alreadyInPost()).isFalse();
            assertThat(back.item().id()).isEqualTo(a);
            assertThat(back.item().acceptedReason()).contains("Foto panitia");
        }
    }

    @Test
    void theUnitOfTheLastWrittenPostIsOfferedForTheNext() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            assertThat(posts.lastUnit()).isEmpty();
            long id = posts.create(SqliteRepositoriesTest.details("A"), Composition.EMPTY, T0).id();
            posts.saveDetails(id, SqliteRepositoriesTest.details("A").withUnit("Dinas Pariwisata"), T0.plusSeconds(5));
            assertThat(posts.lastUnit()).contains("Dinas Pariwisata");
        }
    }

    @Test
    void searchFindsWordsInEveryPlatformsCaptionAndTitle() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Cari"), Composition.EMPTY, T0).id();
            posts.saveText(id, Platform.YOUTUBE, CaptionField.TITLE, "Festival Tabuik Pariaman", T0, "");
            posts.saveText(id, Platform.INSTAGRAM, CaptionField.FIRST_COMMENT, "#PesonaSumbar", T0, "");
            assertThat(posts.search(PostQuery.ALL.withText("tabuik"))).extracting(PostSummary::id).containsExactly(id);
            assertThat(posts.search(PostQuery.ALL.withText("pesonasumbar"))).extracting(PostSummary::id).containsExactly(id);
            assertThat(posts.search(PostQuery.ALL.withText("'; DROP TABLE post; --"))).isEmpty();
            assertThat(posts.search(PostQuery.ALL)).hasSize(1);
        }
    }

    @Test
    void fullTextSearchFoldsCaseAndAccentsFindsPrefixesAndFiltersByPlatformAndEventDate() {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            long tabuik = posts.create(SqliteRepositoriesTest.details("Festival Tabuik").withEvent(
                    Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.of(LocalDateTime.parse("2024-09-17T12:00")),
                    SqliteRepositoriesTest.WIB), Composition.EMPTY, T0).id();
            long cafe = posts.create(SqliteRepositoriesTest.details("Kafé Kopi Solok").withEvent(
                    Optional.of(LocalDateTime.parse("2024-10-05T09:00")), Optional.of(LocalDateTime.parse("2024-10-05T12:00")),
                    SqliteRepositoriesTest.WIB), Composition.EMPTY, T0.plusSeconds(1)).id();
            posts.saveText(tabuik, Platform.GENERAL, CaptionField.BODY, "Ribuan warga memadati Pantai Gandoriah #PesonaPariaman", T0, "");
            posts.saveTargets(tabuik, List.of(Platform.INSTAGRAM, Platform.X), T0);
            posts.saveTargets(cafe, List.of(Platform.FACEBOOK), T0);

            assertThat(posts.search(PostQuery.ALL.withText("KAFE"))).extracting(PostSummary::id).containsExactly(cafe);
            assertThat(posts.search(PostQuery.ALL.withText("ribu gandor"))).extracting(PostSummary::id).containsExactly(tabuik);
            assertThat(posts.search(PostQuery.ALL.withText("#pesonapariaman"))).extracting(PostSummary::id).containsExactly(tabuik);
            assertThat(posts.search(PostQuery.ALL.withText("\"*:( OR NEAR"))).isEmpty();
            assertThat(posts.search(PostQuery.ALL.withPlatform(Optional.of(Platform.X)))).extracting(PostSummary::id)
                    .containsExactly(tabuik);
            assertThat(posts.search(PostQuery.ALL.withEvent(Optional.of(LocalDate.parse("2024-10-01")),
                    Optional.of(LocalDate.parse("2024-10-31"))))).extracting(PostSummary::id).containsExactly(cafe);
            // a caption changed later is found by its new words only
            posts.saveText(tabuik, Platform.GENERAL, CaptionField.BODY, "Tabuik diarak ke laut", T0.plusSeconds(9), "");
            assertThat(posts.search(PostQuery.ALL.withText("gandoriah"))).isEmpty();
            assertThat(posts.search(PostQuery.ALL.withText("diarak"))).extracting(PostSummary::id).containsExactly(tabuik);
        }
    }
}
