package id.rakit.export;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.Standing;
import id.rakit.export.BundlePlan.ItemPlan;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.post.EventWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The report's picture of when each item was taken against the event window, as positions from 0
 * (left) to 1 (right) that the HTML and the PDF both draw. The axis spans the window with a
 * margin on each side; an item far outside sits at the edge with an arrow and how far it is, so
 * one photo taken two days early does not squash the event to a line.
 *
 * @param windowFrom where the event starts on the axis, or -1 without a window
 * @param windowTo   where it ends
 * @param marks      one per item with a capture time, in lanes so numbers do not overlap
 * @param ticks      a few times along the axis
 */
record Timeline(double windowFrom, double windowTo, List<Mark> marks, List<Tick> ticks, int lanes) {

    /** An item on the axis; {@code edge} is -1 or 1 when it lies beyond the axis on that side. */
    record Mark(double x, int lane, String label, Standing standing, int edge, String note) {
    }

    record Tick(double x, String label) {
    }

    static final double LANE_GAP = 0.035;

    static Timeline of(BundlePlan plan, EvidenceTexts texts) {
        ZoneId zone = plan.post().details().eventZone();
        Optional<EventWindow> window = plan.post().details().eventWindow();
        List<ItemPlan> timed = plan.evidence().stream().filter(i -> i.item().result().captureTime().isPresent()).toList();
        Instant from;
        Instant to;
        if (window.isPresent()) {
            Instant start = window.get().start().toInstant();
            Instant end = window.get().end().toInstant();
            Duration length = Duration.between(start, end);
            Duration pad = length.dividedBy(4).compareTo(Duration.ofMinutes(15)) < 0 ? Duration.ofMinutes(15)
                    : length.dividedBy(4);
            from = start.minus(pad);
            to = end.plus(pad);
        } else if (!timed.isEmpty()) {
            from = timed.stream().map(Timeline::instant).min(Comparator.naturalOrder()).orElseThrow();
            to = timed.stream().map(Timeline::instant).max(Comparator.naturalOrder()).orElseThrow();
            Duration pad = Duration.between(from, to).dividedBy(20).plusMinutes(30);
            from = from.minus(pad);
            to = to.plus(pad);
        } else {
            return new Timeline(-1, -1, List.of(), List.of(), 0);
        }
        double span = Math.max(1, Duration.between(from, to).toSeconds());
        List<Mark> marks = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        List<ItemPlan> byTime = new ArrayList<>(timed);
        byTime.sort(Comparator.comparing(Timeline::instant));
        for (ItemPlan i : byTime) {
            double x = Duration.between(from, instant(i)).toSeconds() / span;
            int edge = x < 0 ? -1 : x > 1 ? 1 : 0;
            x = Math.max(0, Math.min(1, x));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > x - LANE_GAP) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(x);
            } else {
                laneEnds.set(lane, x);
            }
            String label = i.number() > 0 ? Integer.toString(i.number()) : "–";
            String note = edge != 0 ? i.item().result().verdict().map(texts::verdict).orElse("") : "";
            marks.add(new Mark(x, lane, label, i.item().standing(), edge, note));
        }
        List<Tick> ticks = ticks(from, to, zone, texts);
        double windowFrom = -1;
        double windowTo = -1;
        if (window.isPresent()) {
            windowFrom = Duration.between(from, window.get().start().toInstant()).toSeconds() / span;
            windowTo = Duration.between(from, window.get().end().toInstant()).toSeconds() / span;
        }
        return new Timeline(windowFrom, windowTo, marks, ticks, Math.max(1, laneEnds.size()));
    }

    /** Steps between ticks, in minutes: the first that gives at most six ticks is taken. */
    private static final long[] STEPS = {5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200};

    /** Ticks at round times (09.00, 09.30, ...) of the event's zone. */
    private static List<Tick> ticks(Instant from, Instant to, ZoneId zone, EvidenceTexts texts) {
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (minutes / s <= 6) {
                step = s;
                break;
            }
        }
        boolean days = minutes >= 20 * 60;
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step >= 1440 ? "d MMM" : days ? "d MMM HH.mm" : "HH.mm",
                texts.messages().locale());
        double span = Duration.between(from, to).toSeconds();
        ZonedDateTime start = from.atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        long first = (long) Math.ceil(Duration.between(start, from.atZone(zone)).toMinutes() / (double) step) * step;
        List<Tick> out = new ArrayList<>();
        for (long m = first; ; m += step) {
            ZonedDateTime at = start.plusMinutes(m);
            if (at.toInstant().isAfter(to)) {
                break;
            }
            out.add(new Tick(Duration.between(from, at.toInstant()).toSeconds() / span, format.format(at)));
        }
        return out;
    }

    private static Instant instant(ItemPlan i) {
        CaptureTime t = i.item().result().captureTime().orElseThrow();
        return t.instant();
    }
}
