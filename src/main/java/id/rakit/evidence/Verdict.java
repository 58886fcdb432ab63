package id.rakit.evidence;

import java.time.Duration;

/**
 * Whether an item's capture time fits the event.
 *
 * @param kind         on time, outside the window, or no capture time at all
 * @param deltaMinutes signed distance outside the window: negative before the start, positive
 *                     after the end; rounded away from zero so "outside" is never "0 minutes"
 */
public record Verdict(Kind kind, long deltaMinutes) {

    public enum Kind { ON_TIME, OUTSIDE_WINDOW, NO_TIMESTAMP }

    public static final Verdict ON_TIME = new Verdict(Kind.ON_TIME, 0);
    public static final Verdict NO_TIMESTAMP = new Verdict(Kind.NO_TIMESTAMP, 0);

    public static Verdict outside(Duration distance) {
        long seconds = distance.getSeconds() + (distance.getNano() > 0 ? 1 : 0);
        long minutes = seconds >= 0 ? (seconds + 59) / 60 : -((-seconds + 59) / 60);
        return new Verdict(Kind.OUTSIDE_WINDOW, minutes);
    }

    public static Verdict of(Duration distance) {
        return distance.isZero() ? ON_TIME : outside(distance);
    }
}
