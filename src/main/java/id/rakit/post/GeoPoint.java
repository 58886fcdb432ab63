package id.rakit.post;

/** A place on the map, in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    /**
     * Reads "-0.9471, 100.4172" (comma, semicolon or space between, decimal point or a comma
     * inside each number is not accepted to avoid ambiguity).
     */
    public static java.util.Optional<GeoPoint> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String[] parts = text.strip().split("\\s*[,;]\\s*|\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("two numbers expected");
        }
        return java.util.Optional.of(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
    }

    public String text() {
        return String.format(java.util.Locale.ROOT, "%.6f, %.6f", latitude, longitude);
    }
}
