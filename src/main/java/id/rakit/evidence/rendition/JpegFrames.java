package id.rakit.evidence.rendition;

import java.io.IOException;
import java.util.Optional;

/** Reads a JPEG's frame header (SOF) without decoding anything. */
final class JpegFrames {

    private static final int MAX_SEGMENTS = 200;

    private JpegFrames() {
    }

    /**
     * The size an embedded JPEG declares, if it is one that ImageIO decodes: Huffman-coded
     * baseline, extended or progressive. Lossless JPEG (the raw data of CR2 and DNG files) and
     * arithmetic coding give empty, as does anything that is not a JPEG.
     */
    static Optional<PixelSize> decodableSize(TiffDirectories.Source source, long offset, long length) throws IOException {
        byte[] soi = source.read(offset, 2);
        if (soi.length < 2 || (soi[0] & 0xff) != 0xFF || (soi[1] & 0xff) != 0xD8) {
            return Optional.empty();
        }
        long end = offset + length;
        long pos = offset + 2;
        for (int i = 0; i < MAX_SEGMENTS && pos + 4 <= end; i++) {
            byte[] marker = source.read(pos, 4);
            if (marker.length < 4 || (marker[0] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int code = marker[1] & 0xff;
            if (code == 0xFF) {
                pos++;  // fill byte before a marker
                continue;
            }
            int segmentLength = (marker[2] & 0xff) << 8 | (marker[3] & 0xff);
            if (code == 0xC0 || code == 0xC1 || code == 0xC2) {
                byte[] frame = source.read(pos + 4, 5);
                if (frame.length < 5) {
                    return Optional.empty();
                }
                int height = (frame[1] & 0xff) << 8 | (frame[2] & 0xff);
                int width = (frame[3] & 0xff) << 8 | (frame[4] & 0xff);
                return width > 0 && height > 0 ? Optional.of(new PixelSize(width, height)) : Optional.empty();
            }
            boolean otherFrame = code >= 0xC3 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
            if (otherFrame || code == 0xDA || code == 0xD9 || segmentLength < 2) {
                return Optional.empty();
            }
            pos += 2 + segmentLength;
        }
        return Optional.empty();
    }
}
