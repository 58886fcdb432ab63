package id.rakit.compose;

import id.rakit.post.PostDetails;
import id.rakit.post.TimeZones;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caption to start from, with fields in braces: {@code {acara}}, {@code {tanggal}} ("Selasa,
 * 17 September 2024"), {@code {waktu}} ("09.00 WIB"), {@code {lokasi}}, {@code {opd}},
 * {@code {judul}} are filled from the post; any other field ({@code {narasumber}}) is one the
 * admin added and is asked for when the template is used.
 *
 * @param id      0 for the example shipped with Rakit, which cannot be changed
 * @param builtIn whether Rakit ships it
 */
public record Template(long id, String name, String text, boolean builtIn) {

    /** The fields filled from the post. */
    public static final List<String> POST_FIELDS = List.of("acara", "tanggal", "waktu", "lokasi", "opd", "judul");

    private static final Pattern FIELD = Pattern.compile("\\{([\\p{L}\\p{N}_]+)}");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    public Template {
        name = Objects.requireNonNullElse(name, "").strip();
        text = Objects.requireNonNullElse(text, "");
    }

    /** The fields the admin must fill in: every field that the post does not fill, in order. */
    public List<String> ownFields() {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            String f = m.group(1);
            if (!POST_FIELDS.contains(f.toLowerCase(Locale.ROOT)) && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The template with its fields filled: the post's own from its details, the admin's from
     * {@code values}; a field without a value stays as written, so nothing is silently dropped.
     */
    public String fill(PostDetails post, Map<String, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = m.group(1);
            String value = switch (field.toLowerCase(Locale.ROOT)) {
                case "acara" -> post.eventName();
                case "judul" -> post.title();
                case "lokasi" -> post.venue();
                case "opd" -> post.unit();
                case "tanggal" -> post.eventStart().map(t -> DAY.format(t)).orElse("");
                case "waktu" -> post.eventStart().map(t -> time(t, post)).orElse("");
                default -> values.getOrDefault(field, "");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value.isEmpty() ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String time(LocalDateTime start, PostDetails post) {
        String zone = TimeZones.abbreviation(post.eventZone(), start.atZone(post.eventZone()).toInstant());
        return String.format("%02d.%02d %s", start.getHour(), start.getMinute(), zone);
    }
}
