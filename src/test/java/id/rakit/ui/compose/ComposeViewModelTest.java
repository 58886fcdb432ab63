package id.rakit.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
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
        vm = new ComposeViewModel(bench.posts, bench.state, bench.tasks, bench.messages);
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
}
