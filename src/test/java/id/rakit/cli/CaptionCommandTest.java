package id.rakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caption --platform NAME [FILE]}: one JSON object, and an exit code a script can act on. */
class CaptionCommandTest {

    @TempDir
    Path temp;

    record Run(int code, JsonNode json, String stderr) {
    }

    static Run caption(String stdin, String... args) throws Exception {
        CliServices services = new CliServices() {
            @Override
            public id.rakit.evidence.ingest.MediaReader reader(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Library openLibrary(Path dataDirectory, int threads) {
                throw new UnsupportedOperationException("caption needs no library");
            }

            @Override
            public Path defaultDataDirectory() {
                throw new UnsupportedOperationException();
            }

            @Override
            public id.rakit.library.DataFolderReport check(Path dataDirectory) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void backup(Path dataDirectory, Path target) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<Path> restore(Path dataDirectory, Path backup) {
                throw new UnsupportedOperationException();
            }
        };
        String[] all = new String[args.length + 1];
        all[0] = "caption";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(services, Messages.indonesian()).run(all,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        String stdout = out.toString(StandardCharsets.UTF_8).strip();
        return new Run(code, stdout.isEmpty() ? null : new ObjectMapper().readTree(stdout),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCaptionThatFitsIsOkWithItsHashtagsMentionsAndLinks() throws Exception {
        Run r = caption("Peresmian jembatan #SumbarMadani #HariSantri bersama @humassumbar https://sumbarprov.go.id 🇮🇩",
                "--platform", "instagram");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("platform").asText()).isEqualTo("instagram");
        assertThat(j.get("limit").asInt()).isEqualTo(2200);
        assertThat(j.get("hashtagLimit").asInt()).isEqualTo(5);
        assertThat(j.get("hashtags")).extracting(JsonNode::asText).containsExactly("SumbarMadani", "HariSantri");
        assertThat(j.get("mentions")).extracting(JsonNode::asText).containsExactly("humassumbar");
        assertThat(j.get("links")).extracting(JsonNode::asText).containsExactly("https://sumbarprov.go.id");
        assertThat(j.get("ok").asBoolean()).isTrue();
        assertThat(j.get("problems")).isEmpty();
        // the flag is one character as Instagram counts
        assertThat(j.get("length").asInt()).isEqualTo(92);
    }

    @Test
    void aCaptionTooLongForXExitsOneAndSaysWhyInIndonesian() throws Exception {
        Path file = temp.resolve("keterangan.txt");
        Files.writeString(file, "a".repeat(290) + " https://sumbarprov.go.id/berita/sangat/panjang/sekali");
        Run r = caption("", "--platform", "x", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("length").asInt()).isEqualTo(290 + 1 + 23);
        assertThat(r.json().get("ok").asBoolean()).isFalse();
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("code").asText()).isEqualTo("TOO_LONG");
        assertThat(problem.get("message").asText()).isEqualTo("Terlalu panjang untuk X: 314 dari 280");
    }

    @Test
    void youtubeTitleAndDescriptionAreCheckedByTheirOwnRules() throws Exception {
        assertThat(caption("Judul ".repeat(20), "--platform", "youtube-title").code()).isEqualTo(1);
        Run d = caption("Deskripsi <b>tebal</b>", "--platform", "youtube-description");
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.json().get("problems").get(0).get("code").asText()).isEqualTo("FORBIDDEN_CHARACTERS");
        assertThat(caption("Tanpa batas", "--platform", "website").json().get("limit").isNull()).isTrue();
    }

    @Test
    void anUnknownPlatformExitsTwoAndListsTheKnownOnes() throws Exception {
        Run r = caption("teks", "--platform", "myspace");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json()).isNull();
        assertThat(r.stderr()).contains("myspace").contains("instagram, facebook, x, threads, tiktok, youtube-title, "
                + "youtube-description, whatsapp, website");
        assertThat(caption("teks").code()).isEqualTo(2);
    }
}
