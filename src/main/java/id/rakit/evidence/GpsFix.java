package id.rakit.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * Where and, if the device recorded it, when (always UTC) a GPS receiver placed the capture.
 */
public record GpsFix(double latitude, double longitude, Optional<Instant> time) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GpsFix {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
        time = time == null ? Optional.empty() : time;
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
