package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.ui.evidence.EvidenceTileModel;
import id.rakit.ui.main.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path an admin walks, through the workspace's tabs: a new post, the event, two photos
 * (one inside the event, one two days before), a caption, an export; then Rakit closes straight
 * after typing and opens again on the same data folder, on the same post, and everything is
 * still there.
 */
class WholePathFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    @Test
    void fromNewPostToBundleAndBackAfterRestart() throws Exception {
        Path data = temp.resolve("data");
        Path exports = Files.createDirectories(temp.resolve("ekspor"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.files.add(List.of(FIXTURES.resolve("acara-0930.jpg"), FIXTURES.resolve("sebelum-acara.jpg")));
        dialogs.exportFolders.add(exports);

        MainWindow window = start(data, dialogs);
        robot.clickOn("#newPost");
        waitFor(() -> window.openPost().isPresent());

        type("#title", "Gubernur Resmikan Jembatan Batang Anai");
        type("#unit", "Dinas Kominfotik Sumbar");
        type("#eventName", "Peresmian Jembatan Batang Anai");
        type("#startDate", "17/09/2024");
        type("#startTime", "09.00");
        type("#endTime", "12.00");
        type("#venue", "Jembatan Batang Anai, Padang Pariaman");

        tab("#tabEvidence");
        robot.clickOn("#addEvidence");
        waitFor(() -> verdictsShown().containsAll(List.of("Sesuai waktu acara", "2 hari sebelum acara")));
        assertThat(window.viewModel().gallery().tiles()).hasSize(2)
                .allSatisfy(t -> assertThat(t.stageProperty().get()).isEqualTo(EvidenceTileModel.Stage.READY));
        assertThat(texts(".tile-time")).contains("17 Sep 2024, 09.30.00 WIB", "15 Sep 2024, 09.00.00 WIB");

        tab("#tabCompose");
        robot.clickOn("#caption").write("Gubernur meresmikan jembatan baru. #SumbarMaju");

        tab("#tabExport");
        robot.clickOn("#chooseExportFolder");
        waitFor(() -> exports.equals(window.viewModel().export().folderProperty().get()));
        waitFor(() -> window.viewModel().export().loadedProperty().get());
        robot.clickOn("#platform-facebook");
        waitFor(() -> window.viewModel().export().planProperty().get()
                .map(p -> p.platform("facebook").isPresent()).orElse(false));
        robot.clickOn("#exportBundle");
        waitFor(() -> window.viewModel().export().resultProperty().get().isPresent());
        assertThat(dialogs.confirmations).singleElement().asString().contains("1 bukti tidak lolos");
        Path bundle;
        try (Stream<Path> s = Files.list(exports)) {
            bundle = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(bundle.getFileName().toString()).isEqualTo("2024-09-17_gubernur-resmikan-jembatan-batang-anai");
        assertThat(Files.readString(bundle.resolve("facebook/keterangan.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Gubernur meresmikan jembatan baru. #SumbarMaju");
        JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.at("/post/eventStart").asText()).isEqualTo("2024-09-17T09:00");
        assertThat(manifest.at("/post/eventZone").asText()).isEqualTo("Asia/Jakarta");
        for (JsonNode f : manifest.get("files")) {
            assertThat(Files.exists(bundle.resolve(f.get("path").asText()))).isTrue();
            assertThat(f.get("sha256").asText()).hasSize(64);
        }
        JsonNode evidence = manifest.get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).get("verdict").asText()).isEqualTo("ON_TIME");
        assertThat(evidence.get(1).get("verdict").asText()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(evidence.get(1).get("deltaMinutes").asLong()).isEqualTo(-2 * 24 * 60);
        robot.clickOn("#openBundleFolder");
        assertThat(dialogs.openedFolders).containsExactly(bundle);
        assertThat(texts("#workspaceStatus")).containsExactly("Sudah diekspor");

        // a last edit, and the window closes before the autosave delay has passed
        tab("#tabCompose");
        robot.clickOn("#caption").type(KeyCode.END).write(" Terima kasih.");
        closeApp();

        // the next start opens the post that was open, as it was left
        start(data, new ScriptedDialogs());
        waitFor(() -> main.window().openPost().isPresent());
        tab("#tabDetails");
        assertThat(robot.lookup("#title").queryAs(TextField.class).getText()).isEqualTo("Gubernur Resmikan Jembatan Batang Anai");
        assertThat(robot.lookup("#eventName").queryAs(TextField.class).getText()).isEqualTo("Peresmian Jembatan Batang Anai");
        assertThat(robot.lookup("#startDate").queryAs(TextField.class).getText()).isEqualTo("17/09/2024");
        assertThat(robot.lookup("#startTime").queryAs(TextField.class).getText()).isEqualTo("09.00");
        tab("#tabCompose");
        assertThat(robot.lookup("#caption").queryAs(TextArea.class).getText())
                .isEqualTo("Gubernur meresmikan jembatan baru. #SumbarMaju Terima kasih.");
        tab("#tabEvidence");
        waitFor(() -> verdictsShown().size() == 2);
        assertThat(verdictsShown()).containsExactlyInAnyOrder("Sesuai waktu acara", "2 hari sebelum acara");
    }
}
