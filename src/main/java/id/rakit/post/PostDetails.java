package id.rakit.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the admin types about a post: everything except identity, status and timestamps.
 * Event times are wall-clock times in the event's zone.
 */
public record PostDetails(
        String title,
        String unit,
        String eventName,
        Optional<LocalDateTime> eventStart,
        Optional<LocalDateTime> eventEnd,
        ZoneId eventZone,
        String venue,
        Optional<GeoPoint> venueLocation) {

    public PostDetails {
        title = Texts.wellFormed(title);
        unit = Texts.wellFormed(unit);
        eventName = Texts.wellFormed(eventName);
        venue = Texts.wellFormed(venue);
        eventStart = Objects.requireNonNullElse(eventStart, Optional.empty());
        eventEnd = Objects.requireNonNullElse(eventEnd, Optional.empty());
        venueLocation = Objects.requireNonNullElse(venueLocation, Optional.empty());
        eventZone = Objects.requireNonNullElse(eventZone, TimeZones.DEFAULT);
    }

    /** An empty draft in the given zone, with the unit prefilled from the admin's profile. */
    public static PostDetails empty(String unit, ZoneId zone) {
        return new PostDetails("", unit, "", Optional.empty(), Optional.empty(), zone, "", Optional.empty());
    }

    public PostDetails withTitle(String next) {
        return new PostDetails(next, unit, eventName, eventStart, eventEnd, eventZone, venue, venueLocation);
    }

    public PostDetails withUnit(String next) {
        return new PostDetails(title, next, eventName, eventStart, eventEnd, eventZone, venue, venueLocation);
    }

    public PostDetails withEventName(String next) {
        return new PostDetails(title, unit, next, eventStart, eventEnd, eventZone, venue, venueLocation);
    }

    public PostDetails withEvent(Optional<LocalDateTime> start, Optional<LocalDateTime> end, ZoneId zone) {
        return new PostDetails(title, unit, eventName, start, end, zone, venue, venueLocation);
    }

    public PostDetails withVenue(String next, Optional<GeoPoint> location) {
        return new PostDetails(title, unit, eventName, eventStart, eventEnd, eventZone, next, location);
    }

    /** The event's window, when both ends are known and in order. */
    public Optional<EventWindow> eventWindow() {
        if (eventStart.isEmpty() || eventEnd.isEmpty() || eventEnd.get().isBefore(eventStart.get())) {
            return Optional.empty();
        }
        return Optional.of(new EventWindow(eventStart.get().atZone(eventZone), eventEnd.get().atZone(eventZone)));
    }
}
