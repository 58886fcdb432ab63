package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

/** Reads what a file's metadata says; never throws for a bad file. */
@FunctionalInterface
public interface MediaReader {

    MediaInfo read(Path file);

    /**
     * Reads a file whose whole content the caller already holds (from its position to its
     * limit, not to be changed); {@code file} names it. Readers that cannot use the bytes read
     * the file.
     */
    default MediaInfo read(Path file, ByteBuffer content) {
        return read(file);
    }

    /**
     * Reads a file of {@code size} bytes whose first bytes the caller already holds (from the
     * buffer's position to its limit, not to be changed), e.g. because it is hashing the file:
     * the rest is read from the file only where the format needs it, which for a JPEG is nowhere.
     */
    default MediaInfo read(Path file, ByteBuffer start, long size) {
        return read(file);
    }

    /**
     * What the file is, when its first bytes (from the buffer's position to its limit, not to be
     * changed) already show that it is no photo or video; empty when it may be one. An import
     * copies into the library only what may be media.
     */
    default Optional<MediaInfo> notMedia(Path file, ByteBuffer head, long size) {
        return Optional.empty();
    }
}
