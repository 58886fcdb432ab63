package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.EvidenceItem;
import id.rakit.i18n.Messages;
import id.rakit.library.DataFolderReport;
import id.rakit.post.PostQuery;
import id.rakit.store.DataFolderCheck;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an import, at seeded moments: the next start finds no row
 * without its file and nothing half-written in the library, tidies up, and says what it did.
 */
class KilledImportTest {

    static final int FILES = 16;

    @TempDir
    Path temp;

    /** Photos of about 3 MB each (a real JPEG with its own bytes after the image), so a kill lands mid-copy. */
    private Path photos() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("kartu"));
        byte[] jpeg = Files.readAllBytes(DataFolderCommandsTest.FLOW.resolve("acara-0930.jpg"));
        Random random = new Random(9);
        for (int i = 0; i < FILES; i++) {
            byte[] tail = new byte[3 << 20];
            random.nextBytes(tail);
            byte[] file = new byte[jpeg.length + tail.length];
            System.arraycopy(jpeg, 0, file, 0, jpeg.length);
            System.arraycopy(tail, 0, file, jpeg.length, tail.length);
            Files.write(dir.resolve(String.format("IMG_%04d.JPG", i)), file);
        }
        return dir;
    }

    @Test
    void anImportKilledAtAnyMomentLeavesNoRowWithoutItsFileAndTheNextStartSaysWhatItTidied() throws Exception {
        Path photos = photos();
        Random moments = new Random(20261202);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            Path data = temp.resolve("data-" + round);
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                    ImportHarness.class.getName(), data.toString(), photos.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int killAfter = 1 + moments.nextInt(FILES - 4);
            int started = 0;
            String line;
            while ((line = out.readLine()) != null && started < killAfter) {
                if (line.startsWith("STARTED")) {
                    started++;
                }
            }
            Thread.sleep(moments.nextInt(40));
            p.destroyForcibly();  // kill -9: no shutdown hook, no close
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            DataFolderReport before = DataFolderCheck.run(data);
            assertThat(before.problems()).as("round %d, killed after %d files started", round, killAfter)
                    .noneMatch(pr -> pr.kind() == DataFolderReport.Kind.MISSING || pr.kind() == DataFolderReport.Kind.CHANGED
                            || pr.kind() == DataFolderReport.Kind.DAMAGED_DATABASE);

            try (AppContext next = DataFolderCommandsTest.open(data)) {
                List<EvidenceItem> rows = next.evidenceRepository().forPost(next.posts().search(PostQuery.ALL).get(0).id());
                for (EvidenceItem row : rows) {
                    assertThat(next.library().resolve(row.file().libraryPath())).exists();
                }
                try (Stream<Path> incoming = Files.list(Files.createDirectories(data.resolve("library/.incoming")))) {
                    assertThat(incoming).as("no half-written copy left in view").isEmpty();
                }
                var tidied = next.tidied();
                String news = StartNews.of(next, new Opening.Opened(next, Optional.empty(), Optional.empty()),
                        Messages.indonesian());
                if (tidied.anything()) {
                    assertThat(news).startsWith("Rakit merapikan sisa sesi sebelumnya yang terhenti:");
                }
                assertThat(tidied.missingFiles()).isZero();
                // files copied whose row never came are kept, not deleted: moved out of the library
                assertThat(tidied.unlistedFiles() + rows.size()).isLessThanOrEqualTo(FILES);
            }
            assertThat(DataFolderCheck.run(data).ok()).as("after the tidy-up the folder checks out").isTrue();
        }
    }
}
