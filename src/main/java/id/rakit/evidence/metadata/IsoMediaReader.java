package id.rakit.evidence.metadata;

import id.rakit.evidence.FileProblem;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the box tree of ISO base media files (QuickTime MOV, MP4, M4V, 3GP, HEIF/HEIC and
 * Canon CR3) for the few boxes Rakit uses, seeking past media data.
 * <p>
 * Our own reader rather than metadata-extractor's, because that one (2.21.0) stops at any box
 * over 2 GB (so a long phone video whose {@code moov} follows a big {@code mdat} loses all its
 * metadata), reads 64-bit ({@code version 1}) movie headers wrongly, takes the rotation of
 * whichever track comes first, and does not read CR3 at all. EXIF and XMP found here are still
 * parsed by metadata-extractor.
 */
final class IsoMediaReader {

    private static final int MAX_DEPTH = 16;
    /** Headers, key lists and property boxes are small; more than this is not metadata. */
    private static final int MAX_HEADER_BOX = 1 << 20;
    private static final int MAX_ITEM = 16 << 20;
    private static final String CANON_CR3_UUID = "85c0b687820f11e08111f4ce462b6a48";

    /** One track of a movie: its kind, display matrix and frame size. */
    static final class Track {
        String handler = "";
        int matrixA;
        int matrixB;
        long headerWidth;
        long headerHeight;
        long sampleWidth;
        long sampleHeight;

        boolean isVideo() {
            return handler.equals("vide");
        }

        long width() {
            return sampleWidth > 0 ? sampleWidth : headerWidth;
        }

        long height() {
            return sampleHeight > 0 ? sampleHeight : headerHeight;
        }
    }

    private record Box(String type, long start, long end) {
        long length() {
            return end - start;
        }
    }

    private record Extent(long offset, long length) {
    }

    private final ByteSource source;

    /** The file ends before a box it declares does. */
    boolean truncated;
    /** A box declares an impossible size; what follows it is lost. */
    boolean broken;
    boolean foundMovie;
    boolean foundImageMeta;

    // movie header: seconds since 1904-01-01 UTC, 0 when not set
    long creationSeconds;
    Double durationSeconds;
    final List<Track> tracks = new ArrayList<>();
    /** Apple's metadata keys ({@code com.apple.quicktime.*}) with their text values, and "encoder" (©too). */
    final Map<String, String> keys = new HashMap<>();
    /** QuickTime user data strings: {@code ©xyz}, {@code ©mak}, {@code ©mod}, {@code ©swr}. */
    final Map<String, String> userData = new HashMap<>();

    // HEIF: the primary image's properties and the EXIF/XMP items
    long primaryWidth;
    long primaryHeight;
    Integer primaryRotation;
    byte[] exif;
    byte[] xmp;

    /** CR3: CMT1 (IFD0), CMT2 (Exif IFD), CMT3 (Canon maker note), CMT4 (GPS IFD), each a TIFF. */
    final byte[][] canonTiffs = new byte[4][];

    IsoMediaReader(ByteSource source) {
        this.source = source;
    }

    void read() throws IOException {
        try {
            for (Box box : children(0, source.size(), 0)) {
                switch (box.type) {
                    case "moov" -> {
                        foundMovie = true;
                        movie(box, 1);
                    }
                    case "meta" -> imageMeta(box, 1);
                    default -> {
                        // mdat, free, uuid... hold nothing Rakit reads
                    }
                }
            }
        } catch (EOFException e) {
            truncated = true;
        }
    }

    /** What is wrong with the box structure, if anything: a cut-off file or an impossible box. */
    FileProblem damage() {
        if (truncated) {
            return FileProblem.TRUNCATED;
        }
        return broken ? FileProblem.CORRUPT : null;
    }

    /** Rotation of the first video track in degrees clockwise (0, 90, 180, 270), as ExifTool computes it. */
    Integer videoRotation() {
        for (Track track : tracks) {
            if (track.isVideo()) {
                if (track.matrixA == 0 && track.matrixB == 0) {
                    return null;
                }
                double degrees = Math.toDegrees(Math.atan2(track.matrixB, track.matrixA));
                int quarter = (int) Math.round(degrees / 90.0);
                return Math.floorMod(quarter * 90, 360);
            }
        }
        return null;
    }

