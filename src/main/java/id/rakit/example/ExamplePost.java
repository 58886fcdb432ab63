package id.rakit.example;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.evidence.ingest.Ingest;
import id.rakit.i18n.Messages;
import id.rakit.post.CaptionField;
import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostService;
import id.rakit.post.TimeZones;
import id.rakit.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The example post a new admin learns the checks from: ten of Rakit's own small photos (see
 * {@code assets/example/make-example-photos.sh}), one per lesson, imported through the real
 * import path and checked against a made-up event, so every verdict and flag shows on a tile:
 * on time, two days before, after the event and accepted with a reason, no capture time and no
 * metadata, zone assumed, edited, clocks that disagree, far from the venue, a camera clock
 * corrected, and a photo already used in an older post (the second, smaller example). Both posts
 * are titled "Contoh:" and their ids are kept in {@link Settings#examplePosts()}, so they can be
 * marked and removed together. Disk work: never on the UI thread.
 */
public final class ExamplePost {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExamplePost.class);

    static final String RESOURCES = "/id/rakit/example/";
    /** The photos of the main example, in the order their lessons are told. */
    static final List<String> PHOTOS = List.of("contoh-01.jpg", "contoh-02.jpg", "contoh-03.jpg", "contoh-04.jpg",
            "contoh-05.jpg", "contoh-06.jpg", "contoh-07.jpg", "contoh-08.jpg", "contoh-09.jpg", "contoh-10.jpg");
    /** The photo that the older example holds too. */
    static final String REUSED = "contoh-10.jpg";
    /** The photo accepted with a reason. */
    static final String ACCEPTED = "contoh-03.jpg";
    /** The camera whose clock runs an hour behind, made up for the example (photo 9). */
    static final CameraId SLOW_CAMERA = new CameraId("Rakit", "Kamera Contoh", Optional.of("CONTOH-9"));
    static final Duration SLOW_BY = Duration.ofHours(1);
    static final GeoPoint VENUE = new GeoPoint(-0.9492, 100.3543);
    static final LocalDateTime START = LocalDateTime.of(2024, 9, 17, 9, 0);
    static final LocalDateTime END = LocalDateTime.of(2024, 9, 17, 12, 0);

    private final PostService posts;
    private final Ingest ingest;
    private final EvidenceService evidence;
    private final Settings settings;

    public ExamplePost(PostService posts, Ingest ingest, EvidenceService evidence, Settings settings) {
        this.posts = posts;
        this.ingest = ingest;
        this.evidence = evidence;
        this.settings = settings;
    }

    /** The example posts there are now (not in the bin), the main one first. */
    public List<Long> present() {
        List<Long> out = new ArrayList<>();
        for (long id : settings.examplePosts()) {
            posts.find(id).filter(p -> !p.inBin()).ifPresent(p -> out.add(p.id()));
        }
        return out;
    }

    /**
     * Makes the example posts in the language of {@code m}, with the unit profile's unit, platforms
     * and hashtags; an earlier example goes to the bin first. Returns the main example.
     */
    public Post create(Messages m) throws IOException {
        remove();
        Path folder = Files.createTempDirectory("rakit-contoh-");
        try {
            List<Path> files = new ArrayList<>();
            for (String name : PHOTOS) {
                Path file = folder.resolve(name);
                try (InputStream in = ExamplePost.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new IOException("example photo missing from the application: " + name);
                    }
                    Files.copy(in, file);
                }
                files.add(file);
            }
            String unit = settings.unitName();
            Post older = posts.create(new PostDetails(m.get("example.older.title"), unit, m.get("example.older.event"),
                    Optional.of(START), Optional.of(END), TimeZones.DEFAULT, m.get("example.venue"),
                    Optional.of(VENUE)));
            importAll(older.id(), List.of(folder.resolve(REUSED)));

            Post main = posts.create(new PostDetails(m.get("example.title"), unit, m.get("example.event"),
                    Optional.of(START), Optional.of(END), TimeZones.DEFAULT, m.get("example.venue"),
                    Optional.of(VENUE)));
            // remembered at once: a failure below still leaves posts that Pengaturan can remove
            settings.setExamplePosts(List.of(main.id(), older.id()));
            List<EvidenceItem> items = importAll(main.id(), files);
            List<Platform> targets = settings.platforms().isEmpty()
                    ? List.of(Platform.INSTAGRAM, Platform.FACEBOOK) : settings.platforms();
            posts.chooseTargets(main.id(), targets);
            String tags = String.join(" ", settings.hashtags());
            posts.editText(main.id(), Platform.GENERAL, CaptionField.BODY,
                    m.get("example.caption") + (tags.isEmpty() ? "" : "\n\n" + tags));
            posts.editText(older.id(), Platform.GENERAL, CaptionField.BODY, m.get("example.older.caption"));
            posts.flushOrThrow(main.id());
            posts.flushOrThrow(older.id());

            evidence.setClockCorrection(SLOW_CAMERA, SLOW_BY);
            EvidenceItem accepted = items.stream().filter(i -> i.originalName().equals(ACCEPTED)).findFirst()
                    .orElseThrow(() -> new IOException("example photo not imported: " + ACCEPTED));
            evidence.accept(accepted.id(), Optional.of(m.get("example.acceptReason")));
            Post shown = posts.find(main.id()).orElseThrow();
            // the verdicts are stored as shown, like every check the window makes
            evidence.check(shown);
            evidence.check(posts.find(older.id()).orElseThrow());
            return shown;
        } finally {
            deleteTree(folder);
        }
    }

    private List<EvidenceItem> importAll(long postId, List<Path> files) throws IOException {
        Ingest.Report report = ingest.run(postId, files, new Ingest.Listener() { }, new AtomicBoolean());
        List<EvidenceItem> items = new ArrayList<>();
        for (Ingest.Outcome o : report.outcomes()) {
            if (o == null || o.item().isEmpty() || !o.item().get().media().isMedia()) {
                throw new IOException("example photo not imported: " + (o == null ? "?" : o.source().getFileName()));
            }
            items.add(o.item().get());
        }
        return items;
    }

    /**
     * Moves the example posts to the bin (restorable there like any post) and forgets the example's
     * camera correction. Returns the posts that went.
     */
    public List<Long> remove() {
        List<Long> removed = present();
        for (long id : removed) {
            posts.moveToBin(id);
        }
        settings.setExamplePosts(List.of());
        evidence.setClockCorrection(SLOW_CAMERA, Duration.ZERO);
        return removed;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clear; the example is made
            LOG.warn("could not delete {}", dir, e);
        }
    }
}
