package id.rakit.ui.details;

import id.rakit.post.GeoPoint;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostService;
import id.rakit.post.TimeZones;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.Listening;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post's details as the admin types them. Every change goes to {@link PostService} at once
 * (it saves within a second) and into the open post, so the evidence checks follow the event's
 * time as it is typed. What cannot be understood is named in {@link #problems()} and left out.
 */
public final class DetailsViewModel {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{1,2}))?");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** dd/MM/yyyy as Indonesian offices write dates; also d-M-yyyy, d.M.yyyy and ISO. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("uuuu-M-d"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** A problem in the form: its message key and what it is about (the text the admin typed). */
    public record Problem(String key, String typed) {
    }

    private final PostService posts;
    private final AppState state;
    private final Listening listening = new Listening();
    private long loadedId = -1;
    private boolean loading;

    // Properties

    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    public StringProperty titleProperty() {
        return title;
    }

    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");

    public StringProperty unitProperty() {
        return unit;
    }

    private final StringProperty eventName = new SimpleStringProperty(this, "eventName", "");

    public StringProperty eventNameProperty() {
        return eventName;
    }

    private final StringProperty startDate = new SimpleStringProperty(this, "startDate", "");

    /** The day the event starts as typed, "17/09/2024". */
    public StringProperty startDateProperty() {
        return startDate;
    }

    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");

    /** "09.00" or "9:00"; empty means from the start of the day. */
    public StringProperty startTimeProperty() {
        return startTime;
    }

    private final StringProperty endDate = new SimpleStringProperty(this, "endDate", "");

    /** The day the event ends, for events over several days; empty means the same day. */
    public StringProperty endDateProperty() {
        return endDate;
    }

    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "");

    /** Empty means until the end of the day. */
    public StringProperty endTimeProperty() {
        return endTime;
    }

    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", TimeZones.DEFAULT);

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");

    public StringProperty venueProperty() {
        return venue;
    }

    private final StringProperty venueLocation = new SimpleStringProperty(this, "venueLocation", "");

    /** "-0.9471, 100.4172", optional: lets the GPS check compare distances. */
    public StringProperty venueLocationProperty() {
        return venueLocation;
    }

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    /** What in the form cannot be understood (a date that does not exist, an end before the start). */
    public ObservableList<Problem> problems() {
        return problems;
    }

    private final ReadOnlyBooleanWrapper wholeDay = new ReadOnlyBooleanWrapper(this, "wholeDay");

    /** A date without times: the evidence is checked against the whole day. */
    public ReadOnlyBooleanProperty wholeDayProperty() {
        return wholeDay.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper titleFocusRequests = new ReadOnlyIntegerWrapper(this, "titleFocusRequests");

    /** Counts requests to put the cursor in the title (after "Unggahan baru"). */
    public ReadOnlyIntegerProperty titleFocusRequestsProperty() {
        return titleFocusRequests.getReadOnlyProperty();
    }

    public DetailsViewModel(PostService posts, AppState state) {
        this.posts = posts;
        this.state = state;
        for (var p : List.of(title, unit, eventName, startDate, startTime, endDate, endTime, venue, venueLocation)) {
            p.addListener((obs, old, now) -> changed());
        }
        zone.addListener((obs, old, now) -> changed());
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null) {
                clear();
            } else if (now.id() != loadedId) {
                load(now);
            }
        });
        if (state.openPost().isPresent()) {
            load(state.openPost().get());
        }
    }

    // Commands

    /** Stops following the open post, for a window being replaced. */
    public void dispose() {
        listening.stop();
    }

    /** Puts the cursor in the title. */
    public void focusTitle() {
        titleFocusRequests.set(titleFocusRequests.get() + 1);
    }

    /** True when nothing has been written into the open post (the prefilled unit does not count). */
    public boolean isUntouched() {
        return loadedId >= 0 && title.get().isBlank() && eventName.get().isBlank() && venue.get().isBlank()
                && startDate.get().isBlank() && startTime.get().isBlank() && endDate.get().isBlank()
                && endTime.get().isBlank() && venueLocation.get().isBlank();
    }

    private void load(Post p) {
        loading = true;
        try {
            loadedId = p.id();
            PostDetails d = p.details();
            title.set(d.title());
            unit.set(d.unit());
            eventName.set(d.eventName());
            LocalDate first = d.eventStart().map(LocalDateTime::toLocalDate).orElse(null);
            startDate.set(first == null ? "" : SHOWN.format(first));
            startTime.set(d.eventStart().map(LocalDateTime::toLocalTime).filter(t -> !t.equals(LocalTime.MIDNIGHT))
                    .map(DetailsViewModel::timeText).orElse(""));
            endDate.set(d.eventEnd().map(LocalDateTime::toLocalDate).filter(day -> !day.equals(first))
                    .map(SHOWN::format).orElse(""));
            endTime.set(d.eventEnd().map(LocalDateTime::toLocalTime).filter(t -> !t.equals(END_OF_DAY))
                    .map(DetailsViewModel::timeText).orElse(""));
            zone.set(d.eventZone());
            venue.set(d.venue());
            venueLocation.set(d.venueLocation().map(GeoPoint::text).orElse(""));
        } finally {
            loading = false;
        }
        read();
    }

    private void clear() {
        loading = true;
        try {
            loadedId = -1;
            for (var s : List.of(title, unit, eventName, startDate, startTime, endDate, endTime, venue, venueLocation)) {
                s.set("");
            }
            zone.set(TimeZones.DEFAULT);
            problems.clear();
            wholeDay.set(false);
        } finally {
            loading = false;
        }
    }

    private void changed() {
        if (loading || loadedId < 0) {
            return;
        }
        PostDetails details = read();
        long id = loadedId;
        posts.editDetails(id, details);
        state.update(id, p -> p.withDetails(details));
    }

    /** The form as details; parts that cannot be understood are left out and named in {@link #problems()}. */
    PostDetails read() {
        List<Problem> found = new ArrayList<>();
        Optional<LocalDate> first = parseDate(startDate.get(), "details.problem.startDate", found);
        Optional<LocalDate> last = parseDate(endDate.get(), "details.problem.endDate", found);
        Optional<LocalTime> start = parseTime(startTime.get(), "details.problem.startTime", found);
        Optional<LocalTime> end = parseTime(endTime.get(), "details.problem.endTime", found);
        Optional<LocalDateTime> eventStart = Optional.empty();
        Optional<LocalDateTime> eventEnd = Optional.empty();
        if (first.isPresent()) {
            eventStart = Optional.of(first.get().atTime(start.orElse(LocalTime.MIDNIGHT)));
            eventEnd = Optional.of(last.orElse(first.get()).atTime(end.orElse(END_OF_DAY)));
            if (eventEnd.get().isBefore(eventStart.get())) {
                found.add(new Problem("details.problem.endBeforeStart", ""));
            }
        } else if (startDate.get().isBlank() && (!startTime.get().isBlank() || !endTime.get().isBlank())) {
            found.add(new Problem("details.problem.noDate", ""));
        }
        Optional<GeoPoint> location = Optional.empty();
        try {
            location = GeoPoint.parse(venueLocation.get());
        } catch (IllegalArgumentException e) {
            found.add(new Problem("details.problem.location", venueLocation.get().strip()));
        }
        problems.setAll(found);
        wholeDay.set(first.isPresent() && startTime.get().isBlank() && endTime.get().isBlank());
        return new PostDetails(title.get(), unit.get(), eventName.get(), eventStart, eventEnd, zone.get(),
                venue.get(), location);
    }

    /** A date as Indonesian offices write it; one that does not exist (31/02/2024) is a problem, never moved. */
    static Optional<LocalDate> parseDate(String text, String problemKey, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(text);
        if (date.isEmpty()) {
            problems.add(new Problem(problemKey, text.strip()));
        }
        return date;
    }

    /** Reads a typed date, strictly; empty when it is not a real date. */
    public static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException ignored) {
                // not written this way; try the next
            }
        }
        return Optional.empty();
    }

    /** How a date is shown in the form. */
    public static String dateText(LocalDate day) {
        return SHOWN.format(day);
    }

    /** Reads "9", "09.00", "9:05" as people write times in Indonesia. */
    static Optional<LocalTime> parseTime(String text, String problemKey, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return Optional.of(LocalTime.of(h, min));
            }
        }
        problems.add(new Problem(problemKey, text.strip()));
        return Optional.empty();
    }

    static String timeText(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}
