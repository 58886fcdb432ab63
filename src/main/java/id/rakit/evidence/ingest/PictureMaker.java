package id.rakit.evidence.ingest;

import id.rakit.evidence.rendition.Deadline;

import id.rakit.evidence.MediaInfo;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

/** Makes the grid thumbnail and the larger preview of a photo or video. */
public interface PictureMaker extends AutoCloseable {

    /** Writes both pictures (atomically) and returns the fingerprint; never throws for a bad file. */
    PictureResult make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline);

    /**
     * As {@link #make(Path, MediaInfo, Path, Path, Deadline)}, for a file whose whole content the
     * caller already holds (from its position to its limit, not to be changed). Makers that
     * cannot use the bytes read the file.
     */
    default PictureResult make(Path file, ByteBuffer content, MediaInfo media, Path thumbnail, Path preview,
                               Deadline deadline) {
        return make(file, media, thumbnail, preview, deadline);
    }

    /**
     * As the other {@code make}s, and for a photo that is not a JPEG also its publishable JPEG at
     * {@code publishable}; {@code content} may be null (then the file is read). Makers that make
     * no publishable JPEG make the two pictures.
     */
    default PictureResult make(Path file, ByteBuffer content, MediaInfo media, Path thumbnail, Path preview,
                               Path publishable, Deadline deadline) {
        return content == null ? make(file, media, thumbnail, preview, deadline)
                : make(file, content, media, thumbnail, preview, deadline);
    }

    /** Stops whatever the maker keeps running (its rendition processes). */
    @Override
    default void close() {
    }

    /** A small picture already inside the file (the EXIF thumbnail), read without decoding it. */
    Optional<QuickLook> quickLook(Path file);

    /** The embedded picture, stored unrotated: turn it by the photo's EXIF orientation (1-8). */
    record QuickLook(byte[] jpeg, int orientation) {
    }
}
