package id.rakit.ui.evidence;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.ingest.FileCollector;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The post's evidence: importing, the tiles with their verdicts, and the admin's decisions. */
public final class EvidenceGalleryViewModel {

    private final EvidenceService evidence;
    private final Ingest ingest;
    private final MediaLibrary library;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private Post post;
    private AtomicBoolean cancel;
    private int generation;

    // Properties

    private final ObservableList<EvidenceTileModel> tiles = FXCollections.observableArrayList();

    public ObservableList<EvidenceTileModel> tiles() {
        return tiles;
    }

    private final ObjectProperty<EvidenceTileModel> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<EvidenceTileModel> selectedProperty() {
        return selected;
    }

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    /** 0 to 1 while importing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** One line for the status bar: what the import is doing, or what it did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper eventKnown = new ReadOnlyBooleanWrapper(this, "eventKnown");

    /** Whether the post has a complete event window, so verdicts can be given. */
    public ReadOnlyBooleanProperty eventKnownProperty() {
        return eventKnown.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** "12 bukti · 10 sesuai waktu · 2 perlu keputusan". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public EvidenceGalleryViewModel(EvidenceService evidence, Ingest ingest, MediaLibrary library, TaskExecutor tasks,
                                    DialogService dialogs, Messages messages) {
        this.evidence = evidence;
        this.ingest = ingest;
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    // Commands

    /** Shows the post's evidence (or nothing when {@code p} is null). */
    public void show(Post p) {
        this.post = p;
        eventKnown.set(p != null && p.details().eventWindow().isPresent());
        selected.set(null);
        tiles.clear();
        summary.set("");
        if (p != null) {
            recheck();
        }
    }

    /** The form's details changed: the verdicts follow. */
    public void detailsChanged(PostDetails details) {
        if (post == null || details == null) {
            return;
        }
        boolean checksChange = !details.eventWindow().equals(post.details().eventWindow())
                || !details.venueLocation().equals(post.details().venueLocation());
        post = new Post(post.id(), details, post.captions(), post.status(), post.createdAt(), post.updatedAt(),
                post.exportedAt());
        eventKnown.set(details.eventWindow().isPresent());
        // typing a title or caption changes no verdict: only the event's time and place do
        if (checksChange) {
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
        tasks.run(() -> withThumbnails(evidence.check(p)), items -> {
            if (mine != generation || post == null || post.id() != p.id()) {
                return;
            }
            apply(items);
        }, error -> status.set(messages.get("gallery.error.check")));
    }

    /** An item with its thumbnail file, when one is on disk: looked up off the UI thread. */
    private record Shown(CheckedItem item, Path thumbnail) {
    }

    private List<Shown> withThumbnails(List<CheckedItem> items) {
        return items.stream().map(c -> new Shown(c, thumbnailOf(c))).toList();
    }

    private void apply(List<Shown> shownItems) {
        Map<Long, EvidenceTileModel> byId = new HashMap<>();
        for (EvidenceTileModel t : tiles) {
            if (t.itemId() >= 0) {
                byId.put(t.itemId(), t);
            }
        }
        List<EvidenceTileModel> inFlight = tiles.stream()
                .filter(t -> t.itemId() < 0 && t.stageProperty().get() != EvidenceTileModel.Stage.CANCELLED
                        && !(t.stageProperty().get() == EvidenceTileModel.Stage.FAILED))
                .toList();
        List<EvidenceTileModel> failedOutside = tiles.stream()
                .filter(t -> t.itemId() < 0 && t.stageProperty().get() == EvidenceTileModel.Stage.FAILED)
                .toList();
        List<EvidenceTileModel> next = new java.util.ArrayList<>();
        for (Shown shown : shownItems) {
            CheckedItem item = shown.item();
            EvidenceTileModel tile = byId.get(item.item().id());
            if (tile == null) {
                tile = new EvidenceTileModel(item.item().originalName());
            }
            tile.show(item, shown.thumbnail());
            next.add(tile);
        }
        next.addAll(failedOutside);
        next.addAll(inFlight);
        EvidenceTileModel keep = selected.get();
        tiles.setAll(next);
        if (keep != null && next.contains(keep)) {
            selected.set(keep);
        }
        updateSummary();
    }

    /** The thumbnail file if it exists; reads the disk, so never on the UI thread. */
    private Path thumbnailOf(CheckedItem item) {
        Path t = library.thumbnail(item.item().sha256());
        return Files.exists(t) ? t : null;
    }

    /** Imports files and folders (recursively) into the open post. */
    public void importFiles(List<Path> paths) {
        if (post == null || paths.isEmpty()) {
            return;
        }
        if (importing.get()) {
            status.set(messages.get("gallery.import.busy"));
            return;
        }
        importing.set(true);
        progress.set(0);
        status.set(messages.get("gallery.import.collecting"));
        tasks.run(() -> FileCollector.collect(paths, true), this::startImport, error -> importing.set(false));
    }

    private void startImport(List<Path> files) {
        if (files.isEmpty() || post == null) {
            importing.set(false);
            status.set(messages.get("gallery.import.nothing"));
            return;
        }
        Post target = post;
        List<EvidenceTileModel> added = files.stream()
                .map(f -> new EvidenceTileModel(f.getFileName().toString())).toList();
        tiles.addAll(added);
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        AtomicInteger done = new AtomicInteger();
        int total = files.size();
        status.set(messages.get("gallery.import.progress", 0, total, ""));
        Ingest.Listener listener = new Ingest.Listener() {
            @Override
            public void quickLook(int index, PictureMaker.QuickLook look) {
                tasks.onUi(() -> added.get(index).quickLook(look));
            }

            @Override
            public void started(int index) {
                tasks.onUi(() -> added.get(index).working());
            }

            @Override
            public void finished(int index, Ingest.Outcome outcome) {
                Optional<CheckedItem> checked = outcome.item().map(item -> evidence.check(target, item));
                Path thumbnail = checked.map(c -> thumbnailOf(c)).orElse(null);
                int n = done.incrementAndGet();
                tasks.onUi(() -> {
                    EvidenceTileModel tile = added.get(index);
                    if (checked.isPresent()) {
                        tile.show(checked.get(), thumbnail);
                    } else if (outcome.cancelled()) {
                        tile.cancelled();
                    } else {
                        tile.failed(outcome.problem().orElse(FileProblem.READ_FAILED));
                    }
                    progress.set((double) n / total);
                    status.set(messages.get("gallery.import.progress", n, total, outcome.source().getFileName()));
                });
            }
        };
        tasks.run(() -> ingest.run(target.id(), files, listener, stop), report -> finishImport(report, added),
                error -> {
                    importing.set(false);
                    status.set(messages.get("gallery.import.failed"));
                });
    }

    private void finishImport(Ingest.Report report, List<EvidenceTileModel> added) {
        importing.set(false);
        progress.set(1);
        tiles.removeIf(t -> added.contains(t) && t.stageProperty().get() == EvidenceTileModel.Stage.CANCELLED);
        tiles.removeIf(t -> added.contains(t) && t.stageProperty().get() == EvidenceTileModel.Stage.QUEUED);
        removeDuplicateTiles();
        long failed = report.outcomes().stream()
                .filter(o -> o != null && !o.cancelled() && (o.item().isEmpty()
                        || !o.item().get().media().isMedia())).count();
        String line = messages.get("gallery.import.done", report.imported(), failed);
        if (report.cancelled()) {
            line = messages.get("gallery.import.cancelled", report.imported(), report.notStarted()
                    + report.outcomes().stream().filter(o -> o != null && o.cancelled()).count());
        }
        status.set(line);
        recheck();
    }

    /** The same content imported twice shows once. */
    private void removeDuplicateTiles() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        tiles.removeIf(t -> t.itemId() >= 0 && !seen.add(t.itemId()));
    }

    public void cancelImport() {
        if (cancel != null) {
            cancel.set(true);
            status.set(messages.get("gallery.import.cancelling"));
        }
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
        tasks.run(() -> {
            evidence.accept(id, reason);
            return null;
        }, ok -> recheck(), error -> dialogs.showError(messages.get("error.title"), messages.get("gallery.error.save")));
    }

    /** Withdraws an earlier acceptance. */
    public void withdrawAcceptance(EvidenceTileModel tile) {
        long id = tile.itemId();
        if (id < 0) {
            return;
        }
        tasks.run(() -> {
            evidence.accept(id, Optional.empty());
            return null;
        }, ok -> recheck(), error -> dialogs.showError(messages.get("error.title"), messages.get("gallery.error.save")));
    }

    /** Asks how far the tile's camera clock is off and remembers it for all its items. */
    public void correctClock(EvidenceTileModel tile) {
        Optional<CameraId> camera = tile.checkedProperty().get().flatMap(c -> CameraId.of(c.item().media()));
        if (camera.isEmpty()) {
            return;
        }
        Duration current = tile.checkedProperty().get().flatMap(c -> c.result().correction()).orElse(Duration.ZERO);
        Optional<Duration> answer = dialogs.askClockCorrection(camera.get().label(), current);
        if (answer.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            evidence.setClockCorrection(camera.get(), answer.get());
            return null;
        }, ok -> recheck(), error -> dialogs.showError(messages.get("error.title"), messages.get("gallery.error.save")));
    }

    /** Takes the item out of the post (the library keeps its copy). */
    public void remove(EvidenceTileModel tile) {
        long id = tile.itemId();
        if (id < 0) {
            tiles.remove(tile);
            return;
        }
        if (!dialogs.confirm(messages.get("gallery.remove.title"), messages.get("gallery.remove.confirm", tile.name()))) {
            return;
        }
        tasks.run(() -> {
            evidence.remove(id);
            return null;
        }, ok -> {
            tiles.remove(tile);
            if (selected.get() == tile) {
                selected.set(null);
            }
            recheck();
        }, error -> dialogs.showError(messages.get("error.title"), messages.get("gallery.error.save")));
    }

    /** The items now shown, with their checks. */
    public List<CheckedItem> items() {
        return tiles.stream().map(t -> t.checkedProperty().get()).flatMap(Optional::stream).toList();
    }

    private void updateSummary() {
        List<CheckedItem> items = items();
        long onTime = items.stream().filter(c -> c.result().verdict()
                .map(v -> v.kind() == Verdict.Kind.ON_TIME).orElse(false)).count();
        long decide = items.stream().filter(CheckedItem::needsDecision).count();
        if (items.isEmpty()) {
            summary.set("");
        } else if (eventKnown.get()) {
            summary.set(messages.get("gallery.summary", items.size(), onTime, decide));
        } else {
            summary.set(messages.get("gallery.summaryNoEvent", items.size(), decide));
        }
    }
}
