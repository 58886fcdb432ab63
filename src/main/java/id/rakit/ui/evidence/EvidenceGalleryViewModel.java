package id.rakit.ui.evidence;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.Standing;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import id.rakit.post.PostDetails;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The open post's evidence: its items with their checks, the files of an import still on their
 * way in, and the admin's decisions. The tiles follow the open post; an import started here
 * belongs to {@link ImportJobs} and goes on whatever this view does.
 */
public final class EvidenceGalleryViewModel {

    private final PostService posts;
    private final EvidenceService evidence;
    private final ImportJobs imports;
    private final MediaLibrary library;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Causes causes;
    private final AppState state;
    private Post post;
    private int generation;
    /** The post's stored items, in gallery order, as last checked. */
    private final List<EvidenceTileModel> stored = new ArrayList<>();
    private final InvalidationListener jobTilesChanged = o -> rebuild();
    private final javafx.beans.value.ChangeListener<Optional<id.rakit.evidence.ingest.Ingest.Report>> jobEnded =
            (obs, old, now) -> {
                if (now.isPresent() && post != null
                        && ((javafx.beans.property.ReadOnlyProperty<?>) obs).getBean() instanceof ImportJob job
                        && job.postId() == post.id()) {
                    recheck();
                }
            };
    private final Set<ImportJob> watched = new HashSet<>();
    private final Listening listening = new Listening();

    // Properties

    private final ObservableList<EvidenceTileModel> tiles = FXCollections.observableArrayList();

    public ObservableList<EvidenceTileModel> tiles() {
        return tiles;
    }

    private final ObjectProperty<EvidenceTileModel> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<EvidenceTileModel> selectedProperty() {
        return selected;
    }

    /**
     * Selects the tile {@code step} places after (or, negative, before) the selected one, in the
     * gallery's order; with none selected, the first (or the last). Stops at either end.
     */
    public void selectBeside(int step) {
        if (tiles.isEmpty()) {
            return;
        }
        int at = tiles.indexOf(selected.get());
        int next = at < 0 ? (step > 0 ? 0 : tiles.size() - 1) : Math.max(0, Math.min(tiles.size() - 1, at + step));
        selected.set(tiles.get(next));
    }

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");

