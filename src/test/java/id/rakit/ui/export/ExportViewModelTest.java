package id.rakit.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    ExportViewModel vm;
    Post post;
    Path out;

    @BeforeEach
    void open() throws Exception {
        bench = new Workbench(dir.resolve("data"));
        vm = new ExportViewModel(bench.exports, bench.settings, bench.tasks, bench.dialogs, bench.messages, bench.state);
        post = bench.posts.createDraft();
        bench.posts.editDetails(post.id(), post.details().withTitle("Rapat Koordinasi"));
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        out = Files.createDirectories(dir.resolve("ekspor"));
        bench.dialogs.exportFolders.add(out);
        vm.chooseFolder();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private long bundles() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(Files::isDirectory).count();
        }
    }

    @Test
    void theChosenFolderIsRememberedForTheNextExport() {
        assertThat(vm.folderProperty().get()).isEqualTo(out);
        ExportViewModel again = new ExportViewModel(bench.exports, bench.settings, bench.tasks, bench.dialogs,
                bench.messages, bench.state);
        assertThat(again.folderProperty().get()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    void anExportWithNoEvidenceAsksFirstAndRecordsTheBundleOnThePost() throws Exception {
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi admin media sosial.");
        vm.export();
        assertThat(bench.dialogs.confirmations).singleElement().asString().contains("belum punya bukti");
        assertThat(vm.resultProperty().get()).isPresent();
        assertThat(bundles()).isEqualTo(1);
        Path bundle = vm.resultProperty().get().orElseThrow().folder();
        assertThat(Files.readString(bundle.resolve("caption.txt"))).isEqualTo("Rapat koordinasi admin media sosial.");
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);
        assertThat(bench.state.openPost().orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);
        vm.openBundle();
        assertThat(bench.dialogs.openedFolders).containsExactly(bundle);
    }

    @Test
    void anExportRefusesOverEditsThatCannotBeSavedAndSaysWhy() throws Exception {
        bench.diskFull.set(true);
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Belum tersimpan");
        vm.export();
        assertThat(bundles()).as("nothing written without the latest caption").isZero();
        assertThat(vm.problemProperty().get()).startsWith("Bundel tidak dapat ditulis. Disk penuh.");
        assertThat(vm.exportingProperty().get()).isFalse();
        bench.diskFull.set(false);
        vm.export();
        assertThat(bundles()).isEqualTo(1);
        assertThat(Files.readString(vm.resultProperty().get().orElseThrow().folder().resolve("caption.txt")))
                .isEqualTo("Belum tersimpan");
    }

    @Test
    void declinedConfirmationsWriteNothing() throws Exception {
        bench.dialogs.confirmAnswer = false;
        vm.export();
        assertThat(bundles()).isZero();
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void aLibraryCopyThatIsGoneIsNamedInThePlanAndNothingIsExportedWithoutIt() throws Exception {
        Path photo = Files.copy(Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"), dir.resolve("IMG_0001.JPG"));
        bench.ingest.run(post.id(), java.util.List.of(photo), new id.rakit.evidence.ingest.Ingest.Listener() { },
                new java.util.concurrent.atomic.AtomicBoolean());
        var item = bench.evidence.check(bench.posts.find(post.id()).orElseThrow()).get(0).item();
        Files.delete(bench.library.resolve(item.file().libraryPath()));

        vm.refresh();
        assertThat(vm.overviewProperty().get())
                .contains("Salinan di pustaka Rakit hilang atau berubah: IMG_0001.JPG.");

        vm.export();
        assertThat(bundles()).isZero();
        assertThat(vm.problemProperty().get()).startsWith("Bundel tidak dapat ditulis. Salinan di pustaka Rakit hilang")
                .contains("IMG_0001.JPG").contains("Tidak ada yang diekspor");
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
    }
}
