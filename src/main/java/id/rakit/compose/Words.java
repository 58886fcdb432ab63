package id.rakit.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A text cut at its white space into words: every hashtag, mention, link and emoji sequence lies
 * inside one word, and the platforms' patterns look only one character beyond it, which is white
 * space or the text's edge either way. Running twitter-text's patterns on the few words that can
 * hold a match (a "#", a ".", a letter beyond ASCII) gives what running them on the whole text
 * gives, at a fraction of the cost on a long caption.
 */
final class Words {

    /** One word: {@code [start, end)} as string indices. */
    record Word(int start, int end) {
    }

    private Words() {
    }

    /**
     * What {@code f} gives for {@code word}, remembered: on a keystroke only one word of a
     * caption changes, so checking it again costs little more than cutting it into words.
     */
    static <T> T remembered(Map<String, T> cache, String word, Function<String, T> f) {
        T known = cache.get(word);
        if (known != null) {
            return known;
        }
        T value = f.apply(word);
        if (cache.size() > REMEMBERED) {
            cache.clear();
        }
        cache.put(word, value);
        return value;
    }

    /** How many words each cache holds before it starts again. */
    private static final int REMEMBERED = 4096;

    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                out.add(new Word(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(new Word(start, text.length()));
        }
        return out;
    }

    /** Whether {@code text[start, end)} has one of {@code chars}. */
    static boolean has(String text, Word w, String chars) {
        for (int i = w.start(); i < w.end(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[start, end)} is plain ASCII. */
    static boolean ascii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
