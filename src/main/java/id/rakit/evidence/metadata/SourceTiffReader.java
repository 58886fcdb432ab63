package id.rakit.evidence.metadata;

import com.drew.lang.BufferBoundsException;
import com.drew.lang.RandomAccessReader;

import java.io.IOException;

/**
 * The library's random-access reader over a {@link ByteSource}: TIFF and raw files keep their
 * directories at scattered offsets, and only those bytes are read.
 */
final class SourceTiffReader extends RandomAccessReader {
    private final ByteSource source;
    private final long length;

    SourceTiffReader(ByteSource source) {
        this.source = source;
        this.length = Math.min(source.size(), Integer.MAX_VALUE);
    }

    @Override
    public int toUnshiftedOffset(int localOffset) {
        return localOffset;
    }

    @Override
    public byte getByte(int index) throws IOException {
        validateIndex(index, 1);
        byte[] one = new byte[1];
        source.read(index, one, 0, 1);
        return one[0];
    }

    @Override
    public byte[] getBytes(int index, int count) throws IOException {
        validateIndex(index, count);
        return source.readFully(index, count);
    }

    @Override
    protected void validateIndex(int index, int bytesRequested) throws IOException {
        if (!isValidIndex(index, bytesRequested)) {
            throw new BufferBoundsException(index, bytesRequested, length);
        }
    }

    @Override
    protected boolean isValidIndex(int index, int bytesRequested) {
        return bytesRequested >= 0 && index >= 0 && (long) index + bytesRequested <= length;
    }

    @Override
    public long getLength() {
        return length;
    }
}
