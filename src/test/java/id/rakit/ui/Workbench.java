package id.rakit.ui;

import id.rakit.compose.CaptionRules;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.export.BundlePlanner;
import id.rakit.export.BundleWriter;
import id.rakit.export.PlatformData;
import id.rakit.export.ExportService;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Autosave;
import id.rakit.post.PostRepository;
import id.rakit.post.PostService;
import id.rakit.post.TimeZones;
import id.rakit.settings.Settings;
import id.rakit.store.Database;
import id.rakit.store.SqliteBundleChoices;
import id.rakit.store.SqliteClockCorrections;
import id.rakit.store.SqliteEvidenceRepository;
import id.rakit.store.SqlitePostRepository;
import id.rakit.store.SqliteSettings;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.CurrentThreadTaskExecutor;
import id.rakit.ui.evidence.ImportJobs;
import id.rakit.ui.main.MainViewModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rakit's real services on a data folder in a temporary directory, with every task run at once
 * on the test's thread: view models are tested without a window, a toolkit or a sleep. The posts'
 * disk can be made to refuse writes, as a full disk does.
 */
public final class Workbench implements AutoCloseable {

    public final Database database;
    public final Settings settings;
    public final PostRepository stored;
    public final PostService posts;
    public final EvidenceService evidence;
    public final MediaLibrary library;
    public final Ingest ingest;
    public final ExportService exports;
    public final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    public final AppState state = new AppState();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final Messages messages = Messages.indonesian();
    public final ImportJobs imports;
    public final id.rakit.compose.CaptionRules rules = id.rakit.compose.CaptionRules.standard();
    public final id.rakit.compose.WritingAids aids;
    /** While true, every write of a post fails with "No space left on device". */
    public final AtomicBoolean diskFull = new AtomicBoolean();

    public Workbench(Path dir) {
        database = Database.open(id.rakit.store.DataDirectory.prepare(dir).resolve("rakit.db"));
        settings = new Settings(new SqliteSettings(database));
        stored = new SqlitePostRepository(database);
        PostRepository failing = (PostRepository) Proxy.newProxyInstance(PostRepository.class.getClassLoader(),
                new Class<?>[] {PostRepository.class}, (proxy, method, args) -> {
                    if (diskFull.get() && !method.getName().equals("find") && !method.getName().equals("search")
                            && !method.getName().equals("revisions")) {
                        throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Clock clock = Clock.systemUTC();
        posts = new PostService(failing, new Autosave(Autosave.Timing.STANDARD), clock,
                new PostService.Defaults(settings::zone, settings::unitName, settings::author, settings::platforms));
        SqliteEvidenceRepository items = new SqliteEvidenceRepository(database);
        library = new MediaLibrary(dir);
        evidence = new EvidenceService(items, new SqliteClockCorrections(database), clock,
                id.rakit.evidence.LibraryCopies.onDisk(library::resolve));
        ingest = new Ingest(library, StandardReaders.metadata(TimeZones.DEFAULT), StandardReaders.pictures(), items,
                clock, new Ingest.Limits(1, Duration.ofSeconds(30)));
        exports = new ExportService(posts, evidence, new BundleWriter(library, clock, "Rakit test"),
                new BundlePlanner(PlatformData.standard(), CaptionRules.standard()),
                new SqliteBundleChoices(database), clock);
        imports = new ImportJobs(ingest, evidence, library, tasks, state, () -> messages);
        id.rakit.store.SqliteWritingAids stored = new id.rakit.store.SqliteWritingAids(database, clock);
        aids = new id.rakit.compose.WritingAids(stored, stored);
    }

    public MainViewModel.Services services() {
        return new MainViewModel.Services(posts, evidence, exports, library, settings, tasks, state, imports, rules, aids,
                new id.rakit.store.Backups(library.root(), Clock.systemUTC(), TimeZones.DEFAULT).service(database, library));
    }

    /** The window's view models on these services, as the window makes them. */
    public MainViewModel window() {
        return new MainViewModel(services(), dialogs, messages);
    }

    @Override
    public void close() {
        ingest.stopAll(Duration.ofSeconds(5));
        posts.close();
        database.close();
    }
}
