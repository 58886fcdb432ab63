package id.rakit.evidence.rendition;

import static id.rakit.evidence.rendition.Fixtures.fixture;
import static id.rakit.evidence.rendition.Fixtures.hueAt;
import static id.rakit.evidence.rendition.Fixtures.pathsIn;
import static id.rakit.evidence.rendition.Fixtures.readJpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;


import id.rakit.evidence.FileProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures made in processes of their own: what a file does to a decoder ends there. */
class IsolatedRenditionsTest {

    @TempDir
    Path out;

    IsolatedRenditions renditions;

    @BeforeEach
    void start() {
        renditions = IsolatedRenditions.start(1);
    }

    @AfterEach
    void stop() {
        renditions.close();
    }

    private List<ProcessHandle> renditionProcesses() {
        return renditions.processes().stream().filter(ProcessHandle::isAlive).toList();
    }

    @Test
    void photosAndVideosComeOutAsTheyDoInProcess() {
        Rendition photo = renditions.writePhoto(fixture("still.heic"), "HEIC", 1, new RenditionPaths(out.resolve("t.jpg"),
                out.resolve("p.jpg"), Optional.of(out.resolve("publish.jpg"))), Deadline.after(Duration.ofSeconds(60)));
        Rendition video = renditions.writeVideoPoster(fixture("mjpeg.avi"), "AVI", 0, pathsIn(out, "v"),
                Deadline.after(Duration.ofSeconds(60)));

        assertThat(photo.problems()).isEmpty();
        assertThat(photo.preview()).contains(new PixelSize(160, 96));
        assertThat(photo.perceptualHash()).isPresent();
        assertThat(hueAt(readJpeg(out.resolve("publish.jpg")), 10, 8)).isEqualTo(Fixtures.Hue.RED);
        assertThat(video.problems()).isEmpty();
        assertThat(hueAt(readJpeg(out.resolve("v-preview.jpg")), 10, 8)).isEqualTo(Fixtures.Hue.RED);
        assertThat(renditions.processesStarted()).as("one process served both").isEqualTo(1);
    }

    @Test
    void aFileThatHangsInNativeCodeHasItsProcessKilledAtItsLimitAndTheNextFileGoesOn() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "needs a named pipe");
        // opening a pipe for reading blocks in the kernel until a writer comes: no deadline reaches it
        Path pipe = out.resolve("macet.jpg");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<ProcessHandle> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Thread look = new Thread(() -> {
            for (int i = 0; i < 100 && seen.get() == null; i++) {
                renditionProcesses().stream().findFirst().ifPresent(seen::set);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        look.start();

        Rendition stuck = renditions.writePhoto(pipe, "JPEG", 1, pathsIn(out, "s"), Deadline.after(Duration.ofSeconds(1)));
        look.join();
        ProcessHandle hung = seen.get();

        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(stuck.problems()).containsExactly(FileProblem.TIMED_OUT);
        assertThat(ms).isBetween(900L, 3_000L);
        // the process that hung is gone: nothing keeps a processor busy for a file nobody waits for
        assertThat(hung).isNotNull();
        assertThat(hung.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();

        Rendition next = renditions.writePhoto(fixture("scene-a.jpg"), "JPEG", 1, pathsIn(out, "n"),
                Deadline.after(Duration.ofSeconds(60)));
        assertThat(next.written()).isTrue();
        assertThat(renditions.processesStarted()).isEqualTo(2);
    }

    @Test
    void aProcessThatDiesOnAFileCostsThatFileItsPictureAndNothingElse() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "needs a named pipe");
        Path pipe = out.resolve("mati.mp4");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        // the process dies under the file, as a decoder's crash would end it
        Thread crash = new Thread(() -> {
            try {
                for (int i = 0; i < 300 && renditionProcesses().isEmpty(); i++) {
                    Thread.sleep(20);
                }
                Thread.sleep(500);
                renditionProcesses().forEach(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        crash.start();

        Rendition died = renditions.writeVideoPoster(pipe, "MP4", 0, pathsIn(out, "d"), Deadline.after(Duration.ofSeconds(60)));
        crash.join();

        assertThat(died.problems()).containsExactly(FileProblem.NO_PREVIEW);
        Rendition next = renditions.writeVideoPoster(fixture("rotated.mp4"), "MP4", 0, pathsIn(out, "n"),
                Deadline.after(Duration.ofSeconds(60)));
        assertThat(next.written()).isTrue();
        assertThat(Files.exists(out.resolve("n-preview.jpg"))).isTrue();
    }
}
