package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.rendition.Deadline;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** The real picture maker, held back: each picture waits for the gate, then a pause. */
public final class HeldPictures implements PictureMaker {

    private final PictureMaker real = StandardReaders.pictures();
    private final CountDownLatch gate;
    private final long pauseMillis;

    private HeldPictures(CountDownLatch gate, long pauseMillis) {
        this.gate = gate;
        this.pauseMillis = pauseMillis;
    }

    /** Every picture waits until {@code gate} opens. */
    public static HeldPictures until(CountDownLatch gate) {
        return new HeldPictures(gate, 0);
    }

    /** Every picture takes {@code millis} longer than it would. */
    public static HeldPictures slowedBy(long millis) {
        return new HeldPictures(new CountDownLatch(0), millis);
    }

    @Override
    public PictureResult make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline) {
        try {
            gate.await();
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return real.make(file, media, thumbnail, preview, deadline);
    }

    @Override
    public Optional<QuickLook> quickLook(Path file) {
        return real.quickLook(file);
    }
}
