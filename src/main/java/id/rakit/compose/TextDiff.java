package id.rakit.compose;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a caption side by side, word by word: what stayed, what went, what came
 * (java-diff-utils' Myers diff over words and the spaces between them).
 */
public final class TextDiff {

    /** A run of text, and whether it is only in the older version, only in the newer, or in both. */
    public record Run(Kind kind, String text) {
        public enum Kind { SAME, REMOVED, ADDED }
    }

    /** The older version's runs (SAME and REMOVED) and the newer one's (SAME and ADDED). */
    public record SideBySide(List<Run> older, List<Run> newer) {
        public boolean same() {
            return older.stream().allMatch(r -> r.kind() == Run.Kind.SAME)
                    && newer.stream().allMatch(r -> r.kind() == Run.Kind.SAME);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    public static SideBySide compare(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> left = new ArrayList<>();
        List<Run> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            add(left, Run.Kind.SAME, a.subList(i, from));
            add(right, Run.Kind.SAME, b.subList(j, d.getTarget().getPosition()));
            add(left, Run.Kind.REMOVED, d.getSource().getLines());
            add(right, Run.Kind.ADDED, d.getTarget().getLines());
            i = from + d.getSource().size();
            j = d.getTarget().getPosition() + d.getTarget().size();
        }
        add(left, Run.Kind.SAME, a.subList(i, a.size()));
        add(right, Run.Kind.SAME, b.subList(j, b.size()));
        return new SideBySide(left, right);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void add(List<Run> runs, Run.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Run last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new Run(kind, text));
    }
}
