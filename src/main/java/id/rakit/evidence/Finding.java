package id.rakit.evidence;

import java.util.List;

/**
 * One flag raised for one item, with the facts its explanation names (an editor's name, a
 * distance in km, minutes of clock difference, the other post's title and date).
 */
public record Finding(Flag flag, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(Flag flag, Object... args) {
        return new Finding(flag, List.of(args));
    }
}
