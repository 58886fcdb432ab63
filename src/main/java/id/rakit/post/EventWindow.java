package id.rakit.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/** The time an event ran, from its start to its end, in the event's zone. */
public record EventWindow(ZonedDateTime start, ZonedDateTime end) {

    public EventWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event ends before it starts");
        }
    }

    /**
     * Signed distance of a moment outside the window: negative before the start, positive after
     * the end, zero inside (both ends included).
     */
    public Duration distance(Instant moment) {
        if (moment.isBefore(start.toInstant())) {
            return Duration.between(start.toInstant(), moment);
        }
        if (moment.isAfter(end.toInstant())) {
            return Duration.between(end.toInstant(), moment);
        }
        return Duration.ZERO;
    }
}
