package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import java.nio.file.Path;
import java.util.Optional;

/** Makes the grid thumbnail and the larger preview of a photo or video. */
public interface PictureMaker {

    /** Writes both pictures (atomically) and returns the fingerprint; never throws for a bad file. */
    Pictures make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline);

    /** A small picture already inside the file (the EXIF thumbnail), read without decoding it. */
    Optional<byte[]> quickLook(Path file);
}
