package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.app.AppContext;
import id.rakit.app.MainStage;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.TimeZones;
import id.rakit.ui.main.MainWindow;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyboard shortcuts of the common actions work from wherever the admin is typing, and say so. */
class ShortcutsFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    private AppContext data() {
        AppContext c = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)));
        Post p = c.posts().create(new PostDetails("Rapat Koordinasi", "Diskominfotik", "Rapat koordinasi",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.empty(), TimeZones.DEFAULT,
                "Aula Kantor Gubernur", Optional.empty()));
        c.posts().flush();
        c.ingest().run(p.id(), List.of(FIXTURES.resolve("acara-0930.jpg"), FIXTURES.resolve("sebelum-acara.jpg")),
                new Ingest.Listener() { }, new AtomicBoolean());
        return c;
    }

    private String focused() {
        Node n = stage().getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? "" : n.getId();
    }

    private void keys(KeyCode... combination) {
        robot.press(combination).release(combination);
    }

    @Test
    void exportSearchNextAndPreviousItemAddEvidenceAndHelpAnswerTheirKeys() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainWindow window = start(data(), dialogs);
        waitFor(() -> !window.viewModel().drafts().drafts().isEmpty());
        robot.clickOn("Rapat Koordinasi");
        waitFor(() -> window.openPost().isPresent());
        type("#eventName", " tahunan");

        // Ctrl+E from a field of Rincian: the Ekspor tab, its button ready for Enter
        keys(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> window.viewModel().workspace().sectionProperty().get() == WorkspaceViewModel.Section.EXPORT);
        waitFor(() -> focused().equals("exportBundle"));
        assertThat(robot.lookup("#exportBundle").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Ekspor bundel (Ctrl+E)");

        keys(KeyCode.CONTROL, KeyCode.F);
        waitFor(() -> focused().equals("draftSearch"));

        // Alt+Right and Alt+Left walk the evidence in the gallery's order
        var gallery = window.viewModel().gallery();
        waitFor(() -> gallery.tiles().size() == 2);
        keys(KeyCode.ALT, KeyCode.RIGHT);
        waitFor(() -> gallery.selectedProperty().get() == gallery.tiles().get(0));
        keys(KeyCode.ALT, KeyCode.RIGHT);
        waitFor(() -> gallery.selectedProperty().get() == gallery.tiles().get(1));
        keys(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(gallery.selectedProperty().get()).as("stops at the last").isSameAs(gallery.tiles().get(1));
        keys(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> gallery.selectedProperty().get() == gallery.tiles().get(0));

        // Ctrl+O: the Bukti tab and the file chooser, as the button does
        dialogs.files.add(List.of());
        keys(KeyCode.CONTROL, KeyCode.O);
        waitFor(() -> window.viewModel().workspace().sectionProperty().get() == WorkspaceViewModel.Section.EVIDENCE);
        waitFor(dialogs.files::isEmpty);

        // Ctrl+plus and Ctrl+minus: the text of the whole window, remembered for the next start
        double usual = robot.lookup("#draftSearch").queryAs(javafx.scene.control.TextField.class).getFont().getSize();
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        waitFor(() -> main.textSize() == 120);
        waitFor(() -> context.settings().textSize() == 120);
        assertThat(robot.lookup("#draftSearch").queryAs(javafx.scene.control.TextField.class).getFont().getSize())
                .as("the search field's text grew with the window's").isGreaterThan(usual);
        keys(KeyCode.CONTROL, KeyCode.MINUS);
        waitFor(() -> context.settings().textSize() == 110);

        keys(KeyCode.F1);
        waitFor(() -> main.page() == MainStage.Page.HELP);
    }
}
