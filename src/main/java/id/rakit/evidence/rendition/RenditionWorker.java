package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The rendition process: reads requests on standard input, makes each file's pictures with
 * {@link RenditionWriter} (FFmpeg included), answers on standard output. It is its own process so
 * that what a hostile file does to a decoder (native code that loops past every deadline,
 * allocates without end, or crashes) ends here, never in the window: the window kills this process
 * when a file's time is up and starts another.
 *
 * <p>It also ends itself: when the window's end of the pipe closes (the window exited, even by a
 * crash), and when one file runs more than a few seconds past its limit, so no decoder keeps a
 * core busy after nobody waits for it.
 */
public final class RenditionWorker {

    /** The first argument that makes Rakit's launcher run this instead of the window. */
    public static final String ARGUMENT = "--rendition-worker";
    /** How long past its limit a file may run before the process ends itself. */
    static final Duration OVERRUN = Duration.ofSeconds(3);

    private static volatile long busyUntil = Long.MAX_VALUE;

    private RenditionWorker() {
    }

    public static void main(String[] args) throws IOException {
        // the answers own standard output: anything a library prints goes to standard error instead
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        watchItself();
        RenditionWriter writer = new RenditionWriter();
        out.writeInt(RenditionProtocol.HELLO);
        out.flush();
        while (true) {
            RenditionProtocol.Request request = RenditionProtocol.readRequest(in);
            if (request == null) {
                System.exit(0);
            }
            Deadline deadline = request.millis() < 0 ? Deadline.none() : Deadline.after(Duration.ofMillis(request.millis()));
            busyUntil = request.millis() < 0 ? Long.MAX_VALUE
                    : System.nanoTime() + Duration.ofMillis(request.millis()).plus(OVERRUN).toNanos();
            Rendition rendition;
            byte status = RenditionProtocol.DONE;
            String detail = "";
            try {
                rendition = request.kind() == RenditionProtocol.VIDEO
                        ? writer.writeVideoPoster(request.source(), request.format(), request.turn(), request.out(), deadline)
                        : writer.writePhoto(request.source(), request.format(), request.turn(), request.out(), deadline);
            } catch (OutOfMemoryError e) {
                rendition = Rendition.failed(FileProblem.CORRUPT, Optional.empty());
                status = RenditionProtocol.OUT_OF_MEMORY;
            } catch (java.io.UncheckedIOException e) {
                // the pictures could not be written (a full disk): the window tells that cause
                rendition = Rendition.failed(FileProblem.READ_FAILED, Optional.empty());
                status = RenditionProtocol.WRITE_FAILED;
                detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
            busyUntil = Long.MAX_VALUE;
            RenditionProtocol.write(out, status, rendition, detail);
            if (status == RenditionProtocol.OUT_OF_MEMORY) {
                // what a decoder left behind after running out is not to be trusted with the next file
                System.exit(3);
            }
        }
    }

    /** Ends the process when a file overruns its limit or the window is gone. */
    private static void watchItself() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - busyUntil > 0 || parent.isPresent() && !parent.get().isAlive()) {
                    Runtime.getRuntime().halt(4);
                }
            }
        }, "rakit-rendition-watch");
        t.setDaemon(true);
        t.start();
    }
}
