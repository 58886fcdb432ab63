package id.rakit.post;

/** What the admin typed, made storable without losing a character. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text with every unpaired surrogate (half of an emoji, from a broken paste) replaced by
     * U+FFFD, the sign for a character that could not be read; UTF-8, and so the database, cannot
     * hold half a character and would keep a "?" instead. Every whole character stays as it was.
     */
    public static String wellFormed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean lone = Character.isSurrogate(c) && !pairStart
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
