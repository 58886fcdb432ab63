package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.IOException;
import javax.imageio.stream.ImageInputStream;

/**
 * Walks a JPEG's marker segments up to its image data before any decoder sees it. Cameras and
 * phones write a dozen or so (EXIF, XMP, an ICC profile in up to a few chunks, MPF, tables); a
 * file with 100,000 tiny APP2 segments kept the JDK's native reader busy for a minute, in code no
 * deadline can stop. Such a file is refused here in a few milliseconds.
 */
final class JpegStructure {

    /**
     * More segments than this before the image data is no camera's work. An extended XMP of a
     * depth map (64 KB a segment), a 255-chunk ICC profile and a Photoshop resource block fit many times over.
     */
    static final int MAX_SEGMENTS = 1024;
    /** Garbage between segments, which libjpeg skips with a warning, is walked over up to this much. */
    private static final int MAX_GAP = 64 * 1024;

    private JpegStructure() {
    }

    /** Throws when the segments before the image data cannot be a real photo's; the stream is left at 0. */
    static void check(ImageInputStream in, Deadline deadline) throws IOException, RenditionFailure {
        try {
            walk(in, deadline);
        } finally {
            in.seek(0);
        }
    }

    private static void walk(ImageInputStream in, Deadline deadline) throws IOException, RenditionFailure {
        in.seek(2);
        int segments = 0;
        while (true) {
            int b = in.read();
            int gap = 0;
            while (b != 0xFF && b >= 0) {
                if (++gap > MAX_GAP) {
                    return;  // not a structure this walk understands: the decoder decides
                }
                b = in.read();
            }
            if (b < 0) {
                return;  // cut off: the decoder reports it
            }
            int marker = in.read();
            while (marker == 0xFF) {
                marker = in.read();  // fill bytes
            }
            if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
                return;  // the end, or the image data: the segments before it were few enough
            }
            if (marker == 0x00 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                continue;  // markers without a length
            }
            int length = in.readUnsignedShort();
            if (++segments > MAX_SEGMENTS) {
                throw new RenditionFailure(FileProblem.CORRUPT, "more than " + MAX_SEGMENTS
                        + " marker segments before the image data");
            }
            if ((segments & 63) == 0) {
                deadline.check();
            }
            if (length < 2) {
                return;
            }
            in.seek(in.getStreamPosition() + length - 2);
        }
    }
}
