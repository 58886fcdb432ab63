package id.rakit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.app.AppContext;
import id.rakit.compose.Snippet;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostStatus;
import id.rakit.post.TimeZones;
import id.rakit.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Tulis" tab in the real window: a caption too long for X caught, fixed, and the post made ready. */
class ComposeFlowTest extends RakitWindowTest {

    @TempDir
    Path temp;

    private AppContext data() {
        AppContext c = AppContext.open(temp.resolve("data"), new Ingest.Limits(2, Duration.ofSeconds(30)));
        Post p = c.posts().create(new PostDetails("Rapat Koordinasi", "Diskominfotik", "Rapat koordinasi",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.empty(), TimeZones.DEFAULT,
                "Aula Kantor Gubernur", Optional.empty()));
        c.posts().chooseTargets(p.id(), java.util.List.of(Platform.FACEBOOK));
        c.posts().flush();
        c.writingAids().save(new Snippet(0, Snippet.Kind.HASHTAGS, "Tagar Pemprov", "#SumbarMadani", ""));
        return c;
    }

    private String text(String id) {
        return robot.lookup(id).queryAll().stream().filter(n -> n.isVisible() && n instanceof Label)
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    @Test
    void aCaptionTooLongForXIsCaughtFixedAndThePostMarkedReady() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainWindow window = start(data(), dialogs);
        waitFor(() -> !window.viewModel().drafts().drafts().isEmpty());
        robot.clickOn("Rapat Koordinasi");
        waitFor(() -> window.openPost().isPresent());
        tab("#tabCompose");
        robot.clickOn("#target-x");
        waitFor(() -> window.openPost().orElseThrow().composition().targets().contains(Platform.X));

        String longCaption = "Rapat koordinasi admin media sosial OPD se-Sumatera Barat membahas layanan informasi "
                + "publik yang cepat dan akurat, didukung bukti foto dan video, serta evaluasi dari masukan warga. "
                + "Gubernur meminta setiap OPD menjawab pertanyaan warga di kolom komentar paling lambat sehari. "
                + "Baca selengkapnya di situs Diskominfotik.";
        // pasted, as admins bring in text written elsewhere, then a word typed at its end
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(longCaption.substring(0, longCaption.length() - 6));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#caption").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.write(longCaption.substring(longCaption.length() - 6));
        // the general tab lists what keeps the post from going out, in plain words
        waitFor(() -> robot.lookup("#allProblems .hyperlink").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Hyperlink) n).getText().startsWith("Terlalu panjang untuk X: ")));

        // on X's tab the field shows it, with the count by X's rule
        robot.clickOn("#tab-x");
        waitFor(() -> text("#problem-body-x").startsWith("Terlalu panjang untuk X: " + longCaption.length() + " dari 280"));
        assertThat(text("#count-body-x")).startsWith(longCaption.length() + " / 280");

        // marking it ready is refused, and the admin is told why
        robot.clickOn("#statusMenu").clickOn("#markReady");
        waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Terlalu panjang untuk X");
        assertThat(window.openPost().orElseThrow().status()).isEqualTo(PostStatus.DRAFT);

        // a shorter caption for X only; the other platforms keep the long one
        TextArea x = robot.lookup("#body-x").queryAs(TextArea.class);
        robot.clickOn(x);
        robot.interact(x::selectAll);
        robot.write("Rapat koordinasi OPD: informasi yang cepat dan akurat.");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        waitFor(() -> text("#problem-body-x").isEmpty() && text("#count-body-x").startsWith("68 / 280"));
        assertThat(x.getText()).endsWith("akurat. #SumbarMadani");
        assertThat(text("#follows-x")).isEqualTo("Diubah khusus untuk X.");

        robot.clickOn("#statusMenu").clickOn("#markReady");
        waitFor(() -> window.openPost().orElseThrow().status() == PostStatus.READY);
        context.posts().flush();
        Post saved = context.posts().find(window.openPost().orElseThrow().id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(PostStatus.READY);
        assertThat(saved.composition().body(Platform.X)).endsWith("#SumbarMadani");
        assertThat(saved.composition().body(Platform.FACEBOOK)).isEqualTo(longCaption);
        assertThat(context.posts().history(saved.id(), Platform.X, CaptionField.BODY)).isNotEmpty();
    }
}
