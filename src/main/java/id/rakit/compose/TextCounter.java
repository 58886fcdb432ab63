package id.rakit.compose;

import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts a text the way a platform does. Pure and thread-safe. */
public final class TextCounter {

    /** An extended grapheme cluster (UAX #29): what a reader sees as one character. */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    /** An emoji sequence as Unicode TR51 defines them (twitter-text's generated pattern; Java 17 has no emoji properties). */
    private static final Pattern EMOJI = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;

    private static final Map<String, Integer> X_WEIGHTS = new ConcurrentHashMap<>();

    private TextCounter() {
    }

    public static int count(String text, CountMethod method) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return switch (method) {
            case GRAPHEMES -> graphemes(text);
            case X_WEIGHTED -> xWeighted(text);
            case THREADS -> threads(text);
            case UTF8_BYTES -> text.getBytes(StandardCharsets.UTF_8).length;
        };
    }

    /**
     * X's weighted length by twitter-text, word by word (see {@link Words}): a plain ASCII word
     * without a dot weighs its length, as it does in the whole text; any other word and the
     * space between words is weighed by twitter-text itself.
     */
    static int xWeighted(String text) {
        if (text.trim().isEmpty()) {
            return 0;  // twitter-text weighs a text of only spaces and control characters as nothing
        }
        int n = 0;
        int at = 0;
        for (Words.Word w : Words.of(text)) {
            n += weigh(text, at, w.start(), false, false);
            n += weigh(text, w.start(), w.end(), w.start() > 0, w.end() < text.length());
            at = w.end();
        }
        return n + weigh(text, at, text.length(), false, false);
    }

    /**
     * The weight of {@code text[start, end)}; a word that twitter-text must weigh is weighed with a
     * space on each side where the text has white space there, as its patterns see it in place.
     */
    private static int weigh(String text, int start, int end, boolean spaceBefore, boolean spaceAfter) {
        if (start == end) {
            return 0;
        }
        if (Words.ascii(text, start, end) && !Words.has(text, new Words.Word(start, end), ".")) {
            return end - start;
        }
        String part = (spaceBefore ? " " : "") + text.substring(start, end) + (spaceAfter ? " " : "");
        int spaces = (spaceBefore ? 1 : 0) + (spaceAfter ? 1 : 0);
        return Words.remembered(X_WEIGHTS, part, p -> TwitterTextParser.parseTweet(p).weightedLength) - spaces;
    }

    public static int graphemes(String text) {
        int n = 0;
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Threads: one per grapheme, and an emoji by its UTF-8 bytes (a flag is 8, a thumbs-up with skin tone 8). */
    static int threads(String text) {
        int n = 0;
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() == 1 && text.charAt(m.start()) < 0x80) {
                n++;  // plain ASCII, the common case, without the emoji pattern's cost
                continue;
            }
            String cluster = m.group();
            n += EMOJI.matcher(cluster).find() ? cluster.getBytes(StandardCharsets.UTF_8).length : 1;
        }
        return n;
    }

    /** Where a text is cut after {@code graphemes} characters (a string index), or its length if shorter. */
    public static int cutAfter(String text, int graphemes) {
        Matcher m = GRAPHEME.matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n == graphemes) {
                return m.end();
            }
        }
        return text.length();
    }
}
