package id.rakit.evidence.rendition;

import java.io.IOException;
import java.util.Arrays;
import javax.imageio.stream.ImageOutputStreamImpl;

/**
 * An image output stream into a growable byte array that one thread reuses: an encoder writes
 * the whole file here, and it goes to disk in one write instead of hundreds of small ones.
 */
final class MemoryImageOutputStream extends ImageOutputStreamImpl {

    private byte[] bytes;
    private int length;

    MemoryImageOutputStream(int initialCapacity) {
        this.bytes = new byte[initialCapacity];
    }

    /** Empties the stream for the next picture, keeping its array. */
    void restart() {
        length = 0;
        streamPos = 0;
        flushedPos = 0;
        bitOffset = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void write(int b) throws IOException {
        flushBits();
        ensure(streamPos + 1);
        bytes[(int) streamPos++] = (byte) b;
        length = Math.max(length, (int) streamPos);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        flushBits();
        if (off < 0 || len < 0 || off + len > b.length) {
            throw new IndexOutOfBoundsException();
        }
        ensure(streamPos + len);
        System.arraycopy(b, off, bytes, (int) streamPos, len);
        streamPos += len;
        length = Math.max(length, (int) streamPos);
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        return streamPos < length ? bytes[(int) streamPos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= length) {
            return len == 0 ? 0 : -1;
        }
        int n = (int) Math.min(len, length - streamPos);
        System.arraycopy(bytes, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    private void ensure(long size) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("picture too large to encode in memory");
        }
        if (size > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size, 2L * bytes.length)));
        }
    }
}
