package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.app.AppContext;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.ingest.HeldPictures;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.evidence.ingest.StandardReaders;
import java.util.concurrent.CountDownLatch;
import id.rakit.post.PostDetails;
import id.rakit.ui.evidence.EvidenceTileModel;
import id.rakit.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an admin does with evidence that fails a check, and how a large import shows up. */
class EvidenceDecisionsFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    /** A post for 17 Sep 2024 09:00-12:00 WIB, opened in the window. */
    private MainWindow openPostWithEvent(ScriptedDialogs dialogs) throws Exception {
        return openPostWithEvent(dialogs, StandardReaders.pictures());
    }

    private MainWindow openPostWithEvent(ScriptedDialogs dialogs, PictureMaker pictures) throws Exception {
        AppContext opened = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)),
                StandardReaders::metadata, pictures);
        opened.posts().create(new PostDetails("Rapat koordinasi", "Diskominfotik", "Rapat",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.of(LocalDateTime.parse("2024-09-17T12:00")),
                ZoneId.of("Asia/Jakarta"), "Aula", Optional.empty()));
        MainWindow window = start(opened, dialogs);
        waitFor(() -> !window.viewModel().drafts().drafts().isEmpty());
        robot.clickOn("Rapat koordinasi");
        waitFor(() -> window.openPost().isPresent());
        tab("#tabEvidence");
        return window;
    }

    @Test
    void anItemOutsideTheEventIsAcceptedWithAWrittenReasonOrFixedByACameraClockCorrection() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.files.add(List.of(FIXTURES.resolve("acara-0930.jpg"), FIXTURES.resolve("sebelum-acara.jpg")));
        MainWindow window = openPostWithEvent(dialogs);
        robot.clickOn("#addEvidence");
        waitFor(() -> verdictsShown().size() == 2
                && window.viewModel().gallery().summaryProperty().get().contains("1 perlu ditinjau"));

        // the Samsung phone's clock ran two days behind: the admin says so once
        robot.clickOn("sebelum-acara.jpg");
        dialogs.corrections.add(Duration.ofDays(2).plusMinutes(30));
        robot.clickOn("#clockButton");
        waitFor(() -> window.viewModel().gallery().summaryProperty().get().contains("0 perlu ditinjau"));
        assertThat(texts(".evidence-details .label")).anyMatch(t -> t.contains("lebih lambat 2 hari"));

        // the correction was a mistake: the admin takes it back and accepts the photo with a reason instead
        dialogs.corrections.add(Duration.ZERO);
        robot.clickOn("#clockButton");
        waitFor(() -> verdictsShown().contains("2 hari sebelum acara") || verdictsShown().contains("1 hari 23 jam sebelum acara"));
        dialogs.reasons.add("Foto persiapan acara, dipakai sebagai latar berita");
        robot.clickOn("#acceptButton");
        waitFor(() -> window.viewModel().gallery().summaryProperty().get().contains("0 perlu ditinjau"));
        // the accepted item says so on its tile, with the reason in its tooltip
        assertThat(verdictsShown()).contains("Diterima");

        List<CheckedItem> stored = context.evidence().check(context.posts().find(1).orElseThrow());
        assertThat(stored).filteredOn(c -> c.item().originalName().equals("sebelum-acara.jpg")).singleElement()
                .satisfies(c -> assertThat(c.item().acceptedReason()).contains("Foto persiapan acara, dipakai sebagai latar berita"));
        assertThat(stored).allSatisfy(c -> assertThat(c.needsDecision()).isFalse());
    }

    @Test
    void everyFileHasATileBeforeItsPictureIsMadeAndTheWindowKeepsResponding() throws Exception {
        List<Path> files = new ArrayList<>();
        Path folder = Files.createDirectories(temp.resolve("kartu"));
        for (int i = 0; i < 200; i++) {
            var image = new java.awt.image.BufferedImage(48, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(new java.awt.Color(i, 255 - i, (i * 7) % 255));
            g.fillRect(0, 0, 48, 36);
            g.dispose();
            Path f = folder.resolve(String.format("IMG_%04d.JPG", i));
            ImageIO.write(image, "jpg", f.toFile());
            files.add(f);
        }
        // pictures are held back until the test has looked at the grid
        CountDownLatch release = new CountDownLatch(1);
        PictureMaker held = HeldPictures.until(release);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainWindow window = openPostWithEvent(dialogs, held);
        var gallery = window.viewModel().gallery();

        robot.interact(() -> gallery.importFiles(List.of(folder)));
        // all 200 tiles are there while not one picture has been made
        waitFor(() -> gallery.tiles().size() == 200 && gallery.importingProperty().get());
        assertThat(gallery.importingProperty().get()).isTrue();
        assertThat(gallery.tiles()).allSatisfy(t -> assertThat(t.thumbnailProperty().get()).isEmpty());
        assertThat(robot.lookup(".evidence-tile").queryAll()).as("tiles drawn in the grid").isNotEmpty();
        // the window answers while the import runs: typing in the caption still works
        tab("#tabCompose");
        robot.clickOn("#caption").write("Tetap bisa mengetik").type(KeyCode.END);
        release.countDown();
        waitFor(() -> !gallery.importingProperty().get());
        assertThat(gallery.tiles()).hasSize(200)
                .allSatisfy(t -> assertThat(t.stageProperty().get()).isEqualTo(EvidenceTileModel.Stage.READY))
                .allSatisfy(t -> assertThat(t.thumbnailProperty().get()).isPresent());
        assertThat(window.viewModel().compose().masterProperty().get()).isEqualTo("Tetap bisa mengetik");
    }
}
