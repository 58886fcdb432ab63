package id.rakit.evidence.rendition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough of TIFF to find embedded pictures: the directories (IFDs) of an EXIF block or of a
 * TIFF-based RAW file, with their numeric fields. Every count and offset is checked against the
 * source, so a fuzzed file gives nothing rather than a huge allocation or an endless loop.
 */
final class TiffDirectories {

    /** Random access to the bytes that hold the TIFF structure. */
    @FunctionalInterface
    interface Source {
        /** Up to {@code length} bytes from {@code position}; fewer at the end of the source. */
        byte[] read(long position, int length) throws IOException;

        static Source of(byte[] data) {
            return of(data, 0, data.length);
        }

        /** The {@code size} bytes from {@code offset} of {@code data}. */
        static Source of(byte[] data, int offset, int size) {
            return (position, length) -> {
                if (position < 0 || position >= size) {
                    return new byte[0];
                }
                return Arrays.copyOfRange(data, offset + (int) position, offset + (int) Math.min(size, position + length));
            };
        }

        static Source of(FileChannel channel) {
            return (position, length) -> {
                ByteBuffer buffer = ByteBuffer.allocate(length);
                while (buffer.hasRemaining()
                        && StorageReadException.read(channel, buffer, position + buffer.position()) >= 0) {
                    // keep reading: a positional read may return fewer bytes than asked
                }
                return Arrays.copyOf(buffer.array(), buffer.position());
            };
        }
    }

    /** One directory entry; {@code valuePosition} is where its value bytes start in the source. */
    record Field(int tag, int type, long count, long valuePosition) {
    }

    /** One directory: its fields by tag, and where the next directory starts (0 for none). */
    record Directory(Map<Integer, Field> fields, long next) {
    }

    static final int MAX_ENTRIES = 1000;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int IFD = 13;

    private final Source source;
    private final long base;
    private final boolean littleEndian;
    private final long firstDirectory;

    private TiffDirectories(Source source, long base, boolean littleEndian, long firstDirectory) {
        this.source = source;
        this.base = base;
        this.littleEndian = littleEndian;
        this.firstDirectory = firstDirectory;
    }

    /**
     * Reads the TIFF header at {@code base}. Besides plain TIFF ({@code II*\0}, {@code MM\0*}) it
     * takes the magic numbers of Panasonic ({@code IIU\0}) and Olympus ({@code IIRO}, {@code IIRS},
     * {@code MMOR}) RAW files, which are TIFF in all but name.
     */
    static Optional<TiffDirectories> open(Source source, long base) throws IOException {
        byte[] header = source.read(base, 8);
        if (header.length < 8) {
            return Optional.empty();
        }
        boolean little;
        if (header[0] == 'I' && header[1] == 'I') {
            little = true;
        } else if (header[0] == 'M' && header[1] == 'M') {
            little = false;
        } else {
            return Optional.empty();
        }
        int magic = little ? (header[2] & 0xff) | (header[3] & 0xff) << 8 : (header[2] & 0xff) << 8 | (header[3] & 0xff);
        if (magic != 42 && magic != 0x55 && magic != 0x4f52 && magic != 0x5352 && magic != 0x524f) {
            return Optional.empty();
        }
        TiffDirectories tiff = new TiffDirectories(source, base, little, 0);
        return Optional.of(new TiffDirectories(source, base, little, tiff.unsigned(header, 4, 4)));
    }

    /** Offset of the first directory, relative to the TIFF header. */
    long firstDirectory() {
        return firstDirectory;
    }

    /** Converts an offset stored in the file (relative to the TIFF header) to a source position. */
    long position(long offset) {
        return base + offset;
    }

    /** The directory at {@code offset} (relative to the TIFF header), or empty if it is not there. */
    Optional<Directory> directory(long offset) throws IOException {
        if (offset <= 0) {
            return Optional.empty();
        }
        byte[] countBytes = source.read(base + offset, 2);
        if (countBytes.length < 2) {
            return Optional.empty();
        }
        int count = (int) unsigned(countBytes, 0, 2);
        if (count == 0 || count > MAX_ENTRIES) {
            return Optional.empty();
        }
        byte[] entries = source.read(base + offset + 2, count * 12 + 4);
        int complete = Math.min(count, entries.length / 12);
        Map<Integer, Field> fields = new HashMap<>();
        for (int i = 0; i < complete; i++) {
            int at = i * 12;
            int tag = (int) unsigned(entries, at, 2);
            int type = (int) unsigned(entries, at + 2, 2);
            long n = unsigned(entries, at + 4, 4);
            long size = n * typeSize(type);
            long valuePosition = size <= 4 ? base + offset + 2 + at + 8 : base + unsigned(entries, at + 8, 4);
            fields.putIfAbsent(tag, new Field(tag, type, n, valuePosition));
        }
        long next = entries.length >= count * 12 + 4 ? unsigned(entries, count * 12, 4) : 0;
        return Optional.of(new Directory(fields, next));
    }

    /** The first value of a SHORT, LONG or IFD field, if the directory has it. */
    Optional<Long> number(Directory directory, int tag) throws IOException {
        long[] values = numbers(directory, tag, 1);
        return values.length == 0 ? Optional.empty() : Optional.of(values[0]);
    }

    /** Up to {@code max} values of a SHORT, LONG or IFD field; empty if absent or of another type. */
    long[] numbers(Directory directory, int tag, int max) throws IOException {
        Field field = directory.fields().get(tag);
        if (field == null || (field.type() != SHORT && field.type() != LONG && field.type() != IFD)) {
            return new long[0];
        }
        int size = typeSize(field.type());
        int n = (int) Math.min(field.count(), max);
        byte[] bytes = source.read(field.valuePosition(), n * size);
        long[] values = new long[bytes.length / size];
        for (int i = 0; i < values.length; i++) {
            values[i] = unsigned(bytes, i * size, size);
        }
        return values;
    }

    private long unsigned(byte[] bytes, int at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int b = bytes[at + (littleEndian ? size - 1 - i : i)] & 0xff;
            value = value << 8 | b;
        }
        return value;
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12 -> 8;
            default -> 1;
        };
    }
}
