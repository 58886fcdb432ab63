package id.rakit.app;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.post.Autosave;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Rakit that an admin types into, run as its own process so a test can end it the way the
 * system does: {@code TypingHarness DATA_DIR once} makes one edit that autosave would not write
 * for an hour, then waits; {@code TypingHarness DATA_DIR steady} types a key every 20 ms and prints
 * each text typed with the time it was typed.
 */
public final class TypingHarness {

    private TypingHarness() {
    }

    public static void main(String[] args) throws Exception {
        boolean steady = args[1].equals("steady");
        Autosave.Timing timing = steady ? Autosave.Timing.STANDARD
                : new Autosave.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(30));
        AppContext context = AppContext.open(Path.of(args[0]), new Ingest.Limits(1, Duration.ofSeconds(30)),
                StandardReaders::metadata, StandardReaders.pictures(), timing).closeOnShutdown();
        Post p = context.posts().createDraft();
        if (!steady) {
            context.posts().editDetails(p.id(), p.details().withTitle("Judul yang baru diketik"));
            context.posts().editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Keterangan yang baru diketik");
            System.out.println("READY " + p.id());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; ; i++) {
            text.append(i % 10);
            context.posts().editText(p.id(), Platform.GENERAL, CaptionField.BODY, text.toString());
            System.out.println("TYPED " + text.length() + " " + System.nanoTime());
            System.out.flush();
            Thread.sleep(20);
        }
    }
}
