package id.rakit.ui.evidence;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.ingest.FileCollector;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.PictureMaker;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Post;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import id.rakit.ui.common.TaskHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The imports of this session, for every post: started here, shown by whichever gallery shows
 * their post, cancellable from the status bar, and told about in it when they end. One import
 * runs at a time.
 */
public final class ImportJobs {

    /** The kind of job in {@link AppState#jobs()}. */
    public static final String KIND = "import";

    private final Ingest ingest;
    private final EvidenceService evidence;
    private final MediaLibrary library;
    private final TaskExecutor tasks;
    private final AppState state;
    private final Supplier<Messages> messages;
    private final ObservableList<ImportJob> jobs = FXCollections.observableArrayList();

    /** @param messages the window's language at the moment a line is written */
    public ImportJobs(Ingest ingest, EvidenceService evidence, MediaLibrary library, TaskExecutor tasks,
                      AppState state, Supplier<Messages> messages) {
        this.ingest = ingest;
        this.evidence = evidence;
        this.library = library;
        this.tasks = tasks;
        this.state = state;
        this.messages = messages;
    }

    public ObservableList<ImportJob> jobs() {
        return jobs;
    }

    public Optional<ImportJob> running() {
        return jobs.stream().filter(ImportJob::isRunning).findFirst();
    }

    public List<ImportJob> forPost(long postId) {
        return jobs.stream().filter(j -> j.postId() == postId).toList();
    }

    /** Forgets a tile of a file that is in no post. */
    public void dismiss(EvidenceTileModel tile) {
        jobs.forEach(j -> j.tiles().remove(tile));
    }

    /**
     * Imports files and folders (recursively) into {@code target}; empty when another import is
     * still running (the status bar says so).
     */
    public Optional<ImportJob> start(Post target, List<Path> paths) {
        if (running().isPresent()) {
            state.tell(messages.get().get("gallery.import.busy"));
            return Optional.empty();
        }
        ImportJob job = new ImportJob(target.id());
        jobs.add(job);
        TaskHandle<Ingest.Report> handle = tasks.runLong(BackgroundTask.<Ingest.Report>of("import into post " + target.id(),
                progress -> {
                    progress.message(messages.get().get("gallery.import.collecting"));
                    List<Path> files = FileCollector.collect(paths, true);
                    List<EvidenceTileModel> added = files.stream()
                            .map(f -> new EvidenceTileModel(f.getFileName() == null ? f.toString()
                                    : f.getFileName().toString())).toList();
                    // every file shows its tile before the work starts, so the window draws them
                    // without the import's threads competing for the processor
                    java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
                    tasks.onUi(() -> {
                        job.tiles().setAll(added);
                        shown.countDown();
                    });
                    shown.await(5, java.util.concurrent.TimeUnit.SECONDS);
                    AtomicInteger done = new AtomicInteger();
                    int total = files.size();
                    progress.update(0, total);
                    progress.message(messages.get().get("gallery.import.progress", 0, total, ""));
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
                            Path thumbnail = checked.map(c -> library.thumbnail(c.item().sha256()))
                                    .filter(Files::exists).orElse(null);
                            int n = done.incrementAndGet();
                            tasks.onUi(() -> {
                                EvidenceTileModel tile = added.get(index);
                                if (outcome.alreadyInPost()) {
                                    tile.alreadyInPost();
                                } else if (checked.isPresent()) {
                                    tile.show(checked.get(), thumbnail);
                                } else if (outcome.cancelled()) {
                                    tile.cancelled();
                                } else {
                                    tile.failed(outcome.problem().orElse(FileProblem.READ_FAILED));
                                }
                            });
                            progress.update(n, total);
                            progress.message(messages.get().get("gallery.import.progress", n, total,
                                    outcome.source().getFileName()));
                        }
                    };
                    if (files.isEmpty()) {
                        return new Ingest.Report(List.of(), false, java.time.Duration.ZERO);
                    }
                    return ingest.run(target.id(), files, listener, progress.cancelSignal());
                })
                .onSuccess(report -> finish(job, report))
                .onFailure(error -> {
                    job.tiles().removeIf(t -> t.stageProperty().get() == EvidenceTileModel.Stage.QUEUED);
                    job.finished(new Ingest.Report(List.of(), true, java.time.Duration.ZERO));
                    state.tell(messages.get().get("gallery.import.failed", new Causes(messages.get()).describe(error)));
                }));
        job.attach(handle);
        state.track(new AppState.Job(KIND, target.id(), handle));
        return Optional.of(job);
    }

    private void finish(ImportJob job, Ingest.Report report) {
        // files never started, cancelled, or already in the post leave no tile; every other file keeps its own
        job.tiles().removeIf(t -> switch (t.stageProperty().get()) {
            case QUEUED, CANCELLED, ALREADY_IN_POST -> true;
            default -> false;
        });
        job.finished(report);
        state.postsChanged();  // the list shows each post's count of evidence
        state.tell(summary(messages.get(), report));
    }

    /** "300 berkas: 255 berhasil diimpor, 43 bermasalah, 2 sudah ada di unggahan ini." */
    static String summary(Messages m, Ingest.Report report) {
        int total = report.outcomes().size();
        if (total == 0) {
            return m.get("gallery.import.nothing");
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add(m.get("gallery.import.imported", report.imported()));
        if (report.failed() > 0) {
            parts.add(m.get("gallery.import.withProblems", report.failed()));
        }
        if (report.alreadyInPost() > 0) {
            parts.add(m.get("gallery.import.already", report.alreadyInPost()));
        }
        if (report.cancelled() && report.cancelledFiles() > 0) {
            parts.add(m.get("gallery.import.notImported", report.cancelledFiles()));
        }
        String line = m.get("gallery.import.files", total) + ": " + String.join(", ", parts) + ".";
        return report.cancelled() ? m.get("gallery.import.cancelledPrefix") + " " + line : line;
    }
}
