package id.rakit.cli;

import id.rakit.evidence.ingest.FileCollector;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.compose.CaptionRules;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.PostPage;
import id.rakit.post.PostQuery;
import id.rakit.post.PostService;
import id.rakit.post.PostStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;
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
        if (!args.isEmpty() && args.get(0).equals("drafts")) {
            return drafts(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("export")) {
            return export(args.subList(1, args.size()), out);
        }
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

    /** How many photos {@code bench export} takes, and where it sends them. */
    static final int EXPORT_PHOTOS = 10;
    static final List<String> EXPORT_PLATFORMS = List.of("instagram", "instagram-story", "facebook", "x");

    /**
     * {@code bench export FOLDER}: the first ten photos of the folder as one post to Instagram (4:5),
     * Instagram Story, Facebook and X, written by the real bundle code into a temporary folder. The
     * import that comes first is not timed; the export (plan, renditions, texts, reports, manifest,
     * the rename into place) is.
     */
    private int export(List<String> args, PrintStream out) throws UsageException, IOException {
        if (args.size() != 1 || !Files.isDirectory(Path.of(args.get(0)))) {
            throw new UsageException(messages.get("cli.bench.exportFolder"));
        }
        List<Path> photos = FileCollector.collect(List.of(Path.of(args.get(0))), true).stream()
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g)$"))
                .limit(EXPORT_PHOTOS).toList();
        if (photos.size() < EXPORT_PHOTOS) {
            throw new UsageException(messages.get("cli.bench.exportFolder"));
        }
        Path data = Files.createTempDirectory("rakit-bench-export-");
        Path bundles = data.resolve("bundel");
        try (CliServices.Library library = services.openLibrary(data, Ingest.Limits.forThisMachine().threads())) {
            long post = library.createPost(new id.rakit.post.PostDetails("Bench ekspor", "", "", Optional.empty(),
                    Optional.empty(), java.time.ZoneId.of("Asia/Jakarta"), "", Optional.empty()), "Bench ekspor",
                    List.of(id.rakit.post.Platform.INSTAGRAM, id.rakit.post.Platform.FACEBOOK, id.rakit.post.Platform.X));
            library.ingest().run(post, photos, new Ingest.Listener() { }, new AtomicBoolean());
            id.rakit.export.BundleChoices choices = id.rakit.export.BundleChoices.NONE.withPlatforms(EXPORT_PLATFORMS)
                    .withSize("instagram", "4:5");
            long started = System.nanoTime();
            id.rakit.export.ExportResult result = library.exports().export(post, choices, bundles, messages,
                    id.rakit.export.BundleWriter.Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            long renditions = result.plan().platforms().stream().mapToLong(p -> p.media().size()).sum();
            out.printf(Locale.ROOT, "bundle: %d files, %d renditions, %d threads%n", result.files(), renditions,
                    Math.min(4, Runtime.getRuntime().availableProcessors()));
            out.printf(Locale.ROOT, "export: %d photos x %d platforms in %.2f s%n", photos.size(),
                    EXPORT_PLATFORMS.size(), seconds);
            return 0;
        } finally {
            deleteTree(data);
        }
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

    /**
     * {@code bench drafts}: a fresh temporary database with 10,000 posts and 100,000 saved
     * versions; times opening the list (all posts, newest first) and 100 searches as the admin
     * types them, and checking a 2,200-character caption by every platform's rules.
     */
    private int drafts(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments.parse(args, Set.of(), messages);
        int posts = 10_000;
        int revisions = 100_000;
        Path dataDir = Files.createTempDirectory("rakit-bench-drafts-");
        try (CliServices.Library library = services.openLibrary(dataDir, 1)) {
            long t0 = System.nanoTime();
            List<String> words = library.fillSampleDrafts(posts, revisions);
            err.println(messages.get("cli.bench.filled", posts, revisions, (System.nanoTime() - t0) / 1_000_000));
            PostService desk = library.posts();
            // warm up the statements and the page cache as a window open for a minute would
            PostQuery first = PostQuery.ALL.withLimit(PostPage.SIZE);
            for (int i = 0; i < 5; i++) {
                desk.page(first);
                desk.page(first.withText("rapat"));
            }
            List<Double> list = new ArrayList<>();
            PostPage shown = null;
            for (int i = 0; i < 21; i++) {
                long t = System.nanoTime();
                shown = desk.page(first);
                list.add((System.nanoTime() - t) / 1e6);
            }
            Random random = new Random(7);
            List<Double> search = new ArrayList<>();
            long found = 0;
            for (int i = 0; i < 100; i++) {
                PostQuery q = query(random, words, i);
                long t = System.nanoTime();
                found += desk.page(q).total();
                search.add((System.nanoTime() - t) / 1e6);
            }
            CaptionRules rules = services.captionRules();
            String caption = longCaption(random, words);
            Composition c = Composition.EMPTY.withTargets(Platform.targets());
            List<Double> check = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // one keystroke: a letter typed somewhere in the caption, which stays 2,200 long
                int at = (i * 131) % (caption.length() - 1);
                caption = caption.substring(0, at) + (char) ('a' + i % 26) + caption.substring(at + 1);
                Composition typed = c.withMaster(caption);
                long t = System.nanoTime();
                rules.checkAll(typed);
                check.add((System.nanoTime() - t) / 1e6);
            }
            out.printf(Locale.ROOT, "drafts: %d of %d posts listed, %d found by 100 searches (max %.1f ms)%n",
                    shown.posts().size(), shown.total(), found, search.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            out.printf(Locale.ROOT, "caption: all %d platforms on a %d-character caption, median %.2f ms, max %.2f ms%n",
                    Platform.targets().size(), caption.length(), median(check.subList(50, check.size())),
                    check.subList(50, check.size()).stream().mapToDouble(Double::doubleValue).max().orElse(0));
            out.printf(Locale.ROOT, "drafts: list median %.1f ms, search median %.1f ms%n", median(list),
                    median(search));
            return 0;
        } finally {
            deleteTree(dataDir);
        }
    }

    /** What admins type in the search box: a word, the start of one, two words, with a filter now and then. */
    private static PostQuery query(Random random, List<String> words, int i) {
        String word = words.get(random.nextInt(words.size()));
        String text = switch (i % 4) {
            case 0 -> word;
            case 1 -> word.substring(0, Math.min(word.length(), 3));
            case 2 -> word + " " + words.get(random.nextInt(words.size()));
            default -> word.toUpperCase(Locale.ROOT);
        };
        PostQuery q = PostQuery.ALL.withText(text).withLimit(PostPage.SIZE);
        if (i % 5 == 0) {
            q = q.withPlatform(Optional.of(Platform.targets().get(random.nextInt(Platform.targets().size()))));
        }
        if (i % 7 == 0) {
            q = q.withStatus(Optional.of(PostStatus.DRAFT));
        }
        if (i % 9 == 0) {
            q = q.withEvent(Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 12, 31)));
        }
        return q;
    }

    private static String longCaption(Random random, List<String> words) {
        StringBuilder out = new StringBuilder();
        while (out.length() < 2_300) {
            out.append(words.get(random.nextInt(words.size()))).append(out.length() % 97 < 8 ? ". " : " ");
            if (out.length() % 400 < 10) {
                out.append("#SumbarMadani @humassumbar https://sumbarprov.go.id/berita 🇮🇩 👍🏽 ");
            }
        }
        return out.substring(0, 2_200);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteTree(Path dir) throws IOException {
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
