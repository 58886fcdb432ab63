package id.rakit.compose;

import id.rakit.post.Platform;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one platform accepts in a post, as read from {@code platforms.json}: each limit with where
 * it was published. A limit of 0 means none was published.
 *
 * @param title        the platform's own title, where it has one
 * @param body         the caption
 * @param firstComment Instagram's first comment
 * @param hashtags     how many hashtags a post may carry
 * @param links        how many links a post may carry
 * @param topicTags    how many topic tags (Threads: a hashtag is a topic tag)
 * @param fold         after how many characters the platform cuts the caption with "... more"
 * @param altText      whether photos there carry alt text, and how long it may be
 * @param media        how many photos and videos, and whether they mix
 * @param previewRatio the shape of the picture in a feed, "4:5"
 */
public record PlatformRules(Platform platform, Optional<TextRule> title, TextRule body, Optional<TextRule> firstComment,
                            Optional<Limit> hashtags, Optional<Limit> links, Optional<Limit> topicTags,
                            OptionalInt fold, AltTextRule altText, MediaRule media, String previewRatio) {

    /** A number and where it was published. */
    public record Limit(int value, String source, String checked) {
        public boolean exists() {
            return value > 0;
        }
    }

    /** How long a text may be, counted how, and which characters it may not contain. */
    public record TextRule(Limit limit, CountMethod count, String forbidden) {
        public boolean limited() {
            return limit.exists();
        }
    }

    public record AltTextRule(boolean accepted, Optional<Limit> limit) {
        public static final AltTextRule NONE = new AltTextRule(false, Optional.empty());
    }

    /**
     * @param limit     at most this many photos and videos together (0: no published limit)
     * @param mixed     whether photos and videos may go in one post
     * @param videoOnly whether the platform takes only a video (YouTube)
     * @param required  whether a post there needs a photo or a video
     */
    public record MediaRule(Limit limit, boolean mixed, boolean videoOnly, boolean required) {
    }

    /** The width:height of the feed picture, 0.8 for "4:5". */
    public double ratio() {
        String[] parts = previewRatio.split(":");
        return Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }
}
