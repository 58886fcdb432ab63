package id.rakit.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rakit.app.AppContext;
import id.rakit.app.MainStage;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.FxTaskExecutor;
import id.rakit.ui.evidence.EvidenceTileModel;
import id.rakit.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures, in the real window, how long 200 photos take to all show a tile and to all have their
 * thumbnail, and the longest the UI thread went without drawing a frame meanwhile. A measurement,
 * not a test: it asserts nothing and runs only on request:
 * {@code ./mvnw test -Dgroups=bench -Dtest=WindowImportBench -Drakit.bench.folder=/tmp/set12}
 */
@Tag("bench")
class WindowImportBench {

    @TempDir
    Path temp;

    @Test
    void twoHundredPhotos() throws Exception {
        Path folder = Path.of(System.getProperty("rakit.bench.folder", "/tmp/set12"));
        assumeTrue(Files.isDirectory(folder), "no photo folder " + folder);
        FxToolkit.registerPrimaryStage();
        FxTaskExecutor tasks = new FxTaskExecutor();
        AppContext context = AppContext.open(temp.resolve("data"), Ingest.Limits.forThisMachine());
        context.posts().create(id.rakit.post.PostDetails.empty("", context.settings().zone()), java.time.Instant.now());
        AtomicReference<MainWindow> window = new AtomicReference<>();
        DialogService none = new DialogService() {
            public List<Path> chooseMediaFiles() { return List.of(); }
            public Optional<Path> chooseExportFolder(Optional<Path> s) { return Optional.empty(); }
            public Optional<String> askAcceptReason(String n, String c) { return Optional.empty(); }
            public Optional<Duration> askClockCorrection(String c, Duration d) { return Optional.empty(); }
            public boolean confirm(String t, String m) { return true; }
            public void showError(String t, String m) { }
            public void showInfo(String t, String m) { }
        };
        FxToolkit.setupStage(stage -> {
            MainStage.applyTheme();
            MainStage main = new MainStage(stage, context, tasks, (w, m) -> none);
            main.show(Messages.INDONESIAN);
            stage.show();
            window.set(main.window());
        });
        var vm = window.get().viewModel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.drafts().drafts().isEmpty());
        new FxRobot().interact(() -> vm.drafts().selectedProperty().set(vm.drafts().drafts().get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.postOpenProperty().get());

        AtomicLong lastFrame = new AtomicLong(System.nanoTime());
        AtomicLong longestGap = new AtomicLong();
        AtomicLong longestGapAt = new AtomicLong();
        AtomicLong startedAt = new AtomicLong();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long gap = t - lastFrame.getAndSet(t);
                if (gap > longestGap.get()) {
                    longestGap.set(gap);
                    longestGapAt.set(t - startedAt.get());
                }
            }
        };
        var gallery = vm.gallery();
        long start = System.nanoTime();
        startedAt.set(start);
        new FxRobot().interact(() -> {
            frames.start();
            gallery.importFiles(List.of(folder));
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> gallery.tiles().size() >= 200);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("status: " + gallery.statusProperty().get() + " tiles " + gallery.tiles().size() + " post " + vm.postOpenProperty().get());
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
        long tiles = System.nanoTime() - start;
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> !gallery.importingProperty().get());
        long all = System.nanoTime() - start;
        new FxRobot().interact(frames::stop);
        long ready = gallery.tiles().stream().filter(t -> t.stageProperty().get() == EvidenceTileModel.Stage.READY).count();
        System.out.printf("window import: %d tiles shown after %d ms; %d ready with thumbnails after %d ms; "
                        + "longest time without a frame %d ms, ending %d ms after the import began%n",
                gallery.tiles().size(), TimeUnit.NANOSECONDS.toMillis(tiles), ready, TimeUnit.NANOSECONDS.toMillis(all),
                TimeUnit.NANOSECONDS.toMillis(longestGap.get()), TimeUnit.NANOSECONDS.toMillis(longestGapAt.get()));
        FxToolkit.cleanupStages();
        context.close();
        tasks.close();
    }
}
