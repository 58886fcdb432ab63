package id.rakit.evidence;

/** What a file turned out to be when Rakit read it. */
public enum MediaType {
    PHOTO, VIDEO, UNSUPPORTED, UNREADABLE;

    /** The lower-case word used in `scan` output and the database. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
