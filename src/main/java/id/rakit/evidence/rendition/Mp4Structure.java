package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks an MP4/MOV file's box tree before a decoder builds it in memory. jcodec believes every
 * count and size it reads: a fuzzed 1.3 MB file whose {@code stsd} declares 65,535 entries of
 * 0xFFFFFFFF bytes made it build boxes until any heap was full. Here every count is held against
 * the bytes of its own box, and the movie box, which decoders read whole, against a size no real
 * video needs.
 */
final class Mp4Structure {

    /** A two-hour phone video's movie box is about 10-20 MB (its sample tables). */
    static final long MAX_MOVIE_BOX = 64L << 20;
    private static final int MAX_DEPTH = 12;
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf");

    private Mp4Structure() {
    }

    /** Throws {@link FileProblem#CORRUPT} when the movie's boxes cannot be what they claim. */
    static void check(FileChannel file, long size, Deadline deadline) throws IOException, RenditionFailure {
        boolean movie = false;
        long pos = 0;
        while (size - pos >= 8) {
            Header h = header(file, pos, size);
            if (h == null) {
                break;  // a cut-off last box: the decoder tells a truncated file
            }
            if (h.type.equals("moov")) {
                if (h.end - h.start > MAX_MOVIE_BOX) {
                    throw new RenditionFailure(FileProblem.CORRUPT, "movie box of " + (h.end - h.start) + " bytes");
                }
                ByteBuffer moov = ByteBuffer.allocate((int) (h.end - h.start));
                read(file, moov, h.start);
                children(moov.flip(), 0, moov.limit(), 1, deadline);
                movie = true;
            }
            pos = h.end;
        }
        if (!movie) {
            throw new RenditionFailure(FileProblem.CORRUPT, "no movie box");
        }
    }

    private record Header(String type, long start, long end) {
    }

    private static Header header(FileChannel file, long pos, long size) throws IOException, RenditionFailure {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.limit((int) Math.min(16, size - pos));
        read(file, b, pos);
        b.flip();
        long length = b.getInt(0) & 0xFFFFFFFFL;
        String type = new String(new byte[] {b.get(4), b.get(5), b.get(6), b.get(7)}, StandardCharsets.ISO_8859_1);
        int headerLength = 8;
        if (length == 1) {
            if (b.limit() < 16) {
                return null;
            }
            length = b.getLong(8);
            headerLength = 16;
        } else if (length == 0) {
            length = size - pos;
        }
        if (length < headerLength) {
            throw new RenditionFailure(FileProblem.CORRUPT, "box '" + type + "' of " + length + " bytes");
        }
        if (pos + length > size || pos + length < 0) {
            if (type.equals("moov")) {
                throw new RenditionFailure(FileProblem.TRUNCATED, "movie box cut off at " + size);
            }
            return null;
        }
        return new Header(type, pos + headerLength, pos + length);
    }

    /** The boxes between {@code start} and {@code end} of an in-memory parent, each checked. */
    private static void children(ByteBuffer b, int start, int end, int depth, Deadline deadline)
            throws RenditionFailure, DeadlinePassedException {
        if (depth > MAX_DEPTH) {
            throw new RenditionFailure(FileProblem.CORRUPT, "boxes nested " + depth + " deep");
        }
        deadline.check();
        int pos = start;
        while (end - pos >= 8) {
            long length = b.getInt(pos) & 0xFFFFFFFFL;
            String type = fourCc(b, pos + 4);
            int header = 8;
            if (length == 1) {
                if (end - pos < 16) {
                    throw new RenditionFailure(FileProblem.CORRUPT, "box '" + type + "' cut short");
                }
                length = b.getLong(pos + 8);
                header = 16;
            } else if (length == 0) {
                length = end - pos;
            }
            if (length < header || length > end - pos) {
                throw new RenditionFailure(FileProblem.CORRUPT, "box '" + type + "' of " + length
                        + " bytes in " + (end - pos));
            }
            int payload = pos + header;
            int boxEnd = (int) (pos + length);
            if (CONTAINERS.contains(type)) {
                children(b, payload, boxEnd, depth + 1, deadline);
            } else {
                table(b, type, payload, boxEnd);
            }
            pos = boxEnd;
        }
    }

    /** A sample table's entry count against its own length. */
    private static void table(ByteBuffer b, String type, int payload, int end) throws RenditionFailure {
        int length = end - payload;
        switch (type) {
            case "stsd" -> sampleDescriptions(b, payload, end);
            case "stts", "ctts" -> entries(type, b, payload, length, 8, 8);
            case "stsc" -> entries(type, b, payload, length, 8, 12);
            case "stss", "stco", "stps" -> entries(type, b, payload, length, 8, 4);
            case "co64" -> entries(type, b, payload, length, 8, 8);
            case "stsz" -> {
                if (length < 12) {
                    throw new RenditionFailure(FileProblem.CORRUPT, "stsz of " + length + " bytes");
                }
                long sampleSize = b.getInt(payload + 4) & 0xFFFFFFFFL;
                if (sampleSize == 0) {
                    entries(type, b, payload + 4, length - 4, 8, 4);
                }
            }
            default -> {
            }
        }
    }

    /** Full box: version and flags, then a 32-bit count of entries of {@code entrySize} bytes. */
    private static void entries(String type, ByteBuffer b, int payload, int length, int header, int entrySize)
            throws RenditionFailure {
        if (length < header) {
            throw new RenditionFailure(FileProblem.CORRUPT, type + " of " + length + " bytes");
        }
        long count = b.getInt(payload + 4) & 0xFFFFFFFFL;
        if (count * entrySize > length - header) {
            throw new RenditionFailure(FileProblem.CORRUPT, type + " declares " + count + " entries in "
                    + length + " bytes");
        }
    }

    private static void sampleDescriptions(ByteBuffer b, int payload, int end) throws RenditionFailure {
        if (end - payload < 8) {
            throw new RenditionFailure(FileProblem.CORRUPT, "stsd of " + (end - payload) + " bytes");
        }
        long count = b.getInt(payload + 4) & 0xFFFFFFFFL;
        int pos = payload + 8;
        for (long i = 0; i < count; i++) {
            if (end - pos < 8) {
                throw new RenditionFailure(FileProblem.CORRUPT, "stsd declares " + count + " entries, room for " + i);
            }
            long size = b.getInt(pos) & 0xFFFFFFFFL;
            if (size < 8 || size > end - pos) {
                throw new RenditionFailure(FileProblem.CORRUPT, "stsd entry of " + size + " bytes in " + (end - pos));
            }
            pos += (int) size;
        }
    }

    private static String fourCc(ByteBuffer b, int at) {
        return new String(new byte[] {b.get(at), b.get(at + 1), b.get(at + 2), b.get(at + 3)},
                StandardCharsets.ISO_8859_1);
    }

    private static void read(FileChannel file, ByteBuffer into, long pos) throws IOException {
        long at = pos;
        while (into.hasRemaining()) {
            int n = StorageReadException.read(file, into, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
    }
}
