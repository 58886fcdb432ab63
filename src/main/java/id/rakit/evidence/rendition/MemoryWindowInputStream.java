package id.rakit.evidence.rendition;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image stream over bytes already in memory (a file the import has just read and verified),
 * or a window of them such as a RAW file's embedded preview. Like {@link FileWindowInputStream}
 * it stops with {@link DeadlinePassedException} once its deadline passes, asking at most once
 * per {@value #POLL_BYTES} bytes, so a slow decode stays stoppable.
 */
final class MemoryWindowInputStream extends ImageInputStreamImpl {

    private static final int POLL_BYTES = 16 * 1024;

    private final byte[] bytes;
    private final int start;
    private final int length;
    private final Deadline deadline;
    private long unpolled;

    MemoryWindowInputStream(byte[] bytes, int start, int length, Deadline deadline) {
        if (start < 0 || length < 0 || start + length > bytes.length) {
            throw new IndexOutOfBoundsException(start + "+" + length + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.start = start;
        this.length = length;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= length) {
            return -1;
        }
        polled(1);
        return bytes[start + (int) streamPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        if (off < 0 || len < 0 || off + len > b.length) {
            throw new IndexOutOfBoundsException();
        }
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - streamPos);
        polled(n);
        System.arraycopy(bytes, start + (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    private void polled(int n) throws DeadlinePassedException {
        unpolled -= n;
        if (unpolled < 0) {
            unpolled = POLL_BYTES;
            deadline.check();
        }
    }

    @Override
    public long length() {
        return length;
    }
}
