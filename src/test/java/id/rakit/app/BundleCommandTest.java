package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.cli.Cli;
import id.rakit.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bundle} and {@code verify-bundle}: a bundle from files, and the check of one, without the window. */
class BundleCommandTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new CommandLineServices(), Messages.indonesian()).run(args, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long temporaryLibraries() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("rakit-bundle-")).count();
        }
    }

    private String[] bundle(Path out, String... extra) throws Exception {
        Path caption = Files.writeString(temp.resolve("keterangan.txt"), "Rapat koordinasi admin medsos. #SumbarMaju");
        List<String> args = new ArrayList<>(List.of("bundle", "--title", "Rapat Koordinasi Admin Medsos",
                "--caption-file", caption.toString(), "--event-start", "2024-09-17T09:00", "--event-end",
                "2024-09-17T12:00", "--out", out.toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void filesBecomeABundleWhosePathIsTheLastLineAndThatVerifies() throws Exception {
        long before = temporaryLibraries();
        Path out = temp.resolve("bundel");
        List<String> photos = new ArrayList<>();
        byte[] photo = Files.readAllBytes(FIXTURES.resolve("flow/acara-0930.jpg"));
        for (int i = 1; i <= 5; i++) {
            // five different files (one bit of the picture apart), all taken during the event
            byte[] copy = photo.clone();
            copy[copy.length - 40] ^= (byte) i;
            photos.add(Files.write(temp.resolve("foto-" + i + ".jpg"), copy).toString());
        }
        List<String> args = new ArrayList<>(List.of(bundle(out, "--platforms", "instagram,x", "--zip")));
        args.addAll(photos);
        args.add(FIXTURES.resolve("flow/sebelum-acara.jpg").toString());
        Run run = cli(args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isZero();
        Path folder = Path.of(run.lastLine());
        assertThat(folder).isEqualTo(out.resolve("2024-09-17_rapat-koordinasi-admin-medsos"));
        // X takes four of the six, in order, and the command says which stayed out
        assertThat(run.out()).contains("X menerima paling banyak 4 foto atau video; 2 berikutnya tidak ikut di sana: "
                + "foto-5.jpg, sebelum-acara.jpg");
        assertThat(run.out()).contains("sebelum-acara.jpg tidak lolos pemeriksaan");
        try (Stream<Path> s = Files.list(folder.resolve("x"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".jpg")).count()).isEqualTo(4);
        }
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.get("evidence")).hasSize(6);
        assertThat(manifest.get("evidence").get(5).get("verdict").asText()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(Files.exists(out.resolve("2024-09-17_rapat-koordinasi-admin-medsos.zip"))).isTrue();
        assertThat(temporaryLibraries()).as("the temporary library is gone").isEqualTo(before);

        Run ok = cli("verify-bundle", folder.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out().strip()).startsWith("OK: ").contains(manifest.get("files").size() + " berkas");
        assertThat(cli("verify-bundle", out.resolve("2024-09-17_rapat-koordinasi-admin-medsos.zip").toString()).code())
                .isZero();

        Files.writeString(folder.resolve("x/keterangan.txt"), "diubah");
        Files.delete(folder.resolve("instagram/01.jpg"));
        Files.writeString(folder.resolve("tambahan.txt"), "?");
        Run broken = cli("verify-bundle", folder.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("berubah: x/keterangan.txt", "hilang: instagram/01.jpg", "tambahan: tambahan.txt");

        // only passed items
        Run passed = cli(bundle(out, "--platforms", "facebook", "--only-passed", photos.get(0),
                FIXTURES.resolve("flow/sebelum-acara.jpg").toString()));
        assertThat(passed.code()).as(passed.err()).isZero();
        assertThat(Path.of(passed.lastLine()).getFileName().toString()).endsWith("-2");
        try (Stream<Path> s = Files.list(Path.of(passed.lastLine()).resolve("facebook"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".jpg")).count()).isEqualTo(1);
        }
    }

    @Test
    void badArgumentsExitTwoAndAFailureExitsOneLeavingNothing() throws Exception {
        Path out = temp.resolve("bundel");
        String photo = FIXTURES.resolve("flow/acara-0930.jpg").toString();
        Run unknown = cli(bundle(out, "--platforms", "instagram,friendster", photo));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Platform \"friendster\" tidak dikenal").contains("instagram-story");
        Run noTitle = cli("bundle", "--caption-file", "x", "--out", out.toString(), photo);
        assertThat(noTitle.code()).isEqualTo(2);
        assertThat(noTitle.err()).contains("--title");
        Run missing = cli(bundle(out, temp.resolve("tidak-ada.jpg").toString()));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("tidak-ada.jpg");
        assertThat(cli(bundle(out)).code()).isEqualTo(2);
        assertThat(cli("verify-bundle", temp.resolve("tidak-ada").toString()).code()).isEqualTo(2);
        Run notABundle = cli("verify-bundle", temp.toString());
        assertThat(notABundle.code()).isEqualTo(1);
        assertThat(notABundle.err()).contains("bukan bundel Rakit");

        Path file = Files.writeString(temp.resolve("bukan-folder"), "x");
        Run notAFolder = cli(bundle(file, photo));
        assertThat(notAFolder.code()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("bukan folder");
        assertThat(Files.readString(file)).isEqualTo("x");

        // a folder so deep that the bundle's names would pass Windows' limit: it cannot be written
        Path deep = temp.resolve("a-very-deep-folder-for-bundles/".repeat(9));
        long before = temporaryLibraries();
        Run failed = cli(bundle(deep, photo));
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).startsWith("Perintah gagal:").contains("terlalu dalam").contains("259 karakter");
        assertThat(temporaryLibraries()).isEqualTo(before);
        assertThat(deep).doesNotExist();
        assertThat(out).doesNotExist();
    }
}
