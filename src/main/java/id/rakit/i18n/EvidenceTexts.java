package id.rakit.i18n;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Verdict;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How evidence facts read in the admin's language: times in WIB, distances, verdicts, flags. */
public final class EvidenceTexts {

    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public EvidenceTexts(Messages messages) {
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
    }

    public Messages messages() {
        return messages;
    }

    /** WIB, WITA, WIT, or "UTC+05:30" for other zones. */
    public static String zoneLabel(ZoneId zone, java.time.Instant at) {
        return id.rakit.post.TimeZones.abbreviation(zone, at);
    }

    /** "17 Sep 2024, 09.15.42 WIB": the moment shown in the event's zone. */
    public String captureTime(CaptureTime time, ZoneId shownIn) {
        ZonedDateTime there = time.instant().atZone(shownIn);
        return dateTime.format(there) + " " + zoneLabel(shownIn, time.instant());
    }

    /** The wall-clock time as the file states it, with its offset if known. */
    public String asRecorded(CaptureTime time) {
        String local = dateTime.format(time.local());
        return time.offset().map(o -> local + " (UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId()) + ")")
                .orElse(local);
    }

    public String dateTime(LocalDateTime time) {
        return dateTime.format(time);
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /** "2 hari", "3 jam 5 menit", "12 menit". */
    public String duration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes % (24 * 60)) / 60;
        long mins = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days >= 365) {
            return messages.get("duration.years", days / 365);
        }
        if (days >= 60) {
            return messages.get("duration.months", days / 30);
        }
        if (days > 0) {
            parts.add(messages.get("duration.days", days));
            if (days < 2 && hours > 0) {
                parts.add(messages.get("duration.hours", hours));
            }
        } else if (hours > 0) {
            parts.add(messages.get("duration.hours", hours));
            if (mins > 0) {
                parts.add(messages.get("duration.minutes", mins));
            }
        } else {
            parts.add(messages.get("duration.minutes", Math.max(1, mins)));
        }
        return String.join(" ", parts);
    }

    /** The short badge text: "Sesuai waktu acara", "2 hari sebelum acara", "Waktu tidak ditemukan". */
    public String verdict(Verdict verdict) {
        return switch (verdict.kind()) {
            case ON_TIME -> messages.get("verdict.ON_TIME");
            case NO_TIMESTAMP -> messages.get("verdict.NO_TIMESTAMP");
            case OUTSIDE_WINDOW -> messages.get(verdict.deltaMinutes() < 0 ? "verdict.before" : "verdict.after",
                    duration(Duration.ofMinutes(verdict.deltaMinutes())));
        };
    }

    /** A flag's short name, for a chip. */
    public String flagName(Finding finding) {
        return messages.get("flag." + finding.flag().name());
    }

    /** A flag's plain explanation with its facts, for the details pane and tooltips. */
    public String flagExplanation(Finding finding) {
        List<Object> a = finding.args();
        return switch (finding.flag()) {
            case EDITED -> a.size() >= 2
                    ? messages.get("flag.EDITED.lateModify", duration(Duration.ofMinutes(((Number) a.get(1)).longValue())))
                    : messages.get("flag.EDITED.detail", a.get(0));
            case GPS_FAR -> messages.get("flag.GPS_FAR.detail",
                    String.format(messages.locale(), "%.1f", ((Number) a.get(0)).doubleValue()));
            case CLOCK_MISMATCH -> messages.get("flag.CLOCK_MISMATCH.detail",
                    duration(Duration.ofMinutes(((Number) a.get(0)).longValue())));
            case REUSED -> messages.get(Boolean.TRUE.equals(a.get(2)) ? "flag.REUSED.same" : "flag.REUSED.similar",
                    a.get(0).toString().isBlank() ? messages.get("post.untitled") : a.get(0),
                    a.get(1) instanceof LocalDate d ? date(d) : messages.get("post.noDate"));
            default -> messages.get("flag." + finding.flag().name() + ".detail");
        };
    }

    /** A file problem's message; the pixel size, when known, fills the too-many-pixels message. */
    public String problem(FileProblem problem, java.util.Optional<Integer> width, java.util.Optional<Integer> height) {
        if (problem == FileProblem.TOO_MANY_PIXELS && (width.isEmpty() || height.isEmpty())) {
            return messages.get("problem.TOO_MANY_PIXELS.sizeUnknown");
        }
        String size = width.isPresent() && height.isPresent()
                ? String.format(messages.locale(), "%,d × %,d", width.get(), height.get()) : "";
        return messages.get(problem.messageKey(), size);
    }
}
