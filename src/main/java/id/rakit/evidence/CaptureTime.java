package id.rakit.evidence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a photo or video was taken, as the file tells it.
 *
 * @param local      the wall-clock time the file gives (or, for UTC-stored dates, the time in the
 *                   admin's zone); may carry fractions of a second
 * @param instant    the moment on the time line
 * @param offset     the offset the file states, or that UTC was converted to; empty when assumed
 * @param zoneSource where the offset came from
 * @param source     the tag it was read from, e.g. {@code Exif.DateTimeOriginal}
 */
public record CaptureTime(LocalDateTime local, Instant instant, Optional<ZoneOffset> offset,
                          ZoneSource zoneSource, String source) {

    public CaptureTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(zoneSource, "zoneSource");
        Objects.requireNonNull(source, "source");
    }

    /** A local time with the offset the file states. */
    public static CaptureTime withOffset(LocalDateTime local, ZoneOffset offset, String source) {
        return new CaptureTime(local, local.toInstant(offset), Optional.of(offset), ZoneSource.FILE, source);
    }

    /** A local time without offset: the admin's zone is assumed. */
    public static CaptureTime assumingZone(LocalDateTime local, ZoneId zone, String source) {
        Instant instant = ZonedDateTime.of(local, zone).toInstant();
        return new CaptureTime(local, instant, Optional.empty(), ZoneSource.ASSUMED, source);
    }

    /** A UTC moment, shown in the admin's zone. */
    public static CaptureTime fromUtc(Instant instant, ZoneId zone, String source) {
        ZonedDateTime there = instant.atZone(zone);
        return new CaptureTime(there.toLocalDateTime(), instant, Optional.of(there.getOffset()),
                ZoneSource.UTC_CONVERTED, source);
    }

    /** The same capture moved by a camera clock correction; the source tag stays. */
    public CaptureTime shiftedBy(java.time.Duration correction) {
        return new CaptureTime(local.plus(correction), instant.plus(correction), offset, zoneSource, source);
    }
}
