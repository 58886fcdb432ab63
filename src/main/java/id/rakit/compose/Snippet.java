package id.rakit.compose;

import java.util.Objects;

/**
 * A piece of text an admin inserts often: a set of hashtags, a list of accounts to mention, a
 * closing line. Kept per unit (an empty unit: every unit).
 *
 * @param id 0 for one not yet saved
 */
public record Snippet(long id, Kind kind, String name, String text, String unit) {

    public enum Kind {
        /** "#SumbarMaju #DiskominfotikSumbar" */
        HASHTAGS,
        /** "@humassumbar @pemprovsumbar" */
        MENTIONS,
        /** "(Adpsb)", "Salam, Diskominfotik Sumbar" */
        SIGNATURE
    }

    public Snippet {
        Objects.requireNonNull(kind);
        name = Objects.requireNonNullElse(name, "").strip();
        text = Objects.requireNonNullElse(text, "");
        unit = Objects.requireNonNullElse(unit, "").strip();
    }
}
