package id.rakit.post;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one writer of posts. The window and the command line ask it; nothing else writes a post.
 * Edits of details and caption texts are autosaved (each on its own key, see {@link Autosave});
 * everything else is written at once. Reads see the edits that are still waiting to be written,
 * so switching posts never shows an older text, even while the disk refuses writes.
 *
 * <p>Edit methods never touch the disk and may be called from the UI thread; every other method
 * reads or writes the database and must not be.
 */
public final class PostService implements AutoCloseable {

    /** How long a post stays in the bin before it is deleted for good. */
    public static final Duration BIN_KEEPS = Duration.ofDays(30);

    private record Key(long postId, String what) {
    }

    /**
     * What a new draft starts with and whose name goes on revisions, read when needed (the admin
     * may change them in the settings at any time).
     *
     * @param zone   the zone of a new draft's event
     * @param unit   the unit of a new draft when no post names one yet (the unit profile)
     * @param author who is at the keyboard, for the revisions
     * @param targets the platforms a new draft goes to (the platforms of the unit profile)
     */
    public record Defaults(Supplier<ZoneId> zone, Supplier<String> unit, Supplier<String> author,
                           Supplier<List<Platform>> targets) {

        /** Defaults without platforms: a new draft goes nowhere until the admin picks. */
        public Defaults(Supplier<ZoneId> zone, Supplier<String> unit, Supplier<String> author) {
            this(zone, unit, author, List::of);
        }
    }

    private final PostRepository posts;
    private final Autosave autosave;
    private final Clock clock;
    private final Defaults defaults;
    /** Edits not yet on disk, applied on top of what a read finds there. */
    private final Map<Key, UnaryOperator<Post>> unsaved = new ConcurrentHashMap<>();

    public PostService(PostRepository posts, Autosave autosave, Clock clock, Defaults defaults) {
        this.posts = posts;
        this.autosave = autosave;
        this.clock = clock;
        this.defaults = defaults;
    }

    // Reading

    /** The post as the admin last left it, pending edits included; also when it is in the bin. */
    public Optional<Post> find(long id) {
        return posts.find(id).map(p -> withUnsaved(p));
    }

    private Post withUnsaved(Post p) {
        Post out = p;
        for (Map.Entry<Key, UnaryOperator<Post>> e : unsaved.entrySet()) {
            if (e.getKey().postId() == p.id()) {
                out = e.getValue().apply(out);
            }
        }
        return out;
    }

    public List<PostSummary> search(PostQuery query) {
        return posts.search(query);
    }

    /** How many posts the query selects, its limit aside. */
    public int count(PostQuery query) {
        return posts.count(query);
    }

    /** The list's page: the posts the query selects up to its limit, and how many there are in all. */
    public PostPage page(PostQuery query) {
        List<PostSummary> found = posts.search(query);
        int total = query.limit() == 0 || found.size() < query.limit() ? found.size() : posts.count(query);
        return new PostPage(found, total);
    }

    public List<Revision> history(long id, Platform platform, CaptionField field) {
        return posts.revisions(id, platform, field);
    }

    // Creating

    /**
     * A new, empty draft in the default zone, its unit taken from the post written last, going to
     * the default platforms; an empty draft already there is used instead, so they never pile up.
     */
    public Post createDraft() {
        flush();
        Optional<Post> empty = posts.emptyDraft();
        if (empty.isPresent() && !hasUnsaved(empty.get().id())) {
            posts.touch(empty.get().id(), clock.instant());
            return posts.find(empty.get().id()).orElseThrow();
        }
        String unit = posts.lastUnit().orElseGet(defaults.unit());
        return posts.create(PostDetails.empty(unit, defaults.zone().get()),
                Composition.EMPTY.withTargets(defaults.targets().get()), clock.instant());
    }

    public Post create(PostDetails details) {
        return posts.create(details, Composition.EMPTY, clock.instant());
    }

    /**
     * A new draft from an existing post: its details and captions, not its evidence (so no media
     * selections or alt texts). {@code retitle} names the copy.
     */
    public Post duplicate(long id, UnaryOperator<String> retitle) {
        flush(id);
        Post source = find(id).orElseThrow(() -> new IllegalArgumentException("no post " + id));
        PostDetails d = source.details();
        Composition c = source.composition();
        Composition copy = new Composition(c.master(), Map.of(), c.targets(), Map.of());
        for (Platform p : Platform.targets()) {
            Variant v = c.variant(p);
            copy = copy.withVariant(p, new Variant(v.title(), v.body(), v.firstComment(), Optional.empty(), Map.of()));
        }
        return posts.create(d.withTitle(retitle.apply(d.title())), copy, clock.instant());
    }

