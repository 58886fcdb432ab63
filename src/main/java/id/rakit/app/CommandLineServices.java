package id.rakit.app;

import id.rakit.cli.CliServices;
import id.rakit.export.ExportResult;
import java.io.IOException;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.export.ExportService;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.PostDetails;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** The command line's view of the application: the same readers and import path as the window. */
final class CommandLineServices implements CliServices {

    @Override
    public MediaReader reader(ZoneId zone) {
        return StandardReaders.metadata(zone);
    }

    @Override
    public Path defaultDataDirectory() {
        return id.rakit.store.DataDirectory.resolve(java.util.Optional.empty());
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
