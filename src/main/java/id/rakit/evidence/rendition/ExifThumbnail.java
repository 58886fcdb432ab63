package id.rakit.evidence.rendition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small thumbnail (typically 160 x 120) that cameras store in a JPEG's EXIF block, read
 * without decoding the photo: a first tile for the grid while the real thumbnail is made. Only
 * the first {@value #HEAD_LIMIT} bytes of the file are read.
 *
 * <p>The thumbnail is stored like the main image, unrotated: turn it by {@link #orientation()},
 * read from the same EXIF block. Some cameras letterbox it to 4:3 with black bars.
 *
 * @param jpeg        the thumbnail's JPEG bytes
 * @param orientation the EXIF orientation (1-8) of the photo it belongs to; 1 when absent
 */
public record ExifThumbnail(byte[] jpeg, int orientation) {

    /** EXIF lives in APP1, which is at most 64 KB, near the start; a JFIF APP0 may come first. */
    static final int HEAD_LIMIT = 128 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ExifThumbnail.class);
    private static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TAG_JPEG_OFFSET = 0x0201;
    private static final int TAG_JPEG_LENGTH = 0x0202;

    /** The embedded thumbnail of a JPEG file; empty when there is none or the file is unreadable. */
    public static Optional<ExifThumbnail> read(Path jpegFile) {
        byte[] head;
        try (InputStream in = Files.newInputStream(jpegFile)) {
            head = in.readNBytes(HEAD_LIMIT);
        } catch (IOException e) {
            LOG.debug("no EXIF thumbnail from {}: {}", jpegFile, e.toString());
            return Optional.empty();
        }
        try {
            return fromHead(head);
        } catch (IOException | RuntimeException e) {
            LOG.debug("no EXIF thumbnail in {}: {}", jpegFile, e.toString());
            return Optional.empty();
        }
    }

    static Optional<ExifThumbnail> fromHead(byte[] head) throws IOException {
        if (head.length < 4 || (head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8) {
            return Optional.empty();
        }
        int pos = 2;
        while (pos + 4 <= head.length) {
            if ((head[pos] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int code = head[pos + 1] & 0xff;
            if (code == 0xFF) {
                pos++;
                continue;
            }
            if (code == 0xDA || code == 0xD9 || (code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xCC)) {
                return Optional.empty();  // image data starts: EXIF would have come before
            }
            int length = (head[pos + 2] & 0xff) << 8 | (head[pos + 3] & 0xff);
            int dataStart = pos + 4;
            int segmentEnd = Math.min(head.length, pos + 2 + length);
            if (code == 0xE1 && hasExifId(head, dataStart, segmentEnd)) {
                byte[] exif = Arrays.copyOfRange(head, dataStart + EXIF_ID.length, segmentEnd);
                return fromExif(exif);
            }
            pos += 2 + length;
        }
        return Optional.empty();
    }

    /** Reads IFD0's orientation and IFD1's thumbnail from a TIFF-structured EXIF block. */
    private static Optional<ExifThumbnail> fromExif(byte[] exif) throws IOException {
        Optional<TiffDirectories> opened = TiffDirectories.open(TiffDirectories.Source.of(exif), 0);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        TiffDirectories tiff = opened.get();
        Optional<TiffDirectories.Directory> ifd0 = tiff.directory(tiff.firstDirectory());
        if (ifd0.isEmpty() || ifd0.get().next() == 0 || ifd0.get().next() == tiff.firstDirectory()) {
            return Optional.empty();
        }
        int orientation = tiff.number(ifd0.get(), TAG_ORIENTATION).filter(o -> o >= 1 && o <= 8)
                .map(Long::intValue).orElse(1);
        Optional<TiffDirectories.Directory> ifd1 = tiff.directory(ifd0.get().next());
        if (ifd1.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> offset = tiff.number(ifd1.get(), TAG_JPEG_OFFSET);
        Optional<Long> length = tiff.number(ifd1.get(), TAG_JPEG_LENGTH);
        if (offset.isEmpty() || length.isEmpty() || length.get() < 4
                || offset.get() + length.get() > exif.length) {
            return Optional.empty();
        }
        int start = offset.get().intValue();
        if ((exif[start] & 0xff) != 0xFF || (exif[start + 1] & 0xff) != 0xD8) {
            return Optional.empty();
        }
        byte[] jpeg = Arrays.copyOfRange(exif, start, start + length.get().intValue());
        return Optional.of(new ExifThumbnail(jpeg, orientation));
    }

    private static boolean hasExifId(byte[] head, int from, int end) {
        if (end - from < EXIF_ID.length) {
            return false;
        }
        for (int i = 0; i < EXIF_ID.length; i++) {
            if (head[from + i] != EXIF_ID[i]) {
                return false;
            }
        }
        return true;
    }
}
