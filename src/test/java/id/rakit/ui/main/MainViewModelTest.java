package id.rakit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    MainViewModel vm;

    @BeforeEach
    void start() {
        bench = new Workbench(dir.resolve("data"));
        vm = bench.window();
        vm.start();
    }

    @AfterEach
    void close() {
        vm.dispose();
        bench.close();
    }

    private Post shown() {
        return bench.state.openPost().orElseThrow();
    }

    @Test
    void aNewPostRightAfterAnImportIsTheOneTheFormAndTheGalleryShow() throws Exception {
        vm.newPost();
        Post first = shown();
        vm.details().titleProperty().set("Pertama");
        Path photo = Files.copy(Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"), dir.resolve("a.jpg"));
        bench.tasks.runDelayed();  // the list as it stands before the import
        vm.gallery().importFiles(List.of(photo));
        assertThat(vm.gallery().tiles()).hasSize(1);
        // the list says how much evidence the post has as soon as the import is done
        bench.tasks.runDelayed();
        assertThat(vm.drafts().drafts()).filteredOn(p -> p.id() == first.id()).singleElement()
                .satisfies(p -> assertThat(p.evidenceCount()).isEqualTo(1));

        vm.newPost();
        Post second = shown();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(vm.details().titleProperty().get()).isEmpty();
        assertThat(vm.gallery().tiles()).isEmpty();
        vm.details().titleProperty().set("Kedua");
        vm.compose().masterProperty().set("Keterangan kedua");
        bench.posts.flush();
        assertThat(bench.stored.find(first.id()).orElseThrow().details().title()).isEqualTo("Pertama");
        assertThat(bench.stored.find(first.id()).orElseThrow().caption()).isEmpty();
        assertThat(bench.stored.find(second.id()).orElseThrow().details().title()).isEqualTo("Kedua");
        assertThat(bench.stored.find(second.id()).orElseThrow().caption()).isEqualTo("Keterangan kedua");
    }

    @Test
    void newPostOnAnUntouchedDraftKeepsItInsteadOfPilingUpEmptyOnes() {
        vm.newPost();
        long id = shown().id();
        vm.newPost();
        vm.newPost();
        assertThat(shown().id()).isEqualTo(id);
        assertThat(bench.posts.search(PostQuery.ALL)).hasSize(1);
    }

    @Test
    void aPostMovedToTheBinLeavesTheWorkspaceAndTheStatusBarOffersToUndoIt() {
        vm.newPost();
        long id = shown().id();
        vm.details().titleProperty().set("Akan dihapus");
        vm.moveToBin(id);
        assertThat(bench.state.openPost()).isEmpty();
        assertThat(bench.posts.search(PostQuery.ALL)).isEmpty();
        var news = bench.state.newsProperty().get();
        assertThat(news.text()).isEqualTo("\"Akan dihapus\" dipindahkan ke Sampah.");
        news.undo().orElseThrow().run();
        assertThat(shown().id()).isEqualTo(id);
        assertThat(bench.posts.search(PostQuery.ALL)).hasSize(1);
    }

    @Test
    void theNextStartOpensThePostThatWasOpen() {
        vm.newPost();
        long id = shown().id();
        vm.details().titleProperty().set("Terakhir dibuka");
        bench.posts.flush();
        vm.dispose();
        bench.state.open(null);
        MainViewModel again = bench.window();
        again.start();
        assertThat(shown().id()).isEqualTo(id);
        assertThat(again.details().titleProperty().get()).isEqualTo("Terakhir dibuka");
        again.dispose();
    }

    @Test
    void aDuplicateOpensAsANewDraft() {
        vm.newPost();
        long id = shown().id();
        vm.details().titleProperty().set("Festival Tabuik");
        vm.duplicate(id);
        assertThat(shown().id()).isNotEqualTo(id);
        assertThat(vm.details().titleProperty().get()).isEqualTo("Salinan Festival Tabuik");
    }

    @Test
    void backUpNowCopiesTheDatabaseAndEveryLibraryFileToTheChosenFolderAndOnlyWhatIsNewTheNextTime() throws Exception {
        vm.newPost();
        vm.compose().masterProperty().set("Keterangan yang dicadangkan");
        bench.posts.flush();
        Path photo = Files.copy(Path.of("src/test/resources/fixtures/flow/acara-0930.jpg"), dir.resolve("a.jpg"));
        vm.gallery().importFiles(List.of(photo));
        Path usb = Files.createDirectories(dir.resolve("usb"));

        bench.dialogs.backupFolders.add(usb);
        vm.backUpNow();

        Path into = usb.resolve("Rakit-cadangan");
        assertThat(bench.state.newsProperty().get().text()).startsWith("Cadangan selesai di " + into)
                .contains("basis data dan 1 berkas bukti (1 baru disalin)");
        List<Path> databases;
        try (var files = Files.list(into.resolve("backups"))) {
            databases = files.toList();
        }
        assertThat(databases).singleElement().satisfies(db -> {
            try (var copy = id.rakit.store.Database.open(db)) {
                var posts = new id.rakit.store.SqlitePostRepository(copy);
                assertThat(posts.find(shown().id()).orElseThrow().caption()).isEqualTo("Keterangan yang dicadangkan");
            }
        });
        String stored = bench.evidence.check(shown()).get(0).item().file().libraryPath();
        assertThat(id.rakit.library.MediaLibrary.hash(into.resolve("library").resolve(stored)))
                .isEqualTo(id.rakit.library.MediaLibrary.hash(photo));
        try (var local = Files.list(dir.resolve("data/backups"))) {
            assertThat(local.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("rakit-.*-\\d{6}\\.db"));
        }

        bench.dialogs.backupFolders.add(usb);
        vm.backUpNow();
        assertThat(bench.state.newsProperty().get().text()).contains("1 berkas bukti (0 baru disalin)");

        // cancelled in the folder dialog: nothing is written
        vm.backUpNow();
        try (var files = Files.list(into.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(bench.dialogs.errors).isEmpty();
    }
}
