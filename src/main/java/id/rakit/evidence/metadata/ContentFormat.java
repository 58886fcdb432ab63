package id.rakit.evidence.metadata;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import id.rakit.evidence.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a file is by its first bytes, whether Rakit takes it as a photo or a video, and which
 * name extensions fit it. Formats are upper-case names such as {@code JPEG}, {@code HEIC},
 * {@code MP4}.
 */
final class ContentFormat {

    static final String UNKNOWN = "UNKNOWN";
    static final String TIFF = "TIFF";

    private static final Set<String> PHOTOS = Set.of("JPEG", "PNG", "WEBP", "HEIC", "HEIF", TIFF, "DNG",
            "CR2", "CR3", "NEF", "NRW", "ARW", "SR2", "SRF", "ORF", "RW2", "RAF", "PEF", "SRW", "KDC", "DCR",
            "K25", "3FR", "GPR", "ERF", "MEF", "MOS", "IIQ", "RWL", "FFF", "X3F");
    private static final Set<String> VIDEOS = Set.of("MOV", "MP4", "M4V", "3GP", "AVI");

    /**
     * Raw formats that are plain TIFF inside: the bytes cannot tell a NEF from a TIFF, so a TIFF
     * named like one of these is taken as that raw format (as metadata-extractor does).
     */
    private static final Set<String> TIFF_RAW_EXTENSIONS = Set.of("nef", "nrw", "arw", "sr2", "srf", "dng",
            "gpr", "pef", "srw", "kdc", "dcr", "k25", "3fr", "erf", "mef", "mos", "iiq", "rwl", "fff");

    // QuickTime, MP4, M4V and 3GP are one container; players do not care which name it wears
    private static final Set<String> ISO_VIDEO_EXTENSIONS = Set.of("mov", "qt", "mp4", "m4v", "3gp", "3g2",
            "3gpp", "3gpp2");
    private static final Set<String> HEIF_EXTENSIONS = Set.of("heic", "heif", "hif", "heics", "heifs");

    private static final Map<String, Set<String>> EXTENSIONS = new HashMap<>();
    private static final Set<String> QUICKTIME_FIRST_BOXES = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");

    static {
        EXTENSIONS.put("JPEG", Set.of("jpg", "jpeg", "jpe", "jfif", "jif", "thm"));
        EXTENSIONS.put("PNG", Set.of("png"));
        EXTENSIONS.put("WEBP", Set.of("webp"));
        EXTENSIONS.put("HEIC", HEIF_EXTENSIONS);
        EXTENSIONS.put("HEIF", HEIF_EXTENSIONS);
        EXTENSIONS.put("CR2", Set.of("cr2"));
        EXTENSIONS.put("CR3", Set.of("cr3"));
        EXTENSIONS.put("ORF", Set.of("orf", "ori"));
        EXTENSIONS.put("RW2", Set.of("rw2", "rwl", "raw"));
        EXTENSIONS.put("RAF", Set.of("raf"));
        EXTENSIONS.put("X3F", Set.of("x3f"));
        for (String video : Set.of("MOV", "MP4", "M4V", "3GP")) {
            EXTENSIONS.put(video, ISO_VIDEO_EXTENSIONS);
        }
        EXTENSIONS.put("AVI", Set.of("avi"));
        EXTENSIONS.put("GIF", Set.of("gif"));
        EXTENSIONS.put("BMP", Set.of("bmp", "dib"));
        EXTENSIONS.put("PSD", Set.of("psd", "psb"));
        EXTENSIONS.put("ICO", Set.of("ico", "cur"));
        EXTENSIONS.put("PCX", Set.of("pcx"));
        EXTENSIONS.put("AVIF", Set.of("avif"));
        EXTENSIONS.put("CRW", Set.of("crw"));
        EXTENSIONS.put("MKV", Set.of("mkv", "mka", "mk3d"));
        EXTENSIONS.put("WEBM", Set.of("webm"));
        EXTENSIONS.put("MPEG", Set.of("mpg", "mpeg", "mpe", "m2v", "vob", "mod"));
        EXTENSIONS.put("M2TS", Set.of("m2ts", "mts"));
        EXTENSIONS.put("MPEG-TS", Set.of("ts", "mts"));
        EXTENSIONS.put("ASF", Set.of("asf", "wmv", "wma"));
        EXTENSIONS.put("WAV", Set.of("wav"));
        EXTENSIONS.put("MP3", Set.of("mp3"));
        EXTENSIONS.put("PDF", Set.of("pdf"));
        EXTENSIONS.put("ZIP", Set.of("zip"));
    }

    private ContentFormat() {
    }

    static MediaType kindOf(String format) {
        if (PHOTOS.contains(format)) {
            return MediaType.PHOTO;
        }
        return VIDEOS.contains(format) ? MediaType.VIDEO : MediaType.UNSUPPORTED;
    }

