package id.rakit.evidence.metadata;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.imaging.tiff.TiffReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.KeyValuePair;
import com.drew.lang.StreamReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifTiffHandler;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.exif.PanasonicRawIFD0Directory;
import com.drew.metadata.exif.makernotes.CanonMakernoteDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import com.drew.metadata.xmp.XmpReader;
import id.rakit.evidence.FileProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Finds the EXIF, XMP and IPTC of each photo format and the image's stored pixel size. */
final class PhotoFormats {

    private static final List<JpegSegmentType> JPEG_SEGMENTS = new ArrayList<>();

    static {
        JPEG_SEGMENTS.add(JpegSegmentType.APP1);
        JPEG_SEGMENTS.add(JpegSegmentType.APPD);
        new JpegReader().getSegmentTypes().forEach(JPEG_SEGMENTS::add);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PhotoFormats.class);
    private static final int DNG_VERSION = 0xC612;
    private static final java.util.Set<String> PNG_METADATA_CHUNKS = java.util.Set.of("IHDR", "eXIf", "tEXt",
            "zTXt", "iTXt");
    private static final int MAX_PNG_METADATA = 16 << 20;
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private PhotoFormats() {
    }

    /** Reads a photo; the format may be refined (a TIFF container turns out to be a DNG). */
    static void read(ByteSource source, String extension, PhotoTags photo, MediaFacts out)
            throws IOException, ImageProcessingException, UnreadableFileException {
        switch (out.format) {
            case "JPEG" -> jpeg(source, photo, out);
            case "PNG" -> png(source, photo, out);
            case "WEBP" -> webp(source, photo, out);
            case "RAF" -> raf(source, photo, out);
            case "X3F" -> x3f(source, photo, out);
            case "HEIC", "HEIF" -> heif(source, photo, out);
            case "CR3" -> cr3(source, photo, out);
            default -> tiff(source, extension, photo, out);
        }
    }

    /**
     * JPEG: only the segments before the image data, and of those only EXIF/XMP (APP1), IPTC
     * (APP13) and the frame header with the real pixel size.
     */
    static void jpeg(ByteSource source, PhotoTags photo, MediaFacts out)
            throws IOException, ImageProcessingException, UnreadableFileException {
        SourceStream in = new SourceStream(source);
        JpegSegmentData segments;
        try {
            segments = JpegSegmentReader.readSegments(new StreamReader(in), JPEG_SEGMENTS);
        } catch (EOFException e) {
            throw new UnreadableFileException(FileProblem.TRUNCATED, "JPEG ends before its image data");
        }
        // the segment reader returns quietly when it cannot skip a segment
        if (in.hitEnd()) {
            throw new UnreadableFileException(FileProblem.TRUNCATED, "JPEG ends before its image data");
        }
        Iterable<byte[]> app1 = segments.getSegments(JpegSegmentType.APP1);
        // a class, not a lambda, on the path every JPEG takes: a lambda's class is generated at first use
        keepingWhatWasRead(out, new TagParse() {
            @Override
            public void run() {
                for (byte[] segment : app1) {
                    if (ExifReader.startsWithJpegExifPreamble(segment)) {
                        ExifHandler.read(new ByteArrayReader(segment), ExifReader.JPEG_SEGMENT_PREAMBLE.length(),
                                photo.tags, true);
                    }
                }
            }
        });
        JpegReader frameReader = new JpegReader();
        for (JpegSegmentType type : frameReader.getSegmentTypes()) {
            frameReader.readJpegSegments(segments.getSegments(type), photo.tags, type);
        }
        JpegDirectory frame = photo.tags.getFirstDirectoryOfType(JpegDirectory.class);
        if (frame != null) {
            out.dimensions(longOf(frame, JpegDirectory.TAG_IMAGE_WIDTH), longOf(frame, JpegDirectory.TAG_IMAGE_HEIGHT));
        }
        Iterable<byte[]> app13 = segments.getSegments(JpegSegmentType.APPD);
        photo.parseLater(new Consumer<Metadata>() {
            @Override
            public void accept(Metadata tags) {
                new XmpReader().readJpegSegments(app1, tags, JpegSegmentType.APP1);
                new PhotoshopReader().readJpegSegments(app13, tags, JpegSegmentType.APPD);
            }
        });
    }

