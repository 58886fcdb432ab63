package id.rakit.post;

import java.util.Objects;
import java.util.Optional;

/**
 * Which posts the list shows: those matching every word of {@code text} (in the title, event,
 * venue, unit or any caption), of one status if given, from the bin or from outside it.
 */
public record PostQuery(String text, Optional<PostStatus> status, boolean bin) {

    public static final PostQuery ALL = new PostQuery("", Optional.empty(), false);

    public PostQuery {
        text = Objects.requireNonNullElse(text, "");
        status = Objects.requireNonNullElse(status, Optional.empty());
    }

    public PostQuery withText(String next) {
        return new PostQuery(next, status, bin);
    }
}
