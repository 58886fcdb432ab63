package id.rakit.compose;

import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import java.util.List;

/**
 * One caption text measured by its platform's rule: its length as the platform counts it, the
 * limit (0 for none), what it holds, and what is wrong with it.
 */
public record FieldReport(Platform platform, CaptionField field, int length, int limit, CountMethod count,
                          CaptionFacts facts, int hashtagLimit, List<Problem> problems) {

    public FieldReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean overLimit() {
        return limit > 0 && length > limit;
    }
}
