package id.rakit.compose;

import java.util.Arrays;

/** How a platform counts the length of a text. */
public enum CountMethod {
    /** Characters as people see them: a flag, a skin tone or a family emoji is one. */
    GRAPHEMES("graphemes"),
    /** X's weighting through the twitter-text library: URLs 23, most emoji and CJK 2, after NFC. */
    X_WEIGHTED("x-weighted"),
    /** Threads: characters as people see them, except that an emoji counts its UTF-8 bytes. */
    THREADS("threads"),
    /** Bytes once written as UTF-8 (YouTube's description). */
    UTF8_BYTES("utf8-bytes");

    private final String code;

    CountMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CountMethod fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown way of counting: " + code));
    }
}
