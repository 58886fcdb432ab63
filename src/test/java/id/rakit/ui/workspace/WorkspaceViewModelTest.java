package id.rakit.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.post.Publication;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    WorkspaceViewModel vm;
    Post post;

    @BeforeEach
    void open() {
        bench = new Workbench(dir);
        vm = new WorkspaceViewModel(bench.posts, bench.evidence, new id.rakit.compose.Readiness(bench.rules),
                bench.state, bench.tasks, bench.dialogs, bench.messages);
        post = bench.posts.createDraft();
        bench.state.open(post);
    }

    @AfterEach
    void close() {
        vm.dispose();
        bench.close();
    }

    @Test
    void theHeaderSaysPlainlyWhenEditsCannotBeSavedAndWhenTheyAre() {
        assertThat(vm.saveTextProperty().get()).isEqualTo("Tersimpan");
        bench.diskFull.set(true);
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Teks penting");
        bench.posts.flush();
        assertThat(vm.saveTextProperty().get()).isEqualTo("Belum tersimpan: disk penuh, mencoba lagi");
        assertThat(vm.saveFailingProperty().get()).isTrue();
        bench.diskFull.set(false);
        bench.posts.flush();
        assertThat(vm.saveTextProperty().get()).isEqualTo("Tersimpan");
        assertThat(vm.saveFailingProperty().get()).isFalse();
    }

    @Test
    void aPostWithProblemsIsNotMarkedReadyAndTheAdminIsToldWhatToFix() {
        bench.posts.chooseTargets(post.id(), java.util.List.of(Platform.X));
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "x".repeat(281));
        bench.posts.flush();
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        vm.markReady();
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(bench.dialogs.errors).singleElement().asString()
                .contains("Perbaiki dulu").contains("Terlalu panjang untuk X: 281 dari 280");

        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "x".repeat(280));
        bench.posts.flush();
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        vm.markReady();
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.READY);
    }

    @Test
    void statusMovesAreShownAndStored() {
        assertThat(vm.statusTextProperty().get()).isEqualTo("Draf");
        bench.posts.chooseTargets(post.id(), java.util.List.of(Platform.FACEBOOK));
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi");
        bench.posts.flush();
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        vm.markReady();
        assertThat(vm.statusTextProperty().get()).isEqualTo("Siap unggah");
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.READY);
        bench.dialogs.publications.add(new Publication("https://www.instagram.com/p/xyz/", LocalDate.parse("2024-09-18")));
        vm.markPublished();
        assertThat(vm.statusTextProperty().get()).isEqualTo("Sudah diunggah 18 Sep 2024");
        assertThat(bench.stored.find(post.id()).orElseThrow().publication()).isPresent();
        vm.markDraft();
        assertThat(vm.statusProperty().get()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void theTitleFollowsWhatIsTyped() {
        assertThat(vm.titleProperty().get()).isEqualTo("(tanpa judul)");
        bench.state.update(post.id(), p -> p.withDetails(p.details().withTitle("Banjir Agam")));
        assertThat(vm.titleProperty().get()).isEqualTo("Banjir Agam");
    }
}
