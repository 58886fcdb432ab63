package id.rakit.ui.compose;

import id.rakit.compose.FieldReport;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import java.util.ArrayList;
import java.util.List;

/** How a text's count reads under its field: "297 / 280 · 6 tagar (maks. 5) · 1 tautan". */
final class CaptionCounter {

    private CaptionCounter() {
    }

    static String line(Messages m, FieldReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.limit() > 0 ? m.get("compose.count.limited", r.length(), r.limit())
                : m.get(r.count() == id.rakit.compose.CountMethod.UTF8_BYTES ? "compose.count.bytes" : "compose.count",
                r.length()));
        int tags = r.facts().hashtags().size();
        if (tags > 0 || r.hashtagLimit() > 0) {
            parts.add(r.hashtagLimit() > 0 ? m.get("compose.count.hashtagsLimited", tags, r.hashtagLimit())
                    : m.get("compose.count.hashtags", tags));
        }
        if (!r.facts().mentions().isEmpty()) {
            parts.add(m.get("compose.count.mentions", r.facts().mentions().size()));
        }
        if (!r.facts().links().isEmpty()) {
            parts.add(m.get("compose.count.links", r.facts().links().size()));
        }
        return String.join(" · ", parts);
    }

    /** The first problem of a text, for the field's decoration; empty when there is none. */
    static String firstProblem(Messages m, FieldReport r) {
        return r.problems().isEmpty() ? "" : new ProblemTexts(m).describe(r.problems().get(0));
    }
}
