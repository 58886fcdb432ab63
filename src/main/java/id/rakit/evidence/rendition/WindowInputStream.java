package id.rakit.evidence.rendition;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image stream over a window of bytes ({@code length} of them): the bookkeeping every such
 * stream shares, so the file and memory streams only say where their bytes come from.
 */
abstract class WindowInputStream extends ImageInputStreamImpl {

    protected final long length;

    WindowInputStream(long length) {
        this.length = length;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
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
        int n = readWithin(b, off, (int) Math.min(len, length - streamPos));
        streamPos += n;
        return n;
    }

    /** Copies up to {@code wanted} (at least 1) bytes from {@code streamPos}; returns how many. */
    protected abstract int readWithin(byte[] b, int off, int wanted) throws IOException;

    @Override
    public final long length() {
        return length;
    }
}
