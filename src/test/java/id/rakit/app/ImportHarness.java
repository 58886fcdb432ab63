package id.rakit.app;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.post.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A Rakit importing a folder of photos, run as its own process so that a test can kill it with
 * {@code kill -9} at any moment: {@code ImportHarness DATA_DIR FOLDER} prints {@code STARTED i}
 * and {@code DONE i} as each file goes, then {@code FINISHED}.
 */
public final class ImportHarness {

    private ImportHarness() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = AppContext.open(Path.of(args[0]), new Ingest.Limits(2, Duration.ofSeconds(30)),
                StandardReaders::metadata, StandardReaders.pictures());
        Post p = context.posts().createDraft();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.sorted().toList();
        }
        context.ingest().run(p.id(), files, new Ingest.Listener() {
            @Override
            public void started(int index) {
                System.out.println("STARTED " + index);
                System.out.flush();
            }

            @Override
            public void finished(int index, Ingest.Outcome outcome) {
                System.out.println("DONE " + index);
                System.out.flush();
            }
        }, new AtomicBoolean());
        System.out.println("FINISHED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
