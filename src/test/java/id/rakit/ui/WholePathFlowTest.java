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
 * The whole path an admin walks, as they walk it: a new post, the event, two photos (one inside
 * the event, one two days before), a caption, an export; then Rakit closes straight after typing
 * and opens again on the same data folder, and everything is still there.
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
        waitFor(() -> window.viewModel().postOpenProperty().get());

        type("#title", "Gubernur resmikan Jembatan Batang Anai");
        type("#unit", "Dinas Kominfotik Sumbar");
        type("#eventName", "Peresmian Jembatan Batang Anai");
        robot.clickOn("#eventDate").write("17/09/2024").type(KeyCode.ENTER);
        type("#startTime", "09.00");
        type("#endTime", "12.00");
        type("#venue", "Jembatan Batang Anai, Padang Pariaman");

        robot.clickOn("#addEvidence");
        waitFor(() -> verdictsShown().containsAll(List.of("Sesuai waktu acara", "2 hari sebelum acara")));
        assertThat(window.viewModel().gallery().tiles()).hasSize(2)
                .allSatisfy(t -> assertThat(t.stageProperty().get()).isEqualTo(EvidenceTileModel.Stage.READY));
        assertThat(texts(".tile-time")).contains("17 Sep 2024, 09.30.00 WIB", "15 Sep 2024, 09.00.00 WIB");

        robot.clickOn("#caption").write("Gubernur meresmikan jembatan baru. #SumbarMaju");
        robot.clickOn("#exportBundle");
        waitFor(() -> !dialogs.infos.isEmpty());
        assertThat(dialogs.confirmations).singleElement().asString().contains("1 bukti belum lolos");
        Path bundle;
        try (Stream<Path> s = Files.list(exports)) {
            bundle = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(bundle.getFileName().toString()).isEqualTo("2024-09-17 Gubernur resmikan Jembatan Batang Anai");
        assertThat(Files.readString(bundle.resolve("caption.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Gubernur meresmikan jembatan baru. #SumbarMaju");
        JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.at("/post/eventStart").asText()).isEqualTo("2024-09-17T09:00");
        assertThat(manifest.at("/post/eventZone").asText()).isEqualTo("Asia/Jakarta");
        JsonNode files = manifest.get("files");
        assertThat(files).hasSize(3);
        for (JsonNode f : files) {
            assertThat(Files.exists(bundle.resolve(f.get("name").asText()))).isTrue();
            assertThat(f.get("sha256").asText()).hasSize(64);
        }
        assertThat(files.get(1).get("verdict").asText()).isEqualTo("ON_TIME");
        assertThat(files.get(2).get("verdict").asText()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(files.get(2).get("deltaMinutes").asLong()).isEqualTo(-2 * 24 * 60);

        // a last edit, and the window closes before the autosave delay has passed
        robot.clickOn("#caption").type(KeyCode.END).write(" Terima kasih.");
        closeApp();

        MainWindow again = start(data, new ScriptedDialogs());
        waitFor(() -> !again.viewModel().drafts().drafts().isEmpty());
        robot.clickOn("Gubernur resmikan Jembatan Batang Anai");
        waitFor(() -> again.viewModel().postOpenProperty().get() && verdictsShown().size() == 2);
        assertThat(robot.lookup("#title").queryAs(TextField.class).getText()).isEqualTo("Gubernur resmikan Jembatan Batang Anai");
        assertThat(robot.lookup("#eventName").queryAs(TextField.class).getText()).isEqualTo("Peresmian Jembatan Batang Anai");
        assertThat(robot.lookup("#startTime").queryAs(TextField.class).getText()).isEqualTo("09.00");
        assertThat(robot.lookup("#caption").queryAs(TextArea.class).getText())
                .isEqualTo("Gubernur meresmikan jembatan baru. #SumbarMaju Terima kasih.");
        assertThat(verdictsShown()).containsExactlyInAnyOrder("Sesuai waktu acara", "2 hari sebelum acara");
    }
}
