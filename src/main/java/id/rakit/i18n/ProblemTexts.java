package id.rakit.i18n;

import id.rakit.compose.Problem;
import id.rakit.post.Platform;
import java.util.ArrayList;
import java.util.List;

/** How the composer's problems read: "Terlalu panjang untuk X: 297 dari 280". */
public final class ProblemTexts {

    private final Messages messages;

    public ProblemTexts(Messages messages) {
        this.messages = messages;
    }

    public String platform(Platform p) {
        return messages.get("platform." + p.code());
    }

    public String describe(Problem problem) {
        List<Object> args = new ArrayList<>();
        args.add(platform(problem.platform()));
        args.addAll(problem.args());
        return messages.get(problem.messageKey(), args.toArray());
    }

    /** One problem a line, with a bullet. */
    public String list(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append(out.length() == 0 ? "" : "\n").append("• ").append(describe(p));
        }
        return out.toString();
    }
}
