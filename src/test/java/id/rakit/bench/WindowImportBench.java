package id.rakit.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rakit.app.AppContext;
import id.rakit.app.MainStage;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.Publication;
import id.rakit.post.TimeZones;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.FxTaskExecutor;
import id.rakit.ui.evidence.EvidenceTileModel;
import id.rakit.ui.main.MainWindow;
import id.rakit.ui.workspace.WorkspaceViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures the window in the case that once broke it: the folder imported into three posts, the
 * third imported through the window and opened at 1280x720, so every tile is flagged as reused;
 * then 30 seconds of idling. It reports how long the tiles and thumbnails took, the longest the
 * UI thread went without a frame, the heap after a collection, and the CPU the idle window used.
 * A measurement, not a test: it asserts nothing and runs only on request:
 * {@code ./mvnw test -Dgroups=bench -Drakit.excludedGroups=none -Dtest=WindowImportBench -Drakit.bench.folder=DIR}
 */
@Tag("bench")
class WindowImportBench {

    @TempDir
    Path temp;

    @Test
    void threePostsOfTheSameFolderThenIdle() throws Exception {
        Path folder = Path.of(System.getProperty("rakit.bench.folder", "/tmp/set12"));
        assumeTrue(Files.isDirectory(folder), "no photo folder " + folder);
        long idleSeconds = Long.getLong("rakit.bench.idleSeconds", 30);
        FxToolkit.registerPrimaryStage();
        FxTaskExecutor tasks = new FxTaskExecutor();
        Ingest.Limits limits = Integer.getInteger("rakit.bench.threads") == null ? Ingest.Limits.forThisMachine()
                : new Ingest.Limits(Integer.getInteger("rakit.bench.threads"), Duration.ofSeconds(60));
        AppContext context = AppContext.open(temp.resolve("data"), limits);
        PostDetails event = new PostDetails("Rapat", "Diskominfotik", "Rapat koordinasi",
                Optional.of(LocalDateTime.parse("2024-09-17T08:00")), Optional.of(LocalDateTime.parse("2024-09-17T13:00")),
                TimeZones.DEFAULT, "Aula", Optional.empty());
        List<Path> files = id.rakit.evidence.ingest.FileCollector.collect(List.of(folder), true);
        for (int i = 1; i <= 2; i++) {
            Post p = context.posts().create(event.withTitle("Unggahan " + i));
            context.ingest().run(p.id(), files, new Ingest.Listener() { }, new AtomicBoolean());
        }
        Post third = context.posts().create(event.withTitle("Unggahan 3"));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        DialogService none = new DialogService() {
            public List<Path> chooseMediaFiles() { return List.of(); }
            public Optional<Path> chooseExportFolder(Optional<Path> s) { return Optional.empty(); }
            public Optional<Path> chooseBackupFolder() { return Optional.empty(); }
            public Optional<String> askAcceptReason(String n, String c) { return Optional.empty(); }
            public Optional<Duration> askClockCorrection(String c, Duration d) { return Optional.empty(); }
            public Optional<Publication> askPublication(Optional<Publication> c) { return Optional.empty(); }
            public void openFolder(Path p) { }
            public void openFile(Path p) { }
            public Optional<Path> chooseBundle() { return Optional.empty(); }
            public Optional<String> askAltText(String n, String c) { return Optional.empty(); }
            public boolean confirm(String t, String m) { return true; }
            public void showError(String t, String m) { }
            public void showInfo(String t, String m) { }
        };
        FxToolkit.setupStage(stage -> {
            MainStage.applyTheme();
            MainStage main = new MainStage(stage, context, tasks, (w, m) -> none);
            main.show(Messages.INDONESIAN);
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
            window.set(main.window());
        });
        var vm = window.get().viewModel();
        FxRobot robot = new FxRobot();
        robot.interact(() -> vm.open(third.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.state().openPostId() == third.id());
        robot.interact(() -> vm.workspace().show(WorkspaceViewModel.Section.EVIDENCE));
        // as an admin does, a moment on the empty tab before dropping the files
        Thread.sleep(3000);

        AtomicLong lastFrame = new AtomicLong(System.nanoTime());
        AtomicLong longestGap = new AtomicLong();
        AtomicLong longestGapEnded = new AtomicLong();
        AtomicLong began = new AtomicLong();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long gap = t - lastFrame.getAndSet(t);
                if (gap > longestGap.get()) {
                    longestGap.set(gap);
                    longestGapEnded.set(t - began.get());
                }
            }
        };
        var gallery = vm.gallery();
        java.util.concurrent.atomic.AtomicReference<Thread> fx = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> fx.set(Thread.currentThread()));
        AtomicBoolean watching = new AtomicBoolean(true);
        // with -Drakit.bench.watch=true, what the UI thread was doing whenever it went 150 ms without a frame
        Thread watchdog = new Thread(() -> {
            long reported = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    return;
                }
                long stuck = System.nanoTime() - lastFrame.get();
                if (Boolean.getBoolean("rakit.bench.watch") && watching.get() && stuck > 150_000_000L && System.nanoTime() - reported > 100_000_000L) {
                    reported = System.nanoTime();
                    StringBuilder b = new StringBuilder("STUCK " + stuck / 1_000_000 + " ms:\n");
                    for (StackTraceElement e : fx.get().getStackTrace()) {
                        b.append("    ").append(e).append('\n');
                        if (b.length() > 12000) {
                            break;
                        }
                    }
                    System.out.println(b);
                }
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        long start = System.nanoTime();
        began.set(start);
        robot.interact(() -> {
            lastFrame.set(System.nanoTime());
            frames.start();
            gallery.importFiles(List.of(folder));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gallery.tiles().size() >= files.size());
        WaitForAsyncUtils.waitForFxEvents();
        long tiles = System.nanoTime() - start;
        WaitForAsyncUtils.waitFor(900, TimeUnit.SECONDS, () -> !gallery.importingProperty().get()
                && gallery.tiles().stream().allMatch(t -> t.stageProperty().get() != EvidenceTileModel.Stage.QUEUED
                && t.stageProperty().get() != EvidenceTileModel.Stage.WORKING));
        long thumbnails = System.nanoTime() - start;
        long reused = gallery.items().stream().filter(c -> c.result().has(id.rakit.evidence.Flag.REUSED)).count();
        // frames are counted while the import runs; the idle window must draw none of its own
        Thread.sleep(1000);
        watching.set(false);
        robot.interact(frames::stop);

        // idle: what the window costs while the admin only looks at it
        AtomicInteger layouts = new AtomicInteger();
        Runnable counted = layouts::incrementAndGet;
        robot.interact(() -> ((Stage) window.get().root().getScene().getWindow()).getScene()
                .addPostLayoutPulseListener(counted));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
        double idleCpu = 100.0 * (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
        System.gc();
        Thread.sleep(500);
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.printf("idle %d s: %d layout passes, %d of %d items flagged as reused; longest pause ended %d ms after "
                        + "the import began%n", idleSeconds, layouts.get(), reused, gallery.items().size(),
                TimeUnit.NANOSECONDS.toMillis(longestGapEnded.get()));
        System.out.printf("window: %d files, tiles %.1f s, thumbnails %.1f s, longest pause %d ms, heap after GC %d MB, "
                        + "idle cpu %.1f %%%n",
                files.size(), tiles / 1e9, thumbnails / 1e9, TimeUnit.NANOSECONDS.toMillis(longestGap.get()), heap,
                idleCpu);
        FxToolkit.cleanupStages();
        context.close();
        tasks.close();
    }
}
