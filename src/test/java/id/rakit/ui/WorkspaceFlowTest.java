package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.app.AppContext;
import id.rakit.evidence.CameraId;
import id.rakit.evidence.ingest.HeldPictures;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostQuery;
import id.rakit.post.TimeZones;
import id.rakit.ui.evidence.EvidenceTileModel;
import id.rakit.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace as a new user met it: the defects they found, each walked through in the real window. */
class WorkspaceFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    private static PostDetails event(String title) {
        return new PostDetails(title, "Diskominfotik", "Rapat", Optional.of(LocalDateTime.parse("2024-09-17T09:00")),
                Optional.of(LocalDateTime.parse("2024-09-17T12:00")), TimeZones.DEFAULT, "Aula", Optional.empty());
    }

    /** Three posts with the same two photos, a camera clock correction and an accepted item: many flags each. */
    private AppContext richData(PictureChoice pictures) throws Exception {
        AppContext c = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)),
                StandardReaders::metadata, pictures == PictureChoice.HELD ? HeldPictures.until(gate)
                        : StandardReaders.pictures());
        List<Path> photos = List.of(FIXTURES.resolve("acara-0930.jpg"), FIXTURES.resolve("sebelum-acara.jpg"));
        for (int i = 1; i <= 3; i++) {
            Post p = c.posts().create(event("Unggahan " + i));
            if (pictures == PictureChoice.REAL) {
                c.ingest().run(p.id(), photos, new Ingest.Listener() { }, new AtomicBoolean());
            }
        }
        if (pictures == PictureChoice.REAL) {
            var items = c.evidence().check(c.posts().find(3).orElseThrow());
            c.evidence().setClockCorrection(CameraId.of(items.get(1).item().media()).orElseThrow(), Duration.ofMinutes(65));
            c.evidence().accept(items.get(1).item().id(), Optional.of("Foto persiapan acara, dipakai sebagai latar"));
        }
        return c;
    }

    private enum PictureChoice { REAL, HELD }

    /** Holds back every picture of a HELD import until it opens. */
    private final CountDownLatch gate = new CountDownLatch(1);

    private MainWindow openThird(AppContext c, ScriptedDialogs dialogs, double w, double h) throws Exception {
        MainWindow window = start(c, dialogs, w, h);
        waitFor(() -> window.viewModel().drafts().drafts().size() >= 3);
        robot.clickOn("Unggahan 3");
        waitFor(() -> window.openPost().map(p -> p.details().title().equals("Unggahan 3")).orElse(false));
        tab("#tabEvidence");
        waitFor(() -> verdictsShown().size() == 2);
        return window;
    }

    private int layoutPassesWhileIdle(MainWindow window, long millis) throws Exception {
        Thread.sleep(800);
        AtomicInteger passes = new AtomicInteger();
        Runnable count = passes::incrementAndGet;
        robot.interact(() -> window.root().getScene().addPostLayoutPulseListener(count));
        Thread.sleep(millis);
        robot.interact(() -> window.root().getScene().removePostLayoutPulseListener(count));
        return passes.get();
    }

    @Test
    void aDraftFullOfFlagsLeavesTheWindowAtRestAt1280x720And1440x900() throws Exception {
        MainWindow window = openThird(richData(PictureChoice.REAL), new ScriptedDialogs(), 1280, 720);
        // before: a layout pass on every frame (about 60 a second), labels piling up, the heap growing
        assertThat(layoutPassesWhileIdle(window, 2000)).as("layout passes in 2 s of idling at 1280x720").isLessThanOrEqualTo(2);
        robot.interact(() -> {
            stage().setWidth(1440);
            stage().setHeight(900);
        });
        assertThat(layoutPassesWhileIdle(window, 2000)).as("at 1440x900").isLessThanOrEqualTo(2);
        int nodes = countNodes(window.root());
        Thread.sleep(1500);
        assertThat(countNodes(window.root())).isEqualTo(nodes);
    }

    /**
     * One post with fifteen photos, each its own file: more tiles than the grid has room for. The
     * last three, taken two days before by a camera whose clock is corrected, have a verdict of two
     * lines, and one of them is accepted: the rows below the grid differ from each other.
     */
    private AppContext fifteenPhotos() throws Exception {
        AppContext c = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)));
        Path card = Files.createDirectories(temp.resolve("kartu"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            byte[] bytes = Files.readAllBytes(FIXTURES.resolve(i < 12 ? "acara-0930.jpg" : "sebelum-acara.jpg"));
            bytes[bytes.length - 20] ^= (byte) (i + 1);
            files.add(Files.write(card.resolve(String.format("IMG_%04d.JPG", i + 1)), bytes));
        }
        Post p = c.posts().create(event("Rapat Koordinasi"));
        c.ingest().run(p.id(), files, new Ingest.Listener() { }, new AtomicBoolean());
        var items = c.evidence().check(p);
        c.evidence().setClockCorrection(CameraId.of(items.get(14).item().media()).orElseThrow(), Duration.ofMinutes(120));
        c.evidence().accept(items.get(14).item().id(), Optional.of("Foto persiapan acara"));
        return c;
    }

    /** Counts the tile cells the grid makes from now on. */
    private AtomicInteger countTileCellsMade() throws Exception {
        AtomicInteger made = new AtomicInteger();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            GridView<EvidenceTileModel> grid = robot.lookup("#evidenceGrid").queryAs(GridView.class);
            var factory = grid.getCellFactory();
            grid.setCellFactory(g -> {
                made.incrementAndGet();
                return factory.call(g);
            });
        });
        return made;
    }

    /** Lays the window out as pulses do, {@code passes} times, without waiting for any. */
    private void layOut(MainWindow window, int passes) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < passes; i++) {
                window.root().getScene().getRoot().applyCss();
                window.root().getScene().getRoot().layout();
            }
        });
    }

    /** Waits until every tile made shows its picture. */
    private void picturesShown() throws Exception {
        waitFor(() -> robot.lookup("#evidenceGrid .evidence-tile").queryAll().stream()
                .filter(t -> ((javafx.scene.control.IndexedCell<?>) t).getItem() != null)
                .allMatch(t -> ((javafx.scene.image.ImageView) t.lookup(".tile-picture .image-view")).getImage() != null));
    }

    /** Asserts that, once laid out, the window makes no tile cell and no layout pass while left alone. */
    private void atRest(MainWindow window, AtomicInteger made, String where) throws Exception {
        layOut(window, 3);
        int before = made.get();
        layOut(window, 5);
        assertThat(made.get() - before).as("tile cells made by 5 more layout passes " + where).isZero();
        assertThat(layoutPassesWhileIdle(window, 1500)).as("layout passes in 1.5 s of idling " + where)
                .isLessThanOrEqualTo(2);
        assertThat(made.get() - before).as("tile cells made while idling " + where).isZero();
    }

    @Test
    void aDraftWithMoreTilesThanTheGridHoldsLeavesTheWindowAtRestAt1360x860() throws Exception {
        MainWindow window = start(fifteenPhotos(), new ScriptedDialogs(), 1360, 860);
        AtomicInteger made = countTileCellsMade();
        waitFor(() -> window.viewModel().drafts().drafts().size() == 1);
        robot.clickOn("Rapat Koordinasi");
        waitFor(() -> window.viewModel().gallery().tiles().size() == 15);
        picturesShown();
        // before: every layout pass measured the grid for its preferred size, through rows 0 to 9
        // of a grid of 5 rows; the rows off screen were sized in one spare row, whose tiles changed
        // their badges between rows 3 and 4 and were thrown away for rows 5 to 9. The restyled
        // badges asked for the next pass, which made the cells again: a layout pass on every frame
        // with three new tile cells each, on the Rincian tab as on the Bukti tab, none of them freed
        atRest(window, made, "with the Bukti tab hidden");

        tab("#tabEvidence");
        GridView<?> grid = robot.lookup("#evidenceGrid").queryAs(GridView.class);
        VirtualFlow<?> flow = robot.lookup("#evidenceGrid .virtual-flow").queryAs(VirtualFlow.class);
        assertThat(flow.getCellCount()).as("rows of three tiles").isEqualTo(5);
        assertThat(flow.getCellCount() * (grid.getCellHeight() + 2 * grid.getVerticalCellSpacing()))
                .as("the rows are higher than the grid").isGreaterThan(grid.getHeight());
        atRest(window, made, "on the Bukti tab");

        // the grid still reflows to the window and shows every tile
        robot.interact(() -> {
            stage().setWidth(1440);
            stage().setHeight(900);
        });
        waitFor(() -> flow.getCellCount() == 4);
        atRest(window, made, "at 1440x900");
        robot.interact(() -> flow.scrollTo(flow.getCellCount() - 1));
        waitFor(() -> texts("#evidenceGrid .tile-name").contains("IMG_0015.JPG"));
        assertThat(verdictsShown()).contains("Diterima");
        robot.interact(() -> {
            stage().setWidth(1280);
            stage().setHeight(720);
        });
        waitFor(() -> flow.getCellCount() == 5);
        atRest(window, made, "at 1280x720");
    }

    private static int countNodes(Node n) {
        int count = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                count += countNodes(c);
            }
        }
        return count;
    }

    @Test
    void flagsStayInsideTheirTileOneChipPerKind() throws Exception {
        openThird(richData(PictureChoice.REAL), new ScriptedDialogs(), 1280, 720);
        for (Node tile : robot.lookup(".evidence-tile").queryAll()) {
            if (!tile.isVisible() || ((javafx.scene.control.IndexedCell<?>) tile).getItem() == null) {
                continue;
            }
            Bounds box = tile.localToScene(tile.getBoundsInLocal());
            List<String> chips = new java.util.ArrayList<>();
            for (Node chip : tile.lookupAll(".flag-chip")) {
                if (!chip.isVisible()) {
                    continue;
                }
                chips.add(((Label) chip).getText());
                Bounds b = chip.localToScene(chip.getBoundsInLocal());
                assertThat(b.getMaxY()).as("chip " + ((Label) chip).getText() + " inside its tile").isLessThanOrEqualTo(box.getMaxY());
                assertThat(b.getMaxX()).isLessThanOrEqualTo(box.getMaxX() + 0.5);
            }
            // used in two other posts: one chip, both posts in its tooltip
            assertThat(chips.stream().filter(t -> t.equals("Sudah dipakai")).count()).isLessThanOrEqualTo(1);
        }
        assertThat(texts(".evidence-tile .badge")).contains("Diterima", "Perlu ditinjau");
    }

    @Test
    void aNewPostRightAfterAnImportIsTheOneThatTakesWhatIsTypedAndDropped() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.files.add(List.of(FIXTURES.resolve("acara-0930.jpg")));
        dialogs.files.add(List.of(FIXTURES.resolve("sebelum-acara.jpg")));
        MainWindow window = start(temp.resolve("data"), dialogs);
        robot.clickOn("#newPost");
        waitFor(() -> window.openPost().isPresent());
        type("#title", "Pertama");
        long first = window.openPost().orElseThrow().id();
        tab("#tabEvidence");
        robot.clickOn("#addEvidence");
        waitFor(() -> window.viewModel().gallery().tiles().size() == 1 && !window.viewModel().gallery().importingProperty().get());

        robot.clickOn("#newPost");
        waitFor(() -> window.openPost().map(p -> p.id() != first).orElse(false));
        long second = window.openPost().orElseThrow().id();
        assertThat(robot.lookup("#title").queryAs(TextField.class).getText()).isEmpty();
        robot.write("Kedua");
        tab("#tabEvidence");
        assertThat(window.viewModel().gallery().tiles()).isEmpty();
        robot.clickOn("#addEvidence");
        waitFor(() -> window.viewModel().gallery().tiles().size() == 1 && !window.viewModel().gallery().importingProperty().get());

        // clicking the highlighted new draft keeps it open
        robot.clickOn("Kedua");
        assertThat(window.openPost().orElseThrow().id()).isEqualTo(second);
        context.posts().flush();
        assertThat(context.posts().find(first).orElseThrow().details().title()).isEqualTo("Pertama");
        assertThat(context.posts().find(second).orElseThrow().details().title()).isEqualTo("Kedua");
        assertThat(context.evidenceRepository().forPost(first)).extracting(i -> i.originalName()).containsExactly("acara-0930.jpg");
        assertThat(context.evidenceRepository().forPost(second)).extracting(i -> i.originalName()).containsExactly("sebelum-acara.jpg");
    }

    @Test
    void draftsGoToTheBinWithTheDeleteKeyOrTheirMenuAndComeBack() throws Exception {
        AppContext c = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)));
        c.posts().create(event("Banjir Agam"));
        c.posts().create(event("Festival Tabuik"));
        MainWindow window = start(c, new ScriptedDialogs());
        waitFor(() -> window.viewModel().drafts().drafts().size() == 2);
        robot.clickOn("Banjir Agam").type(KeyCode.DELETE);
        waitFor(() -> window.viewModel().drafts().drafts().size() == 1);
        assertThat(window.openPost()).isEmpty();
        assertThat(texts("#statusBar .label")).anyMatch(t -> t.contains("dipindahkan ke Sampah"));

        robot.rightClickOn("Festival Tabuik");
        menu("Pindahkan ke Sampah");
        waitFor(() -> window.viewModel().drafts().drafts().isEmpty());
        robot.clickOn("#binToggle");
        waitFor(() -> window.viewModel().drafts().drafts().size() == 2);
        robot.rightClickOn("Banjir Agam");
        menu("Pulihkan");
        waitFor(() -> window.openPost().map(p -> p.details().title().equals("Banjir Agam")).orElse(false));
        assertThat(window.viewModel().drafts().binProperty().get()).isFalse();
        assertThat(c.posts().search(PostQuery.ALL)).extracting(s -> s.title()).containsExactly("Banjir Agam");
    }

    @Test
    void aFileThatCouldNotBeImportedKeepsItsTileUntilDismissedAndTheDetailsFollow() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.files.add(List.of(FIXTURES.resolve("acara-0930.jpg"), temp.resolve("dicabut/IMG_0007.JPG")));
        MainWindow window = start(temp.resolve("data"), dialogs);
        robot.clickOn("#newPost");
        waitFor(() -> window.openPost().isPresent());
        tab("#tabEvidence");
        robot.clickOn("#addEvidence");
        waitFor(() -> !window.viewModel().gallery().importingProperty().get() && verdictsShown().contains("Berkas hilang"));
        assertThat(texts("#statusBar .label")).anyMatch(t -> t.equals("2 berkas: 1 berhasil diimpor, 1 bermasalah."));
        robot.clickOn("IMG_0007.JPG");
        assertThat(texts("#evidenceDetails .label")).anyMatch(t -> t.startsWith("Berkas tidak ditemukan"));
        robot.clickOn("#evidenceGrid").type(KeyCode.DELETE);
        waitFor(() -> window.viewModel().gallery().tiles().size() == 1);
        assertThat(texts("#evidenceDetails .label")).containsExactly("Pilih sebuah bukti untuk melihat rinciannya.");
    }

    @Test
    void theDetailsOfTheNextItemStartAtTheirTop() throws Exception {
        openThird(richData(PictureChoice.REAL), new ScriptedDialogs(), 1280, 720);
        robot.clickOn("sebelum-acara.jpg");
        ScrollPane scroll = robot.lookup("#evidenceDetails .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn("acara-0930.jpg");
        assertThat(scroll.getVvalue()).isZero();
    }

    @Test
    void atEveryCommonScreenSizeTheListShowsWholeTitlesAndTheGridShowsTwoRows() throws Exception {
        AppContext c = richData(PictureChoice.REAL);
        c.posts().create(event("Gubernur Sumatera Barat Resmikan Jembatan Batang Anai di Padang Pariaman"));
        MainWindow window = openThird(c, new ScriptedDialogs(), 1280, 720);
        GridView<?> grid = robot.lookup("#evidenceGrid").queryAs(GridView.class);
        assertThat(grid.getHeight()).as("grid height at 1280x720").isGreaterThanOrEqualTo(2 * grid.getCellHeight());
        robot.interact(() -> {
            stage().setWidth(1920);
            stage().setHeight(1080);
        });
        ListView<?> list = robot.lookup("#draftList").queryAs(ListView.class);
        assertThat(list.getWidth()).isGreaterThanOrEqualTo(260);
        for (Node n : robot.lookup("#draftList .post-title").queryAll()) {
            Label title = (Label) n;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) title.lookup(".text");
            assertThat(shown.getText().replace("\n", " ").replace("  ", " ")).as("title shown whole")
                    .isEqualTo(title.getText());
        }
        assertThat(window.root().getScene().getWidth()).isEqualTo(1920);
    }

    @Test
    void anImportGoesOnAndCanBeCancelledAfterTheLanguageIsSwitched() throws Exception {
        AppContext c = richData(PictureChoice.HELD);
        MainWindow window = start(c, new ScriptedDialogs());
        waitFor(() -> window.viewModel().drafts().drafts().size() == 3);
        robot.clickOn("Unggahan 1");
        tab("#tabEvidence");
        Path folder = Files.createDirectories(temp.resolve("kartu"));
        for (int i = 0; i < 5; i++) {
            byte[] bytes = Files.readAllBytes(FIXTURES.resolve("acara-0930.jpg"));
            bytes[bytes.length - 20] = (byte) i;
            Files.write(folder.resolve("IMG_000" + i + ".JPG"), bytes);
        }
        robot.interact(() -> window.viewModel().gallery().importFiles(List.of(folder)));
        waitFor(() -> window.viewModel().gallery().tiles().size() == 5);

        robot.clickOn("#language").clickOn("English");
        waitFor(() -> main.window() != window && robot.lookup("#cancelJob").tryQuery().map(Node::isVisible).orElse(false));
        var again = main.window();
        assertThat(again.openPost()).map(p -> p.details().title()).contains("Unggahan 1");
        waitFor(() -> again.viewModel().gallery().tiles().size() == 5);
        assertThat(again.viewModel().gallery().importingProperty().get()).isTrue();
        robot.clickOn("#cancelJob");
        gate.countDown();  // the files under way finish; the rest are not started
        waitFor(() -> !again.viewModel().gallery().importingProperty().get());
        assertThat(texts("#statusBar .label")).anyMatch(t -> t.startsWith("Import cancelled."));
        assertThat(again.viewModel().gallery().tiles())
                .allSatisfy(t -> assertThat(t.stageProperty().get()).isNotEqualTo(EvidenceTileModel.Stage.QUEUED));
    }

    @Test
    void closingDuringAnImportAsksFirstAndKeepsTheImportWhenTheAdminSaysNo() throws Exception {
        AppContext c = richData(PictureChoice.HELD);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainWindow window = start(c, dialogs);
        waitFor(() -> window.viewModel().drafts().drafts().size() == 3);
        robot.clickOn("Unggahan 2");
        waitFor(() -> window.openPost().isPresent());
        robot.interact(() -> window.viewModel().gallery().importFiles(List.of(FIXTURES.resolve("acara-0930.jpg"))));
        waitFor(() -> window.viewModel().gallery().importingProperty().get());
        dialogs.confirmAnswer = false;
        AtomicBoolean exited = new AtomicBoolean();
        robot.interact(() -> main.requestClose(() -> exited.set(true)));
        Thread.sleep(300);
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Impor masih berjalan");
        assertThat(exited).isFalse();
        assertThat(window.viewModel().gallery().importingProperty().get()).isTrue();

        dialogs.confirmAnswer = true;
        robot.interact(() -> main.requestClose(() -> exited.set(true)));
        gate.countDown();
        waitFor(exited::get);
        context = null;  // closed by the window, as the close button does
    }

    @Test
    void closingWithEditsTheDatabaseRefusesAsksFirstAndTheRecoveryJournalBringsThemBack() throws Exception {
        Path data = temp.resolve("data");
        AppContext c = AppContext.open(data, new Ingest.Limits(1, Duration.ofSeconds(30)), StandardReaders::metadata,
                StandardReaders.pictures());
        c.posts().create(event("Unggahan 1"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainWindow window = start(c, dialogs);
        waitFor(() -> window.viewModel().drafts().drafts().size() == 1);
        robot.clickOn("Unggahan 1");
        waitFor(() -> window.openPost().isPresent());
        // from here the database takes no write, as a read-only file or folder does
        c.database().read(conn -> {
            try (var st = conn.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            }
            return null;
        });
        robot.interact(() -> window.viewModel().details().titleProperty().set("Judul saat basis data menolak"));

        dialogs.confirmAnswer = false;
        AtomicBoolean exited = new AtomicBoolean();
        robot.interact(() -> main.requestClose(() -> exited.set(true)));
        waitFor(() -> !dialogs.confirmations.isEmpty());
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Perubahan terakhir belum tersimpan (basis data hanya dapat dibaca).");
        Thread.sleep(200);
        assertThat(exited).as("the admin said no: the window stays").isFalse();
        assertThat(data.resolve("rakit.db.recovery")).as("the typing is kept beside the database").exists();

        dialogs.confirmAnswer = true;
        robot.interact(() -> main.requestClose(() -> exited.set(true)));
        waitFor(exited::get);
        context = null;  // closed by the window

        try (AppContext next = AppContext.open(data, new Ingest.Limits(1, Duration.ofSeconds(30)),
                StandardReaders::metadata, StandardReaders.pictures())) {
            assertThat(next.replayed().written()).isEqualTo(1);
            assertThat(next.posts().search(PostQuery.ALL).get(0).title()).isEqualTo("Judul saat basis data menolak");
            assertThat(data.resolve("rakit.db.recovery")).doesNotExist();
        }
    }
}
