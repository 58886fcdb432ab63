package id.rakit.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.rakit.post.Composition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the admin decided about a post's bundle before writing it, remembered per post: which
 * platforms, which size where a platform offers several (Instagram's 4:5, 1:1 or 1.91:1), where
 * each photo is cropped for each size, which items are left out, and whether the originals and a
 * zip go along.
 *
 * @param platforms     the targets' codes ({@code instagram}, {@code instagram-story}, ...)
 * @param sizes         the chosen size's name per target code; the target's first where none is
 * @param crops         the crop's centre per photo and size ({@link #cropKey}); the middle where none is
 * @param leftOut       evidence ids the admin leaves out of the bundle
 * @param keepOriginals the originals, with all their metadata, go into {@code evidence/} (not for upload)
 * @param zip           the bundle is also written as one {@code .zip}
 * @param onlyPassed    every item that did not pass and was not accepted with a reason is left out
 */
public record BundleChoices(List<String> platforms, Map<String, String> sizes, Map<String, Centre> crops,
                            Set<Long> leftOut, boolean keepOriginals, boolean zip, boolean onlyPassed) {

    /** A point of the upright photo as fractions of its width and height; (0.5, 0.5) is the middle. */
    public record Centre(double x, double y) {
        public static final Centre MIDDLE = new Centre(0.5, 0.5);

        public Centre {
            x = Double.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0.5;
            y = Double.isFinite(y) ? Math.max(0, Math.min(1, y)) : 0.5;
        }
    }

    public static final BundleChoices NONE = new BundleChoices(List.of(), Map.of(), Map.of(), Set.of(), false, false,
            false);

    public BundleChoices {
        platforms = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(platforms, List.<String>of())));
        sizes = Map.copyOf(Objects.requireNonNullElse(sizes, Map.<String, String>of()));
        crops = Map.copyOf(Objects.requireNonNullElse(crops, Map.<String, Centre>of()));
        leftOut = Set.copyOf(Objects.requireNonNullElse(leftOut, Set.<Long>of()));
    }

    /** The first choices for a post: the platforms it is written for. */
    public static BundleChoices forPost(Composition composition, PlatformData data) {
        List<String> codes = new ArrayList<>();
        for (var platform : composition.targets()) {
            data.target(platform.code()).ifPresent(t -> codes.add(t.code()));
        }
        return NONE.withPlatforms(codes);
    }

    public static String cropKey(long evidenceId, String sizeName) {
        return evidenceId + "@" + sizeName;
    }

    @JsonIgnore
    public Centre crop(long evidenceId, String sizeName) {
        return crops.getOrDefault(cropKey(evidenceId, sizeName), Centre.MIDDLE);
    }

    public BundleChoices withPlatforms(List<String> codes) {
        return new BundleChoices(codes, sizes, crops, leftOut, keepOriginals, zip, onlyPassed);
    }

    /** The platform in or out, keeping the others in their order. */
    public BundleChoices withPlatform(String code, boolean chosen) {
        List<String> next = new ArrayList<>(platforms);
        next.remove(code);
        if (chosen) {
            next.add(code);
        }
        return withPlatforms(next);
    }

    public BundleChoices withSize(String targetCode, String sizeName) {
        Map<String, String> next = new LinkedHashMap<>(sizes);
        next.put(targetCode, sizeName);
        return new BundleChoices(platforms, next, crops, leftOut, keepOriginals, zip, onlyPassed);
    }

    public BundleChoices withCrop(long evidenceId, String sizeName, Centre centre) {
        Map<String, Centre> next = new LinkedHashMap<>(crops);
        next.put(cropKey(evidenceId, sizeName), centre);
        return new BundleChoices(platforms, sizes, next, leftOut, keepOriginals, zip, onlyPassed);
    }

    public BundleChoices withLeftOut(long evidenceId, boolean out) {
        Set<Long> next = new LinkedHashSet<>(leftOut);
        if (out) {
            next.add(evidenceId);
        } else {
            next.remove(evidenceId);
        }
        return new BundleChoices(platforms, sizes, crops, next, keepOriginals, zip, onlyPassed);
    }

    public BundleChoices withKeepOriginals(boolean keep) {
        return new BundleChoices(platforms, sizes, crops, leftOut, keep, zip, onlyPassed);
    }

    public BundleChoices withZip(boolean alsoZip) {
        return new BundleChoices(platforms, sizes, crops, leftOut, keepOriginals, alsoZip, onlyPassed);
    }

    public BundleChoices withOnlyPassed(boolean only) {
        return new BundleChoices(platforms, sizes, crops, leftOut, keepOriginals, zip, only);
    }
}
