package id.rakit.app;

import id.rakit.cli.CliServices;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.export.ExportService;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.PostDetails;
import java.util.List;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.export.ExportResult;
import id.rakit.library.DataFolderReport;
import id.rakit.post.PostDetails;
import id.rakit.store.Backups;
import id.rakit.store.DamagedDatabaseException;
import id.rakit.store.DataDirectory;
import id.rakit.store.DataFolderCheck;
import id.rakit.store.DataFolderLock;
import id.rakit.store.Database;
import id.rakit.store.DatabaseRecovery;
import id.rakit.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The command line's view of the application: the same readers and import path as the window. */
final class CommandLineServices implements CliServices {

    @Override
    public MediaReader reader(ZoneId zone) {
        return StandardReaders.metadata(zone);
    }

    @Override
    public Path defaultDataDirectory() {
        return DataDirectory.resolve(Optional.empty());
    }

    @Override
    public DataFolderReport check(Path dataDirectory) {
        return DataFolderCheck.run(dataDirectory);
    }

    @Override
    public void backup(Path dataDirectory, Path target) {
        Path file = dataDirectory.resolve(DataDirectory.DATABASE_FILE);
        DatabaseRecovery.Health health = DatabaseRecovery.check(file);
        switch (health.state()) {
            case MISSING -> throw new StoreException("store.error.missing", null);
            case EMPTY -> throw new StoreException("store.error.nothingToBackUp", null);
            case DAMAGED -> throw new DamagedDatabaseException(file, health);
            default -> {
            }
        }
        // a read-only connection: the window may be writing, the copy is still of one moment
        try (Database db = Database.openReadOnly(file)) {
            Backups.copy(db, target);
        }
    }

    @Override
    public Optional<Path> restore(Path dataDirectory, Path backup) {
        Path data = DataDirectory.prepare(dataDirectory);
        // it writes: with a window open on the folder it stops here and changes nothing
        try (DataFolderLock lock = DataFolderLock.acquire(data, "restore")) {
            return DatabaseRecovery.restore(backup, data.resolve(DataDirectory.DATABASE_FILE), Clock.systemDefaultZone());
        }
    }

    @Override
    public java.util.List<StartupMark> measureWindowStart(java.util.Optional<Path> dataDirectory) throws IOException {
        StartupClock clock = StartupClock.sinceLaunch();
        clock.mark("command read");
        Path dir = dataDirectory.map(p -> p.toAbsolutePath().normalize()).orElseGet(this::defaultDataDirectory);
        RakitApp.measureStart(clock, dir);
        if (clock.failure().isPresent()) {
            throw new IOException("the window did not open on " + dir, clock.failure().get());
        }
        return clock.marks().stream().map(m -> new StartupMark(m.what(), m.millis())).toList();
    }

    @Override
    public Library openLibrary(Path dataDirectory, int threads) {
        AppContext context = AppContext.open(dataDirectory, new Ingest.Limits(threads, Duration.ofSeconds(60)));
        return new Library() {
            @Override
            public Ingest ingest() {
                return context.ingest();
            }

            @Override
            public long createPost(String title) {
                return context.posts().create(PostDetails.empty("", context.settings().zone()).withTitle(title)).id();
            }

            @Override
            public boolean hasPost(long postId) {
                return context.posts().find(postId).isPresent();
            }

            @Override
            public ExportResult export(long postId, Path folder) throws IOException {
                return context.exports().export(postId, folder);
            }

            @Override
            public id.rakit.post.PostService posts() {
                return context.posts();
            }

            @Override
            public java.util.List<String> fillSampleDrafts(int posts, int revisions) {
                id.rakit.store.SampleDrafts.fill(context.database(), posts, revisions, 20261201L);
                return id.rakit.store.SampleDrafts.words();
            }

            @Override
            public long createPost(PostDetails details, String caption, List<Platform> targets) {
                long post = context.posts().create(details).id();
                context.posts().editText(post, Platform.GENERAL, CaptionField.BODY, caption);
                context.posts().chooseTargets(post, targets);
                context.posts().flushOrThrow(post);
                return post;
            }

            @Override
            public ExportService exports() {
                return context.exports();
            }

            @Override
            public int evidenceCount(long postId) {
                return context.evidenceRepository().forPost(postId).size();
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }
}
