package id.rakit.ui.evidence;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.ingest.PictureMaker;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One tile in the evidence grid: a file on its way in, or an item with its checks. */
public final class EvidenceTileModel {

    /** Where the tile's file stands. */
    public enum Stage { QUEUED, WORKING, READY, FAILED, CANCELLED, ALREADY_IN_POST }

    private final String name;

    public EvidenceTileModel(String name) {
        this.name = name;
    }

    public static EvidenceTileModel of(CheckedItem item, Path thumbnail) {
        EvidenceTileModel t = new EvidenceTileModel(item.item().originalName());
        t.show(item, thumbnail);
        return t;
    }

    public String name() {
        return name;
    }

    // Properties

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.QUEUED);

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    private final ObjectProperty<Optional<CheckedItem>> checked =
            new SimpleObjectProperty<>(this, "checked", Optional.empty());

    /** The item and its checks, once it is in the post. */
    public ReadOnlyObjectProperty<Optional<CheckedItem>> checkedProperty() {
        return checked;
    }

    private final ObjectProperty<Optional<FileProblem>> problem =
            new SimpleObjectProperty<>(this, "problem", Optional.empty());

    /** Why the file could not be used, or what is odd about it. */
    public ReadOnlyObjectProperty<Optional<FileProblem>> problemProperty() {
        return problem;
    }

    private final ObjectProperty<Optional<Path>> thumbnail =
            new SimpleObjectProperty<>(this, "thumbnail", Optional.empty());

    /** The grid picture on disk, once made. */
    public ReadOnlyObjectProperty<Optional<Path>> thumbnailProperty() {
        return thumbnail;
    }

    private final ObjectProperty<Optional<PictureMaker.QuickLook>> quickLook =
            new SimpleObjectProperty<>(this, "quickLook", Optional.empty());

    /** The small picture found inside the file, shown until the thumbnail is ready. */
    public ReadOnlyObjectProperty<Optional<PictureMaker.QuickLook>> quickLookProperty() {
        return quickLook;
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper revision =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");

    /** Counts the tile's changes: one per update however many of its parts it changed, so a cell redraws once. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // Updates (UI thread)

    private void changed() {
        revision.set(revision.get() + 1);
    }

    void working() {
        stage.set(Stage.WORKING);
        changed();
    }

    void quickLook(PictureMaker.QuickLook look) {
        if (thumbnail.get().isEmpty()) {
            quickLook.set(Optional.of(look));
            changed();
        }
    }

    void show(CheckedItem item, Path thumbnailFile) {
        Optional<Path> picture = Optional.ofNullable(thumbnailFile);
        Stage next = item.item().media().isMedia() ? Stage.READY : Stage.FAILED;
        if (checked.get().equals(Optional.of(item)) && thumbnail.get().equals(picture) && stage.get() == next) {
            return;  // checked again, nothing new: nothing to redraw
        }
        checked.set(Optional.of(item));
        problem.set(item.copyProblem().or(() -> item.item().media().mainProblem()));
        thumbnail.set(picture);
        quickLook.set(Optional.empty());
        stage.set(next);
        changed();
    }

    void failed(FileProblem why) {
        problem.set(Optional.of(why));
        stage.set(Stage.FAILED);
        changed();
    }

    void cancelled() {
        stage.set(Stage.CANCELLED);
        changed();
    }

    /** The post already holds this content: the file adds nothing. */
    void alreadyInPost() {
        stage.set(Stage.ALREADY_IN_POST);
        changed();
    }

    public long itemId() {
        return checked.get().map(c -> c.item().id()).orElse(-1L);
    }
}
