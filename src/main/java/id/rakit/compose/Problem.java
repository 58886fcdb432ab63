package id.rakit.compose;

import id.rakit.post.Platform;
import java.util.List;

/**
 * Something that keeps a post from being ready, on one platform. Its text is
 * {@code compose.problem.CODE} with the platform's name first and then {@code args}.
 */
public record Problem(Platform platform, Code code, List<Object> args) {

    public enum Code {
        /** The caption is longer than the platform takes: length, limit. */
        TOO_LONG,
        /** The title is longer than the platform takes: length, limit. */
        TITLE_TOO_LONG,
        /** The first comment is longer than the platform takes: length, limit. */
        COMMENT_TOO_LONG,
        /** The platform needs a title (a YouTube video) and it is empty. */
        NO_TITLE,
        /** The caption of a chosen platform is empty. */
        EMPTY,
        /** More hashtags than the platform takes: count, limit. */
        TOO_MANY_HASHTAGS,
        /** More links than the platform takes: count, limit. */
        TOO_MANY_LINKS,
        /** More topic tags than the platform takes (Threads): count, limit. */
        TOO_MANY_TOPICS,
        /** Characters the platform refuses: the characters. */
        FORBIDDEN_CHARACTERS,
        /** More photos and videos than the platform takes: count, limit. */
        TOO_MANY_MEDIA,
        /** Photos and a video together where the platform does not mix them. */
        MIXED_MEDIA,
        /** The platform takes only a video (YouTube), and there is none or there are photos. */
        VIDEO_ONLY,
        /** The platform needs a photo or a video and the post has none for it. */
        NO_MEDIA,
        /** Photos without alt text on a platform that shows it: how many, the first names. */
        NO_ALT_TEXT,
        /** Alt text longer than the platform takes: file name, length, limit. */
        ALT_TEXT_TOO_LONG,
        /** The post goes to no platform yet. */
        NO_PLATFORM
    }

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(Platform platform, Code code, Object... args) {
        return new Problem(platform, code, List.of(args));
    }

    /** Whether it keeps the post from "Siap unggah"; a missing alt text is only a warning. */
    public boolean blocking() {
        return code != Code.NO_ALT_TEXT;
    }

    public String messageKey() {
        return "compose.problem." + code.name();
    }
}
