package id.rakit.compose;

import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each platform's own rules for its texts: how it counts, how long they may be, how many hashtags,
 * links and topic tags. Pure: the same text always gives the same report.
 */
public final class CaptionRules {

    private final PlatformCatalog catalog;

    public CaptionRules(PlatformCatalog catalog) {
        this.catalog = catalog;
    }

    public static CaptionRules standard() {
        return new CaptionRules(PlatformCatalog.standard());
    }

    public PlatformCatalog catalog() {
        return catalog;
    }

    /** One text of one platform. The master caption ({@link Platform#GENERAL}) has no limits of its own. */
    public FieldReport check(Platform platform, CaptionField field, String text) {
        String t = text == null ? "" : text;
        if (platform == Platform.GENERAL) {
            return new FieldReport(platform, field, TextCounter.graphemes(t), 0, CountMethod.GRAPHEMES,
                    CaptionFacts.of(t, platform), 0, List.of());
        }
        PlatformRules rules = catalog.rules(platform);
        Optional<PlatformRules.TextRule> rule = switch (field) {
            case BODY -> Optional.of(rules.body());
            case TITLE -> rules.title();
            case FIRST_COMMENT -> rules.firstComment();
        };
        CountMethod method = rule.map(PlatformRules.TextRule::count).orElse(CountMethod.GRAPHEMES);
        int length = TextCounter.count(t, method);
        int limit = rule.filter(PlatformRules.TextRule::limited).map(r -> r.limit().value()).orElse(0);
        CaptionFacts facts = CaptionFacts.of(t, platform);
        List<Problem> problems = new ArrayList<>();
        if (limit > 0 && length > limit) {
            problems.add(Problem.of(platform, switch (field) {
                case BODY -> Problem.Code.TOO_LONG;
                case TITLE -> Problem.Code.TITLE_TOO_LONG;
                case FIRST_COMMENT -> Problem.Code.COMMENT_TOO_LONG;
            }, length, limit));
        }
        String forbidden = rule.map(PlatformRules.TextRule::forbidden).orElse("");
        StringBuilder found = new StringBuilder();
        for (char c : forbidden.toCharArray()) {
            if (t.indexOf(c) >= 0) {
                found.append(found.length() == 0 ? "" : " ").append(c);
            }
        }
        if (found.length() > 0) {
            problems.add(Problem.of(platform, Problem.Code.FORBIDDEN_CHARACTERS, found.toString()));
        }
        int hashtagLimit = 0;
        if (field == CaptionField.BODY) {
            hashtagLimit = rules.hashtags().map(PlatformRules.Limit::value).orElse(0);
            if (hashtagLimit > 0 && facts.hashtags().size() > hashtagLimit) {
                problems.add(Problem.of(platform, Problem.Code.TOO_MANY_HASHTAGS, facts.hashtags().size(), hashtagLimit));
            }
            int links = rules.links().map(PlatformRules.Limit::value).orElse(0);
            if (links > 0 && facts.links().size() > links) {
                problems.add(Problem.of(platform, Problem.Code.TOO_MANY_LINKS, facts.links().size(), links));
            }
            int topics = rules.topicTags().map(PlatformRules.Limit::value).orElse(0);
            if (topics > 0 && facts.hashtags().size() > topics) {
                problems.add(Problem.of(platform, Problem.Code.TOO_MANY_TOPICS, facts.hashtags().size(), topics));
            }
        }
        return new FieldReport(platform, field, length, limit, method, facts, hashtagLimit, problems);
    }

    /** Every text of every chosen platform, in the window's order. */
    public List<FieldReport> checkAll(Composition c) {
        List<FieldReport> out = new ArrayList<>();
        for (Platform p : c.targets()) {
            PlatformRules rules = catalog.rules(p);
            out.add(check(p, CaptionField.BODY, c.body(p)));
            if (rules.title().isPresent() && p.hasTitle()) {
                out.add(check(p, CaptionField.TITLE, c.variant(p).title()));
            }
            if (rules.firstComment().isPresent()) {
                out.add(check(p, CaptionField.FIRST_COMMENT, c.variant(p).firstComment()));
            }
        }
        return out;
    }
}
