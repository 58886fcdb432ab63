package id.rakit.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emoji font Rakit brings along (Noto Emoji, monochrome outlines, SIL OFL 1.1), so emoji that
 * admins type show as pictures and not as empty boxes where the system has no emoji font JavaFX
 * can draw.
 *
 * <p>JavaFX draws a character missing from the UI font with the first font in its fallback list
 * that has it, glyph by glyph. Only on Linux can Rakit add to that list: JavaFX builds it once, from
 * fontconfig, the first time it needs a font, and a font loaded before then is registered with
 * fontconfig and so joins it. That is also where it is needed: a Linux desktop often has no emoji
 * font, or only Noto Color Emoji, whose bitmap glyphs JavaFX 21 cannot draw (they come out blank).
 * On Windows the list is fixed (Tahoma's linked fonts, then Segoe UI Symbol) and never holds a
 * loaded font, and macOS draws Apple Color Emoji in colour: there the font is not loaded.
 */
public final class EmojiFont {

    /** The family name in the font file. */
    public static final String FAMILY = "Noto Emoji";

    private static final Logger LOG = LoggerFactory.getLogger(EmojiFont.class);
    private static final String FILE = "emoji/NotoEmoji_400Regular.ttf";

    private EmojiFont() {
    }

    /** Whether JavaFX on this system takes its fallback fonts from fontconfig. */
    static boolean helpsOn(String osName) {
        return osName.startsWith("Linux");
    }

    /**
     * Loads the font where it helps. Call before the first text is laid out (before the first
     * stage shows): a list built earlier stays without it. Returns whether the font is in use.
     */
    public static boolean install() {
        if (!helpsOn(System.getProperty("os.name", ""))) {
            return false;
        }
        try (InputStream in = EmojiFont.class.getResourceAsStream(FILE)) {
            Font font = in == null ? null : Font.loadFont(in, 12);
            if (font == null) {
                LOG.warn("the emoji font {} could not be loaded: emoji may show as boxes", FILE);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warn("the emoji font {} could not be read: emoji may show as boxes", FILE, e);
            return false;
        }
    }
}
