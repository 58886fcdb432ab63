package id.rakit.compose;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Standing;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a post is ready to go out on every platform it was written for: each text within its
 * platform's rules, each platform's photos and videos within its limits, and alt text where the
 * platform shows it. What blocks is told apart from what only warns.
 */
public final class Readiness {

    private final CaptionRules rules;

    public Readiness(CaptionRules rules) {
        this.rules = rules;
    }

    /** Every problem of the post, from its checked evidence (items that cannot be used are left out). */
    public List<Problem> check(Post post, List<CheckedItem> evidence) {
        List<MediaItem> usable = new ArrayList<>();
        for (CheckedItem item : evidence) {
            if (item.standing() != Standing.UNUSABLE) {
                usable.add(new MediaItem(item.item().id(), item.item().originalName(), item.item().media().mediaType()));
            }
        }
        return checkMedia(post, usable);
    }

    /** Every problem of the post, platform by platform, in the window's order. */
    public List<Problem> checkMedia(Post post, List<MediaItem> evidence) {
        Composition c = post.composition();
        List<Problem> out = new ArrayList<>();
        if (c.targets().isEmpty()) {
            out.add(Problem.of(Platform.GENERAL, Problem.Code.NO_PLATFORM));
            return out;
        }
        Map<Long, MediaItem> usable = new LinkedHashMap<>();
        for (MediaItem item : evidence) {
            usable.put(item.id(), item);
        }
        List<Long> order = new ArrayList<>(usable.keySet());
        for (Platform p : c.targets()) {
            PlatformRules r = rules.catalog().rules(p);
            if (c.body(p).isBlank() && p != Platform.YOUTUBE) {
                out.add(Problem.of(p, Problem.Code.EMPTY));
            }
            if (p == Platform.YOUTUBE && c.variant(p).title().isBlank()) {
                out.add(Problem.of(p, Problem.Code.NO_TITLE));
            }
            for (FieldReport report : rules.checkAll(c.withTargets(List.of(p)))) {
                out.addAll(report.problems());
            }
            out.addAll(media(p, r, mediaFor(c, p, evidence), usable, c));
        }
        return out;
    }

    private static List<Problem> media(Platform p, PlatformRules r, List<Long> chosen, Map<Long, MediaItem> items,
                                       Composition c) {
        List<Problem> out = new ArrayList<>();
        PlatformRules.MediaRule rule = r.media();
        long videos = chosen.stream().filter(id -> items.get(id).type() == MediaType.VIDEO).count();
        long photos = chosen.size() - videos;
        if (rule.required() && chosen.isEmpty()) {
            out.add(Problem.of(p, Problem.Code.NO_MEDIA));
        }
        if (rule.videoOnly() && (videos == 0 || photos > 0) && !chosen.isEmpty()) {
            out.add(Problem.of(p, Problem.Code.VIDEO_ONLY));
        }
        if (rule.limit().exists() && chosen.size() > rule.limit().value()) {
            out.add(Problem.of(p, Problem.Code.TOO_MANY_MEDIA, chosen.size(), rule.limit().value()));
        }
        if (!rule.mixed() && photos > 0 && videos > 0) {
            out.add(Problem.of(p, Problem.Code.MIXED_MEDIA));
        }
        if (r.altText().accepted()) {
            List<String> missing = new ArrayList<>();
            for (long id : chosen) {
                MediaItem item = items.get(id);
                if (item.type() != MediaType.PHOTO) {
                    continue;
                }
                String alt = c.altText(p, id);
                if (alt.isBlank()) {
                    missing.add(item.name());
                } else if (r.altText().limit().isPresent() && TextCounter.graphemes(alt) > r.altText().limit().get().value()) {
                    out.add(Problem.of(p, Problem.Code.ALT_TEXT_TOO_LONG, item.name(),
                            TextCounter.graphemes(alt), r.altText().limit().get().value()));
                }
            }
            if (!missing.isEmpty()) {
                String names = String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                        + (missing.size() > 3 ? ", …" : "");
                out.add(Problem.of(p, Problem.Code.NO_ALT_TEXT, missing.size(), names));
            }
        }
        return out;
    }

    /**
     * The photos and videos that go to a platform: the admin's own choice there, or else the
     * post's usable ones in the gallery's order, as many as the platform takes and of the kind it
     * takes (only a video where only video goes; where photos and videos do not mix, the kind of
     * the first one). The bundle takes the same.
     */
    public List<Long> mediaFor(Composition c, Platform p, List<MediaItem> usable) {
        List<Long> order = usable.stream().map(MediaItem::id).toList();
        if (p != Platform.GENERAL && c.variant(p).media().isPresent()) {
            return c.media(p, order);
        }
        PlatformRules.MediaRule rule = rules.catalog().rules(p).media();
        List<MediaItem> pool = usable;
        if (rule.videoOnly()) {
            pool = usable.stream().filter(m -> m.type() == MediaType.VIDEO).toList();
        } else if (!rule.mixed() && !usable.isEmpty()) {
            MediaType first = usable.get(0).type();
            pool = usable.stream().filter(m -> m.type() == first).toList();
        }
        int take = rule.limit().exists() ? Math.min(rule.limit().value(), pool.size()) : pool.size();
        return pool.subList(0, take).stream().map(MediaItem::id).toList();
    }

    /** The problems that keep the post from being ready. */
    public static List<Problem> blocking(List<Problem> problems) {
        return problems.stream().filter(Problem::blocking).toList();
    }

    /** The texts of one platform field with their problems: for the counters under each field. */
    public FieldReport field(Platform p, CaptionField f, String text) {
        return rules.check(p, f, text);
    }
}
