package id.rakit.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.compose.CountMethod;
import id.rakit.compose.PlatformCatalog;
import id.rakit.compose.PlatformRules;
import id.rakit.post.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every bundle folder takes, from the {@code bundleFolders} of the platform data file
 * ({@value PlatformCatalog#FILE}), the one place a maintainer edits when a platform changes its
 * sizes or limits. A folder's texts, alt text and media count are its platform's, from the same
 * file's {@code platforms}, so the composer and the bundle never disagree; a folder of single
 * posts (a Story) has neither texts nor alt text.
 */
public final class PlatformData {

    private static volatile PlatformData standard;

    private final List<BundleTarget> targets;

    private record File(String about, JsonNode platforms, List<Folder> bundleFolders) {
    }

    /** One folder as the file states it; the rest comes from its platform. */
    private record Folder(String code, String platform, BundleTarget.Photos photos, BundleTarget.Sourced<Boolean> onePerPost,
                          BundleTarget.Video video, BundleTarget.Sourced<Integer> safeMargin) {
    }

    private PlatformData(List<BundleTarget> targets) {
        Set<String> codes = new HashSet<>();
        for (BundleTarget t : targets) {
            if (!codes.add(t.code())) {
                throw new IllegalArgumentException("bundle folder " + t.code() + " appears twice in " + PlatformCatalog.FILE);
            }
        }
        this.targets = List.copyOf(targets);
    }

    /** The data shipped with Rakit. */
    public static PlatformData standard() {
        PlatformData data = standard;
        if (data == null) {
            try (InputStream in = PlatformData.class.getResourceAsStream(PlatformCatalog.FILE)) {
                if (in == null) {
                    throw new IllegalStateException(PlatformCatalog.FILE + " is missing from the build");
                }
                data = read(in, PlatformCatalog.standard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + PlatformCatalog.FILE, e);
            }
            standard = data;
        }
        return data;
    }

    /** Reads the bundle folders of a platform data file; a misspelt field is an error, not something to ignore. */
    public static PlatformData read(InputStream json, PlatformCatalog catalog) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file = mapper.readValue(json, File.class);
        List<BundleTarget> targets = new ArrayList<>();
        for (Folder f : file.bundleFolders() == null ? List.<Folder>of() : file.bundleFolders()) {
            Platform platform = Platform.fromCode(f.platform()).filter(p -> p != Platform.GENERAL)
                    .orElseThrow(() -> new IllegalArgumentException(f.code() + ": no platform " + f.platform()));
            PlatformRules rules = catalog.rules(platform);
            boolean single = f.onePerPost() != null && Boolean.TRUE.equals(f.onePerPost().value());
            PlatformRules.MediaRule media = rules.media();
            BundleTarget.Sourced<Integer> maxMedia = media.limit().exists() ? sourced(media.limit()) : null;
            BundleTarget.AltText alt = single || !rules.altText().accepted() ? null
                    : new BundleTarget.AltText(true, rules.altText().limit().map(PlatformData::sourced).orElse(null),
                    null, null);
            BundleTarget.TextLimit caption = single ? null : textLimit(rules.body());
            BundleTarget.TextLimit title = single || !platform.hasTitle() ? null
                    : rules.title().map(PlatformData::textLimit).orElse(null);
            boolean firstComment = !single && rules.firstComment().isPresent();
            targets.add(new BundleTarget(f.code(), f.platform(), f.photos(), maxMedia, f.onePerPost(), f.video(),
                    media.mixed(), alt, caption, title, firstComment, f.safeMargin()));
        }
        return new PlatformData(targets);
    }

    private static BundleTarget.Sourced<Integer> sourced(PlatformRules.Limit limit) {
        return new BundleTarget.Sourced<>(limit.value(), limit.source(), limit.checked());
    }

    private static BundleTarget.TextLimit textLimit(PlatformRules.TextRule rule) {
        return new BundleTarget.TextLimit(rule.limited() ? sourced(rule.limit()) : null,
                rule.count() == CountMethod.UTF8_BYTES ? "bytes" : "characters");
    }

    /** Every target in the file's order, which is the order of a bundle's folders and checklist. */
    public List<BundleTarget> targets() {
        return targets;
    }

    public Optional<BundleTarget> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The codes, for messages that list what is known. */
    public List<String> codes() {
        return targets.stream().map(BundleTarget::code).toList();
    }
}
