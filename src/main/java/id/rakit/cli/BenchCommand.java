package id.rakit.cli;

import id.rakit.evidence.ingest.FileCollector;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code bench ingest [--data-dir DIR] [--threads N] FOLDER}: runs the real import path (copy into
 * the library, SHA-256, metadata, thumbnail and preview, database row) over every file in a
 * folder into a fresh library, and reports files per second and peak heap on its last line.
 */
final class BenchCommand {

    static final Set<String> OPTIONS = Set.of("--data-dir", "--threads");

    private final CliServices services;
    private final Messages messages;

    BenchCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        if (!args.isEmpty() && args.get(0).equals("startup")) {
            return startup(args.subList(1, args.size()), out);
        }
        if (args.isEmpty() || !args.get(0).equals("ingest")) {
            throw new UsageException(messages.get("cli.bench.what"));
        }
        Arguments a = Arguments.parse(args.subList(1, args.size()), OPTIONS, messages);
        if (a.positional().size() != 1 || !Files.isDirectory(Path.of(a.positional().get(0)))) {
            throw new UsageException(messages.get("cli.bench.folder"));
        }
        int threads = a.option("--threads").isPresent()
                ? ScanCommand.threads(a.option("--threads").get(), messages)
                : Ingest.Limits.forThisMachine().threads();
        Optional<Path> given = a.option("--data-dir").map(Path::of);
        Path dataDir = given.isPresent() ? given.get() : Files.createTempDirectory("rakit-bench-");
        List<Path> files = FileCollector.collect(List.of(Path.of(a.positional().get(0))), true);

        HeapWatch heap = new HeapWatch();
        heap.start();
        Ingest.Report report;
        int rows;
        try (CliServices.Library library = services.openLibrary(dataDir, threads)) {
            long post = library.createPost("bench " + Path.of(a.positional().get(0)).getFileName());
            AtomicLong done = new AtomicLong();
            report = library.ingest().run(post, files, new Ingest.Listener() {
                @Override
                public void finished(int index, Ingest.Outcome outcome) {
                    long n = done.incrementAndGet();
                    if (n % 100 == 0) {
                        err.println(messages.get("cli.bench.progress", n, files.size()));
                    }
                }
            }, new AtomicBoolean());
            rows = library.evidenceCount(post);
        } finally {
            heap.stopWatching();
            if (given.isEmpty()) {
                deleteTree(dataDir);
            }
        }
        long imported = report.imported();
        long distinct = report.outcomes().stream().filter(o -> o != null && o.item().isPresent())
                .map(o -> o.item().get().sha256()).distinct().count();
        long problems = report.outcomes().stream().filter(o -> o == null || o.problem().isPresent()).count();
        double seconds = report.elapsed().toNanos() / 1e9;
        long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        out.printf(Locale.ROOT, "ingest: %d files, %d imported, %d with problems, %d rows for %d distinct files, "
                        + "%d lost, %d threads, %.2f s, %.1f files/s, peak heap %d MB of %d MB%n",
                files.size(), imported, problems, rows, distinct, files.size() - report.outcomes().stream()
                        .filter(o -> o != null).count(), threads, seconds, files.size() / seconds,
                heap.peakMb(), maxHeapMb);
        return 0;
    }

    /**
     * {@code bench startup [--data-dir DIR]}: the window's start in this process, from its launch
     * to a window that can be typed in; one line per part, the last "startup: window ready in X ms".
     */
    private int startup(List<String> args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--data-dir"), messages);
        if (!a.positional().isEmpty()) {
            throw new UsageException(messages.get("cli.bench.what"));
        }
        List<CliServices.StartupMark> marks = services.measureWindowStart(a.option("--data-dir").map(Path::of));
        for (int i = 0; i < marks.size() - 1; i++) {
            out.printf(Locale.ROOT, "startup: %s at %d ms%n", marks.get(i).what(), marks.get(i).millis());
        }
        out.printf(Locale.ROOT, "startup: window ready in %d ms%n", marks.get(marks.size() - 1).millis());
        return 0;
    }

    /** Samples the heap in use often enough to see the peaks of an import. */
    static final class HeapWatch extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;

        HeapWatch() {
            super("rakit-heap-watch");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopWatching() {
            running = false;
        }

        long peakMb() {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            return peak / (1024 * 1024);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
