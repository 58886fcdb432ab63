package id.rakit.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform's own version of the post. It follows the master caption until the admin edits its
 * body; its media selection follows the post's evidence order until the admin picks its own.
 *
 * @param title        the platform's own title, where it has one (YouTube, the press release)
 * @param body         the caption as edited for this platform; empty while it follows the master
 * @param firstComment a first comment posted right after the caption (Instagram)
 * @param media        the evidence ids chosen for this platform, in order; empty to use the post's
 * @param altText      alt text per evidence id, where it differs from the master's
 */
public record Variant(String title, Optional<String> body, String firstComment, Optional<List<Long>> media,
                      Map<Long, String> altText) {

    /** A variant nobody has touched: everything follows the master. */
    public static final Variant FOLLOWING_MASTER =
            new Variant("", Optional.empty(), "", Optional.empty(), Map.of());

    public Variant {
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, Optional.empty());
        firstComment = Objects.requireNonNullElse(firstComment, "");
        media = Objects.requireNonNullElse(media, Optional.<List<Long>>empty()).map(List::copyOf);
        altText = Map.copyOf(altText);
    }

    public boolean followsMaster() {
        return body.isEmpty();
    }

    /** The caption shown on this platform: its own, or the master's while it follows it. */
    public String bodyOr(String master) {
        return body.orElse(master);
    }

    public Variant withTitle(String newTitle) {
        return new Variant(newTitle, body, firstComment, media, altText);
    }

    /** The admin edited the body: from now on it no longer follows the master. */
    public Variant withBody(String newBody) {
        return new Variant(title, Optional.of(Objects.requireNonNullElse(newBody, "")), firstComment, media, altText);
    }

    public Variant followingMaster() {
        return new Variant(title, Optional.empty(), firstComment, media, altText);
    }

    public Variant withFirstComment(String comment) {
        return new Variant(title, body, comment, media, altText);
    }

    public Variant withMedia(Optional<List<Long>> evidenceIds) {
        return new Variant(title, body, firstComment, evidenceIds, altText);
    }

    public Variant withAltText(long evidenceId, String text) {
        Map<Long, String> next = new LinkedHashMap<>(altText);
        if (text == null || text.isBlank()) {
            next.remove(evidenceId);
        } else {
            next.put(evidenceId, text);
        }
        return new Variant(title, body, firstComment, media, next);
    }
}
