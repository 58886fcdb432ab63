package id.rakit.evidence.rendition;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A buffered image stream over a byte range of a file (the whole file, or a JPEG preview inside
 * a RAW file) that stops with {@link DeadlinePassedException} once its deadline passes. Every
 * ImageIO decoder reads through its stream, so this is what keeps a slow decode stoppable even
 * where a reader reports no progress. Closing it closes the channel.
 */
final class FileWindowInputStream extends ImageInputStreamImpl {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final FileChannel channel;
    private final long start;
    private final long length;
    private final Deadline deadline;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private long bufferPos;
    private int bufferLen;

    FileWindowInputStream(FileChannel channel, long start, long length, Deadline deadline) {
        this.channel = channel;
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
        if (!buffered(streamPos)) {
            fill(streamPos);
        }
        int b = buffer[(int) (streamPos - bufferPos)] & 0xff;
        streamPos++;
        return b;
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
        int wanted = (int) Math.min(len, length - streamPos);
        if (!buffered(streamPos)) {
            if (wanted >= BUFFER_SIZE) {
                int n = readFromFile(streamPos, ByteBuffer.wrap(b, off, wanted));
                streamPos += n;
                return n;
            }
            fill(streamPos);
        }
        int n = (int) Math.min(wanted, bufferPos + bufferLen - streamPos);
        System.arraycopy(buffer, (int) (streamPos - bufferPos), b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return length;
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
