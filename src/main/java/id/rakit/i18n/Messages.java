package id.rakit.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a user sees, from {@code id/rakit/i18n/messages*.properties}. Indonesian is the
 * base bundle; English is the second. The machine's default locale never leaks in: a Rakit on an
 * English Windows still speaks Indonesian unless the admin switches.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BASE = "id.rakit.i18n.messages";

    private final Locale locale;
    /** Loaded on first use: a command line that prints no message never reads the bundle. */
    private volatile ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages of(Locale locale) {
        return new Messages("en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN);
    }

    public static Messages indonesian() {
        return of(INDONESIAN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            synchronized (this) {
                b = bundle;
                if (b == null) {
                    b = ResourceBundle.getBundle(BASE, locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    bundle = b;
                }
            }
        }
        return b;
    }

    /** The text for a key, with {0}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // always through MessageFormat, so quoting ('') reads the same with and without arguments
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(args);
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }
}
