package id.rakit.evidence.metadata;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as a file writes it: the wall-clock time and, where the text carries one, its
 * offset. The parsers here are strict about the date itself: blank or zero dates
 * ({@code "    :  :     :  :  "}, {@code "0000:00:00 00:00:00"}), impossible dates and dates
 * without a time of day are "no date", never a guess.
 */
record StatedTime(LocalDateTime local, Optional<ZoneOffset> offset) {

    // EXIF "2021:09:27 07:13:41", XMP/ISO "2021-09-27T07:13:41.439+07:00", RIFF "2001/ 1/27  1:42"
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\s*(\\d{4})[:\\-/.]\\s*(\\d{1,2})[:\\-/.]\\s*(\\d{1,2})/?(?:[ T]+(\\d{1,2}):\\s*(\\d{2})(?::(\\d{2}))?"
                    + "(?:[.,](\\d+))?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    // the classic AVI form, as C's ctime() writes it: "Mon Mar 10 15:04:43 2003"
    private static final Pattern CTIME = Pattern.compile(
            "\\s*[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})");
    private static final Pattern PM = Pattern.compile("\\d\\s*PM", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("\\s*(Z|([+-])(\\d{2}):?(\\d{2})?)\\s*");
    private static final Pattern IPTC_DATE = Pattern.compile("\\s*(\\d{4})(\\d{2})(\\d{2})\\s*");
    private static final Pattern IPTC_TIME = Pattern.compile(
            "\\s*(\\d{2})(\\d{2})(\\d{2})\\s*([+-]\\d{2}\\d{2})?\\s*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** EXIF, XMP, ISO 8601 and Apple's creation date; any offset in the text is kept. */
    static Optional<StatedTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.lookingAt() || m.group(4) == null) {
            return Optional.empty();
        }
        Optional<LocalDateTime> local = of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                m.group(7));
        if (local.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatedTime(local.get(), m.group(8) == null ? Optional.empty() : offset(m.group(8))));
    }

    /** The AVI IDIT chunk: ctime form or one of the camera variants of "year/month/day time". */
    static Optional<StatedTime> parseRiff(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CTIME.matcher(text);
        if (m.lookingAt()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month == null) {
                return Optional.empty();
            }
            return of(m.group(6), month.toString(), m.group(2), m.group(3), m.group(4), m.group(5), null)
                    .map(local -> new StatedTime(local, Optional.empty()));
        }
        // offsets are not part of any RIFF date form; Casio's "2001/ 1/27  1:42PM" has a 12-hour clock
        boolean afternoon = PM.matcher(text).find();
        return parse(text).map(t -> new StatedTime(
                afternoon && t.local().getHour() < 12 ? t.local().plusHours(12) : t.local(), Optional.empty()));
    }

    /** IPTC DateCreated ("20040226") with TimeCreated ("153000+0700"); no time, no capture time. */
    static Optional<StatedTime> parseIptc(String date, String time) {
        if (date == null || time == null) {
            return Optional.empty();
        }
        Matcher d = IPTC_DATE.matcher(date);
        Matcher t = IPTC_TIME.matcher(time);
        if (!d.matches() || !t.matches()) {
            return Optional.empty();
        }
        return of(d.group(1), d.group(2), d.group(3), t.group(1), t.group(2), t.group(3), null)
                .map(local -> new StatedTime(local, t.group(4) == null ? Optional.empty() : offset(t.group(4))));
    }

    /** "+07:00", "-0600", "Z"; blank or out of range gives none. */
    static Optional<ZoneOffset> offset(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        if ("Z".equals(m.group(1))) {
            return Optional.of(ZoneOffset.UTC);
        }
        int sign = "-".equals(m.group(2)) ? -1 : 1;
        int hours = Integer.parseInt(m.group(3));
        int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** EXIF SubSecTime digits ("439" is 0.439 s) as nanoseconds; anything else is zero. */
    static int subSecondNanos(String digits) {
        if (digits == null) {
            return 0;
        }
        String d = digits.strip();
        if (d.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < d.length(); i++) {
            if (!Character.isDigit(d.charAt(i))) {
                return 0;
            }
        }
        return fractionNanos(d);
    }

    private static int fractionNanos(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static Optional<LocalDateTime> of(String year, String month, String day, String hour,
                                              String minute, String second, String fraction) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (y == 0 || mo == 0 || d == 0) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(y, mo, d, Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second));
            return Optional.of(fraction == null ? local : local.withNano(fractionNanos(fraction)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
