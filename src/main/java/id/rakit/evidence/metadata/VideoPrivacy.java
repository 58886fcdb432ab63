package id.rakit.evidence.metadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes where a phone video was shot, and who shot it, out of a copy of a QuickTime or MP4 file
 * without touching a single frame: QuickTime user data {@code ©xyz} (and {@code @xyz}), the 3GPP
 * {@code loci} and {@code auth} boxes, {@code ©aut}, XMP packets, and Apple's metadata keys
 * {@code com.apple.quicktime.location.*} and {@code .author}. Each such box becomes a {@code free}
 * box of the same size with its bytes zeroed, so no sample offset in the file moves and players
 * read the video as before: QuickTime and ISO both let a {@code free} box stand anywhere.
 */
final class VideoPrivacy {

    private static final int MAX_DEPTH = 12;
    private static final long MAX_META_BOX = 16L << 20;
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "udta", "meta", "ilst");
    private static final Set<String> PRIVATE_BOXES = Set.of("\u00a9xyz", "@xyz", "loci", "auth", "\u00a9aut", "XMP_");
    private static final String XMP_UUID = "be7acfcb97a942e89c71999491e3afac";
    private static final String APPLE_LOCATION = "com.apple.quicktime.location.";
    private static final Set<String> APPLE_PRIVATE_KEYS = Set.of("com.apple.quicktime.author",
            "com.apple.quicktime.artist", "com.apple.quicktime.location.ISO6709");

    private VideoPrivacy() {
    }

    /**
     * Neutralises the location and owner boxes of the file in place (give it a copy) and names
     * what was taken out, e.g. {@code UserData ©xyz}, {@code Keys com.apple.quicktime.location.ISO6709}.
     * A file that is not ISO base media is left as it is and the list is empty.
     */
    static List<String> scrub(Path copy) throws IOException {
        List<String> removed = new ArrayList<>();
        try (FileChannel file = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            walk(file, 0, file.size(), 0, "", Map.of(), removed);
        }
        return removed;
    }

    private record Box(String type, long start, long payload, long end) {
    }

    /** Walks the boxes from {@code from} to {@code to}; {@code itemKeys} names the items of an {@code ilst}. */
    private static void walk(FileChannel file, long from, long to, int depth, String parent,
                             Map<Integer, String> itemKeys, List<String> removed) throws IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        Map<Integer, String> keys = new HashMap<>();
        long at = from;
        while (at + 8 <= to) {
            Box box = box(file, at, to);
            if (box == null) {
                return;
            }
            String type = box.type();
            if (type.equals("keys") && box.end() - box.start() < MAX_META_BOX) {
                keys = keys(file, box);
            } else if (parent.equals("ilst") && isIndex(type)) {
                int index = ByteBuffer.wrap(type.getBytes(StandardCharsets.ISO_8859_1)).getInt();
                String key = itemKeys.get(index);
                if (key != null && (key.startsWith(APPLE_LOCATION) || APPLE_PRIVATE_KEYS.contains(key))) {
                    neutralise(file, box);
                    removed.add("Keys " + key);
                }
            } else if (PRIVATE_BOXES.contains(type)) {
                neutralise(file, box);
                removed.add((parent.equals("ilst") ? "ItemList " : "UserData ") + type);
            } else if (type.equals("uuid") && isXmpUuid(file, box)) {
                neutralise(file, box);
                removed.add("XMP");
            } else if (CONTAINERS.contains(type)) {
                long children = box.payload();
                if (type.equals("meta") && isFullBox(file, box)) {
                    children += 4;
                }
                // an ilst's items name the keys of the keys box beside it, which comes first
                walk(file, children, box.end(), depth + 1, type, type.equals("ilst") ? keys : Map.of(), removed);
            }
            at = box.end();
        }
    }

    private static Box box(FileChannel file, long at, long limit) throws IOException {
        ByteBuffer head = read(file, at, 16);
        if (head.remaining() < 8) {
            return null;
        }
        long size = Integer.toUnsignedLong(head.getInt(0));
        String type = new String(new byte[] {head.get(4), head.get(5), head.get(6), head.get(7)},
                StandardCharsets.ISO_8859_1);
        long payload = at + 8;
        if (size == 1) {
            if (head.remaining() < 16) {
                return null;
            }
            size = head.getLong(8);
            payload = at + 16;
        } else if (size == 0) {
            size = limit - at;
        }
        if (size < payload - at || at + size > limit) {
            return null;
        }
        return new Box(type, at, payload, at + size);
    }

    private static boolean isIndex(String type) {
        // a key index is a small big-endian number; a four-character code is printable
        return type.charAt(0) == 0 && type.charAt(1) == 0;
    }

    /** ISO's {@code meta} is a full box (version and flags before its children); QuickTime's is not. */
    private static boolean isFullBox(FileChannel file, Box meta) throws IOException {
        ByteBuffer b = read(file, meta.payload(), 8);
        if (b.remaining() < 8) {
            return false;
        }
        String firstChildType = new String(new byte[] {b.get(4), b.get(5), b.get(6), b.get(7)},
                StandardCharsets.ISO_8859_1);
        return !(firstChildType.equals("hdlr") || firstChildType.equals("keys") || firstChildType.equals("ilst"));
    }

    private static Map<Integer, String> keys(FileChannel file, Box box) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        ByteBuffer b = read(file, box.payload(), (int) (box.end() - box.payload()));
        if (b.remaining() < 8) {
            return out;
        }
        b.position(4);
        long count = Integer.toUnsignedLong(b.getInt());
        for (int i = 1; i <= count && b.remaining() >= 8; i++) {
            int size = b.getInt();
            b.getInt();  // namespace, 'mdta'
            if (size < 8 || size - 8 > b.remaining()) {
                break;
            }
            byte[] name = new byte[size - 8];
            b.get(name);
            out.put(i, new String(name, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static boolean isXmpUuid(FileChannel file, Box box) throws IOException {
        ByteBuffer b = read(file, box.payload(), 16);
        if (b.remaining() < 16) {
            return false;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            hex.append(String.format(Locale.ROOT, "%02x", b.get(i) & 0xff));
        }
        return hex.toString().equals(XMP_UUID);
    }

    /** The box becomes {@code free}, its contents zeros; its size, and so every offset after it, stays. */
    private static void neutralise(FileChannel file, Box box) throws IOException {
        file.write(ByteBuffer.wrap("free".getBytes(StandardCharsets.ISO_8859_1)), box.start() + 4);
        ByteBuffer zeros = ByteBuffer.allocate(8192);
        for (long at = box.payload(); at < box.end(); ) {
            int n = (int) Math.min(zeros.capacity(), box.end() - at);
            zeros.clear().limit(n);
            while (zeros.hasRemaining()) {
                at += file.write(zeros, at);
            }
        }
    }

    private static ByteBuffer read(FileChannel file, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            int n = file.read(b, at + b.position());
            if (n < 0) {
                break;
            }
        }
        b.flip();
        return b;
    }
}
