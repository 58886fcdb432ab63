package id.rakit.evidence.rendition;

import java.io.IOException;

/**
 * An image stream over bytes already in memory (a file the import has just read and verified),
 * or a window of them such as a RAW file's embedded preview. Like {@link FileWindowInputStream}
 * it stops with {@link DeadlinePassedException} once its deadline passes, asking at most once
 * per {@value #POLL_BYTES} bytes, so a slow decode stays stoppable.
 */
final class MemoryWindowInputStream extends WindowInputStream {

    private static final int POLL_BYTES = 16 * 1024;

    private final byte[] bytes;
    private final int start;
    private final Deadline deadline;
    private long unpolled;

    MemoryWindowInputStream(byte[] bytes, int start, int length, Deadline deadline) {
        super(checked(bytes, start, length));
        this.bytes = bytes;
        this.start = start;
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
    protected int readWithin(byte[] b, int off, int wanted) throws IOException {
        polled(wanted);
        System.arraycopy(bytes, start + (int) streamPos, b, off, wanted);
        return wanted;
    }

    private static int checked(byte[] bytes, int start, int length) {
        if (start < 0 || length < 0 || start + length > bytes.length) {
            throw new IndexOutOfBoundsException(start + "+" + length + " of " + bytes.length);
        }
        return length;
    }

    private void polled(int n) throws DeadlinePassedException {
        unpolled -= n;
        if (unpolled < 0) {
            unpolled = POLL_BYTES;
            deadline.check();
        }
    }
}
