package id.rakit.export;

import id.rakit.i18n.Messages;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import java.util.List;

/**
 * What is wrong with the texts a post would publish on one platform (a caption over its limit,
 * a title too long), in the admin's words. The bundle plan lists these with its other problems.
 * The composer's per-platform counting rules (X's weighted length, Threads' emoji bytes, the
 * hashtag limits) take this place when they land; {@link CaptionLimits} counts plain limits.
 */
public interface CaptionCheck {

    /** Each problem as one sentence in {@code messages}' language; empty when the texts fit. */
    List<String> check(Platform platform, Composition composition, Messages messages);
}
