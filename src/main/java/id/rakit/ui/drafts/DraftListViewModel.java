package id.rakit.ui.drafts;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.PostPage;
import id.rakit.post.PostQuery;
import id.rakit.post.PostService;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of posts on the left: search as the admin types (throttled, off the UI thread), a
 * status filter, the bin. It shows which post is open; it opens, duplicates, deletes and
 * restores through {@link PostActions}.
 */
public final class DraftListViewModel {

    /** How long typing in the search field pauses before the search runs. */
    static final Duration SEARCH_DELAY = Duration.ofMillis(200);

    /** How many posts the list shows at first, and how many more each "show more" adds. */
    public static final int PAGE = PostPage.SIZE;

    /** When the event took place, for the date filter; relative to today in the admin's time zone. */
    public enum Period {
        ALL, LAST_7_DAYS, LAST_30_DAYS, THIS_YEAR, LAST_YEAR;

        /** The first and last day of the period (either open); upcoming events count as recent ones. */
        Optional<LocalDate> from(LocalDate today) {
            return switch (this) {
                case ALL -> Optional.empty();
                case LAST_7_DAYS -> Optional.of(today.minusDays(6));
                case LAST_30_DAYS -> Optional.of(today.minusDays(29));
                case THIS_YEAR -> Optional.of(today.withDayOfYear(1));
                case LAST_YEAR -> Optional.of(today.minusYears(1).withDayOfYear(1));
            };
        }

        Optional<LocalDate> to(LocalDate today) {
            return switch (this) {
                case ALL, LAST_7_DAYS, LAST_30_DAYS -> Optional.empty();
                case THIS_YEAR -> Optional.of(today.withDayOfYear(today.lengthOfYear()));
                case LAST_YEAR -> Optional.of(today.withDayOfYear(1).minusDays(1));
            };
        }
    }

    /** What the list asks of the window. */
    public interface PostActions {
        void open(long id);

        void duplicate(long id);

        void moveToBin(long id);

        void restore(long id);
    }

    private final PostService posts;
    private final TaskExecutor tasks;
    private final AppState state;
    private final Messages messages;
    private final PostActions actions;
    private final Listening listening = new Listening();
    private final Supplier<LocalDate> today;
    private Runnable pending;
    private int generation;
    private int shown = PAGE;

    // Properties

    private final StringProperty query = new SimpleStringProperty(this, "query", "");

    /** What the admin typed into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    private final ObjectProperty<Optional<PostStatus>> status =
            new SimpleObjectProperty<>(this, "status", Optional.empty());

    /** Only posts of this status; empty for all. */
    public ObjectProperty<Optional<PostStatus>> statusProperty() {
        return status;
    }

    private final ObjectProperty<Optional<Platform>> platform =
            new SimpleObjectProperty<>(this, "platform", Optional.empty());

    /** Only posts going to this platform; empty for all. */
    public ObjectProperty<Optional<Platform>> platformProperty() {
        return platform;
    }

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.ALL);

    /** Only posts whose event falls in this period. */
    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    private final ReadOnlyIntegerWrapper more = new ReadOnlyIntegerWrapper(this, "more");

    /** How many more posts the search selects than the list shows. */
    public ReadOnlyIntegerProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    private final BooleanProperty bin = new SimpleBooleanProperty(this, "bin");

    /** True while the list shows the bin instead of the posts. */
    public BooleanProperty binProperty() {
        return bin;
    }

    private final ObservableList<PostSummary> drafts = FXCollections.observableArrayList();

    /** The posts the search and filter select, most recently changed first. */
    public ObservableList<PostSummary> drafts() {
        return drafts;
    }

    private final ReadOnlyLongWrapper openId = new ReadOnlyLongWrapper(this, "openId", -1);

    /** The post open in the workspace, to highlight it. */
    public ReadOnlyLongProperty openIdProperty() {
        return openId.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper binCount = new ReadOnlyIntegerWrapper(this, "binCount");

    /** How many posts are in the bin. */
    public ReadOnlyIntegerProperty binCountProperty() {
        return binCount.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the list could not be read, in plain words; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DraftListViewModel(PostService posts, TaskExecutor tasks, AppState state, Messages messages,
                              PostActions actions, Supplier<LocalDate> today) {
        this.today = today;
        this.posts = posts;
        this.tasks = tasks;
        this.state = state;
        this.messages = messages;
        this.actions = actions;
        query.addListener((obs, old, now) -> {
            shown = PAGE;
            refreshSoon();
        });
        status.addListener((obs, old, now) -> refreshFromTop());
        platform.addListener((obs, old, now) -> refreshFromTop());
        period.addListener((obs, old, now) -> refreshFromTop());
        bin.addListener((obs, old, now) -> refreshFromTop());
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            long id = now == null ? -1 : now.id();
            if (id != openId.get()) {
                openId.set(id);
                refresh();
            }
        });
        listening.on(state.listChangesProperty(), (obs, old, now) -> refreshSoon());
        openId.set(state.openPostId());
    }

    // Commands

    public void open(PostSummary p) {
        if (!bin.get()) {
            actions.open(p.id());
        }
    }

    public void duplicate(PostSummary p) {
        actions.duplicate(p.id());
    }

    public void moveToBin(PostSummary p) {
        actions.moveToBin(p.id());
    }

    public void restore(PostSummary p) {
        actions.restore(p.id());
    }

    /** Searches again after a short pause, so fast typing runs one search, not one per key. */
    public void refreshSoon() {
        if (pending != null) {
            pending.run();
        }
        pending = tasks.later(SEARCH_DELAY, this::refresh);
    }

    /** Reads the list again now (off the UI thread). */
    public void refresh() {
        if (pending != null) {
            pending.run();
            pending = null;
        }
        int mine = ++generation;
        PostQuery q = query();
        tasks.run(BackgroundTask.<Listed>of("list posts", () -> {
                    PostPage page = posts.page(q);
                    return new Listed(page.posts(), page.total(), posts.count(PostQuery.ALL.inBin(true)));
                })
                .onSuccess(listed -> {
                    if (mine == generation) {
                        drafts.setAll(listed.posts());
                        more.set(listed.all() - listed.posts().size());
                        binCount.set(listed.inBin());
                        problem.set("");
                    }
                })
                .onFailure(error -> problem.set(messages.get("drafts.error", new Causes(messages).describe(error)))));
    }

    /** Shows the next {@link #PAGE} posts the search selects. */
    public void showMore() {
        shown += PAGE;
        refresh();
    }

    /** Whether a filter other than the search text narrows the list. */
    public boolean filtered() {
        return status.get().isPresent() || platform.get().isPresent() || period.get() != Period.ALL;
    }

    private void refreshFromTop() {
        shown = PAGE;
        refresh();
    }

    private PostQuery query() {
        LocalDate day = today.get();
        PostQuery q = new PostQuery(query.get(), bin.get() ? Optional.empty() : status.get(), bin.get())
                .withLimit(shown);
        return bin.get() ? q : q.withPlatform(platform.get()).withEvent(period.get().from(day), period.get().to(day));
    }

    private record Listed(List<PostSummary> posts, int all, int inBin) {
    }

    public void dispose() {
        listening.stop();
        if (pending != null) {
            pending.run();
        }
    }
}