    /** Whether an import into this post is under way. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper eventKnown = new ReadOnlyBooleanWrapper(this, "eventKnown");

    /** Whether the post has a complete event window, so verdicts can be given. */
    public ReadOnlyBooleanProperty eventKnownProperty() {
        return eventKnown.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** "12 bukti · 9 sesuai waktu acara · 1 diterima · 2 perlu ditinjau". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    /** How many items the post holds (for the tab's title). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public EvidenceGalleryViewModel(EvidenceService evidence, ImportJobs imports, MediaLibrary library,
                                    TaskExecutor tasks, DialogService dialogs, Messages messages, AppState state,
                                    PostService posts) {
        this.posts = posts;
        this.evidence = evidence;
        this.imports = imports;
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.causes = new Causes(messages);
        this.state = state;
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                show(now);
            } else {
                detailsChanged(now);
            }
        });
        listening.on(imports.jobs(), (ListChangeListener<ImportJob>) c -> watchJobs());
        listening.on(state.jobs(), (ListChangeListener<AppState.Job>) c -> updateImporting());
        show(state.openPost().orElse(null));
    }

    // Commands

    private void show(Post p) {
        this.post = p;
        generation++;
        eventKnown.set(p != null && p.details().eventWindow().isPresent());
        selected.set(null);
        stored.clear();
        tiles.clear();
        summary.set("");
        count.set(0);
        watchJobs();
        updateImporting();
        if (p != null) {
            recheck();
        }
    }

    /** The event's time or place changed as the admin typed: the verdicts follow. */
    private void detailsChanged(Post now) {
        PostDetails before = post.details();
        PostDetails after = now.details();
        post = now;
        eventKnown.set(after.eventWindow().isPresent());
        // typing a title or caption changes no verdict: only the event's time and place do
        if (!after.eventWindow().equals(before.eventWindow()) || !after.venueLocation().equals(before.venueLocation())) {
            recheck();
        }
    }

    /** Checks every item again and updates the tiles. */
    public void recheck() {
        if (post == null) {
            return;
        }
        Post p = post;
        int mine = ++generation;
        tasks.run(BackgroundTask.of("check evidence of post " + p.id(), () -> withThumbnails(evidence.check(p)))
                .onSuccess(items -> {
                    if (mine == generation) {
                        apply(items);
                    }
                })
                .onFailure(error -> state.tell(messages.get("gallery.error.check", causes.describe(error)))));
    }

    /** An item with its thumbnail file, when one is on disk: looked up off the UI thread. */
    private record Shown(CheckedItem item, Path thumbnail) {
    }

    private List<Shown> withThumbnails(List<CheckedItem> items) {
        return items.stream().map(c -> {
            Path t = library.thumbnail(c.item().sha256());
            return new Shown(c, Files.exists(t) ? t : null);
        }).toList();
    }

    private void apply(List<Shown> shownItems) {
        Map<Long, EvidenceTileModel> byId = new HashMap<>();
        for (EvidenceTileModel t : tiles) {
            if (t.itemId() >= 0) {
                byId.putIfAbsent(t.itemId(), t);
            }
        }
        stored.clear();
        for (Shown shown : shownItems) {
            CheckedItem item = shown.item();
            EvidenceTileModel tile = byId.get(item.item().id());
            if (tile == null) {
                tile = new EvidenceTileModel(item.item().originalName());
            }
            tile.show(item, shown.thumbnail());
            stored.add(tile);
        }
        rebuild();
    }

    /** The stored items, then the files of this post's imports that are not (yet) among them. */
    private void rebuild() {
        if (post == null) {
            return;
        }
        List<EvidenceTileModel> next = new ArrayList<>(stored);
        Set<Long> seen = new HashSet<>();
        stored.forEach(t -> seen.add(t.itemId()));
        for (ImportJob job : imports.forPost(post.id())) {
            for (EvidenceTileModel t : job.tiles()) {
                if (t.itemId() < 0 || seen.add(t.itemId())) {
                    next.add(t);
                }
            }
        }
        if (!sameTiles(next)) {
            // the grid makes its cells again on every change of the list: change it only when it changed
            tiles.setAll(next);
        }
        if (selected.get() != null && !tiles.contains(selected.get())) {
            selected.set(null);
        }
        updateSummary();
    }

    private boolean sameTiles(List<EvidenceTileModel> next) {
        if (next.size() != tiles.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i) != tiles.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void watchJobs() {
        for (ImportJob job : imports.jobs()) {
            if (watched.add(job)) {
                job.tiles().addListener(jobTilesChanged);
                job.reportProperty().addListener(jobEnded);
            }
        }
        rebuild();
    }

    /** Stops following the open post and the imports, for a window being replaced. */
    public void dispose() {
        listening.stop();
        generation++;
        watched.forEach(j -> {
            j.tiles().removeListener(jobTilesChanged);
            j.reportProperty().removeListener(jobEnded);
        });
        watched.clear();
    }

    private void updateImporting() {
        long id = post == null ? -1 : post.id();
        importing.set(state.jobs().stream().anyMatch(j -> j.kind().equals(ImportJobs.KIND) && j.postId() == id));
    }

    /** Imports files and folders (recursively) into the open post. */
    public void importFiles(List<Path> paths) {
        if (post == null || paths.isEmpty()) {
            return;
        }
        imports.start(post, paths).ifPresent(job -> {
            watchJobs();
            updateImporting();
        });
    }

    /** Asks for a written reason to use the item despite its checks, and stores it. */
    public void accept(EvidenceTileModel tile) {
        Optional<CheckedItem> item = tile.checkedProperty().get();
        if (item.isEmpty()) {
            return;
        }
        Optional<String> reason = dialogs.askAcceptReason(item.get().item().originalName(),
                item.get().item().acceptedReason().orElse(""));
        if (reason.isEmpty()) {
            return;
        }
        long id = item.get().item().id();
        save("accept evidence " + id, () -> evidence.accept(id, reason));
    }

    /** Withdraws an earlier acceptance. */
    public void withdrawAcceptance(EvidenceTileModel tile) {
        long id = tile.itemId();
        if (id >= 0) {
            save("withdraw acceptance of evidence " + id, () -> evidence.accept(id, Optional.empty()));
        }
    }

    /** Asks how far the tile's camera clock is off and remembers it for all its items. */
    public void correctClock(EvidenceTileModel tile) {
        Optional<CameraId> camera = tile.checkedProperty().get().flatMap(c -> CameraId.of(c.item().media()));
        if (camera.isEmpty()) {
            return;
        }
        Duration current = tile.checkedProperty().get().flatMap(c -> c.result().correction()).orElse(Duration.ZERO);
        Optional<Duration> answer = dialogs.askClockCorrection(camera.get().label(), current);
        if (answer.isPresent()) {
            save("correct clock of " + camera.get().key(), () -> evidence.setClockCorrection(camera.get(), answer.get()));
        }
    }

    private void save(String title, Runnable change) {
        tasks.run(BackgroundTask.of(title, () -> {
            change.run();
            return null;
        }).onSuccess(ok -> recheck()).onFailure(error -> dialogs.showError(messages.get("error.title"),
                messages.get("gallery.error.save", causes.describe(error)))));
    }

    /**
     * Takes the item out of the post (the library keeps its copy and the status bar offers to undo
     * it); a file that is in no post is simply dismissed.
     */
    /** The photo's alt text for every platform (each platform may have its own in "Tulis"). */
    public String altText(EvidenceTileModel tile) {
        return tile.itemId() < 0 ? "" : state.openPost().map(p -> p.composition().altText(Platform.GENERAL,
                tile.itemId())).orElse("");
    }

    /** Sets the photo's alt text for every platform; saved like a caption, as it is typed. */
    public void setAltText(EvidenceTileModel tile, String text) {
        long post = state.openPostId();
        if (tile.itemId() < 0 || post < 0) {
            return;
        }
        posts.editAltText(post, Platform.GENERAL, tile.itemId(), text);
        state.update(post, p -> p.withComposition(p.composition().withAltText(Platform.GENERAL, tile.itemId(), text)));
    }

    public void remove(EvidenceTileModel tile) {
        long id = tile.itemId();
        if (id < 0) {
            imports.dismiss(tile);
            rebuild();
            return;
        }
        String name = tile.name();
        tasks.run(BackgroundTask.of("remove evidence " + id, () -> {
            evidence.remove(id);
            return null;
        }).onSuccess(ok -> {
            stored.remove(tile);
            imports.jobs().forEach(j -> j.tiles().remove(tile));
            rebuild();
            state.tell(messages.get("gallery.removed", name), () -> putBack(id));
        }).onFailure(error -> dialogs.showError(messages.get("error.title"),
                messages.get("gallery.error.save", causes.describe(error)))));
    }

    private void putBack(long id) {
        save("put back evidence " + id, () -> evidence.putBack(id));
        state.tell("");
    }

    /** The items now shown, with their checks. */
    public List<CheckedItem> items() {
        return tiles.stream().map(t -> t.checkedProperty().get()).flatMap(Optional::stream).toList();
    }

    private void updateSummary() {
        List<CheckedItem> items = items();
        count.set(items.size());
        if (items.isEmpty()) {
            summary.set("");
            return;
        }
        Map<Standing, Integer> by = new EnumMap<>(Standing.class);
        items.forEach(c -> by.merge(c.standing(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("gallery.summary.items", items.size()));
        if (eventKnown.get()) {
            parts.add(messages.get("gallery.summary.passed", by.getOrDefault(Standing.PASSED, 0)));
        }
        if (by.containsKey(Standing.ACCEPTED)) {
            parts.add(messages.get("gallery.summary.accepted", by.get(Standing.ACCEPTED)));
        }
        parts.add(messages.get("gallery.summary.review", by.getOrDefault(Standing.NEEDS_REVIEW, 0)));
        if (by.containsKey(Standing.UNUSABLE)) {
            parts.add(messages.get("gallery.summary.unusable", by.get(Standing.UNUSABLE)));
        }
        summary.set(String.join(" · ", parts));
    }
}
