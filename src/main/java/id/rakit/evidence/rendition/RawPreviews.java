package id.rakit.evidence.rendition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the largest JPEG preview that a camera embedded in its RAW file, so the RAW data itself
 * never needs decoding. Covers the TIFF-based RAWs (CR2, NEF, NRW, ARW, SR2, DNG, PEF, RW2, ORF,
 * SRW, ERF, 3FR...) through their directories and sub-directories, and Fujifilm's RAF through its
 * header. Previews kept only in maker notes (most ORF, PEF) or in ISO-BMFF boxes (CR3) are not
 * found.
 */
final class RawPreviews {

    /** Where an embedded JPEG lies in the file. */
    record Span(long offset, long length) {
    }

    private static final int MAX_DIRECTORIES = 32;
    private static final int TAG_COMPRESSION = 0x0103;
    private static final int TAG_STRIP_OFFSETS = 0x0111;
    private static final int TAG_STRIP_BYTE_COUNTS = 0x0117;
    private static final int TAG_SUB_IFDS = 0x014A;
    private static final int TAG_JPEG_OFFSET = 0x0201;
    private static final int TAG_JPEG_LENGTH = 0x0202;
    private static final int TAG_PANASONIC_JPG_FROM_RAW = 0x002E;
    private static final byte[] FUJI_MAGIC = "FUJIFILMCCD-RAW ".getBytes(StandardCharsets.US_ASCII);

    private RawPreviews() {
    }

    static Optional<Span> largest(TiffDirectories.Source file, long fileSize) throws IOException {
        List<Span> candidates = new ArrayList<>();
        byte[] head = file.read(0, 92);
        if (startsWith(head, FUJI_MAGIC) && head.length >= 92) {
            candidates.add(new Span(bigEndianInt(head, 84), bigEndianInt(head, 88)));
        } else {
            Optional<TiffDirectories> tiff = TiffDirectories.open(file, 0);
            if (tiff.isPresent()) {
                collect(tiff.get(), candidates);
            }
        }
        Span best = null;
        long bestPixels = 0;
        for (Span span : candidates) {
            if (span.offset() <= 0 || span.length() < 4 || span.offset() + span.length() > fileSize) {
                continue;
            }
            Optional<PixelSize> size = JpegFrames.decodableSize(file, span.offset(), span.length());
            if (size.isPresent() && size.get().pixels() > bestPixels) {
                best = span;
                bestPixels = size.get().pixels();
            }
        }
        return Optional.ofNullable(best);
    }

    private static void collect(TiffDirectories tiff, List<Span> candidates) throws IOException {
        Deque<Long> pending = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        pending.add(tiff.firstDirectory());
        while (!pending.isEmpty() && seen.size() < MAX_DIRECTORIES) {
            long offset = pending.poll();
            if (!seen.add(offset)) {
                continue;
            }
            Optional<TiffDirectories.Directory> found = tiff.directory(offset);
            if (found.isEmpty()) {
                continue;
            }
            TiffDirectories.Directory dir = found.get();
            Optional<Long> jpegOffset = tiff.number(dir, TAG_JPEG_OFFSET);
            Optional<Long> jpegLength = tiff.number(dir, TAG_JPEG_LENGTH);
            if (jpegOffset.isPresent() && jpegLength.isPresent()) {
                candidates.add(new Span(tiff.position(jpegOffset.get()), jpegLength.get()));
            }
            // CR2 and DNG keep JPEG previews as one strip; lossless raw strips are weeded out later
            Optional<Long> compression = tiff.number(dir, TAG_COMPRESSION);
            long[] strips = tiff.numbers(dir, TAG_STRIP_OFFSETS, 2);
            long[] stripLengths = tiff.numbers(dir, TAG_STRIP_BYTE_COUNTS, 2);
            if (compression.isPresent() && (compression.get() == 6 || compression.get() == 7)
                    && strips.length == 1 && stripLengths.length == 1) {
                candidates.add(new Span(tiff.position(strips[0]), stripLengths[0]));
            }
            TiffDirectories.Field panasonic = dir.fields().get(TAG_PANASONIC_JPG_FROM_RAW);
            if (panasonic != null && panasonic.type() == 7) {
                candidates.add(new Span(panasonic.valuePosition(), panasonic.count()));
            }
            for (long sub : tiff.numbers(dir, TAG_SUB_IFDS, 16)) {
                pending.add(sub);
            }
            if (dir.next() != 0) {
                pending.add(dir.next());
            }
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long bigEndianInt(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
