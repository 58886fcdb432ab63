package id.rakit.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.Standing;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.TimeZones;
import id.rakit.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceGalleryViewModelTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");

    @TempDir
    Path dir;

    Workbench bench;
    EvidenceGalleryViewModel vm;

    @BeforeEach
    void open() {
        bench = new Workbench(dir.resolve("data"));
        vm = new EvidenceGalleryViewModel(bench.evidence, bench.imports, bench.library, bench.tasks, bench.dialogs,
                bench.messages, bench.state, bench.posts);
    }

    @AfterEach
    void close() {
        vm.dispose();
        bench.close();
    }

    private Post event(String title) {
        return bench.posts.create(new PostDetails(title, "", "Rapat", Optional.of(LocalDateTime.parse("2024-09-17T09:00")),
                Optional.of(LocalDateTime.parse("2024-09-17T12:00")), TimeZones.DEFAULT, "Aula", Optional.empty()));
    }

    private Path copy(String name, String as) throws Exception {
        Path to = dir.resolve("usb").resolve(as);
        Files.createDirectories(to.getParent());
        return Files.copy(FLOW.resolve(name), to);
    }

    @Test
    void theImportSummaryCountsEveryFileOnceAndSaysWhatWasAlreadyThere() throws Exception {
        bench.state.open(event("Rapat"));
        Path a = copy("acara-0930.jpg", "IMG_0001.JPG");
        Path b = copy("sebelum-acara.jpg", "IMG_0002.JPG");
        Path again = copy("acara-0930.jpg", "salinan/IMG_0001.JPG");
        Path gone = dir.resolve("usb/IMG_0099.JPG");
        vm.importFiles(List.of(a, b, again, gone));
        assertThat(bench.state.newsProperty().get().text())
                .isEqualTo("4 berkas: 2 berhasil diimpor, 1 bermasalah, 1 sudah ada di unggahan ini.");
        // the two photos and the missing file each have a tile; the copy of a photo already there has none
        assertThat(vm.tiles()).extracting(EvidenceTileModel::name)
                .containsExactly("IMG_0001.JPG", "IMG_0002.JPG", "IMG_0099.JPG");
        assertThat(vm.tiles().get(2).problemProperty().get()).contains(id.rakit.evidence.FileProblem.NOT_FOUND);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 bukti · 1 sesuai waktu acara · 1 perlu ditinjau");
        assertThat(vm.countProperty().get()).isEqualTo(2);

        // the missing file's tile goes when the admin dismisses it, and the selection with it
        vm.selectedProperty().set(vm.tiles().get(2));
        vm.remove(vm.tiles().get(2));
        assertThat(vm.tiles()).hasSize(2);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void anItemUsedInAnotherPostIsCountedAsNeedingReviewAndAcceptingItMovesIt() throws Exception {
        Path a = copy("acara-0930.jpg", "IMG_0001.JPG");
        Post first = event("Pertama");
        bench.ingest.run(first.id(), List.of(a), new id.rakit.evidence.ingest.Ingest.Listener() { },
                new java.util.concurrent.atomic.AtomicBoolean());
        bench.state.open(event("Kedua"));
        vm.importFiles(List.of(a));
        EvidenceTileModel tile = vm.tiles().get(0);
        var item = tile.checkedProperty().get().orElseThrow();
        assertThat(item.result().verdict()).map(v -> v.kind()).contains(id.rakit.evidence.Verdict.Kind.ON_TIME);
        assertThat(item.standing()).as("on time, but already used: one truth for badge and count")
                .isEqualTo(Standing.NEEDS_REVIEW);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 bukti · 0 sesuai waktu acara · 1 perlu ditinjau");

        bench.dialogs.reasons.add("Foto yang sama dipakai untuk dua berita acara ini");
        vm.accept(tile);
        assertThat(vm.tiles().get(0).checkedProperty().get().orElseThrow().standing()).isEqualTo(Standing.ACCEPTED);
        assertThat(vm.summaryProperty().get())
                .isEqualTo("1 bukti · 0 sesuai waktu acara · 1 diterima dengan alasan · 0 perlu ditinjau");
        vm.withdrawAcceptance(vm.tiles().get(0));
        assertThat(vm.tiles().get(0).checkedProperty().get().orElseThrow().standing()).isEqualTo(Standing.NEEDS_REVIEW);
    }

    @Test
    void aRemovedItemCanBeBroughtBackFromTheStatusBar() throws Exception {
        bench.state.open(event("Rapat"));
        vm.importFiles(List.of(copy("acara-0930.jpg", "IMG_0001.JPG")));
        vm.remove(vm.tiles().get(0));
        assertThat(vm.tiles()).isEmpty();
        var news = bench.state.newsProperty().get();
        assertThat(news.text()).startsWith("\"IMG_0001.JPG\" dihapus dari unggahan ini.");
        news.undo().orElseThrow().run();
        assertThat(vm.tiles()).extracting(EvidenceTileModel::name).containsExactly("IMG_0001.JPG");
    }

    @Test
    void theVerdictsFollowTheEventAsItIsTyped() throws Exception {
        Post p = event("Rapat");
        bench.state.open(p);
        vm.importFiles(List.of(copy("sebelum-acara.jpg", "IMG_0002.JPG")));
        assertThat(vm.summaryProperty().get()).contains("1 perlu ditinjau");
        PostDetails moved = p.details().withEvent(Optional.of(LocalDateTime.parse("2024-09-15T08:00")),
                Optional.of(LocalDateTime.parse("2024-09-15T12:00")), TimeZones.DEFAULT);
        bench.state.update(p.id(), x -> x.withDetails(moved));
        assertThat(vm.summaryProperty().get()).isEqualTo("1 bukti · 1 sesuai waktu acara · 0 perlu ditinjau");
    }

    @Test
    void anotherPostOpenedDuringOrAfterAnImportShowsOnlyItsOwnEvidence() throws Exception {
        bench.state.open(event("Pertama"));
        vm.importFiles(List.of(copy("acara-0930.jpg", "IMG_0001.JPG"), dir.resolve("usb/hilang.jpg")));
        assertThat(vm.tiles()).hasSize(2);
        bench.state.open(event("Kedua"));
        assertThat(vm.tiles()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
    }

    @Test
    void aLibraryCopyThatWentMissingOrChangedShowsOnItsTileByName() throws Exception {
        bench.state.open(event("Rapat"));
        vm.importFiles(List.of(copy("acara-0930.jpg", "IMG_0001.JPG"), copy("sebelum-acara.jpg", "IMG_0002.JPG")));
        assertThat(vm.tiles()).allSatisfy(t -> assertThat(t.problemProperty().get()).isEmpty());
        var first = vm.tiles().get(0).checkedProperty().get().orElseThrow().item().file();
        var second = vm.tiles().get(1).checkedProperty().get().orElseThrow().item().file();
        Files.delete(bench.library.resolve(first.libraryPath()));
        Files.write(bench.library.resolve(second.libraryPath()), new byte[] {1, 2, 3});

        vm.recheck();

        assertThat(vm.tiles()).extracting(EvidenceTileModel::name).containsExactly("IMG_0001.JPG", "IMG_0002.JPG");
        assertThat(vm.tiles().get(0).problemProperty().get()).contains(id.rakit.evidence.FileProblem.MISSING_FROM_LIBRARY);
        assertThat(vm.tiles().get(1).problemProperty().get()).contains(id.rakit.evidence.FileProblem.CHANGED_IN_LIBRARY);
        assertThat(bench.messages.get("problem.MISSING_FROM_LIBRARY.short")).isEqualTo("Salinan hilang");
    }
}
