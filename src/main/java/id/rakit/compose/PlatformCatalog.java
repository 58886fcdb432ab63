package id.rakit.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.post.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The platforms' published limits, from the one data file {@code /id/rakit/compose/platforms.json},
 * where each number stands with its source and the date it was checked, so a maintainer updates
 * them without touching code.
 */
public final class PlatformCatalog {

    public static final String FILE = "/id/rakit/compose/platforms.json";

    private final Map<Platform, PlatformRules> rules;

    private PlatformCatalog(Map<Platform, PlatformRules> rules) {
        this.rules = rules;
    }

    private static volatile PlatformCatalog standard;

    /** The catalogue shipped with Rakit, read once (it never changes while Rakit runs). */
    public static PlatformCatalog standard() {
        PlatformCatalog catalog = standard;
        if (catalog == null) {
            try (InputStream in = PlatformCatalog.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + FILE);
                }
                catalog = read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FILE, e);
            }
            standard = catalog;
        }
        return catalog;
    }

    static PlatformCatalog read(JsonNode root) {
        Map<Platform, PlatformRules> out = new EnumMap<>(Platform.class);
        JsonNode platforms = root.path("platforms");
        for (Platform p : Platform.targets()) {
            JsonNode node = platforms.path(p.code());
            if (node.isMissingNode()) {
                throw new IllegalStateException(FILE + " has no entry for " + p.code());
            }
            out.put(p, rules(p, node));
        }
        return new PlatformCatalog(out);
    }

    private static PlatformRules rules(Platform p, JsonNode n) {
        JsonNode media = n.path("media");
        JsonNode alt = n.path("altText");
        return new PlatformRules(p, text(n.path("title")), text(n.path("body")).orElseThrow(
                () -> new IllegalStateException(FILE + ": " + p.code() + " has no body rule")),
                text(n.path("firstComment")), limit(n.path("hashtags")), limit(n.path("links")),
                limit(n.path("topicTags")),
                n.path("fold").isMissingNode() ? OptionalInt.empty() : OptionalInt.of(n.path("fold").path("limit").asInt()),
                alt.isMissingNode() ? PlatformRules.AltTextRule.NONE
                        : new PlatformRules.AltTextRule(alt.path("accepted").asBoolean(), limit(alt)),
                new PlatformRules.MediaRule(limit(media).orElse(new PlatformRules.Limit(0, "", "")),
                        media.path("mixed").asBoolean(true), media.path("videoOnly").asBoolean(false),
                        media.path("required").asBoolean(false)),
                n.path("preview").path("ratio").asText("4:5"));
    }

    private static Optional<PlatformRules.TextRule> text(JsonNode n) {
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new PlatformRules.TextRule(limit(n).orElseThrow(),
                CountMethod.fromCode(n.path("count").asText("graphemes")), n.path("forbidden").asText("")));
    }

    private static Optional<PlatformRules.Limit> limit(JsonNode n) {
        if (n.isMissingNode() || !n.has("limit")) {
            return Optional.empty();
        }
        return Optional.of(new PlatformRules.Limit(n.path("limit").asInt(), n.path("source").asText(""),
                n.path("checked").asText("")));
    }

    public PlatformRules rules(Platform platform) {
        PlatformRules r = rules.get(platform);
        if (r == null) {
            throw new IllegalArgumentException("no rules for " + platform);
        }
        return r;
    }
}
