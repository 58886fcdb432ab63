package id.rakit.ui.common;

/** Style-class names used from Java, in one place (the stylesheets define them). */
public final class Css {

    public static final String BADGE = "badge";
    public static final String BADGE_OK = "badge-ok";
    public static final String BADGE_BAD = "badge-bad";
    public static final String BADGE_NEUTRAL = "badge-neutral";
    public static final String BADGE_WARN = "badge-warn";
    public static final String BADGE_ACCEPTED = "badge-accepted";
    public static final String MUTED = "muted";
    public static final String HEADING = "heading";
    public static final String SECTION = "section";
    public static final String PROBLEM = "problem-text";
    public static final String EMPTY_STATE = "empty-state";

    private Css() {
    }

    /** The stylesheet of an area, next to its classes. */
    public static String sheet(Class<?> owner, String name) {
        return owner.getResource(name).toExternalForm();
    }
}
