package id.rakit.evidence.metadata;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Random access to one file's bytes. Parsers ask for the few places they need, so a video's
 * media data or a JPEG's scan data is never read. Failures of the disk itself are remembered
 * apart from parse errors: the library turns many read errors into quiet "directory errors", and
 * an unplugged USB stick must not look like a damaged file.
 */
abstract class ByteSource implements Closeable {

    abstract long size();

    /** Reads up to {@code len} bytes at {@code pos}; -1 when {@code pos} is at or past the end. */
    abstract int read(long pos, byte[] dst, int off, int len) throws IOException;

    /** The first failure of the underlying storage, if any. */
    abstract IOException storageFailure();

    @Override
    public void close() throws IOException {
    }

    final byte[] readFully(long pos, int len) throws IOException {
        if (len < 0 || pos < 0 || pos + len > size()) {
            throw new EOFException("wanted " + len + " bytes at " + pos + " of " + size());
        }
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            int n = read(pos + done, out, done, len - done);
            if (n <= 0) {
                throw new EOFException("file ended at " + (pos + done));
            }
            done += n;
        }
        return out;
    }

    /** Up to {@code len} bytes from {@code pos}, fewer at the end of the file. */
    final byte[] readAtMost(long pos, int len) throws IOException {
        long available = Math.max(0, size() - pos);
        return readFully(pos, (int) Math.min(len, available));
    }

    /** A window of this source, e.g. the JPEG preview inside a raw file. */
    final ByteSource slice(long offset, long length) {
        ByteSource parent = this;
        long end = Math.min(size(), offset + length);
        long sliceSize = Math.max(0, end - offset);
        return new ByteSource() {
            @Override
            long size() {
                return sliceSize;
            }

            @Override
            int read(long pos, byte[] dst, int off, int len) throws IOException {
                if (pos >= sliceSize) {
                    return -1;
                }
                return parent.read(offset + pos, dst, off, (int) Math.min(len, sliceSize - pos));
            }

            @Override
            IOException storageFailure() {
                return parent.storageFailure();
            }
        };
    }

    static ByteSource open(Path file) throws IOException {
        return new FileSource(FileChannel.open(file, StandardOpenOption.READ));
    }

    static ByteSource of(byte[] content) {
        return new ArraySource(content, 0, content.length);
    }

    /** The {@code length} bytes from {@code offset} of {@code content}. */
    static ByteSource of(byte[] content, int offset, int length) {
        return new ArraySource(content, offset, length);
    }

    /**
     * A file of {@code size} bytes whose first {@code length} bytes are already in memory at
     * {@code offset} of {@code start}: reads there cost nothing, and the file is opened on the
     * first read past them.
     */
    static ByteSource startingWith(byte[] start, int offset, int length, long size, Path file) {
        return new StartSource(start, offset, (int) Math.min(length, size), size, file);
    }

    private static final class StartSource extends ByteSource {
        private final byte[] start;
        private final int offset;
        private final int length;
        private final long size;
        private final Path file;
        private FileSource rest;
        private IOException failure;

        StartSource(byte[] start, int offset, int length, long size, Path file) {
            if (offset < 0 || length < 0 || offset + length > start.length) {
                throw new IndexOutOfBoundsException(offset + "+" + length + " of " + start.length);
            }
            this.start = start;
            this.offset = offset;
            this.length = length;
            this.size = size;
            this.file = file;
        }

        @Override
        long size() {
            return size;
        }

        @Override
        IOException storageFailure() {
            return failure != null ? failure : rest == null ? null : rest.storageFailure();
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) throws IOException {
            if (pos >= size || pos < 0) {
                return -1;
            }
            if (pos < length) {
                int n = (int) Math.min(len, length - pos);
                System.arraycopy(start, offset + (int) pos, dst, off, n);
                return n;
            }
            if (rest == null) {
                try {
                    rest = new FileSource(FileChannel.open(file, StandardOpenOption.READ));
                } catch (IOException e) {
                    failure = e;
                    throw e;
                }
            }
            return rest.read(pos, dst, off, (int) Math.min(len, size - pos));
        }

        @Override
        public void close() throws IOException {
            if (rest != null) {
                rest.close();
            }
        }
    }

    /**
     * A file read through positional reads with a small page cache: TIFF parsing asks for a few
     * bytes at a time at scattered offsets, and each of those must not become a system call.
     */
    private static final class FileSource extends ByteSource {
        private static final int PAGE = 8192;
        private static final int MAX_PAGES = 256;

        private final FileChannel channel;
        private final long size;
        private final Map<Long, byte[]> pages = new HashMap<>();
        private IOException failure;

        FileSource(FileChannel channel) throws IOException {
            this.channel = channel;
            try {
                this.size = channel.size();
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        long size() {
            return size;
        }

        @Override
        IOException storageFailure() {
            return failure;
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) throws IOException {
            if (pos >= size || pos < 0) {
                return -1;
            }
            int wanted = (int) Math.min(len, size - pos);
            if (wanted >= 4 * PAGE) {
                return readChannel(pos, dst, off, wanted);
            }
            int done = 0;
            while (done < wanted) {
                long at = pos + done;
                long pageNumber = at / PAGE;
                byte[] page = page(pageNumber);
                int inPage = (int) (at - pageNumber * PAGE);
                if (inPage >= page.length) {
                    break;
                }
                int n = Math.min(wanted - done, page.length - inPage);
                System.arraycopy(page, inPage, dst, off + done, n);
                done += n;
            }
            return done == 0 ? -1 : done;
        }

        private byte[] page(long pageNumber) throws IOException {
            byte[] page = pages.get(pageNumber);
            if (page == null) {
                long start = pageNumber * PAGE;
                page = new byte[(int) Math.min(PAGE, size - start)];
                int n = readChannel(start, page, 0, page.length);
                if (n < page.length) {
                    page = java.util.Arrays.copyOf(page, Math.max(n, 0));
                }
                if (pages.size() >= MAX_PAGES) {
                    pages.clear();
                }
                pages.put(pageNumber, page);
            }
            return page;
        }

        private int readChannel(long pos, byte[] dst, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(dst, off, len);
            try {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, pos + buffer.position() - off) < 0) {
                        break;
                    }
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
            return buffer.position() - off;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static final class ArraySource extends ByteSource {
        private final byte[] content;
        private final int offset;
        private final int length;

        ArraySource(byte[] content, int offset, int length) {
            if (offset < 0 || length < 0 || offset + length > content.length) {
                throw new IndexOutOfBoundsException(offset + "+" + length + " of " + content.length);
            }
            this.content = content;
            this.offset = offset;
            this.length = length;
        }

        @Override
        long size() {
            return length;
        }

        @Override
        IOException storageFailure() {
            return null;
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) {
            if (pos >= length || pos < 0) {
                return -1;
            }
            int n = (int) Math.min(len, length - pos);
            System.arraycopy(content, offset + (int) pos, dst, off, n);
            return n;
        }
    }
}
