package id.rakit.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The unit's official hashtags as the admin types them: "#SumbarMaju #KominfoSumbar, humas". */
public final class Hashtags {

    /** Longer than this no platform shows a hashtag whole. */
    public static final int MAX_LENGTH = 100;

    /**
     * The hashtags in what was typed, each with one "#", duplicates dropped (ignoring case), and
     * the words that cannot be hashtags.
     */
    public record Parsed(List<String> hashtags, List<String> invalid) {
    }

    private Hashtags() {
    }

    public static Parsed parse(String text) {
        Set<String> seenLower = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String word : (text == null ? "" : text).split("[\\s,;]+")) {
            String bare = word.replaceFirst("^#+", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!isHashtag(bare)) {
                invalid.add(word);
            } else if (seenLower.add(bare.toLowerCase(java.util.Locale.ROOT))) {
                tags.add("#" + bare);
            }
        }
        return new Parsed(tags, invalid);
    }

    /** Letters, digits and underscores, not only digits: what Instagram, X and Facebook link. */
    static boolean isHashtag(String bare) {
        if (bare.length() > MAX_LENGTH) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < bare.length(); ) {
            int c = bare.codePointAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!Character.isDigit(c) && c != '_') {
                return false;
            }
            i += Character.charCount(c);
        }
        return letter;
    }
}
