package id.rakit.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.export.BundlePlan.PlanProblem.Kind;
import id.rakit.export.ExportResult;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");

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
        bench.posts.editDetails(post.id(), post.details().withTitle("Rapat Koordinasi")
                .withEvent(Optional.of(LocalDateTime.parse("2024-09-17T09:00")),
                        Optional.of(LocalDateTime.parse("2024-09-17T12:00")), post.details().eventZone()));
        bench.posts.chooseTargets(post.id(), List.of(Platform.INSTAGRAM, Platform.X));
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        out = Files.createDirectories(dir.resolve("ekspor"));
        bench.dialogs.exportFolders.add(out);
        vm.chooseFolder();
    }

    @AfterEach
    void close() {
        vm.dispose();
        bench.close();
    }

    private long bundles() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(Files::isDirectory).count();
        }
    }

    private void importBoth() {
        bench.ingest.run(post.id(), List.of(FLOW.resolve("acara-0930.jpg"), FLOW.resolve("sebelum-acara.jpg")),
                new Ingest.Listener() { }, new AtomicBoolean());
        vm.refresh();
    }

    private List<Kind> problemKinds() {
        return vm.problems().stream().filter(r -> !r.canInclude()).map(r -> r.problem().kind()).toList();
    }

    private long id(String name) {
        return vm.planProperty().get().orElseThrow().evidence().stream()
                .filter(i -> i.item().item().originalName().equals(name)).findFirst().orElseThrow().item().item().id();
    }

    @Test
    void theChosenFolderIsRememberedForTheNextExport() {
        assertThat(vm.folderProperty().get()).isEqualTo(out);
        ExportViewModel again = new ExportViewModel(bench.exports, bench.settings, bench.tasks, bench.dialogs,
                bench.messages, bench.state);
        assertThat(again.folderProperty().get()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    void thePlanListsItsProblemsAndEachCanBeDealtWithHere() throws Exception {
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi admin media sosial.");
        importBoth();
        assertThat(vm.choicesProperty().get().platforms()).containsExactly("instagram", "x");
        assertThat(problemKinds()).containsExactly(Kind.NOT_PASSED, Kind.NO_ALT_TEXT, Kind.NO_ALT_TEXT);
        assertThat(vm.overviewProperty().get()).contains("2 dari 2 bukti").contains("Instagram: 2 foto (1080 × 1350, 4:5)")
                .contains("X: 2 foto; keterangan");
        assertThat(vm.crops()).extracting(ExportViewModel.CropTarget::size).containsExactly("4:5", "4:5");

        // alt text written from the problem that asks for it
        long onTime = id("acara-0930.jpg");
        bench.dialogs.altTexts.add("Peserta rapat di aula");
        vm.writeAltText(onTime);
        assertThat(problemKinds()).containsExactly(Kind.NOT_PASSED, Kind.NO_ALT_TEXT);
        assertThat(bench.stored.find(post.id()).orElseThrow().composition().altText(Platform.X, onTime))
                .isEqualTo("Peserta rapat di aula");

        // the photo taken two days early: left out, then back in and accepted with a reason
        long early = id("sebelum-acara.jpg");
        vm.leaveOut(early);
        assertThat(problemKinds()).isEmpty();
        assertThat(vm.problems()).singleElement().satisfies(r -> assertThat(r.canInclude()).isTrue());
        assertThat(vm.overviewProperty().get()).contains("1 dari 2 bukti");
        vm.include(early);
        bench.dialogs.reasons.add("Foto persiapan panitia");
        vm.accept(early);
        assertThat(problemKinds()).containsExactly(Kind.NO_ALT_TEXT);
        assertThat(bench.evidence.check(post).stream().filter(c -> c.item().id() == early).findFirst().orElseThrow()
                .item().acceptedReason()).contains("Foto persiapan panitia");

        // the choices are the post's: a new view model finds them
        vm.chooseSize("instagram", "1:1");
        vm.choosePlatform("instagram-story", true);
        ExportViewModel again = new ExportViewModel(bench.exports, bench.settings, bench.tasks, bench.dialogs,
                bench.messages, bench.state);
        again.refresh();
        assertThat(again.choicesProperty().get().platforms()).containsExactly("instagram", "x", "instagram-story");
        assertThat(again.choicesProperty().get().sizes()).containsEntry("instagram", "1:1");
        again.dispose();
    }

    @Test
    void anExportWritesTheBundleLogsItAndListsItWithWhetherItStillVerifies() throws Exception {
        bench.posts.editText(post.id(), Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi admin media sosial.");
        importBoth();
        vm.crop(id("acara-0930.jpg"), "4:5", 0.1, 0.5);
        vm.export();
        assertThat(bench.dialogs.confirmations).singleElement().asString().startsWith("1 bukti tidak lolos");
        ExportResult done = vm.resultProperty().get().orElseThrow();
        assertThat(bundles()).isEqualTo(1);
        assertThat(Files.readString(done.folder().resolve("x/keterangan.txt"))).isEqualTo("Rapat koordinasi admin media sosial.");
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);
        assertThat(bench.state.openPost().orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);
        assertThat(bench.state.newsProperty().get().text()).startsWith("Bundel berisi 2 bukti ditulis ke");
        vm.openBundle();
        vm.openReport();
        assertThat(bench.dialogs.openedFolders).containsExactly(done.folder());
        assertThat(bench.dialogs.openedFiles).containsExactly(done.folder().resolve("laporan-bukti.pdf"));
        assertThat(vm.earlier()).singleElement().satisfies(b -> {
            assertThat(b.standing()).isEqualTo(ExportViewModel.EarlierBundle.Standing.INTACT);
            assertThat(b.record().manifestSha256()).isEqualTo(done.manifestSha256());
        });
        // the crop chosen on the photo is the one written
        String manifest = Files.readString(done.folder().resolve("manifest.json"));
        assertThat(manifest).contains("\"crop\":[0,0,384,480]");

        Files.writeString(done.folder().resolve("x/keterangan.txt"), "diubah orang lain");
        vm.refresh();
        assertThat(vm.earlier()).singleElement().satisfies(b -> {
            assertThat(b.standing()).isEqualTo(ExportViewModel.EarlierBundle.Standing.CHANGED);
            assertThat(b.detail()).isEqualTo("1 berkas berubah");
        });
        vm.verify(List.of(done.folder()));
        assertThat(vm.verificationProperty().get()).contains("TIDAK utuh").contains("berubah: x/keterangan.txt");
        assertThat(vm.verificationIntactProperty().get()).isFalse();

        // exporting again makes a second bundle beside the first
        vm.export();
        assertThat(bundles()).isEqualTo(2);
        assertThat(vm.earlier()).hasSize(2);
        vm.verify(List.of(vm.resultProperty().get().orElseThrow().folder()));
        assertThat(vm.verificationProperty().get()).contains("utuh").doesNotContain("TIDAK");
        assertThat(vm.verificationIntactProperty().get()).isTrue();
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
        bench.dialogs.confirmAnswer = true;
        vm.export();
        assertThat(bundles()).isEqualTo(1);
        assertThat(Files.readString(vm.resultProperty().get().orElseThrow().folder().resolve("instagram/keterangan.txt")))
                .isEqualTo("Belum tersimpan");
    }

    @Test
    void withoutAPlatformNothingIsWrittenAndTheTabSaysWhatToDo() throws Exception {
        vm.refresh();
        vm.choosePlatform("instagram", false);
        vm.choosePlatform("x", false);
        vm.export();
        assertThat(bundles()).isZero();
        assertThat(vm.problemProperty().get()).isEqualTo("Bundel belum dapat ditulis. "
                + "Pilih setidaknya satu platform untuk bundel ini.");
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void aZipOrAManifestDroppedOnTheWindowIsABundleToCheckNotEvidence() {
        assertThat(ExportViewModel.looksLikeBundles(List.of(Path.of("/media/usb/2024-09-17_rapat.zip")))).isTrue();
        assertThat(ExportViewModel.looksLikeBundles(List.of(Path.of("/media/usb/bundel/manifest.json")))).isTrue();
        assertThat(ExportViewModel.looksLikeBundles(List.of(Path.of("/a/foto.jpg"), Path.of("/a/b.zip")))).isFalse();
        assertThat(ExportViewModel.looksLikeBundles(List.of())).isFalse();
        assertThat(ExportViewModel.bundlesOf(List.of(Path.of("/media/usb/bundel/manifest.json"), Path.of("/x/b.zip"))))
                .containsExactly(Path.of("/media/usb/bundel"), Path.of("/x/b.zip"));
    }

    @Test
    void declinedConfirmationsWriteNothing() throws Exception {
        bench.dialogs.confirmAnswer = false;
        importBoth();
        vm.export();
        assertThat(bundles()).isZero();
        assertThat(vm.exportingProperty().get()).isFalse();
        assertThat(bench.stored.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void aLibraryCopyThatIsGoneOrChangedIsNamedInThePlanAndLeftOutOfTheBundle() throws Exception {
        importBoth();
        List<id.rakit.evidence.CheckedItem> items = bench.evidence.check(bench.posts.find(post.id()).orElseThrow());
        var gone = items.get(0).item();
        var changed = items.get(1).item();
        Files.delete(bench.library.resolve(gone.file().libraryPath()));
        Files.write(bench.library.resolve(changed.file().libraryPath()), new byte[] {1, 2, 3});

        vm.refresh();
        assertThat(vm.problems()).extracting(r -> r.problem().text())
                .anySatisfy(t -> assertThat(t).contains(gone.originalName()).contains("hilang atau berubah"))
                .anySatisfy(t -> assertThat(t).contains(changed.originalName()).contains("hilang atau berubah"));
        assertThat(vm.planProperty().get().orElseThrow().included()).isEmpty();
    }

}
