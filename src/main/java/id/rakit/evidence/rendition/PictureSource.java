package id.rakit.evidence.rendition;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import javax.imageio.stream.ImageInputStream;

/** The bytes of a picture file: on disk, or already in memory. */
interface PictureSource {

    long size();

    /** For finding the previews inside RAW files. */
    TiffDirectories.Source tiff();

    /** An image stream over {@code length} bytes from {@code start}, stopping once the deadline passes. */
    ImageInputStream window(long start, long length, Deadline deadline);

    /** A file; its windows close the channel when they are closed. */
    static PictureSource of(FileChannel file, long size) {
        return new PictureSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public TiffDirectories.Source tiff() {
                return TiffDirectories.Source.of(file);
            }

            @Override
            public ImageInputStream window(long start, long length, Deadline deadline) {
                return new FileWindowInputStream(file, start, length, deadline);
            }
        };
    }

    /** Bytes in a heap buffer, from its position to its limit. */
    static PictureSource of(ByteBuffer content) {
        byte[] array = content.array();
        int offset = content.arrayOffset() + content.position();
        int size = content.remaining();
        return new PictureSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public TiffDirectories.Source tiff() {
                return TiffDirectories.Source.of(array, offset, size);
            }

            @Override
            public ImageInputStream window(long start, long length, Deadline deadline) {
                return new MemoryWindowInputStream(array, offset + (int) start, (int) length, deadline);
            }
        };
    }
}