    /** Whether a file of this content may carry this name extension without a warning. */
    static boolean extensionFits(String format, String extension) {
        if (extension.isEmpty()) {
            return true;
        }
        if (format.equals(TIFF) || TIFF_RAW_EXTENSIONS.contains(format.toLowerCase(Locale.ROOT))) {
            return extension.equals("tif") || extension.equals("tiff") || TIFF_RAW_EXTENSIONS.contains(extension);
        }
        Set<String> fitting = EXTENSIONS.get(format);
        // a format without a known name list cannot be judged
        return fitting == null || fitting.contains(extension);
    }

    /** Whether the name says "photo or video": such a file with unrecognisable bytes is damaged. */
    static boolean isMediaExtension(String extension) {
        // ".raw" is also Kyocera's, Leica's and Contax's name for raw formats Rakit cannot read
        if (extension.equals("raw")) {
            return false;
        }
        if (TIFF_RAW_EXTENSIONS.contains(extension) || extension.equals("tif") || extension.equals("tiff")) {
            return true;
        }
        for (String format : PHOTOS) {
            if (EXTENSIONS.getOrDefault(format, Set.of()).contains(extension)) {
                return true;
            }
        }
        for (String format : VIDEOS) {
            if (EXTENSIONS.get(format).contains(extension)) {
                return true;
            }
        }
        return false;
    }

    /** The raw format a TIFF container is, by its name, or TIFF. */
    static String tiffFlavour(String extension) {
        return TIFF_RAW_EXTENSIONS.contains(extension) ? extension.toUpperCase(Locale.ROOT) : TIFF;
    }

    /** The lower-case extension of a file name, or "" when it has none. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The format of a file from its first bytes (a few KB are plenty). */
    static String detect(byte[] head) {
        String iso = isoMediaFormat(head);
        if (iso != null) {
            return iso;
        }
        if (startsWith(head, 0, "FOVb")) {
            return "X3F";
        }
        // what the detector below says for every start of FF D8, without setting it up: nearly every photo
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            return "JPEG";
        }
        FileType type;
        try {
            type = FileTypeDetector.detectFileType(new ByteArrayInputStream(head));
        } catch (IOException e) {
            type = FileType.Unknown;
        }
        switch (type) {
            case Jpeg:
                return "JPEG";
            case Tiff:
                return TIFF;
            case WebP:
                return "WEBP";
            case Vob:
                return "MPEG";
            case Unknown:
                return otherFormat(head);
            default:
                return type.getName().toUpperCase(Locale.ROOT);
        }
    }

    /** QuickTime and ISO base media files, told apart by their brand as ExifTool does. */
    private static String isoMediaFormat(byte[] head) {
        if (head.length < 12) {
            return null;
        }
        String boxType = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        if (boxType.equals("ftyp")) {
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            switch (brand) {
                case "heic": case "heix": case "heim": case "heis": case "hevc": case "hevx": case "hevm":
                case "hevs":
                    return "HEIC";
                case "mif1": case "msf1": case "mif2":
                    return "HEIF";
                case "avif": case "avis":
                    return "AVIF";
                case "crx ":
                    return "CR3";
                case "qt  ":
                    return "MOV";
                case "M4V ": case "M4VH": case "M4VP":
                    return "M4V";
                case "M4A ": case "M4B ": case "M4P ":
                    return "M4A";
                default:
                    return brand.startsWith("3g") ? "3GP" : "MP4";
            }
        }
        // classic QuickTime files may start straight with a movie, media or padding atom
        if (QUICKTIME_FIRST_BOXES.contains(boxType)) {
            return "MOV";
        }
        return null;
    }

    private static String otherFormat(byte[] head) {
        if (startsWith(head, 0, "\u001A\u0045\u00DF\u00A3")) {
            String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
            return start.contains("webm") ? "WEBM" : "MKV";
        }
        if (startsWith(head, 0, "\u0000\u0000\u0001\u00B3")) {
            return "MPEG";
        }
        if (head.length > 196 && head[4] == 0x47 && head[196] == 0x47) {
            return "M2TS";
        }
        if (head.length > 188 && head[0] == 0x47 && head[188] == 0x47) {
            return "MPEG-TS";
        }
        if (startsWith(head, 0, "II+\u0000") || startsWith(head, 0, "MM\u0000+")) {
            return "BIGTIFF";
        }
        if (startsWith(head, 4, "jP  ")) {
            return "JP2";
        }
        if (startsWith(head, 0, "\u00FF\n") || startsWith(head, 4, "JXL ")) {
            return "JXL";
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] bytes, int at, String latin1) {
        if (bytes.length < at + latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((bytes[at + i] & 0xFF) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
