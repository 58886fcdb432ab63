package id.rakit.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Names that are safe on Windows as well as Linux, for folders and files a title or an original
 * file name shapes: no reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or
 * without an extension), no trailing dots or spaces, no path separators, {@code ..} or characters
 * Windows refuses, and paths within Windows' limit of 260 characters.
 */
public final class SafeNames {

    /** Windows' MAX_PATH counts the terminating NUL: 259 characters are left for the path itself. */
    public static final int MAX_PATH = 259;
    /** A title gives at most this much of the folder name. */
    static final int MAX_SLUG = 60;
    /** Shorter than this and a title's words are no longer recognisable; the path is too deep. */
    static final int MIN_SLUG = 8;
    static final int MAX_FILE_NAME = 80;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6",
            "lpt7", "lpt8", "lpt9", "conin$", "conout$");

    private SafeNames() {
    }

    /**
     * A title as lower-case ASCII words joined by dashes, at most {@code max} characters, cut at a
     * word: "Rapat Koordinasi Admin Medsos" is {@code rapat-koordinasi-admin-medsos}. Accents are
     * dropped (é is e); a title with no letters or digits Rakit can write gives an empty slug.
     */
    public static String slug(String title, int max) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String s = out.toString();
        if (s.length() > max) {
            int cut = s.lastIndexOf('-', max);
            s = cut >= MIN_SLUG ? s.substring(0, cut) : s.substring(0, max);
            s = s.replaceAll("-+$", "");
        }
        return s;
    }

    /**
     * A bundle's folder name: the event's date and the title's slug, {@code 2024-09-17_rapat-koordinasi},
     * or {@code 2024-09-17_unggahan-12} for a title without usable letters.
     */
    public static String folderName(LocalDate date, String title, long postId, int maxSlug) {
        String slug = slug(title, Math.min(MAX_SLUG, maxSlug));
        if (slug.isEmpty()) {
            slug = "unggahan-" + postId;
        }
        return component(date + "_" + slug);
    }

    /**
     * An original file name made safe to write: characters Windows refuses become {@code _},
     * trailing dots and spaces go, a reserved name gets a {@code _} in front, and a long name is
     * shortened keeping its extension.
     */
    public static String fileName(String original) {
        String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 32 || c == 127 || "<>:\"/\\|?*".indexOf(c) >= 0 ? '_' : c);
        }
        String safe = out.toString().strip().replaceAll("[. ]+$", "");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '_')) {
            safe = "berkas";
        }
        if (safe.length() > MAX_FILE_NAME) {
            int dot = safe.lastIndexOf('.');
            String ext = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, MAX_FILE_NAME - ext.length()).strip().replaceAll("[. ]+$", "") + ext;
        }
        return component(safe);
    }

    /** The name with a {@code _} in front when Windows reserves it (also as "con.txt" or "COM1 .jpg"). */
    static String component(String name) {
        return isReserved(name) ? "_" + name : name;
    }

    /** Whether Windows treats the name as a device, whatever its case and extension. */
    public static boolean isReserved(String name) {
        String stem = name;
        int dot = stem.indexOf('.');
        if (dot >= 0) {
            stem = stem.substring(0, dot);
        }
        stem = Normalizer.normalize(stem, Normalizer.Form.NFKD).strip().toLowerCase(Locale.ROOT);
        return RESERVED.contains(stem);
    }

    /** Whether a name can be written as it is on Windows and Linux. */
    public static boolean isSafe(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.endsWith(".") || name.endsWith(" ")
                || isReserved(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 32 || c == 127 || "<>:\"/\\|?*".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
