package id.rakit.evidence.metadata;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered stream over a {@link ByteSource} whose {@code skip} only moves a position, so the
 * library's sequential readers jump over image and media data without reading it. It also
 * notes when a reader ran into the end of the file, which is how a cut-off file shows itself.
 */
final class SourceStream extends InputStream {
    private static final int BUFFER = 16 * 1024;

    private final ByteSource source;
    private final byte[] buffer = new byte[BUFFER];
    private long bufferStart;
    private int bufferLength;
    private long position;
    private long mark;
    private boolean hitEnd;

    SourceStream(ByteSource source) {
        this.source = source;
    }

    /** Whether a read or skip asked for more than the file holds. */
    boolean hitEnd() {
        return hitEnd;
    }

    long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        if (position < bufferStart || position >= bufferStart + bufferLength) {
            if (!fill()) {
                hitEnd = true;
                return -1;
            }
        }
        return buffer[(int) (position++ - bufferStart)] & 0xFF;
    }

    @Override
    public int read(byte[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= source.size()) {
            hitEnd = true;
            return -1;
        }
        if (position >= bufferStart && position < bufferStart + bufferLength) {
            int n = (int) Math.min(len, bufferStart + bufferLength - position);
            System.arraycopy(buffer, (int) (position - bufferStart), dst, off, n);
            position += n;
            return n;
        }
        if (len >= BUFFER) {
            int n = source.read(position, dst, off, len);
            if (n <= 0) {
                hitEnd = true;
                return -1;
            }
            position += n;
            return n;
        }
        if (!fill()) {
            hitEnd = true;
            return -1;
        }
        return read(dst, off, len);
    }

    private boolean fill() throws IOException {
        int n = source.read(position, buffer, 0, BUFFER);
        if (n <= 0) {
            return false;
        }
        bufferStart = position;
        bufferLength = n;
        return true;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long left = Math.max(0, source.size() - position);
        long skipped = Math.min(n, left);
        if (skipped < n) {
            hitEnd = true;
        }
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, source.size() - position));
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        mark = position;
    }

    @Override
    public synchronized void reset() {
        position = mark;
    }
}
