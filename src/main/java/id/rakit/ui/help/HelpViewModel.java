package id.rakit.ui.help;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Flag;
import id.rakit.evidence.Verdict;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import id.rakit.ui.common.Shortcuts;
import java.util.ArrayList;
import java.util.List;

/**
 * Bantuan's content in the window's language: the workflow in five steps, every badge and flag an
 * item can show (drawn as the tiles draw them) with what it means and what to do, and the
 * keyboard shortcuts that work. Made from the message bundle; no disk.
 */
public final class HelpViewModel {

    /** One step of the workflow. */
    public record Step(int number, String title, String text) {
    }

    /**
     * A badge or a flag as a tile shows it, what it means, and what to do.
     *
     * @param style the style class the tile gives it ({@code badge-ok}, {@code flag-warn}, ...)
     */
    public record Sign(String label, String style, String meaning, String action) {
    }

    /** A shortcut: the keys as the system writes them, and what they do. */
    public record Key(String keys, String action) {
    }

    private final Messages m;

    public HelpViewModel(Messages messages) {
        this.m = messages;
    }

    public Messages messages() {
        return m;
    }

    public List<Step> steps() {
        return List.of(
                new Step(1, m.get("help.step.1.title"), m.get("help.step.1.text")),
                new Step(2, m.get("help.step.2.title"), m.get("help.step.2.text")),
                new Step(3, m.get("help.step.3.title"), m.get("help.step.3.text")),
                new Step(4, m.get("help.step.4.title"), m.get("help.step.4.text")),
                new Step(5, m.get("help.step.5.title"), m.get("help.step.5.text")));
    }

    /** The badges, in the order a tile can show them: green, red, yellow, blue, and a file that cannot be used. */
    public List<Sign> badges() {
        EvidenceTexts texts = new EvidenceTexts(m);
        return List.of(
                new Sign(m.get("verdict.ON_TIME"), Css.BADGE_OK, m.get("help.badge.onTime"), m.get("help.badge.onTime.do")),
                new Sign(texts.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -2 * 24 * 60)), Css.BADGE_BAD,
                        m.get("help.badge.outside"), m.get("help.badge.outside.do")),
                new Sign(m.get("verdict.NO_TIMESTAMP"), Css.BADGE_WARN, m.get("help.badge.noTime"),
                        m.get("help.badge.noTime.do")),
                new Sign(m.get("tile.review"), Css.BADGE_WARN, m.get("help.badge.review"), m.get("help.badge.review.do")),
                new Sign(m.get("tile.accepted"), Css.BADGE_ACCEPTED, m.get("help.badge.accepted"),
                        m.get("help.badge.accepted.do")),
                new Sign(m.get(FileProblem.CORRUPT.messageKey() + ".short"), Css.BADGE_BAD, m.get("help.badge.unusable"),
                        m.get("help.badge.unusable.do")));
    }

    /** Every flag, then the camera clock correction's mark. */
    public List<Sign> flags() {
        List<Sign> out = new ArrayList<>();
        for (Flag f : Flag.values()) {
            String[] keys = switch (f) {
                case ZONE_ASSUMED -> new String[] {"help.flag.zoneAssumed", "help.flag.zoneAssumed.do"};
                case EDITED -> new String[] {"help.flag.edited", "help.flag.edited.do"};
                case METADATA_STRIPPED -> new String[] {"help.flag.stripped", "help.flag.stripped.do"};
                case CLOCK_MISMATCH -> new String[] {"help.flag.clock", "help.flag.clock.do"};
                case GPS_FAR -> new String[] {"help.flag.far", "help.flag.far.do"};
                case REUSED -> new String[] {"help.flag.reused", "help.flag.reused.do"};
            };
            out.add(new Sign(m.get("flag." + f.name()), f == Flag.ZONE_ASSUMED ? "flag-info" : "flag-warn",
                    m.get(keys[0]), m.get(keys[1])));
        }
        out.add(new Sign(m.get("tile.corrected"), "flag-info", m.get("help.flag.corrected"),
                m.get("help.flag.corrected.do")));
        return out;
    }

    public List<Key> shortcuts() {
        return Shortcuts.working().stream().map(s -> new Key(keysText(s), m.get(s.messageKey()))).toList();
    }

    /** "Ctrl+N"; the arrow keys and Delete in the admin's words. */
    String keysText(Shortcuts s) {
        return switch (s) {
            case NEXT_POST -> m.get("help.key.down");
            case PREVIOUS_POST -> m.get("help.key.up");
            case DELETE -> m.get("help.key.delete");
            case CLOSE_PAGE -> "Esc";
            case SNIPPET -> m.get("help.key.snippet");
            default -> s.keys().getDisplayText();
        };
    }
}
