package id.rakit.post;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Indonesia's three time zones, and the one Rakit assumes until the admin says otherwise. */
public final class TimeZones {

    /** WIB: Sumatera Barat's zone, and Rakit's default everywhere. */
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    /** The zones an event can be in, west to east. */
    public static final List<ZoneId> INDONESIA = List.of(DEFAULT, WITA, WIT);

    private static final Map<String, String> NAMES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private TimeZones() {
    }

    /** WIB, WITA, WIT, or "UTC+05:30" for other zones. */
    public static String abbreviation(ZoneId zone, Instant at) {
        String name = NAMES.get(zone.getId());
        if (name != null) {
            return name;
        }
        ZoneOffset offset = zone.getRules().getOffset(at);
        return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }
}