    Track firstVideoTrack() {
        return tracks.stream().filter(Track::isVideo).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- movies

    private void movie(Box moov, int depth) throws IOException {
        for (Box box : children(moov.start, moov.end, depth)) {
            switch (box.type) {
                case "mvhd" -> movieHeader(payload(box));
                case "trak" -> {
                    Track track = new Track();
                    tracks.add(track);
                    track(box, track, depth + 1);
                }
                case "udta" -> userData(box, depth + 1);
                case "meta" -> appleMeta(box, depth + 1);
                case "uuid" -> canonUuid(box, depth + 1);
                default -> {
                }
            }
        }
    }

    private void movieHeader(byte[] p) {
        BoxBytes b = new BoxBytes(p);
        int version = b.u8(0);
        long timescale;
        long duration;
        if (version == 1) {
            creationSeconds = b.u64(4);
            timescale = b.u32(20);
            duration = b.u64(24);
        } else {
            creationSeconds = b.u32(4);
            timescale = b.u32(12);
            duration = b.u32(16);
            // all ones means "unknown"
            if (duration == 0xFFFFFFFFL) {
                duration = -1;
            }
        }
        if (timescale > 0 && duration >= 0) {
            durationSeconds = duration / (double) timescale;
        }
    }

    private void track(Box trak, Track track, int depth) throws IOException {
        for (Box box : children(trak.start, trak.end, depth)) {
            switch (box.type) {
                case "tkhd" -> trackHeader(payload(box), track);
                case "mdia", "minf", "stbl" -> track(box, track, depth + 1);
                case "hdlr" -> {
                    // the media handler comes first; QuickTime adds a data handler ("alis") in minf
                    if (track.handler.isEmpty()) {
                        track.handler = new BoxBytes(payload(box)).fourCc(8);
                    }
                }
                case "stsd" -> {
                    if (track.isVideo()) {
                        BoxBytes b = new BoxBytes(payload(box));
                        if (b.u32(4) > 0) {
                            track.sampleWidth = b.u16(40);
                            track.sampleHeight = b.u16(42);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void trackHeader(byte[] p, Track track) {
        BoxBytes b = new BoxBytes(p);
        int matrix = 4 + (b.u8(0) == 1 ? 32 : 20) + 16;
        track.matrixA = b.s32(matrix);
        track.matrixB = b.s32(matrix + 4);
        // 16.16 fixed point
        track.headerWidth = b.u32(matrix + 36) >>> 16;
        track.headerHeight = b.u32(matrix + 40) >>> 16;
    }

    private void userData(Box udta, int depth) throws IOException {
        for (Box box : children(udta.start, udta.end, depth)) {
            switch (box.type) {
                case "\u00A9xyz", "\u00A9mak", "\u00A9mod", "\u00A9swr" -> {
                    // QuickTime text: 16-bit length, 16-bit language, then the text
                    BoxBytes b = new BoxBytes(payload(box));
                    int length = Math.min(b.u16(0), b.length() - 4);
                    userData.putIfAbsent(box.type.substring(1), b.text(4, length));
                }
                case "meta" -> appleMeta(box, depth + 1);
                default -> {
                }
            }
        }
    }

    /**
     * Apple's {@code meta}: a {@code keys} list and an {@code ilst} whose entries are numbered by
     * key. In QuickTime files it has no version field; in MP4 files it does.
     */
    private void appleMeta(Box meta, int depth) throws IOException {
        long start = meta.start;
        byte[] peek = source.readAtMost(start, 8);
        if (peek.length == 8 && !new BoxBytes(peek).fourCc(4).equals("hdlr")) {
            start += 4;
        }
        List<Box> boxes = children(start, meta.end, depth);
        List<String> keyNames = new ArrayList<>();
        for (Box box : boxes) {
            if (box.type.equals("keys")) {
                BoxBytes b = new BoxBytes(payload(box));
                long count = b.u32(4);
                int at = 8;
                for (long i = 0; i < count && at + 8 <= b.length(); i++) {
                    int size = (int) b.u32(at);
                    if (size < 8 || at + size > b.length()) {
                        break;
                    }
                    keyNames.add(b.text(at + 8, size - 8));
                    at += size;
                }
            }
        }
        for (Box box : boxes) {
            if (!box.type.equals("ilst")) {
                continue;
            }
            for (Box entry : children(box.start, box.end, depth + 1)) {
                long index = new BoxBytes(entry.type.getBytes(StandardCharsets.ISO_8859_1)).u32(0);
                // iTunes-style entries are named, not numbered; the encoder one tells of re-encoding
                String name = entry.type.equals("\u00A9too") ? "encoder"
                        : index >= 1 && index <= keyNames.size() ? keyNames.get((int) index - 1) : null;
                if (name == null) {
                    continue;
                }
                for (Box data : children(entry.start, entry.end, depth + 2)) {
                    if (data.type.equals("data") && data.length() > 8) {
                        BoxBytes b = new BoxBytes(payload(data));
                        // well-known type 1 is UTF-8 text
                        if ((b.u32(0) & 0xFFFFFF) == 1) {
                            keys.putIfAbsent(name, b.text(8, b.length() - 8));
                        }
                    }
                }
            }
        }
    }

    private void canonUuid(Box uuid, int depth) throws IOException {
        if (uuid.length() < 16 || !hex(source.readFully(uuid.start, 16)).equals(CANON_CR3_UUID)) {
            return;
        }
        for (Box box : children(uuid.start + 16, uuid.end, depth)) {
            if (box.type.matches("CMT[1-4]")) {
                canonTiffs[box.type.charAt(3) - '1'] = payload(box);
            }
        }
    }

    // ---------------------------------------------------------------- HEIF images

    private void imageMeta(Box meta, int depth) throws IOException {
        foundImageMeta = true;
        long primary = -1;
        Map<Long, String> itemTypes = new HashMap<>();
        Map<Long, String> contentTypes = new HashMap<>();
        Map<Long, List<Extent>> locations = new LinkedHashMap<>();
        Map<Long, Integer> constructionMethods = new HashMap<>();
        List<Box> properties = new ArrayList<>();
        Map<Long, int[]> associations = new HashMap<>();
        Box idat = null;

        for (Box box : children(meta.start + 4, meta.end, depth)) {
            switch (box.type) {
                case "pitm" -> {
                    BoxBytes b = new BoxBytes(payload(box));
                    primary = b.u8(0) == 0 ? b.u16(4) : b.u32(4);
                }
                case "iinf" -> itemInfo(box, depth + 1, itemTypes, contentTypes);
                case "iloc" -> itemLocations(new BoxBytes(payload(box)), locations, constructionMethods);
                case "iprp" -> {
                    for (Box inner : children(box.start, box.end, depth + 1)) {
                        if (inner.type.equals("ipco")) {
                            properties.addAll(children(inner.start, inner.end, depth + 2));
                        } else if (inner.type.equals("ipma")) {
                            propertyAssociations(new BoxBytes(payload(inner)), associations);
                        }
                    }
                }
                case "idat" -> idat = box;
                default -> {
                }
            }
        }

        for (int index : associations.getOrDefault(primary, new int[0])) {
            if (index < 1 || index > properties.size()) {
                continue;
            }
            Box property = properties.get(index - 1);
            if (property.type.equals("ispe") && primaryWidth == 0) {
                BoxBytes b = new BoxBytes(payload(property));
                primaryWidth = b.u32(4);
                primaryHeight = b.u32(8);
            } else if (property.type.equals("irot") && primaryRotation == null) {
                // irot turns anticlockwise in quarter turns
                int quarters = new BoxBytes(payload(property)).u8(0) & 3;
                primaryRotation = (4 - quarters) % 4 * 90;
            }
        }
        for (Map.Entry<Long, String> item : itemTypes.entrySet()) {
            long id = item.getKey();
            boolean isXmp = item.getValue().equals("mime")
                    && "application/rdf+xml".equals(contentTypes.get(id));
            if (item.getValue().equals("Exif") && exif == null) {
                exif = exifTiff(itemData(locations.get(id), constructionMethods.getOrDefault(id, 0), idat));
            } else if (isXmp && xmp == null) {
                xmp = itemData(locations.get(id), constructionMethods.getOrDefault(id, 0), idat);
            }
        }
    }

    private void itemInfo(Box iinf, int depth, Map<Long, String> itemTypes, Map<Long, String> contentTypes)
            throws IOException {
        byte[] head = source.readAtMost(iinf.start, 8);
        int countSize = new BoxBytes(head).u8(0) == 0 ? 2 : 4;
        for (Box infe : children(iinf.start + 4 + countSize, iinf.end, depth)) {
            if (!infe.type.equals("infe")) {
                continue;
            }
            BoxBytes b = new BoxBytes(payload(infe));
            int version = b.u8(0);
            if (version < 2) {
                continue;
            }
            int at = 4;
            long id = version == 2 ? b.u16(at) : b.u32(at);
            at += (version == 2 ? 2 : 4) + 2;
            String type = b.fourCc(at);
            at += 4;
            itemTypes.put(id, type);
            if (type.equals("mime")) {
                int nameEnd = b.indexOfZero(at);
                if (nameEnd >= 0) {
                    int typeEnd = b.indexOfZero(nameEnd + 1);
                    contentTypes.put(id, b.text(nameEnd + 1, (typeEnd < 0 ? b.length() : typeEnd) - nameEnd - 1));
                }
            }
        }
    }

    private static void itemLocations(BoxBytes b, Map<Long, List<Extent>> locations, Map<Long, Integer> methods) {
        int version = b.u8(0);
        int offsetSize = b.u8(4) >> 4;
        int lengthSize = b.u8(4) & 15;
        int baseOffsetSize = b.u8(5) >> 4;
        int indexSize = version == 1 || version == 2 ? b.u8(5) & 15 : 0;
        int at = 6;
        long count;
        if (version < 2) {
            count = b.u16(at);
            at += 2;
        } else {
            count = b.u32(at);
            at += 4;
        }
        // counts come from the file: the box's own length bounds the loop, not the count
        for (long i = 0; i < count && at < b.length(); i++) {
            long id;
            if (version < 2) {
                id = b.u16(at);
                at += 2;
            } else {
                id = b.u32(at);
                at += 4;
            }
            if (version == 1 || version == 2) {
                methods.put(id, b.u16(at) & 15);
                at += 2;
            }
            at += 2; // data reference index
            long base = b.sized(at, baseOffsetSize);
            at += baseOffsetSize;
            int extents = b.u16(at);
            at += 2;
            List<Extent> list = new ArrayList<>();
            for (int e = 0; e < extents && at < b.length(); e++) {
                at += indexSize;
                long offset = b.sized(at, offsetSize);
                at += offsetSize;
                long length = b.sized(at, lengthSize);
                at += lengthSize;
                list.add(new Extent(base + offset, length));
            }
            locations.put(id, list);
        }
    }

    private static void propertyAssociations(BoxBytes b, Map<Long, int[]> associations) {
        int version = b.u8(0);
        boolean wideIndex = (b.u32(0) & 1) != 0;
        long count = b.u32(4);
        int at = 8;
        for (long i = 0; i < count && at < b.length(); i++) {
            long id;
            if (version < 1) {
                id = b.u16(at);
                at += 2;
            } else {
                id = b.u32(at);
                at += 4;
            }
            int n = b.u8(at++);
            int[] indexes = new int[n];
            for (int k = 0; k < n && at < b.length(); k++) {
                if (wideIndex) {
                    indexes[k] = b.u16(at) & 0x7FFF;
                    at += 2;
                } else {
                    indexes[k] = b.u8(at) & 0x7F;
                    at += 1;
                }
            }
            associations.put(id, indexes);
        }
    }

    private byte[] itemData(List<Extent> extents, int constructionMethod, Box idat) throws IOException {
        if (extents == null || extents.isEmpty() || constructionMethod > 1 || (constructionMethod == 1 && idat == null)) {
            return null;
        }
        long base = constructionMethod == 1 ? idat.start : 0;
        long limit = constructionMethod == 1 ? idat.end : source.size();
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        for (Extent extent : extents) {
            long start = base + extent.offset;
            // length 0 means "to the end"
            long length = extent.length == 0 ? limit - start : extent.length;
            if (start < 0 || length < 0 || data.size() + length > MAX_ITEM) {
                broken = true;
                return null;
            }
            if (start + length > limit) {
                truncated = true;
                return null;
            }
            data.writeBytes(source.readFully(start, (int) length));
        }
        return data.toByteArray();
    }

    /** The TIFF inside a HEIF Exif item: a 4-byte offset to the TIFF header comes first. */
    private static byte[] exifTiff(byte[] item) {
        if (item == null || item.length < 8) {
            return null;
        }
        long skip = new BoxBytes(item).u32(0);
        int start = 4 + (int) Math.min(skip, item.length);
        if (start + 6 <= item.length && new String(item, start, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
            start += 6;
        }
        return start + 8 <= item.length ? Arrays.copyOfRange(item, start, item.length) : null;
    }

    // ---------------------------------------------------------------- boxes

    /**
     * The boxes between {@code start} and {@code end}. A box running past the end of the file
     * marks the file truncated; one running past its parent, or too small to be a box, marks it
     * broken and ends the list.
     */
    private List<Box> children(long start, long end, int depth) throws IOException {
        List<Box> boxes = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            broken = true;
            return boxes;
        }
        long pos = start;
        while (end - pos >= 8) {
            BoxBytes header = new BoxBytes(source.readFully(pos, 8));
            long size = header.u32(0);
            String type = header.fourCc(4);
            int headerLength = 8;
            if (size == 1) {
                if (end - pos < 16) {
                    broken = true;
                    break;
                }
                size = new BoxBytes(source.readFully(pos + 8, 8)).u64(0);
                headerLength = 16;
            } else if (size == 0) {
                size = end - pos;
            }
            if (size < headerLength) {
                broken = true;
                break;
            }
            long boxEnd = pos + size;
            if (boxEnd < 0 || boxEnd > end) {
                if (boxEnd < 0 || boxEnd > source.size()) {
                    truncated = true;
                } else {
                    broken = true;
                }
                boxEnd = end;
            }
            boxes.add(new Box(type, pos + headerLength, boxEnd));
            pos = boxEnd;
        }
        return boxes;
    }

    private byte[] payload(Box box) throws IOException {
        if (box.length() > MAX_HEADER_BOX) {
            broken = true;
            return new byte[0];
        }
        return source.readFully(box.start, (int) box.length());
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b & 0xFF));
        }
        return s.toString();
    }

    /**
     * Big-endian fields of one box. Reading past the end gives zeros rather than an exception:
     * a short or damaged box then simply yields no value.
     */
    private static final class BoxBytes {
        private final byte[] bytes;

        BoxBytes(byte[] bytes) {
            this.bytes = bytes;
        }

        int length() {
            return bytes.length;
        }

        int u8(int at) {
            return at >= 0 && at < bytes.length ? bytes[at] & 0xFF : 0;
        }

        int u16(int at) {
            return u8(at) << 8 | u8(at + 1);
        }

        long u32(int at) {
            return (long) u16(at) << 16 | u16(at + 2);
        }

        int s32(int at) {
            return (int) u32(at);
        }

        long u64(int at) {
            return u32(at) << 32 | u32(at + 4);
        }

        long sized(int at, int size) {
            return switch (size) {
                case 4 -> u32(at);
                case 8 -> u64(at);
                case 2 -> u16(at);
                default -> 0;
            };
        }

        String fourCc(int at) {
            if (at < 0 || at + 4 > bytes.length) {
                return "";
            }
            return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
        }

        String text(int at, int length) {
            if (at < 0 || length <= 0 || at >= bytes.length) {
                return "";
            }
            return new String(bytes, at, Math.min(length, bytes.length - at), StandardCharsets.UTF_8);
        }

        int indexOfZero(int from) {
            for (int i = Math.max(0, from); i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
