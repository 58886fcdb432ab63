package id.rakit.evidence.metadata;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.ZoneSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ISO media files built box by box, so every field the reader uses is known. */
class IsoMediaReaderTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final long THREE_GB = 3L << 30;

    @Test
    void movieAfterMediaDataLargerThanFourGigabytesIsFoundWithoutReadingTheMedia() throws IOException {
        Instant created = Instant.parse("2024-09-17T03:15:00Z");
        VirtualFile file = movieAfterHugeMediaData(created, null);

        MediaFacts facts = readVideo(file, "MP4");

        assertThat(facts.problems).isEmpty();
        CaptureTime time = facts.captureTime;
        assertThat(time.source()).isEqualTo("QuickTime.CreateDate");
        assertThat(time.zoneSource()).isEqualTo(ZoneSource.UTC_CONVERTED);
        assertThat(time.instant()).isEqualTo(created);
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 10, 15));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(7));
        assertThat(facts.durationSeconds).isCloseTo(12.345, within(1e-9));
        assertThat(facts.width).isEqualTo(1920);
        assertThat(facts.height).isEqualTo(1080);
        assertThat(facts.rotation).isEqualTo(90);
        assertThat(facts.gps.latitude()).isCloseTo(-6.1754, within(1e-9));
        assertThat(facts.gps.longitude()).isCloseTo(106.8272, within(1e-9));
        assertThat(file.bytesRead).isLessThan(64 * 1024);
    }

    @Test
    void applesCreationDateWinsWithItsOwnOffset() throws IOException {
        VirtualFile file = movieAfterHugeMediaData(Instant.parse("2024-09-17T03:15:00Z"), "2024-09-17T05:15:00+0200");

        MediaFacts facts = readVideo(file, "MOV");

        CaptureTime time = facts.captureTime;
        assertThat(time.source()).isEqualTo("QuickTime.Keys.CreationDate");
        assertThat(time.zoneSource()).isEqualTo(ZoneSource.FILE);
        assertThat(time.offset()).contains(ZoneOffset.ofHours(2));
        assertThat(time.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 5, 15));
        assertThat(time.instant()).isEqualTo(Instant.parse("2024-09-17T03:15:00Z"));
        assertThat(facts.make).isEqualTo("Apple");
        assertThat(facts.cameraMetadata).isTrue();
    }

    @Test
    void zeroMovieDateIsNoDate() throws IOException {
        MediaFacts facts = readVideo(movieAfterHugeMediaData(null, null), "MP4");

        assertThat(facts.captureTime).isNull();
        assertThat(facts.cameraMetadata).isFalse();
    }

    @Test
    void movieCutOffBeforeItsMovieBoxIsTruncated() throws IOException {
        VirtualFile file = new VirtualFile(THREE_GB / 2);
        file.put(0, concat(ftyp("isom"), largeBox("mdat", THREE_GB)));

        MediaFacts facts = new MediaFacts("MP4", MediaType.VIDEO);
        try {
            VideoFormats.read(file, facts, JAKARTA);
            throw new AssertionError("a movie without its movie box must be unreadable");
        } catch (UnreadableFileException e) {
            assertThat(e.problem()).isEqualTo(FileProblem.TRUNCATED);
        }
    }

    @Test
    void heifPrimaryImageSizeRotationAndExif() throws Exception {
        byte[] tiff = tiffOfFixture();
        byte[] exifItem = concat(u32(6), "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
        byte[] meta = fullBox("meta", 0, 0,
                fullBox("hdlr", 0, 0, u32(0), text("pict"), new byte[13]),
                fullBox("pitm", 0, 0, u16(1)),
                fullBox("iinf", 0, 0, u16(2),
                        fullBox("infe", 2, 0, u16(1), u16(0), text("hvc1"), text("\0")),
                        fullBox("infe", 2, 0, u16(2), u16(0), text("Exif"), text("\0"))),
                box("iprp",
                        box("ipco",
                                // a thumbnail's size, not associated with the primary image
                                fullBox("ispe", 0, 0, u32(640), u32(480)),
                                box("ispe", u32(0), u32(4032), u32(3024)),
                                box("irot", new byte[]{1})),
                        fullBox("ipma", 0, 0, u32(1), u16(1), new byte[]{2, (byte) 0x82, 3})));
        byte[] ftyp = ftyp("heic");
        // the item location points past ftyp and meta into mdat; its own size does not depend on the offset
        byte[] metaSized = insertChild(meta, itemLocation(0, exifItem.length));
        long exifOffset = ftyp.length + metaSized.length + 8;
        byte[] content = concat(ftyp, insertChild(meta, itemLocation(exifOffset, exifItem.length)), box("mdat", exifItem));

        MediaFacts facts = new MediaFacts("HEIC", MediaType.PHOTO);
        PhotoTags photo = new PhotoTags();
        PhotoFormats.read(ByteSource.of(content), "heic", photo, facts);
        photo.fillInto(facts, JAKARTA);

        assertThat(facts.problems).isEmpty();
        assertThat(facts.width).isEqualTo(4032);
        assertThat(facts.height).isEqualTo(3024);
        // irot 1 is a quarter turn anticlockwise
        assertThat(facts.rotation).isEqualTo(270);
        assertThat(facts.captureTime.local()).isEqualTo(LocalDateTime.of(2024, 9, 17, 8, 30, 15, 123_000_000));
        assertThat(facts.captureTime.offset()).contains(ZoneOffset.ofHours(8));
        assertThat(facts.make).isEqualTo("Rakit");
    }

    /** iloc version 0 with 4-byte offsets and lengths: item 2 in one extent. */
    private static byte[] itemLocation(long offset, long length) {
        return fullBox("iloc", 0, 0, new byte[]{0x44, 0x00}, u16(1), u16(2), u16(0), u16(1), u32(offset), u32(length));
    }

    @Test
    @Timeout(60) // a hang guard: believing the counts loops four billion times
    void itemCountsLargerThanTheirBoxAreNotBelieved() throws Exception {
        byte[] meta = fullBox("meta", 0, 0,
                fullBox("hdlr", 0, 0, u32(0), text("pict"), new byte[13]),
                fullBox("pitm", 0, 0, u16(1)),
                fullBox("iloc", 2, 0, new byte[]{0x44, 0x00}, u32(0xFFFFFFFFL)),
                box("iprp", box("ipco", fullBox("ispe", 0, 0, u32(64), u32(48))),
                        fullBox("ipma", 0, 0, u32(0xFFFFFFFFL), u16(1), new byte[]{1, 1})));
        byte[] content = concat(ftyp("heic"), meta);

        MediaFacts facts = new MediaFacts("HEIC", MediaType.PHOTO);
        PhotoTags photo = new PhotoTags();
        PhotoFormats.read(ByteSource.of(content), "heic", photo, facts);

        assertThat(facts.width).isEqualTo(64);
        assertThat(facts.height).isEqualTo(48);
    }

    private static MediaFacts readVideo(VirtualFile file, String format) throws IOException {
        MediaFacts facts = new MediaFacts(format, MediaType.VIDEO);
        try {
            VideoFormats.read(file, facts, JAKARTA);
        } catch (UnreadableFileException e) {
            throw new AssertionError(e.problem() + ": " + e.getMessage());
        }
        return facts;
    }

    /** ftyp, a 3 GB mdat (64-bit size), then the moov: a layout cameras write for long clips. */
    private static VirtualFile movieAfterHugeMediaData(Instant created, String appleDate) {
        long seconds = created == null ? 0 : Duration.between(Instant.parse("1904-01-01T00:00:00Z"), created).getSeconds();
        byte[] mvhd = fullBox("mvhd", 1, 0, u64(seconds), u64(seconds), u32(1000), u64(12_345), new byte[80]);
        // a quarter turn clockwise: a=0, b=1, c=-1, d=0 in 16.16
        byte[] matrix = concat(u32(0), u32(0x10000), u32(0), u32(-0x10000), u32(0), u32(0), u32(0), u32(0),
                u32(0x40000000));
        byte[] tkhd = fullBox("tkhd", 0, 7, new byte[20], new byte[16], matrix, u32(1920 << 16), u32(1080 << 16));
        byte[] stsd = fullBox("stsd", 0, 0, u32(1), box("avc1", new byte[6], u16(1), new byte[16], u16(1920),
                u16(1080), new byte[50]));
        byte[] trak = box("trak", tkhd, box("mdia",
                fullBox("hdlr", 0, 0, u32(0), text("vide"), new byte[13]),
                box("minf", fullBox("hdlr", 0, 0, text("dhlr"), text("alis"), new byte[13]), box("stbl", stsd))));
        byte[] udta = box("udta", box("\u00A9xyz", u16(18), u16(0x15C7), text("-06.1754+106.8272/")));
        byte[] moov = appleDate == null ? box("moov", mvhd, trak, udta) : box("moov", mvhd, trak, udta, box("meta",
                fullBox("hdlr", 0, 0, u32(0), text("mdta"), new byte[13]),
                fullBox("keys", 0, 0, u32(2), key("com.apple.quicktime.creationdate"), key("com.apple.quicktime.make")),
                box("ilst",
                        box(new String(u32(1), StandardCharsets.ISO_8859_1), box("data", u32(1), u32(0), text(appleDate))),
                        box(new String(u32(2), StandardCharsets.ISO_8859_1), box("data", u32(1), u32(0), text("Apple"))))));
        byte[] start = concat(ftyp("mp42"), largeBox("mdat", THREE_GB));
        VirtualFile file = new VirtualFile(start.length - 16 + THREE_GB + moov.length);
        file.put(0, start);
        file.put(start.length - 16 + THREE_GB, moov);
        return file;
    }

    private static byte[] key(String name) {
        return concat(u32(8 + name.length()), text("mdta"), text(name));
    }

    private static byte[] tiffOfFixture() throws IOException {
        byte[] jpeg = Files.readAllBytes(MetadataReaderTest.fixture("dto-subsec-offset.jpg"));
        byte[] marker = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 4; i < jpeg.length - marker.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(jpeg, i, i + marker.length), marker)) {
                int segmentLength = (jpeg[i - 2] & 0xFF) << 8 | jpeg[i - 1] & 0xFF;
                return Arrays.copyOfRange(jpeg, i + marker.length, i - 2 + segmentLength);
            }
        }
        throw new IllegalStateException("fixture without EXIF");
    }

    private static byte[] insertChild(byte[] fullBox, byte[] child) {
        byte[] content = concat(Arrays.copyOfRange(fullBox, 8, fullBox.length), child);
        return box(new String(fullBox, 4, 4, StandardCharsets.ISO_8859_1), content);
    }

    private static byte[] ftyp(String brand) {
        return box("ftyp", text(brand), u32(0), text(brand), text("isom"));
    }

    private static byte[] largeBox(String type, long totalSize) {
        return concat(u32(1), text(type), u64(totalSize));
    }

    private static byte[] box(String type, byte[]... content) {
        byte[] body = concat(content);
        return concat(u32(8 + body.length), type.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] fullBox(String type, int version, int flags, byte[]... content) {
        return box(type, concat(u32(version << 24 | flags), concat(content)));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] u16(int v) {
        return new byte[]{(byte) (v >> 8), (byte) v};
    }

    private static byte[] u32(long v) {
        return ByteBuffer.allocate(4).putInt((int) v).array();
    }

    private static byte[] u64(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A file of any size that is zeros except where bytes are put, counting what is read. */
    private static final class VirtualFile extends ByteSource {
        private final long size;
        private final TreeMap<Long, byte[]> parts = new TreeMap<>();
        long bytesRead;

        VirtualFile(long size) {
            this.size = size;
        }

        void put(long offset, byte[] bytes) {
            parts.put(offset, bytes);
        }

        @Override
        long size() {
            return size;
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) {
            if (pos >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - pos);
            Arrays.fill(dst, off, off + n, (byte) 0);
            for (Map.Entry<Long, byte[]> part : parts.entrySet()) {
                long start = Math.max(pos, part.getKey());
                long end = Math.min(pos + n, part.getKey() + part.getValue().length);
                if (start < end) {
                    System.arraycopy(part.getValue(), (int) (start - part.getKey()), dst, off + (int) (start - pos),
                            (int) (end - start));
                }
            }
            bytesRead += n;
            return n;
        }

        @Override
        IOException storageFailure() {
            return null;
        }
    }
}