    /** TIFF and the raw formats that are TIFF inside (CR2, NEF, ARW, DNG, ORF, RW2...). */
    private static void tiff(ByteSource source, String extension, PhotoTags photo, MediaFacts out)
            throws IOException, TiffProcessingException, UnreadableFileException {
        keepingWhatWasRead(out, () -> ExifHandler.read(new SourceTiffReader(source), 0, photo.tags));
        Directory ifd0 = photo.tags.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Directory panasonic = photo.tags.getFirstDirectoryOfType(PanasonicRawIFD0Directory.class);
        if (ifd0 == null && panasonic == null) {
            byte[] header = source.readAtMost(0, 8);
            ByteBuffer b = ByteBuffer.wrap(header).order(header[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            boolean pastEnd = header.length == 8 && Integer.toUnsignedLong(b.getInt(4)) >= source.size();
            throw new UnreadableFileException(pastEnd ? FileProblem.TRUNCATED : FileProblem.CORRUPT, "no TIFF IFD0");
        }
        if (out.format.equals(ContentFormat.TIFF)) {
            out.format = ContentFormat.tiffFlavour(extension);
            if (out.format.equals(ContentFormat.TIFF) && ifd0 != null && ifd0.containsTag(DNG_VERSION)) {
                out.format = "DNG";
            }
        }
        // the largest image any IFD declares is the main (raw) image; the others are previews
        long bestWidth = 0;
        long bestHeight = 0;
        for (Directory directory : photo.tags.getDirectories()) {
            if (directory instanceof ExifDirectoryBase && !(directory instanceof GpsDirectory)) {
                long w = longOf(directory, ExifDirectoryBase.TAG_IMAGE_WIDTH);
                long h = longOf(directory, ExifDirectoryBase.TAG_IMAGE_HEIGHT);
                if (w * h > bestWidth * bestHeight) {
                    bestWidth = w;
                    bestHeight = h;
                }
            }
        }
        if (bestWidth == 0 && panasonic != null) {
            bestWidth = longOf(panasonic, PanasonicRawIFD0Directory.TagSensorWidth);
            bestHeight = longOf(panasonic, PanasonicRawIFD0Directory.TagSensorHeight);
        }
        out.dimensions(bestWidth, bestHeight);
    }

    /**
     * PNG: our own walk over the chunks finds the metadata ones without touching the image data
     * and survives a damaged chunk after them; metadata-extractor then parses those chunks.
     */
    private static void png(ByteSource source, PhotoTags photo, MediaFacts out) throws IOException,
            ImageProcessingException, UnreadableFileException {
        byte[] signature = source.readAtMost(0, 8);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        kept.writeBytes(signature);
        FileProblem damage = null;
        long pos = 8;
        boolean first = true;
        while (true) {
            if (pos + 12 > source.size()) {
                damage = FileProblem.TRUNCATED;
                break;
            }
            ByteBuffer header = ByteBuffer.wrap(source.readFully(pos, 8));
            long length = Integer.toUnsignedLong(header.getInt(0));
            String type = new String(source.readFully(pos + 4, 4), StandardCharsets.ISO_8859_1);
            if (!type.matches("[A-Za-z]{4}")) {
                damage = FileProblem.CORRUPT;
                break;
            }
            if (first != type.equals("IHDR")) {
                throw new UnreadableFileException(FileProblem.CORRUPT, "PNG does not start with IHDR");
            }
            first = false;
            if (pos + 12 + length > source.size()) {
                damage = FileProblem.TRUNCATED;
                break;
            }
            if (type.equals("IEND")) {
                break;
            }
            if (PNG_METADATA_CHUNKS.contains(type) && kept.size() + length < MAX_PNG_METADATA) {
                kept.writeBytes(source.readFully(pos, (int) length + 12));
            }
            pos += 12 + length;
        }
        if (first) {
            throw new UnreadableFileException(damage == null ? FileProblem.CORRUPT : damage, "PNG without header");
        }
        if (damage != null) {
            out.problems.add(damage);
        }
        kept.writeBytes(PNG_END);
        Metadata png = PngMetadataReader.readMetadata(new java.io.ByteArrayInputStream(kept.toByteArray()));
        png.getDirectories().forEach(photo.tags::addDirectory);
        for (PngDirectory directory : png.getDirectoriesOfType(PngDirectory.class)) {
            if (directory.containsTag(PngDirectory.TAG_IMAGE_WIDTH)) {
                out.dimensions(longOf(directory, PngDirectory.TAG_IMAGE_WIDTH),
                        longOf(directory, PngDirectory.TAG_IMAGE_HEIGHT));
            }
            rawProfileExif(directory, photo);
        }
    }

    /**
     * EXIF that ImageMagick and older ExifTool put in a PNG text chunk as hex ("Raw profile type
     * exif"), which metadata-extractor leaves as text.
     */
    private static void rawProfileExif(PngDirectory directory, PhotoTags photo) {
        Object text = directory.getObject(PngDirectory.TAG_TEXTUAL_DATA);
        if (!(text instanceof List<?> pairs)) {
            return;
        }
        for (Object pair : pairs) {
            if (pair instanceof KeyValuePair kv && (kv.getKey().equals("Raw profile type exif")
                    || kv.getKey().equals("Raw profile type APP1"))) {
                byte[] bytes = hexProfile(kv.getValue().toString());
                if (bytes != null) {
                    int start = bytes.length > 6 && new String(bytes, 0, 6, StandardCharsets.ISO_8859_1)
                            .equals("Exif\0\0") ? 6 : 0;
                    ExifHandler.read(new ByteArrayReader(bytes, start), 0, photo.tags);
                }
            }
        }
    }

    /** "\nexif\n    1234\n4578696600..." : a name, a length, then hex digits over many lines. */
    private static byte[] hexProfile(String text) {
        String[] lines = text.strip().split("\\s+", 3);
        if (lines.length < 3) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int high = -1;
        for (char c : lines[2].toCharArray()) {
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                continue;
            }
            if (high < 0) {
                high = digit;
            } else {
                bytes.write(high << 4 | digit);
                high = -1;
            }
        }
        return bytes.size() > 8 ? bytes.toByteArray() : null;
    }

    private static void webp(ByteSource source, PhotoTags photo, MediaFacts out) throws IOException,
            ImageProcessingException, UnreadableFileException {
        Metadata webp = WebpMetadataReader.readMetadata(new SourceStream(source));
        webp.getDirectories().forEach(photo.tags::addDirectory);
        WebpDirectory directory = webp.getFirstDirectoryOfType(WebpDirectory.class);
        if (directory == null || !directory.containsTag(WebpDirectory.TAG_IMAGE_WIDTH)) {
            throw new UnreadableFileException(riffCut(source) ? FileProblem.TRUNCATED : FileProblem.CORRUPT,
                    "no WebP image header");
        }
        out.dimensions(longOf(directory, WebpDirectory.TAG_IMAGE_WIDTH), longOf(directory, WebpDirectory.TAG_IMAGE_HEIGHT));
        if (riffCut(source)) {
            out.problems.add(FileProblem.TRUNCATED);
        }
    }

    /** Whether a RIFF file (WebP, AVI) is shorter than its own header says. */
    static boolean riffCut(ByteSource source) throws IOException {
        byte[] header = source.readAtMost(0, 8);
        if (header.length < 8) {
            return true;
        }
        long declared = Integer.toUnsignedLong(ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
        return declared + 8 > source.size();
    }

    /** Fujifilm RAF: the metadata lives in the JPEG preview whose place the header gives. */
    private static void raf(ByteSource source, PhotoTags photo, MediaFacts out)
            throws IOException, ImageProcessingException, UnreadableFileException {
        ByteBuffer header = ByteBuffer.wrap(source.readAtMost(0, 108));
        if (header.limit() < 108) {
            throw new UnreadableFileException(FileProblem.TRUNCATED, "RAF header cut");
        }
        long jpegOffset = Integer.toUnsignedLong(header.getInt(84));
        long jpegLength = Integer.toUnsignedLong(header.getInt(88));
        if (jpegOffset < 108 || jpegLength == 0) {
            throw new UnreadableFileException(FileProblem.CORRUPT, "RAF without JPEG preview");
        }
        if (jpegOffset + jpegLength > source.size()) {
            throw new UnreadableFileException(FileProblem.TRUNCATED, "RAF preview past the end");
        }
        jpeg(source.slice(jpegOffset, jpegLength), photo, out);
        out.width = null;
        out.height = null;
        rafRawSize(source, Integer.toUnsignedLong(header.getInt(92)), Integer.toUnsignedLong(header.getInt(96)), out);
    }

    /** The raw image's full size, tag 0x100 of the RAF directory (height, then width). */
    private static void rafRawSize(ByteSource source, long offset, long length, MediaFacts out) throws IOException {
        if (offset == 0 || length < 4 || offset + length > source.size() || length > 1 << 20) {
            return;
        }
        ByteBuffer dir = ByteBuffer.wrap(source.readFully(offset, (int) length));
        long count = Integer.toUnsignedLong(dir.getInt(0));
        int at = 4;
        for (long i = 0; i < count && at + 4 <= dir.limit(); i++) {
            int tag = dir.getShort(at) & 0xFFFF;
            int size = dir.getShort(at + 2) & 0xFFFF;
            if (tag == 0x100 && size >= 4 && at + 8 <= dir.limit()) {
                out.dimensions(dir.getShort(at + 6) & 0xFFFF, dir.getShort(at + 4) & 0xFFFF);
                return;
            }
            at += 4 + size;
        }
    }

    /**
     * Sigma X3F: the header gives the raw size; the directory at the end of the file lists
     * sections, one of which is a JPEG preview carrying the EXIF.
     */
    private static void x3f(ByteSource source, PhotoTags photo, MediaFacts out)
            throws IOException, ImageProcessingException, UnreadableFileException {
        ByteBuffer header = ByteBuffer.wrap(source.readAtMost(0, 40)).order(ByteOrder.LITTLE_ENDIAN);
        if (header.limit() < 40 || source.size() < 48) {
            throw new UnreadableFileException(FileProblem.TRUNCATED, "X3F header cut");
        }
        long directoryOffset = Integer.toUnsignedLong(ByteBuffer.wrap(source.readFully(source.size() - 4, 4))
                .order(ByteOrder.LITTLE_ENDIAN).getInt());
        if (directoryOffset + 12 > source.size()) {
            throw new UnreadableFileException(FileProblem.CORRUPT, "X3F directory missing");
        }
        ByteBuffer directory = ByteBuffer.wrap(source.readFully(directoryOffset, 12)).order(ByteOrder.LITTLE_ENDIAN);
        if (directory.getInt(0) != 0x64434553) { // "SECd"
            throw new UnreadableFileException(FileProblem.CORRUPT, "X3F directory missing");
        }
        long entries = Math.min(Integer.toUnsignedLong(directory.getInt(8)), 1000);
        for (long i = 0; i < entries; i++) {
            long at = directoryOffset + 12 + i * 12;
            if (at + 12 > source.size()) {
                break;
            }
            ByteBuffer entry = ByteBuffer.wrap(source.readFully(at, 12)).order(ByteOrder.LITTLE_ENDIAN);
            long offset = Integer.toUnsignedLong(entry.getInt(0));
            long length = Integer.toUnsignedLong(entry.getInt(4));
            String type = new String(source.readFully(at + 8, 4), StandardCharsets.ISO_8859_1);
            if ((type.equals("IMA2") || type.equals("IMAG")) && length > 28 && offset + length <= source.size()) {
                ByteBuffer image = ByteBuffer.wrap(source.readFully(offset, 28)).order(ByteOrder.LITTLE_ENDIAN);
                boolean jpegPreview = image.getInt(0) == 0x69434553 && image.getInt(12) == 18; // "SECi", JPEG
                if (jpegPreview) {
                    jpeg(source.slice(offset + 28, length - 28), photo, out);
                    break;
                }
            }
        }
        out.width = null;
        out.height = null;
        out.dimensions(Integer.toUnsignedLong(header.getInt(28)), Integer.toUnsignedLong(header.getInt(32)));
    }

    private static void heif(ByteSource source, PhotoTags photo, MediaFacts out)
            throws IOException, TiffProcessingException, UnreadableFileException {
        IsoMediaReader iso = new IsoMediaReader(source);
        iso.read();
        FileProblem damage = iso.damage();
        boolean nothingFound = iso.primaryWidth == 0 && iso.exif == null;
        if (!iso.foundImageMeta || damage != null && nothingFound) {
            throw new UnreadableFileException(damage == null ? FileProblem.CORRUPT : damage, "HEIF without item metadata");
        }
        if (damage != null) {
            out.problems.add(damage);
        }
        byte[] exif = iso.exif;
        if (exif != null) {
            keepingWhatWasRead(out, () -> ExifHandler.read(new ByteArrayReader(exif), 0, photo.tags, true));
        }
        byte[] xmp = iso.xmp;
        if (xmp != null) {
            photo.parseLater(tags -> new XmpReader().extract(xmp, tags));
        }
        out.dimensions(iso.primaryWidth, iso.primaryHeight);
        out.rotation = iso.primaryRotation;
    }

    /**
     * Canon CR3: an ISO media file whose Canon box holds the EXIF as four small TIFFs. Each is
     * read into the directory it stands for; the largest track gives the raw size.
     */
    private static void cr3(ByteSource source, PhotoTags photo, MediaFacts out)
            throws IOException, ImageProcessingException, UnreadableFileException {
        IsoMediaReader iso = new IsoMediaReader(source);
        iso.read();
        FileProblem damage = iso.damage();
        if (!iso.foundMovie) {
            throw new UnreadableFileException(damage == null ? FileProblem.CORRUPT : damage, "CR3 without movie box");
        }
        if (damage != null) {
            out.problems.add(damage);
        }
        List<Class<? extends Directory>> meaning = List.of(ExifIFD0Directory.class, ExifSubIFDDirectory.class,
                CanonMakernoteDirectory.class, GpsDirectory.class);
        for (int i = 0; i < 4; i++) {
            byte[] tiff = iso.canonTiffs[i];
            Class<? extends Directory> directory = meaning.get(i);
            if (tiff != null && tiff.length > 8) {
                keepingWhatWasRead(out, () -> new TiffReader().processTiff(new ByteArrayReader(tiff),
                        new SingleIfdHandler(photo.tags, directory), 0));
            }
        }
        long bestWidth = 0;
        long bestHeight = 0;
        for (IsoMediaReader.Track track : iso.tracks) {
            if (track.width() * track.height() > bestWidth * bestHeight) {
                bestWidth = track.width();
                bestHeight = track.height();
            }
        }
        out.dimensions(bestWidth, bestHeight);
    }

    private interface TagParse {
        void run() throws IOException, TiffProcessingException;
    }

    /**
     * metadata-extractor can throw on a damaged maker note or property list after it has read
     * the main tags; those are kept and the file is marked damaged.
     */
    private static void keepingWhatWasRead(MediaFacts out, TagParse parse) throws IOException, TiffProcessingException {
        try {
            parse.run();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("Tag parsing stopped early", e);
            if (!out.problems.contains(FileProblem.CORRUPT)) {
                out.problems.add(FileProblem.CORRUPT);
            }
        }
    }

    /** Reads a TIFF whose first IFD is not IFD0 but the directory given (as in CR3's CMT boxes). */
    private static final class SingleIfdHandler extends ExifTiffHandler {
        private final Class<? extends Directory> first;

        SingleIfdHandler(Metadata metadata, Class<? extends Directory> first) {
            super(metadata, null, 0);
            this.first = first;
        }

        @Override
        public void setTiffMarker(int marker) throws TiffProcessingException {
            if (marker != 0x2A) {
                throw new TiffProcessingException(String.format(Locale.ROOT, "Unexpected TIFF marker: 0x%X", marker));
            }
            pushDirectory(first);
        }
    }

    static long longOf(Directory directory, int tag) {
        Long value = directory.getLongObject(tag);
        return value == null ? 0 : value;
    }
}
