package id.rakit.post;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which posts the list shows: those whose words (title, event, venue, unit, every caption and
 * hashtag) begin with every word of {@code text}, case and accents aside; of one status, going to
 * one platform, with the event between two days, when given; from the bin or from outside it.
 *
 * @param eventFrom the first day of the event window looked for, inclusive
 * @param eventTo   the last day, inclusive
 * @param limit     at most this many, most recently changed first; 0 for all
 */
public record PostQuery(String text, Optional<PostStatus> status, Optional<Platform> platform,
                        Optional<LocalDate> eventFrom, Optional<LocalDate> eventTo, boolean bin, int limit) {

    public static final PostQuery ALL = new PostQuery("", Optional.empty(), false);

    public PostQuery {
        text = Objects.requireNonNullElse(text, "");
        status = Objects.requireNonNullElse(status, Optional.empty());
        platform = Objects.requireNonNullElse(platform, Optional.empty());
        eventFrom = Objects.requireNonNullElse(eventFrom, Optional.empty());
        eventTo = Objects.requireNonNullElse(eventTo, Optional.empty());
        limit = Math.max(0, limit);
    }

    public PostQuery(String text, Optional<PostStatus> status, boolean bin) {
        this(text, status, Optional.empty(), Optional.empty(), Optional.empty(), bin, 0);
    }

    public PostQuery withText(String next) {
        return new PostQuery(next, status, platform, eventFrom, eventTo, bin, limit);
    }

    public PostQuery withStatus(Optional<PostStatus> next) {
        return new PostQuery(text, next, platform, eventFrom, eventTo, bin, limit);
    }

    public PostQuery withPlatform(Optional<Platform> next) {
        return new PostQuery(text, status, next, eventFrom, eventTo, bin, limit);
    }

    public PostQuery withEvent(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new PostQuery(text, status, platform, from, to, bin, limit);
    }

    public PostQuery inBin(boolean next) {
        return new PostQuery(text, status, platform, eventFrom, eventTo, next, limit);
    }

    public PostQuery withLimit(int next) {
        return new PostQuery(text, status, platform, eventFrom, eventTo, bin, next);
    }
}
