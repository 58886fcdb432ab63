package id.rakit.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a post says and shows on each platform: one master caption that every platform starts
 * from, the platforms the admin picked, and each platform's own variant.
 *
 * @param master   the master caption ("Umum")
 * @param altText  alt text per evidence id, used on every platform that has none of its own
 * @param targets  the platforms this post goes to, in the window's order
 * @param variants each platform's variant; a platform without one follows the master entirely
 */
public record Composition(String master, Map<Long, String> altText, List<Platform> targets,
                          Map<Platform, Variant> variants) {

    public static final Composition EMPTY = new Composition("", Map.of(), List.of(), Map.of());

    public Composition {
        master = Objects.requireNonNullElse(master, "");
        altText = Map.copyOf(altText);
        targets = Platform.targets().stream().filter(targets::contains).toList();
        Map<Platform, Variant> copy = new EnumMap<>(Platform.class);
        variants.forEach((platform, variant) -> {
            if (platform != Platform.GENERAL && !variant.equals(Variant.FOLLOWING_MASTER)) {
                copy.put(platform, variant);
            }
        });
        variants = java.util.Collections.unmodifiableMap(copy);
    }

    public Variant variant(Platform platform) {
        return variants.getOrDefault(platform, Variant.FOLLOWING_MASTER);
    }

    /** The caption as it will be published on {@code platform}. */
    public String body(Platform platform) {
        return platform == Platform.GENERAL ? master : variant(platform).bodyOr(master);
    }

    /** The alt text of a photo on {@code platform}: its own, else the master's, else empty. */
    public String altText(Platform platform, long evidenceId) {
        String own = platform == Platform.GENERAL ? null : variant(platform).altText().get(evidenceId);
        return own != null ? own : altText.getOrDefault(evidenceId, "");
    }

    /** The evidence for {@code platform}, in order: its own selection, else the post's order. */
    public List<Long> media(Platform platform, List<Long> postOrder) {
        Optional<List<Long>> own = platform == Platform.GENERAL ? Optional.empty() : variant(platform).media();
        if (own.isEmpty()) {
            return List.copyOf(postOrder);
        }
        // evidence removed from the post since the selection was made is left out
        List<Long> out = new ArrayList<>(own.get());
        out.retainAll(postOrder);
        return out;
    }

    /** The platforms whose caption differs from the master because the admin edited it. */
    public List<Platform> edited() {
        return targets.stream().filter(p -> !variant(p).followsMaster()).toList();
    }

    public Composition withMaster(String text) {
        return new Composition(text, altText, targets, variants);
    }

    public Composition withTargets(List<Platform> chosen) {
        return new Composition(master, altText, chosen, variants);
    }

    public Composition withVariant(Platform platform, Variant variant) {
        if (platform == Platform.GENERAL) {
            throw new IllegalArgumentException("the master caption has no variant");
        }
        Map<Platform, Variant> next = new EnumMap<>(Platform.class);
        next.putAll(variants);
        next.put(platform, variant);
        return new Composition(master, altText, targets, next);
    }

    /** Sets a photo's alt text for every platform ({@link Platform#GENERAL}) or for one. */
    public Composition withAltText(Platform platform, long evidenceId, String text) {
        if (platform != Platform.GENERAL) {
            return withVariant(platform, variant(platform).withAltText(evidenceId, text));
        }
        Map<Long, String> next = new LinkedHashMap<>(altText);
        if (text == null || text.isBlank()) {
            next.remove(evidenceId);
        } else {
            next.put(evidenceId, text);
        }
        return new Composition(master, next, targets, variants);
    }

    /** One caption text of a platform: the master for {@link Platform#GENERAL}. */
    public String text(Platform platform, CaptionField field) {
        if (platform == Platform.GENERAL) {
            return field == CaptionField.BODY ? master : "";
        }
        Variant v = variant(platform);
        return switch (field) {
            case BODY -> v.bodyOr(master);
            case TITLE -> v.title();
            case FIRST_COMMENT -> v.firstComment();
        };
    }

    /** The composition with one caption text changed; a platform's body stops following the master. */
    public Composition withText(Platform platform, CaptionField field, String text) {
        if (platform == Platform.GENERAL) {
            if (field != CaptionField.BODY) {
                throw new IllegalArgumentException("the master caption has only a body");
            }
            return withMaster(text);
        }
        Variant v = variant(platform);
        return withVariant(platform, switch (field) {
            case BODY -> v.withBody(text);
            case TITLE -> v.withTitle(text);
            case FIRST_COMMENT -> v.withFirstComment(text);
        });
    }
}
