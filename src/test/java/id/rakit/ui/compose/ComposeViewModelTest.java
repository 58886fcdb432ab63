package id.rakit.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    ComposeViewModel vm;
    Post post;

    @BeforeEach
    void open() {
        bench = new Workbench(dir);
        vm = new ComposeViewModel(bench.posts, bench.evidence, bench.library, bench.rules, bench.aids,
                bench.settings::hashtags, bench.state, bench.tasks, bench.messages);
        post = bench.posts.createDraft();
        bench.state.open(post);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private Composition saved() {
        bench.posts.flush();
        return bench.stored.find(post.id()).orElseThrow().composition();
    }

    @Test
    void aPlatformFollowsTheMasterUntilEditedAndCanBeResetToIt() {
        vm.choose(Platform.X, true);
        vm.choose(Platform.INSTAGRAM, true);
        assertThat(vm.targets()).containsExactly(Platform.INSTAGRAM, Platform.X);
        PlatformCaptionViewModel x = vm.platform(Platform.X);
        vm.masterProperty().set("Gubernur meresmikan jembatan.");
        assertThat(x.bodyProperty().get()).isEqualTo("Gubernur meresmikan jembatan.");
        assertThat(x.followsMasterProperty().get()).isTrue();

        x.bodyProperty().set("Jembatan Batang Anai resmi dibuka #SumbarMaju");
        assertThat(x.followsMasterProperty().get()).isFalse();
        vm.masterProperty().set("Gubernur meresmikan jembatan baru.");
        assertThat(x.bodyProperty().get()).as("an edited platform keeps its own text")
                .isEqualTo("Jembatan Batang Anai resmi dibuka #SumbarMaju");
        Composition c = saved();
        assertThat(c.targets()).containsExactly(Platform.INSTAGRAM, Platform.X);
        assertThat(c.body(Platform.X)).isEqualTo("Jembatan Batang Anai resmi dibuka #SumbarMaju");
        assertThat(c.body(Platform.INSTAGRAM)).isEqualTo("Gubernur meresmikan jembatan baru.");
        assertThat(bench.state.openPost().orElseThrow().composition().edited()).containsExactly(Platform.X);

        x.resetToMaster();
        assertThat(x.followsMasterProperty().get()).isTrue();
        assertThat(x.bodyProperty().get()).isEqualTo("Gubernur meresmikan jembatan baru.");
        assertThat(saved().variant(Platform.X).followsMaster()).isTrue();
    }

    @Test
    void aPlatformTakenOffThePostKeepsItsCaptionForWhenItIsPickedAgain() {
        vm.choose(Platform.THREADS, true);
        vm.platform(Platform.THREADS).bodyProperty().set("Khusus Threads");
        vm.choose(Platform.THREADS, false);
        assertThat(saved().targets()).isEmpty();
        vm.choose(Platform.THREADS, true);
        assertThat(saved().body(Platform.THREADS)).isEqualTo("Khusus Threads");
    }

    @Test
    void titlesAndTheFirstCommentAreSavedWithTheirPlatform() {
        vm.choose(Platform.YOUTUBE, true);
        vm.platform(Platform.YOUTUBE).titleProperty().set("Peresmian Jembatan Batang Anai");
        vm.platform(Platform.INSTAGRAM).firstCommentProperty().set("#SumbarMaju #Diskominfotik");
        Composition c = saved();
        assertThat(c.variant(Platform.YOUTUBE).title()).isEqualTo("Peresmian Jembatan Batang Anai");
        assertThat(c.variant(Platform.YOUTUBE).followsMaster()).isTrue();
        assertThat(c.variant(Platform.INSTAGRAM).firstComment()).isEqualTo("#SumbarMaju #Diskominfotik");
    }

    @Test
    void openingAnotherPostShowsItsCaptions() {
        vm.masterProperty().set("Pertama");
        Post other = bench.posts.create(post.details().withTitle("Kedua"));
        bench.posts.editText(other.id(), Platform.GENERAL, id.rakit.post.CaptionField.BODY, "Kedua");
        bench.state.open(bench.posts.find(other.id()).orElseThrow());
        assertThat(vm.masterProperty().get()).isEqualTo("Kedua");
        assertThat(saved().master()).isEqualTo("Pertama");
    }

    /** Five photos in the post, imported through the real path (the same file content under five names). */
    private void fivePhotos(java.nio.file.Path dir) throws Exception {
        java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
        byte[] jpeg = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"));
        for (int i = 1; i <= 5; i++) {
            byte[] copy = jpeg.clone();
            copy[copy.length - 3] = (byte) i;  // each a different file, all still decodable
            java.nio.file.Path f = dir.resolve("IMG_000" + i + ".JPG");
            java.nio.file.Files.write(f, copy);
            files.add(f);
        }
        bench.ingest.run(post.id(), files, new id.rakit.evidence.ingest.Ingest.Listener() { },
                new java.util.concurrent.atomic.AtomicBoolean());
        vm.refreshMedia();
    }

    @Test
    void xTakesTheFirstFourPhotosAndTheAdminChoosesOrderAndCoverWithinItsLimit(@TempDir Path photos) throws Exception {
        fivePhotos(photos);
        vm.choose(Platform.X, true);
        PlatformCaptionViewModel x = vm.platform(Platform.X);
        assertThat(vm.media()).hasSize(5);
        assertThat(x.chosen()).extracting(MediaChoice::name).containsExactly("IMG_0001.JPG", "IMG_0002.JPG",
                "IMG_0003.JPG", "IMG_0004.JPG");
        assertThat(x.left()).extracting(MediaChoice::name).containsExactly("IMG_0005.JPG");
        assertThat(x.followsPostOrderProperty().get()).isTrue();

        // a fifth is refused while four are in; one out, the fifth in, and made the cover
        x.include(x.left().get(0), true);
        assertThat(x.chosen()).hasSize(4);
        x.include(x.chosen().get(1), false);
        x.include(x.left().stream().filter(m -> m.name().equals("IMG_0005.JPG")).findFirst().orElseThrow(), true);
        x.move(x.chosen().get(3), 0);
        assertThat(x.chosen()).extracting(MediaChoice::name).containsExactly("IMG_0005.JPG", "IMG_0001.JPG",
                "IMG_0003.JPG", "IMG_0004.JPG");
        assertThat(x.followsPostOrderProperty().get()).isFalse();
        java.util.List<Long> ids = x.chosen().stream().map(MediaChoice::id).toList();
        assertThat(saved().variant(Platform.X).media()).contains(ids);

        // a photo without alt text is flagged on X, which shows alt text, and not once it has one
        assertThat(vm.problems()).anyMatch(p -> p.platform() == Platform.X
                && p.code() == id.rakit.compose.Problem.Code.NO_ALT_TEXT);
        for (MediaChoice m : x.chosen()) {
            x.setAltText(m, Platform.GENERAL, "Peserta rapat " + m.name());
        }
        assertThat(vm.problems()).noneMatch(p -> p.platform() == Platform.X
                && p.code() == id.rakit.compose.Problem.Code.NO_ALT_TEXT);
        assertThat(saved().altText(Platform.X, ids.get(0))).isEqualTo("Peserta rapat IMG_0005.JPG");

        x.followPostOrder();
        assertThat(x.chosen()).extracting(MediaChoice::name).startsWith("IMG_0001.JPG");
        assertThat(saved().variant(Platform.X).media()).isEmpty();
    }

    @Test
    void countsAndProblemsFollowTheTextByEachPlatformsRule() {
        vm.choose(Platform.X, true);
        vm.choose(Platform.INSTAGRAM, true);
        PlatformCaptionViewModel x = vm.platform(Platform.X);
        PlatformCaptionViewModel ig = vm.platform(Platform.INSTAGRAM);
        vm.masterProperty().set("Bendera 🇮🇩 " + "#a ".repeat(6) + "x".repeat(260));
        assertThat(x.bodyReportProperty().get().orElseThrow().problems()).extracting(id.rakit.compose.Problem::code)
                .contains(id.rakit.compose.Problem.Code.TOO_LONG);
        assertThat(ig.bodyReportProperty().get().orElseThrow().problems()).extracting(id.rakit.compose.Problem::code)
                .containsExactly(id.rakit.compose.Problem.Code.TOO_MANY_HASHTAGS);
        assertThat(vm.masterReportProperty().get().facts().hashtags()).hasSize(6);
        vm.masterProperty().set("Bendera 🇮🇩");
        assertThat(x.bodyReportProperty().get().orElseThrow().length()).isEqualTo(10);
        assertThat(ig.bodyReportProperty().get().orElseThrow().length()).isEqualTo(9);
        assertThat(vm.problems()).extracting(id.rakit.compose.Problem::code)
                .containsExactly(id.rakit.compose.Problem.Code.NO_MEDIA);
    }

    @Test
    void snippetsAreKeptPerUnitAndTheExampleTemplateFillsFromThePost() {
        bench.posts.editDetails(post.id(), post.details().withTitle("Jembatan").withUnit("Dinas PUPR"));
        bench.posts.flush();
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        vm.saveSnippet(new id.rakit.compose.Snippet(0, id.rakit.compose.Snippet.Kind.HASHTAGS, "Tagar PUPR",
                "#PUPRSumbar", vm.unit()));
        vm.saveSnippet(new id.rakit.compose.Snippet(0, id.rakit.compose.Snippet.Kind.SIGNATURE, "Penutup",
                "(Adpsb)", ""));
        vm.saveSnippet(new id.rakit.compose.Snippet(0, id.rakit.compose.Snippet.Kind.HASHTAGS, "Tagar Dinkes",
                "#DinkesSumbar", "Dinas Kesehatan"));
        assertThat(vm.snippets()).extracting(id.rakit.compose.Snippet::name).containsExactlyInAnyOrder("Tagar PUPR",
                "Penutup");
        assertThat(vm.templates()).first().matches(id.rakit.compose.Template::builtIn);

        // the unit's official hashtags from its profile come first, on Alt+1, and are not edited here
        bench.settings.setHashtags(List.of("#SumbarMadani", "#DiskominfotikSumbar"));
        vm.refreshAids();
        assertThat(vm.snippets()).first().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Tagar resmi OPD");
            assertThat(s.text()).isEqualTo("#SumbarMadani #DiskominfotikSumbar");
        });
        assertThat(vm.savedSnippets()).extracting(id.rakit.compose.Snippet::name)
                .containsExactlyInAnyOrder("Tagar PUPR", "Penutup");
        assertThat(vm.fill(vm.templates().get(0), java.util.Map.of("kota", "PADANG"))).startsWith("PADANG – Dinas PUPR");
    }

    @Test
    void anOlderVersionIsComparedWithTheTextNowAndRestored() {
        vm.masterProperty().set("Versi pertama");
        bench.posts.flush();
        vm.masterProperty().set("Versi kedua yang lebih baik");
        bench.posts.flush();
        HistoryViewModel history = vm.history(Platform.GENERAL, id.rakit.post.CaptionField.BODY);
        history.load();
        assertThat(history.versions()).extracting(id.rakit.post.Revision::text)
                .containsExactly("Versi kedua yang lebih baik", "Versi pertama");
        // the newest is the text as it is now: the one before it is shown, beside it
        assertThat(history.selectedProperty().get().text()).isEqualTo("Versi pertama");
        var diff = history.comparisonProperty().get().orElseThrow();
        assertThat(diff.older()).anyMatch(r -> r.kind() == id.rakit.compose.TextDiff.Run.Kind.REMOVED
                && r.text().equals("pertama"));
        vm.masterProperty().set(history.chosenText().orElseThrow());
        assertThat(saved().master()).isEqualTo("Versi pertama");
        assertThat(bench.posts.history(post.id(), Platform.GENERAL, id.rakit.post.CaptionField.BODY)).hasSize(3);
    }
}
