package id.rakit.evidence;

/** Where the UTC offset of a capture time came from. */
public enum ZoneSource {
    /** The file states the offset (OffsetTimeOriginal, Apple's creation date). */
    FILE("file"),
    /** The file gives a local time only; the admin's configured zone was assumed. */
    ASSUMED("assumed"),
    /** The file stores UTC (QuickTime CreateDate, GPS); converted to the admin's zone. */
    UTC_CONVERTED("utc-converted");

    private final String code;

    ZoneSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ZoneSource fromCode(String code) {
        for (ZoneSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown zone source: " + code);
    }
}
