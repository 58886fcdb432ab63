package id.rakit.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per data folder: whoever writes (the window, a command that writes) holds the
 * operating system's lock on {@code rakit.lock} in the folder for as long as it runs; the lock goes
 * with the process, so a crash never leaves it behind. Another start finds it held and can ask
 * the holder to bring its window to the front ({@code rakit.raise}), which needs no network.
 */
public final class DataFolderLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderLock.class);
    public static final String FILE = "rakit.lock";
    public static final String RAISE = "rakit.raise";
    /**
     * The byte locked, far past the text in the file, so that another process can still read who
     * holds it (Windows keeps a locked range from being read).
     */
    private static final long LOCKED_BYTE = 1L << 30;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private volatile Thread raiseWatch;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on the folder for this process ({@code who}: "window", "export"...), or empty when another holds it. */
    public static Optional<DataFolderLock> tryAcquire(Path folder, String who) {
        Path file = folder.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;  // held in this very process
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String holder = ProcessHandle.current().pid() + " " + who + " " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return Optional.of(new DataFolderLock(folder, channel, lock));
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the failure below is what counts
                }
            }
            throw new StoreException("store.error.notWritable", e);
        }
    }

    /** The lock, or {@link DataFolderBusyException} saying who holds it. */
    public static DataFolderLock acquire(Path folder, String who) {
        return tryAcquire(folder, who).orElseThrow(() -> new DataFolderBusyException(folder, holder(folder)));
    }

    /** What the holder wrote: "12345 window 2026-12-01T09:00:00Z", if it can be read. */
    public static Optional<String> holder(Path folder) {
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(FILE));
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the holder to bring its window to the front, and waits up to {@code wait} for it to
     * say it did (by removing the request). False when nobody answered: the holder is a command,
     * or has no window.
     */
    public static boolean askToRaise(Path folder, Duration wait) {
        Path request = folder.resolve(RAISE);
        try {
            Files.writeString(request, Instant.now().toString());
        } catch (IOException e) {
            return false;
        }
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (!Files.exists(request)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            Files.deleteIfExists(request);
        } catch (IOException e) {
            LOG.debug("cannot remove {}", request, e);
        }
        return false;
    }

    /** Calls {@code raise} (on a background thread) whenever another start asks for this window. */
    public synchronized void whenAskedToRaise(Runnable raise) {
        if (raiseWatch != null) {
            return;
        }
        Path request = folder.resolve(RAISE);
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (Files.exists(request)) {
                        Files.deleteIfExists(request);
                        raise.run();
                    }
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.debug("raise request", e);
                }
            }
        }, "rakit-raise-watch");
        t.setDaemon(true);
        t.start();
        raiseWatch = t;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        if (raiseWatch != null) {
            raiseWatch.interrupt();
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            LOG.warn("releasing {}", folder.resolve(FILE), e);
        }
    }
}
