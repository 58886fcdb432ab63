package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.cli.Cli;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: the command line exports a post through the window's own export service. */
class ExportCommandTest {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new CommandLineServices(), Messages.indonesian()).run(args, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPostIsExportedAndRecordedAsTheWindowWouldAndTheBundleIsTheLastLine() throws Exception {
        Path data = temp.resolve("data");
        long id;
        try (AppContext c = AppContext.open(data)) {
            Post p = c.posts().createDraft();
            id = p.id();
            c.posts().editDetails(id, p.details().withTitle("Rapat Koordinasi"));
            c.posts().editText(id, Platform.GENERAL, CaptionField.BODY, "Rapat koordinasi admin media sosial.");
            c.posts().chooseTargets(id, java.util.List.of(Platform.FACEBOOK, Platform.X));
        }
        Path out = temp.resolve("bundel");
        Run run = cli("export", "--data-dir", data.toString(), "--post", Long.toString(id), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path bundle = Path.of(run.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(bundle.getParent()).isEqualTo(out);
        assertThat(bundle.getFileName().toString()).endsWith("_rapat-koordinasi");
        assertThat(Files.readString(bundle.resolve("facebook/keterangan.txt"))).isEqualTo("Rapat koordinasi admin media sosial.");
        assertThat(Files.readString(bundle.resolve("x/keterangan.txt"))).isEqualTo("Rapat koordinasi admin media sosial.");
        try (AppContext c = AppContext.open(data)) {
            assertThat(c.posts().find(id).orElseThrow().status()).isEqualTo(PostStatus.EXPORTED);
            assertThat(c.exports().history(id)).singleElement()
                    .satisfies(r -> assertThat(r.folder()).isEqualTo(bundle.toAbsolutePath().toString()));
        }
    }

    @Test
    void aPostThatIsNotThereOrBadArgumentsSaySoAndExitTwo() {
        Path data = temp.resolve("data");
        Run missing = cli("export", "--data-dir", data.toString(), "--post", "42", "--out", temp.resolve("x").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Tidak ada unggahan nomor 42");
        Run bad = cli("export", "--post", "dua", "--out", "x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("harus nomor unggahan");
        assertThat(cli("export", "--out", "x").err()).contains("export --post ID --out FOLDER");
    }
}
