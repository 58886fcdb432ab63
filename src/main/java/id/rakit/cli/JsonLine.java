package id.rakit.cli;

import java.nio.charset.StandardCharsets;

/**
 * One JSON object on one line, written field by field, exactly as Jackson's generator wrote
 * the {@code scan} lines before (same escapes, same number forms), without loading and warming
 * up a JSON library for a flat object per file: the command line starts measurably faster.
 */
final class JsonLine {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(768);
    /** What came before a value given as bytes, already encoded; empty for nearly every line. */
    private final java.io.ByteArrayOutputStream done = new java.io.ByteArrayOutputStream(0);
    /** Whether the object or array just opened still has no member. */
    private boolean first = true;

    JsonLine() {
        out.append('{');
    }

    JsonLine text(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonLine number(String name, Integer value) {
        name(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    JsonLine number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    /** As Jackson writes a double: {@link Double#toString(double)}. */
    JsonLine number(String name, double value) {
        name(name);
        out.append(Double.toString(value));
        return this;
    }

    JsonLine nothing(String name) {
        name(name);
        out.append("null");
        return this;
    }

    JsonLine startObject(String name) {
        name(name);
        out.append('{');
        first = true;
        return this;
    }

    JsonLine endObject() {
        out.append('}');
        first = false;
        return this;
    }

    JsonLine startArray(String name) {
        name(name);
        out.append('[');
        first = true;
        return this;
    }

    JsonLine element(String value) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(value);
        return this;
    }

    JsonLine endArray() {
        out.append(']');
        first = false;
        return this;
    }

    /**
     * A text given as bytes, written as they are but for JSON's escapes: a file name that is not
     * valid UTF-8 keeps its real bytes rather than becoming U+FFFD.
     */
    JsonLine bytes(String name, byte[] value) {
        name(name);
        byte[] before = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        done.write(before, 0, before.length);
        done.write('"');
        for (byte b : value) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                done.write('\\');
                done.write(c);
            } else if (c < 0x20) {
                byte[] escape = ("\\u00" + HEX[c >> 4] + HEX[c & 0xF]).getBytes(StandardCharsets.US_ASCII);
                done.write(escape, 0, escape.length);
            } else {
                done.write(c);
            }
        }
        done.write('"');
        return this;
    }

    /** The finished line: the object closed, a newline, UTF-8. */
    byte[] bytes() {
        out.append('}').append('\n');
        if (done.size() > 0) {
            byte[] rest = out.toString().getBytes(StandardCharsets.UTF_8);
            done.write(rest, 0, rest.length);
            return done.toByteArray();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
    }

    /** Quotes, backslashes and control characters escaped; everything else as it is. */
    private void string(String s) {
        out.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        // nearly every value needs no escape: copied in one piece
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out.append(c);
                continue;
            }
            out.append('\\');
            switch (c) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append('"');
    }
}