    // Editing: autosaved, no disk access on the caller's thread

    public void editDetails(long id, PostDetails details) {
        Key key = new Key(id, "details");
        edit(key, p -> p.withDetails(details), () -> posts.saveDetails(id, details, clock.instant()));
    }

    /** One caption text; for a platform's body this ends its following of the master. */
    public void editText(long id, Platform platform, CaptionField field, String text) {
        Key key = new Key(id, "text:" + platform.code() + ":" + field.name());
        String value = Texts.wellFormed(text);
        edit(key, p -> p.withComposition(p.composition().withText(platform, field, value)),
                () -> posts.saveText(id, platform, field, value, clock.instant(), defaults.author().get()));
    }

    public void editAltText(long id, Platform platform, long evidenceId, String typed) {
        String text = Texts.wellFormed(typed);
        Key key = new Key(id, "alt:" + platform.code() + ":" + evidenceId);
        edit(key, p -> p.withComposition(p.composition().withAltText(platform, evidenceId, text)),
                () -> posts.saveAltText(id, platform, evidenceId, text, clock.instant()));
    }

    private void edit(Key key, UnaryOperator<Post> change, Runnable write) {
        unsaved.put(key, change);
        autosave.schedule(key, () -> {
            write.run();
            unsaved.remove(key, change);
        });
    }

    // Changing at once

    /** The platform's caption follows the master again; its own text stays in its history. */
    public void followMaster(long id, Platform platform) {
        Key key = new Key(id, "text:" + platform.code() + ":" + CaptionField.BODY.name());
        autosave.cancel(key);
        unsaved.remove(key);
        posts.followMaster(id, platform, clock.instant());
    }

    public void chooseTargets(long id, List<Platform> targets) {
        posts.saveTargets(id, targets, clock.instant());
    }

    public void chooseMedia(long id, Platform platform, Optional<List<Long>> evidenceIds) {
        posts.saveMedia(id, platform, evidenceIds, clock.instant());
    }

    public void markReady(long id) {
        posts.saveStatus(id, PostStatus.READY, Optional.empty(), clock.instant());
    }

    public void markDraft(long id) {
        posts.saveStatus(id, PostStatus.DRAFT, Optional.empty(), clock.instant());
    }

    public void markPublished(long id, Publication where) {
        posts.saveStatus(id, PostStatus.PUBLISHED, Optional.of(where), clock.instant());
    }

    public void markExported(long id) {
        posts.markExported(id, clock.instant());
    }

    /** Logs a bundle written of the post (time, folder, manifest hash) and marks the post exported. */
    public void recordExport(long id, ExportRecord record) {
        posts.recordExport(id, record);
    }

    /** The bundles written of the post, newest first. */
    public List<ExportRecord> exports(long id) {
        return posts.exports(id);
    }

    /** Into the bin, restorable for {@link #BIN_KEEPS}; pending edits are written first. */
    public void moveToBin(long id) {
        flush(id);
        posts.moveToBin(id, clock.instant());
    }

    public void restore(long id) {
        posts.restore(id, clock.instant());
    }

    /** Deletes for good what has been in the bin longer than {@link #BIN_KEEPS}. */
    public int emptyOldBin() {
        return posts.purgeBin(clock.instant().minus(BIN_KEEPS));
    }

    // Saving

    public void addSaveListener(Consumer<Autosave.State> listener) {
        autosave.addListener(listener);
    }

    public void removeSaveListener(Consumer<Autosave.State> listener) {
        autosave.removeListener(listener);
    }

    public Autosave.State saveState() {
        return autosave.state();
    }

    /** Writes every pending edit now; true when all are on disk. */
    public boolean flush() {
        return autosave.flush();
    }

    /** Writes the pending edits of one post now; true when all of them are on disk. */
    public boolean flush(long id) {
        return autosave.flush(k -> k instanceof Key key && key.postId() == id);
    }

    /** Writes one post's pending edits or says why they could not be. */
    public void flushOrThrow(long id) {
        if (!flush(id)) {
            Autosave.State s = autosave.state();
            throw new UnsavedEditsException(s.pending(), s.failure().orElse(null));
        }
    }

    public boolean hasUnsaved(long id) {
        return autosave.hasPending(k -> k instanceof Key key && key.postId() == id);
    }

    /** Writes what is pending and stops autosaving. */
    @Override
    public void close() {
        autosave.close();
    }
}
