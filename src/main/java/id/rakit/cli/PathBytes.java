package id.rakit.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path's name as the file system holds it. On Linux a file name is bytes, not always valid
 * UTF-8 (a USB stick written by an old camera or another code page); Java's text form of such a
 * name has U+FFFD where those bytes were, which names no file. The path itself keeps the bytes,
 * and its URI spells them out ({@code caf%E9.jpg}): they are read back from there.
 */
final class PathBytes {

    private static final boolean TEXT_IS_UTF8 = !isWindows()
            && "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    private PathBytes() {
    }

    /** The bytes of {@code path} as given (relative stays relative), or its text in UTF-8 where that is the same. */
    static byte[] of(Path path) {
        String text = path.toString();
        if (isWindows() || !mayHideBytes(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            byte[] absolute = decode(path.toAbsolutePath().toUri());
            if (path.isAbsolute()) {
                return withoutTrailingSlash(absolute, text);
            }
            byte[] base = withoutTrailingSlash(decode(Path.of("").toAbsolutePath().toUri()), "");
            if (startsWith(absolute, base) && absolute.length > base.length && absolute[base.length] == '/') {
                byte[] relative = new byte[absolute.length - base.length - 1];
                System.arraycopy(absolute, base.length + 1, relative, 0, relative.length);
                return withoutTrailingSlash(relative, text);
            }
            return absolute;
        } catch (RuntimeException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Whether Java's text of a name may differ from its bytes. */
    private static boolean mayHideBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || !TEXT_IS_UTF8 && (c >= 0x80 || c == '?')) {
                return true;
            }
        }
        return false;
    }

    /** The URI adds a slash after a folder's name; the path as given has none unless it was typed. */
    private static byte[] withoutTrailingSlash(byte[] bytes, String text) {
        if (bytes.length > 1 && bytes[bytes.length - 1] == '/' && !text.endsWith("/")) {
            byte[] out = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, out, 0, out.length);
            return out;
        }
        return bytes;
    }

    private static byte[] decode(URI uri) {
        String raw = uri.getRawPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}
