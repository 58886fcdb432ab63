package id.rakit.export;

import id.rakit.compose.CaptionRules;
import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.CheckResult;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Verdict;
import id.rakit.export.BundlePlan.Inclusion;
import id.rakit.export.BundlePlan.PlanProblem;
import id.rakit.export.BundlePlan.PlanProblem.Kind;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan, before anything is written: what goes where and every problem, said once. */
class BundlePlannerTest {

    static final Instant NOW = Instant.parse("2024-09-17T06:00:00Z");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Messages ID = Messages.indonesian();
    static final Path PARENT = Path.of("/tmp/ekspor");

    final BundlePlanner planner = new BundlePlanner(PlatformData.standard(), CaptionRules.standard());

    static MediaInfo photo(int width, int height, String format) {
        return new MediaInfo(MediaType.PHOTO, format, Optional.empty(), Optional.of("Apple"), Optional.of("iPhone 13"),
                Optional.empty(), Optional.empty(), Optional.of(1), Optional.of(width), Optional.of(height),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, List.of());
    }

    static MediaInfo video(int width, int height, double seconds) {
        return new MediaInfo(MediaType.VIDEO, "MP4", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(width), Optional.of(height),
                Optional.of(seconds), Optional.of(0), Optional.empty(), Optional.empty(), true, List.of());
    }

    static CheckedItem item(long id, String name, MediaInfo media, Verdict verdict, Optional<String> reason) {
        EvidenceItem item = new EvidenceItem(id, 1, new LibraryFile(Long.toString(id).repeat(64).substring(0, 64), 1000,
                "aa/" + id, media, Optional.empty(), NOW), name, "/kamera/" + name, (int) id, reason, NOW);
        return new CheckedItem(item, new CheckResult(Optional.empty(), Optional.empty(), Optional.of(verdict), List.of()));
    }

    static CheckedItem onTime(long id, String name) {
        return item(id, name, photo(4000, 3000, "JPEG"), Verdict.ON_TIME, Optional.empty());
    }

    static Post post(Composition composition) {
        PostDetails details = new PostDetails("Rapat Koordinasi Admin Medsos", "Diskominfo", "Rapat",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.of(LocalDateTime.parse("2024-09-17T12:00")),
                WIB, "Aula", Optional.empty());
        return new Post(1, details, composition, PostStatus.DRAFT, Optional.empty(), NOW, NOW, Optional.empty(),
                Optional.empty());
    }

    BundlePlan plan(Composition c, List<CheckedItem> items, BundleChoices choices) {
        return planner.plan(post(c), items, choices, i -> true, PARENT, NOW, ID);
    }

    static List<Kind> kinds(List<PlanProblem> problems) {
        return problems.stream().map(PlanProblem::kind).toList();
    }

