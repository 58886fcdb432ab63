package id.rakit.export;

import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hard limits of {@code platforms.json}: a caption or a title longer than its platform
 * takes, counted in characters or, where the platform says so (YouTube's description), UTF-8
 * bytes. No weights, hashtags or links: those are the composer's rules.
 */
public final class CaptionLimits implements CaptionCheck {

    private final PlatformData platforms;

    public CaptionLimits(PlatformData platforms) {
        this.platforms = platforms;
    }

    @Override
    public List<String> check(Platform platform, Composition composition, Messages messages) {
        List<String> out = new ArrayList<>();
        Optional<BundleTarget> target = platforms.targets().stream()
                .filter(t -> t.platform() == platform && (t.caption() != null || t.title() != null)).findFirst();
        if (target.isEmpty()) {
            return out;
        }
        String name = messages.get("platform." + platform.code());
        over(target.get().caption(), composition.text(platform, CaptionField.BODY), "export.problem.captionTooLong",
                name, messages, out);
        over(target.get().title(), composition.text(platform, CaptionField.TITLE), "export.problem.titleTooLong",
                name, messages, out);
        return out;
    }

    private static void over(BundleTarget.TextLimit limit, String text, String key, String platform, Messages messages,
                             List<String> out) {
        if (limit == null || limit.max().isEmpty()) {
            return;
        }
        int length = limit.lengthOf(text);
        int max = limit.max().get();
        if (length > max) {
            out.add(messages.get(key, platform, length, max, limit.bytes() ? 1 : 0));
        }
    }
}
