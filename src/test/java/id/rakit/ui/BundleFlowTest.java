package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export as an admin does it in the window: a post with two photos goes to Instagram and X,
 * the Ekspor tab shows the plan's problems, one is fixed there (a photo's alt text), the bundle
 * is written, and the evidence report opens.
 */
class BundleFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    private List<String> problemsShown() {
        return texts("#exportProblems .problem-line");
    }

    private Button first(String idPrefix) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith(idPrefix) && b.isVisible()).findFirst()
                .orElseThrow();
    }

    @Test
    void aPostWithTwoPhotosGoesToTwoPlatformsAfterOneProblemIsFixed() throws Exception {
        Path exports = Files.createDirectories(temp.resolve("ekspor"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.files.add(List.of(FIXTURES.resolve("acara-0930.jpg"), FIXTURES.resolve("sebelum-acara.jpg")));
        dialogs.exportFolders.add(exports);
        dialogs.altTexts.add("Gubernur menggunting pita peresmian jembatan");

        MainWindow window = start(temp.resolve("data"), dialogs);
        robot.clickOn("#newPost");
        waitFor(() -> window.openPost().isPresent());
        type("#title", "Rapat Koordinasi Admin Medsos");
        type("#startDate", "17/09/2024");
        type("#startTime", "09.00");
        type("#endTime", "12.00");
        tab("#tabEvidence");
        robot.clickOn("#addEvidence");
        waitFor(() -> verdictsShown().size() == 2);
        tab("#tabCompose");
        robot.clickOn("#caption").write("Rapat koordinasi admin media sosial se-Sumatera Barat.");

        tab("#tabExport");
        robot.clickOn("#chooseExportFolder");
        waitFor(() -> exports.equals(window.viewModel().export().folderProperty().get()));
        waitFor(() -> window.viewModel().export().loadedProperty().get());
        robot.clickOn("#platform-instagram");
        robot.clickOn("#platform-x");
        waitFor(() -> window.viewModel().export().planProperty().get()
                .map(p -> p.platforms().size() == 2).orElse(false));
        waitFor(() -> problemsShown().contains("acara-0930.jpg belum punya teks alternatif untuk Instagram, X."));
        assertThat(problemsShown()).hasSize(3).anySatisfy(t -> assertThat(t).startsWith("sebelum-acara.jpg tidak lolos pemeriksaan"))
                .anySatisfy(t -> assertThat(t).isEqualTo("acara-0930.jpg belum punya teks alternatif untuk Instagram, X."));
        assertThat(texts("#exportOverview").get(0)).contains("Instagram: 2 foto").contains("X: 2 foto");
        // the crop of the first photo is drawn on it
        waitFor(() -> robot.lookup("#cropFrame").query().isVisible());

        // the alt text of the photo taken during the event, written from its problem
        Node fix = first("altText-");
        robot.clickOn(fix);
        waitFor(() -> problemsShown().size() == 2);
        assertThat(problemsShown()).noneSatisfy(t -> assertThat(t).startsWith("acara-0930.jpg"));

        robot.clickOn("#exportBundle");
        waitFor(() -> window.viewModel().export().resultProperty().get().isPresent());
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("1 bukti tidak lolos");
        Path bundle = exports.resolve("2024-09-17_rapat-koordinasi-admin-medsos");
        assertThat(Files.readString(bundle.resolve("instagram/teks-alternatif.txt")))
                .contains("Gubernur menggunting pita peresmian jembatan");
        assertThat(texts("#workspaceStatus")).containsExactly("Sudah diekspor");
        waitFor(() -> texts("#earlierBundles .badge").contains("Utuh (11 berkas)"));

        robot.clickOn("#openReport");
        assertThat(dialogs.openedFiles).containsExactly(bundle.resolve("laporan-bukti.pdf"));
        assertThat(Files.size(bundle.resolve("laporan-bukti.pdf"))).isGreaterThan(10_000);
    }
}
