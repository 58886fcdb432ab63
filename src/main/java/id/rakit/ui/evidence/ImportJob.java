package id.rakit.ui.evidence;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.ui.common.TaskHandle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One import into one post: a tile for every file from the moment the files are known, its
 * handle (progress, cancel) and, at the end, its report. Kept by {@link ImportJobs}, so it
 * outlives the window that started it.
 */
public final class ImportJob {

    private final long postId;
    private final ObservableList<EvidenceTileModel> tiles = FXCollections.observableArrayList();
    private TaskHandle<?> handle;

    ImportJob(long postId) {
        this.postId = postId;
    }

    public long postId() {
        return postId;
    }

    /** A tile per file, in the order picked (empty while the files are still being collected). */
    public ObservableList<EvidenceTileModel> tiles() {
        return tiles;
    }

    public Optional<TaskHandle<?>> handle() {
        return Optional.ofNullable(handle);
    }

    void attach(TaskHandle<?> h) {
        this.handle = h;
    }

    // Properties

    private final ReadOnlyObjectWrapper<Optional<Ingest.Report>> report =
            new ReadOnlyObjectWrapper<>(this, "report", Optional.empty());

    /** How the import ended, once it has. */
    public ReadOnlyObjectProperty<Optional<Ingest.Report>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    void finished(Ingest.Report r) {
        report.set(Optional.of(r));
    }

    public boolean isRunning() {
        return report.get().isEmpty() && (handle == null || !handle.isDone());
    }

    /** Files that are in no post (unreadable, missing): shown until the admin dismisses them. */
    List<EvidenceTileModel> withoutItem() {
        return tiles.stream().filter(t -> t.itemId() < 0).toList();
    }
}
