package id.rakit.ui.post;

import id.rakit.post.Autosave;
import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostRepository;
import id.rakit.settings.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post being edited. Every change is saved by {@link Autosave} shortly after the admin stops
 * typing; there is nothing to remember to save.
 */
public final class PostEditorViewModel {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{1,2}))?");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final PostRepository posts;
    private final Settings settings;
    private final Autosave autosave;
    private final Clock clock;
    private boolean loading;

    // Properties

    private final ReadOnlyObjectWrapper<Post> post = new ReadOnlyObjectWrapper<>(this, "post");

    /** The post as last loaded; empty when none is open. */
    public ReadOnlyObjectProperty<Post> postProperty() {
        return post.getReadOnlyProperty();
    }

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

    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>(this, "eventDate");

    /** The day the event starts. */
    public ObjectProperty<LocalDate> eventDateProperty() {
        return eventDate;
    }

    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");

    /** "09.00" or "9:00"; empty means from the start of the day. */
    public StringProperty startTimeProperty() {
        return startTime;
    }

    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");

    /** The day the event ends, for events over several days; empty means the same day. */
    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "");

    /** Empty means until the end of the day. */
    public StringProperty endTimeProperty() {
        return endTime;
    }

    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", PostDetails.DEFAULT_ZONE);

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

    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");

    public StringProperty captionProperty() {
        return caption;
    }

    private final ReadOnlyObjectWrapper<PostDetails> details = new ReadOnlyObjectWrapper<>(this, "details");

    /** The details as they now read in the form (what was last saved or is about to be). */
    public ReadOnlyObjectProperty<PostDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** Message keys for what in the form cannot be understood yet (e.g. an end before the start). */
    public ObservableList<String> problems() {
        return problems;
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper titleFocusRequests =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "titleFocusRequests");

    /** Counts requests to put the cursor in the title (after "Post baru"). */
    public javafx.beans.property.ReadOnlyIntegerProperty titleFocusRequestsProperty() {
        return titleFocusRequests.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Autosave.State> saveState =
            new ReadOnlyObjectWrapper<>(this, "saveState", Autosave.State.SAVED);

    public ReadOnlyObjectProperty<Autosave.State> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public PostEditorViewModel(PostRepository posts, Settings settings, Autosave autosave, Clock clock) {
        this.posts = posts;
        this.settings = settings;
        this.autosave = autosave;
        this.clock = clock;
        ChangeListener<Object> detailsChanged = (obs, old, now) -> detailsChanged();
        for (var p : List.of(title, unit, eventName, startTime, endTime, venue, venueLocation)) {
            p.addListener(detailsChanged);
        }
        eventDate.addListener(detailsChanged);
        endDate.addListener(detailsChanged);
        zone.addListener(detailsChanged);
        caption.addListener((obs, old, now) -> captionChanged());
    }

    /** Called from the autosave thread's listener through the UI thread. */
    public void saveStateChanged(Autosave.State state) {
        saveState.set(state);
    }

    // Commands

    /** Shows {@code p} in the form. */
    public void load(Post p) {
        loading = true;
        try {
            PostDetails d = p.details();
            title.set(d.title());
            unit.set(d.unit());
            eventName.set(d.eventName());
            eventDate.set(d.eventStart().map(LocalDateTime::toLocalDate).orElse(null));
            startTime.set(d.eventStart().map(t -> timeText(t.toLocalTime())).orElse(""));
            LocalDate startDay = eventDate.get();
            endDate.set(d.eventEnd().map(LocalDateTime::toLocalDate).filter(day -> !day.equals(startDay)).orElse(null));
            endTime.set(d.eventEnd().map(t -> timeText(t.toLocalTime())).orElse(""));
            zone.set(d.eventZone());
            venue.set(d.venue());
            venueLocation.set(d.venueLocation().map(GeoPoint::text).orElse(""));
            caption.set(p.caption(Platform.GENERAL));
            post.set(p);
        } finally {
            loading = false;
        }
        details.set(read());
    }

    /** Puts the cursor in the title. */
    public void focusTitle() {
        titleFocusRequests.set(titleFocusRequests.get() + 1);
    }

    /** True when nothing has been written into the open post (the unit is prefilled, so it does not count). */
    public boolean isUntouched() {
        return post.get() != null && title.get().isBlank() && eventName.get().isBlank() && caption.get().isBlank()
                && venue.get().isBlank() && eventDate.get() == null && startTime.get().isBlank()
                && endTime.get().isBlank();
    }

    /** Empties the form when no post is open. */
    public void clear() {
        loading = true;
        try {
            post.set(null);
            for (var s : List.of(title, unit, eventName, startTime, endTime, venue, venueLocation, caption)) {
                s.set("");
            }
            eventDate.set(null);
            endDate.set(null);
            zone.set(PostDetails.DEFAULT_ZONE);
            problems.clear();
        } finally {
            loading = false;
        }
        details.set(null);
    }

    private void detailsChanged() {
        if (loading || post.get() == null) {
            return;
        }
        PostDetails snapshot = read();
        details.set(snapshot);
        long id = post.get().id();
        autosave.schedule("details:" + id, () -> posts.saveDetails(id, snapshot, clock.instant()));
        if (!snapshot.unit().isBlank()) {
            // the next new post starts with the unit the admin last wrote
            autosave.schedule("profile:unit", () -> settings.setUnitName(snapshot.unit()));
        }
    }

    private void captionChanged() {
        if (loading || post.get() == null) {
            return;
        }
        long id = post.get().id();
        String text = caption.get();
        autosave.schedule("caption:" + id, () -> posts.saveCaption(id, Platform.GENERAL, text, clock.instant()));
    }

    /** The form as details; parts that cannot be understood are left out and named in {@link #problems()}. */
    PostDetails read() {
        List<String> found = new ArrayList<>();
        Optional<LocalTime> start = parseTime(startTime.get(), "editor.problem.startTime", found);
        Optional<LocalTime> end = parseTime(endTime.get(), "editor.problem.endTime", found);
        Optional<LocalDateTime> eventStart = Optional.empty();
        Optional<LocalDateTime> eventEnd = Optional.empty();
        if (eventDate.get() != null) {
            LocalDate first = eventDate.get();
            LocalDate last = endDate.get() == null ? first : endDate.get();
            eventStart = Optional.of(first.atTime(start.orElse(LocalTime.MIDNIGHT)));
            eventEnd = Optional.of(last.atTime(end.orElse(END_OF_DAY)));
            if (eventEnd.get().isBefore(eventStart.get())) {
                found.add("editor.problem.endBeforeStart");
            }
        } else if (!startTime.get().isBlank() || !endTime.get().isBlank()) {
            found.add("editor.problem.noDate");
        }
        Optional<GeoPoint> location = Optional.empty();
        try {
            location = GeoPoint.parse(venueLocation.get());
        } catch (IllegalArgumentException e) {
            found.add("editor.problem.location");
        }
        problems.setAll(found);
        return new PostDetails(title.get(), unit.get(), eventName.get(), eventStart, eventEnd, zone.get(),
                venue.get(), location);
    }

    /** Reads "9", "09.00", "9:05" as people write times in Indonesia. */
    static Optional<LocalTime> parseTime(String text, String problemKey, List<String> problems) {
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
        problems.add(problemKey);
        return Optional.empty();
    }

    static String timeText(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}