    @Test
    void xTakesTheFirstFourPhotosAndSaysWhichWereLeftOutOfIt() {
        List<CheckedItem> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(onTime(i, "IMG_" + i + ".jpg"));
        }
        Composition c = Composition.EMPTY.withMaster("Rapat koordinasi.");
        for (CheckedItem i : six) {
            c = c.withAltText(Platform.GENERAL, i.item().id(), "Peserta rapat");
        }
        BundlePlan plan = plan(c, six, BundleChoices.NONE.withPlatforms(List.of("x", "instagram")));
        assertThat(plan.platform("x").orElseThrow().media()).extracting(m -> m.item().item().originalName())
                .containsExactly("IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg", "IMG_4.jpg");
        assertThat(plan.platform("x").orElseThrow().leftOut()).containsExactly(5L, 6L);
        assertThat(plan.platform("instagram").orElseThrow().media()).hasSize(6);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TOO_MANY_MEDIA);
            assertThat(p.text()).isEqualTo("X menerima paling banyak 4 foto atau video; 2 berikutnya tidak ikut di sana: "
                    + "IMG_5.jpg, IMG_6.jpg.");
        });
        assertThat(plan.writable()).isTrue();
        assertThat(plan.platform("x").orElseThrow().media()).extracting(BundlePlan.PlannedMedia::fileName)
                .containsExactly("01.jpg", "02.jpg", "03.jpg", "04.jpg");
        // a 4000 x 3000 photo fits X's 2048 box; Instagram's 4:5 is 1080 x 1350
        assertThat(plan.platform("x").orElseThrow().media().get(0).expectedSize().orElseThrow())
                .isEqualTo(new id.rakit.evidence.rendition.PixelSize(2048, 1536));
        assertThat(plan.platform("instagram").orElseThrow().media().get(0).expectedSize().orElseThrow())
                .isEqualTo(new id.rakit.evidence.rendition.PixelSize(1080, 1350));
    }

    @Test
    void aVideoGoesOnlyWhereItIsTakenAndNotMixedWherePhotosAndVideoAreNot() {
        List<CheckedItem> items = List.of(onTime(1, "foto.jpg"),
                item(2, "video.mp4", video(1080, 1920, 42), Verdict.ON_TIME, Optional.empty()));
        Composition c = Composition.EMPTY.withMaster("x").withAltText(Platform.GENERAL, 1, "Foto");
        BundlePlan plan = plan(c, items, BundleChoices.NONE.withPlatforms(List.of("instagram", "x", "youtube")));
        assertThat(plan.platform("instagram").orElseThrow().media()).extracting(BundlePlan.PlannedMedia::fileName)
                .containsExactly("01.jpg", "02.mp4");
        assertThat(plan.platform("x").orElseThrow().media()).extracting(BundlePlan.PlannedMedia::fileName)
                .containsExactly("01.jpg");
        assertThat(plan.platform("youtube").orElseThrow().media()).extracting(BundlePlan.PlannedMedia::fileName)
                .containsExactly("01.mp4");
        assertThat(kinds(plan.problems())).containsExactlyInAnyOrder(Kind.NOT_MIXED, Kind.PHOTO_NOT_TAKEN);
        assertThat(plan.problems()).anySatisfy(p -> assertThat(p.text())
                .isEqualTo("X tidak mencampur foto dan video dalam satu unggahan: video video.mp4 tidak ikut di sana."));
    }

    @Test
    void videosThatBreakPublishedLimitsAreNamed() {
        List<CheckedItem> items = List.of(item(1, "pendek.mp4", video(1920, 1080, 2), Verdict.ON_TIME, Optional.empty()));
        BundlePlan plan = plan(Composition.EMPTY.withMaster("x"), items, BundleChoices.NONE.withPlatforms(List.of("tiktok")));
        assertThat(plan.problems()).extracting(PlanProblem::text).containsExactly(
                "pendek.mp4 berdurasi 2 detik; TikTok meminta paling sedikit 3 detik.",
                "pendek.mp4 berukuran 1920 × 1080; TikTok menyarankan rasio 9:16.");
        assertThat(plan.platform("tiktok").orElseThrow().media()).hasSize(1);
    }

    @Test
    void aCaptionOverItsLimitByThePlatformsOwnCountAndPhotosWithoutAltTextAreListedOncePerPhoto() {
        // 270 characters as people see them, but X weighs each emoji 2: 290 of 280
        Composition c = Composition.EMPTY.withMaster("a".repeat(250) + "🙂".repeat(20)).withText(Platform.INSTAGRAM, CaptionField.BODY, "Pendek.");
        List<CheckedItem> items = List.of(onTime(1, "satu.jpg"), onTime(2, "dua.jpg"));
        c = c.withAltText(Platform.GENERAL, 2, "Peserta");
        BundlePlan plan = plan(c, items, BundleChoices.NONE.withPlatforms(List.of("x", "instagram", "facebook")));
        assertThat(plan.problems()).extracting(PlanProblem::text).containsExactly(
                "Terlalu panjang untuk X: 290 dari 280",
                "satu.jpg belum punya teks alternatif untuk Instagram, Facebook, X.");
        assertThat(plan.problems()).filteredOn(p -> p.kind() == Kind.NO_ALT_TEXT).singleElement()
                .satisfies(p -> assertThat(p.evidenceId()).contains(1L));
        assertThat(plan.platform("instagram").orElseThrow().texts()).extracting(BundlePlan.PlannedText::text)
                .contains("Pendek.");
        assertThat(plan.platform("x").orElseThrow().texts()).extracting(BundlePlan.PlannedText::fileName)
                .containsExactly("keterangan.txt", "teks-alternatif.txt");
    }

    @Test
    void itemsThatDidNotPassWaitForADecisionOrStayOutAndWhatCannotBeUsedNeverGoesIn() {
        CheckedItem early = item(2, "sebelum.jpg", photo(4000, 3000, "JPEG"), Verdict.outside(Duration.ofDays(-2)),
                Optional.empty());
        CheckedItem accepted = item(3, "diterima.jpg", photo(4000, 3000, "JPEG"), Verdict.outside(Duration.ofHours(-3)),
                Optional.of("Jam kamera panitia salah"));
        CheckedItem heic = item(4, "iphone.heic", photo(4032, 3024, "HEIC"), Verdict.ON_TIME, Optional.empty());
        CheckedItem broken = new CheckedItem(new EvidenceItem(5, 1, new LibraryFile("f".repeat(64), 3, "ff/5",
                MediaInfo.unreadable("JPEG", id.rakit.evidence.FileProblem.CORRUPT), Optional.empty(), NOW), "rusak.jpg",
                "/x", 5, Optional.empty(), NOW), new CheckResult(Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        List<CheckedItem> items = List.of(onTime(1, "baik.jpg"), early, accepted, heic, broken);
        Composition c = Composition.EMPTY.withMaster("x");
        BundleChoices choices = BundleChoices.NONE.withPlatforms(List.of("facebook"));

        BundlePlan plan = planner.plan(post(c), items, choices, i -> i.id() != 1, PARENT, NOW, ID);
        assertThat(plan.evidence()).extracting(BundlePlan.ItemPlan::inclusion).containsExactly(Inclusion.MISSING,
                Inclusion.UNDECIDED, Inclusion.ACCEPTED, Inclusion.PASSED, Inclusion.UNUSABLE);
        assertThat(kinds(plan.problems())).contains(Kind.MISSING_ORIGINAL, Kind.NOT_PASSED, Kind.UNUSABLE,
                Kind.CANNOT_CONVERT);
        assertThat(plan.undecided()).singleElement().satisfies(p -> assertThat(p.text()).startsWith("sebelum.jpg tidak lolos"));
        assertThat(plan.platform("facebook").orElseThrow().media()).extracting(m -> m.item().item().originalName())
                .containsExactly("sebelum.jpg", "diterima.jpg");

        BundlePlan passedOnly = planner.plan(post(c), items, choices.withOnlyPassed(true), i -> true, PARENT, NOW, ID);
        assertThat(passedOnly.evidence()).extracting(BundlePlan.ItemPlan::inclusion).containsExactly(Inclusion.PASSED,
                Inclusion.LEFT_OUT, Inclusion.ACCEPTED, Inclusion.PASSED, Inclusion.UNUSABLE);
        assertThat(passedOnly.undecided()).isEmpty();

        BundlePlan leftOut = planner.plan(post(c), items, choices.withLeftOut(2, true), i -> true, PARENT, NOW, ID);
        assertThat(leftOut.evidence().get(1).inclusion()).isEqualTo(Inclusion.LEFT_OUT);
        assertThat(leftOut.included()).extracting(BundlePlan.ItemPlan::number).containsExactly(1, 2, 3);
    }

    @Test
    void noPlatformOrAPathTooDeepForWindowsStopsTheBundle() {
        BundlePlan none = plan(Composition.EMPTY, List.of(onTime(1, "a.jpg")), BundleChoices.NONE);
        assertThat(none.writable()).isFalse();
        assertThat(none.problems()).extracting(PlanProblem::kind).containsExactly(Kind.NO_PLATFORM);

        Path deep = Path.of("/" + "folder-yang-sangat-dalam/".repeat(8));
        BundlePlan tooDeep = planner.plan(post(Composition.EMPTY.withMaster("x")), List.of(onTime(1, "a.jpg")),
                BundleChoices.NONE.withPlatforms(List.of("x")), i -> true, deep, NOW, ID);
        assertThat(tooDeep.writable()).isFalse();
        assertThat(tooDeep.problems()).filteredOn(PlanProblem::blocking).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("259 karakter"));

        // a moderately deep folder shortens the title's part of the name instead
        Path medium = Path.of("/" + "folder-yang-dalam/".repeat(6));
        BundlePlan shortened = planner.plan(post(Composition.EMPTY.withMaster("x")), List.of(onTime(1, "a.jpg")),
                BundleChoices.NONE.withPlatforms(List.of("x", "instagram-story")).withKeepOriginals(true), i -> true,
                medium, NOW, ID);
        assertThat(shortened.writable()).isTrue();
        String longest = medium + "/." + shortened.folderName() + ".1234567890123456789/instagram-story/teks-alternatif.txt";
        assertThat(longest.length()).isLessThanOrEqualTo(SafeNames.MAX_PATH);
    }

    @Test
    void instagramsSizeAndEachPhotosCropAreTheAdminsChoice() {
        BundleChoices choices = BundleChoices.NONE.withPlatforms(List.of("instagram", "instagram-story"))
                .withSize("instagram", "1.91:1").withCrop(1, "9:16", new BundleChoices.Centre(0.1, 0.5));
        BundlePlan plan = plan(Composition.EMPTY.withMaster("x").withAltText(Platform.GENERAL, 1, "a"),
                List.of(onTime(1, "a.jpg")), choices);
        var feed = plan.platform("instagram").orElseThrow();
        assertThat(feed.size().orElseThrow().name()).isEqualTo("1.91:1");
        assertThat(feed.media().get(0).expectedSize().orElseThrow())
                .isEqualTo(new id.rakit.evidence.rendition.PixelSize(1080, 566));
        var story = plan.platform("instagram-story").orElseThrow();
        var crop = (id.rakit.evidence.rendition.PublishedPhotos.Crop) story.media().get(0).framing().orElseThrow();
        assertThat(crop.centreX()).isEqualTo(0.1);
        assertThat(id.rakit.evidence.rendition.PublishedPhotos.region(crop, 4000, 3000))
                .isEqualTo(new id.rakit.evidence.rendition.PublishedPhotos.Region(0, 0, 1688, 3000));
        assertThat(Set.copyOf(plan.problems())).isEmpty();
    }
}
