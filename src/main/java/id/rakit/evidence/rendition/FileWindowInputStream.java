package id.rakit.evidence.rendition;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A buffered image stream over a byte range of a file (the whole file, or a JPEG preview inside
 * a RAW file) that stops with {@link DeadlinePassedException} once its deadline passes. Every
 * ImageIO decoder reads through its stream, so this is what keeps a slow decode stoppable even
 * where a reader reports no progress. Closing it closes the channel.
 */
final class FileWindowInputStream extends WindowInputStream {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final FileChannel channel;
    private final long start;
    private final Deadline deadline;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private long bufferPos;
    private int bufferLen;

    FileWindowInputStream(FileChannel channel, long start, long length, Deadline deadline) {
        super(length);
        this.channel = channel;
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
        if (!buffered(streamPos)) {
            fill(streamPos);
        }
        int b = buffer[(int) (streamPos - bufferPos)] & 0xff;
        streamPos++;
        return b;
    }

    @Override
    protected int readWithin(byte[] b, int off, int wanted) throws IOException {
        if (!buffered(streamPos)) {
            if (wanted >= BUFFER_SIZE) {
                return readFromFile(streamPos, ByteBuffer.wrap(b, off, wanted));
            }
            fill(streamPos);
        }
        int n = (int) Math.min(wanted, bufferPos + bufferLen - streamPos);
        System.arraycopy(buffer, (int) (streamPos - bufferPos), b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        super.close();
        channel.close();
    }

    private boolean buffered(long pos) {
        return pos >= bufferPos && pos < bufferPos + bufferLen;
    }

    private void fill(long pos) throws IOException {
        int size = (int) Math.min(BUFFER_SIZE, length - pos);
        bufferLen = 0;
        bufferLen = readFromFile(pos, ByteBuffer.wrap(buffer, 0, size));
        bufferPos = pos;
    }

    private int readFromFile(long pos, ByteBuffer target) throws IOException {
        deadline.check();
        int total = 0;
        while (target.hasRemaining()) {
            int n = StorageReadException.read(channel, target, start + pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        if (total == 0) {
            // the file is shorter than its window claims (e.g. it shrank since it was measured)
            throw new EOFException("file ended at " + (start + pos));
        }
        return total;
    }
}
