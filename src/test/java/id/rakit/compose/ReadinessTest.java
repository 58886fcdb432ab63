package id.rakit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.MediaType;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostStatus;
import id.rakit.post.TimeZones;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    static final Readiness READINESS = new Readiness(CaptionRules.standard());

    private static List<MediaItem> photos(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(i -> new MediaItem(i, "IMG_" + i + ".JPG", MediaType.PHOTO)).toList();
    }

    private static Post post(Composition c) {
        return new Post(1, PostDetails.empty("Diskominfotik", TimeZones.DEFAULT), c, PostStatus.DRAFT,
                Optional.empty(), Instant.EPOCH, Instant.EPOCH, Optional.empty(), Optional.empty());
    }

    private static List<Problem.Code> codes(List<Problem> problems, Platform p) {
        return problems.stream().filter(x -> x.platform() == p).map(Problem::code).toList();
    }

    @Test
    void aPostWithoutPlatformsIsNotReady() {
        List<Problem> problems = READINESS.checkMedia(post(Composition.EMPTY.withMaster("Teks")), photos(1));
        assertThat(problems).extracting(Problem::code).containsExactly(Problem.Code.NO_PLATFORM);
        assertThat(Readiness.blocking(problems)).hasSize(1);
    }

    @Test
    void followingTheGalleryEachPlatformTakesAsManyAsItAccepts() {
        Composition c = Composition.EMPTY.withMaster("Teks").withTargets(List.of(Platform.INSTAGRAM, Platform.X,
                Platform.FACEBOOK));
        List<MediaItem> fifteen = photos(15);
        assertThat(READINESS.mediaFor(c, Platform.X, fifteen)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(READINESS.mediaFor(c, Platform.FACEBOOK, fifteen)).hasSize(10);
        assertThat(READINESS.mediaFor(c, Platform.INSTAGRAM, fifteen)).hasSize(15);
        assertThat(codes(READINESS.checkMedia(post(c), fifteen), Platform.X)).doesNotContain(Problem.Code.TOO_MANY_MEDIA);
    }

    @Test
    void wherePhotosAndVideoDoNotMixTheKindOfTheFirstIsTakenAndYoutubeTakesOnlyTheVideo() {
        List<MediaItem> mixed = List.of(new MediaItem(1, "a.jpg", MediaType.PHOTO), new MediaItem(2, "b.mp4", MediaType.VIDEO),
                new MediaItem(3, "c.jpg", MediaType.PHOTO));
        Composition c = Composition.EMPTY.withMaster("Teks").withTargets(List.of(Platform.X, Platform.YOUTUBE));
        assertThat(READINESS.mediaFor(c, Platform.X, mixed)).containsExactly(1L, 3L);
        assertThat(READINESS.mediaFor(c, Platform.YOUTUBE, mixed)).containsExactly(2L);
    }

    @Test
    void anOwnChoiceBeyondTheLimitOrMixingKindsIsNamed() {
        List<MediaItem> items = List.of(new MediaItem(1, "a.jpg", MediaType.PHOTO), new MediaItem(2, "b.mp4", MediaType.VIDEO),
                new MediaItem(3, "c.jpg", MediaType.PHOTO), new MediaItem(4, "d.jpg", MediaType.PHOTO),
                new MediaItem(5, "e.jpg", MediaType.PHOTO));
        Composition c = Composition.EMPTY.withMaster("Teks").withTargets(List.of(Platform.X));
        c = c.withVariant(Platform.X, c.variant(Platform.X).withMedia(Optional.of(List.of(1L, 2L, 3L, 4L, 5L))));
        List<Problem> problems = READINESS.checkMedia(post(c), items);
        assertThat(codes(problems, Platform.X)).contains(Problem.Code.TOO_MANY_MEDIA, Problem.Code.MIXED_MEDIA);
        assertThat(problems.stream().filter(p -> p.code() == Problem.Code.TOO_MANY_MEDIA).findFirst().orElseThrow().args())
                .containsExactly(5, 4);
    }

    @Test
    void aPhotoWithoutAltTextWarnsButDoesNotBlock() {
        Composition c = Composition.EMPTY.withMaster("Teks").withTargets(List.of(Platform.FACEBOOK));
        List<Problem> problems = READINESS.checkMedia(post(c), photos(2));
        assertThat(codes(problems, Platform.FACEBOOK)).containsExactly(Problem.Code.NO_ALT_TEXT);
        assertThat(Readiness.blocking(problems)).isEmpty();
        Composition described = c.withAltText(Platform.GENERAL, 1, "Gubernur menggunting pita")
                .withAltText(Platform.GENERAL, 2, "Warga menyeberangi jembatan baru");
        assertThat(READINESS.checkMedia(post(described), photos(2))).isEmpty();
    }

    @Test
    void emptyCaptionsAndAMissingYoutubeTitleOrVideoBlock() {
        Composition c = Composition.EMPTY.withTargets(List.of(Platform.INSTAGRAM, Platform.YOUTUBE));
        List<Problem> problems = READINESS.checkMedia(post(c), List.of());
        assertThat(codes(problems, Platform.INSTAGRAM)).contains(Problem.Code.EMPTY, Problem.Code.NO_MEDIA);
        assertThat(codes(problems, Platform.YOUTUBE)).contains(Problem.Code.NO_TITLE, Problem.Code.NO_MEDIA);
    }
}
