package id.rakit.post;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a post is published. {@link #GENERAL} is the master caption every platform starts from;
 * the others are the targets an admin can pick. Each platform's counting rules and limits live
 * in the composer's platform data, keyed by {@link #code()}.
 */
public enum Platform {
    GENERAL("umum", false),
    INSTAGRAM("instagram", false),
    FACEBOOK("facebook", false),
    X("x", false),
    THREADS("threads", false),
    TIKTOK("tiktok", false),
    YOUTUBE("youtube", true),
    WHATSAPP("whatsapp", false),
    WEBSITE("website", true);

    private final String code;
    private final boolean titled;

    Platform(String code, boolean titled) {
        this.code = code;
        this.titled = titled;
    }

    /** The stable lower-case name used on the command line, in bundles and in the database. */
    public String code() {
        return code;
    }

    /** Whether a post there has a title of its own (a YouTube title, a press release headline). */
    public boolean hasTitle() {
        return titled;
    }

    /** Every platform a post can go to, in the order the window lists them. */
    public static List<Platform> targets() {
        return Arrays.stream(values()).filter(p -> p != GENERAL).toList();
    }

    public static Optional<Platform> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
