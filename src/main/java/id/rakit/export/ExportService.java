package id.rakit.export;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.i18n.Messages;
import id.rakit.post.ExportRecord;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole export, for the window and the command line alike: every pending edit is written
 * first (or the export refuses), the post is read back as stored, its evidence checked, the
 * bundle planned and its problems listed, then written, and the export logged on the post.
 */
public final class ExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final PostService posts;
    private final EvidenceService evidence;
    private final BundleWriter writer;
    private final BundlePlanner planner;
    private final BundleChoicesRepository choices;
    private final Clock clock;

    public ExportService(PostService posts, EvidenceService evidence, BundleWriter writer, BundlePlanner planner,
                         BundleChoicesRepository choices, Clock clock) {
        this.posts = posts;
        this.evidence = evidence;
        this.writer = writer;
        this.planner = planner;
        this.choices = choices;
        this.clock = clock;
    }

    /** The platforms and their rules. */
    public PlatformData platforms() {
        return planner.platforms();
    }

    /** The post's bundle choices as the admin left them, or the first ones: the platforms it is written for. */
    public BundleChoices choices(long postId) {
        Optional<BundleChoices> stored = choices.find(postId);
        if (stored.isPresent()) {
            return stored.get();
        }
        Post post = posts.find(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
        return BundleChoices.forPost(post.composition(), planner.platforms());
    }

    public void saveChoices(long postId, BundleChoices chosen) {
        choices.save(postId, chosen, clock.instant());
    }

    /**
     * The bundle as it would be written now into {@code parent}, with its problems, after the
     * post's pending edits are written.
     *
     * @throws id.rakit.post.UnsavedEditsException when edits could not be written
     */
    public BundlePlan plan(long postId, BundleChoices chosen, Path parent, Messages messages) {
        posts.flushOrThrow(postId);
        Post post = posts.find(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
        List<CheckedItem> items = evidence.check(post);
        return planner.plan(post, items, chosen, this::originalExists, parent, clock.instant(), messages);
    }

    private boolean originalExists(EvidenceItem item) {
        return Files.isRegularFile(writer.library().resolve(item.file().libraryPath()));
    }

    /**
     * Plans and writes the post's bundle into {@code parent} and logs it on the post, which becomes
     * exported. A failure leaves no bundle and the post as it was.
     */
    public ExportResult export(long postId, BundleChoices chosen, Path parent, Messages messages,
                               BundleWriter.Progress progress) throws IOException {
        BundlePlan plan = plan(postId, chosen, parent, messages);
        ExportResult result = writer.write(plan, parent, progress);
        try {
            posts.recordExport(postId, new ExportRecord(clock.instant(), result.folder().toAbsolutePath().toString(),
                    result.zip().map(z -> z.toAbsolutePath().toString()), result.manifestSha256(), result.files()));
        } catch (RuntimeException e) {
            // a bundle the post does not know of would be a bundle nobody checks: take it back
            LOG.warn("export of post {} not logged; removing {}", postId, result.folder(), e);
            BundleWriter.deleteTree(result.folder());
            if (result.zip().isPresent()) {
                Files.deleteIfExists(result.zip().get());
            }
            throw e;
        }
        return result;
    }

    /** The export the window's button makes, with the post's own choices: for the {@code export} command. */
    public ExportResult export(long postId, Path parent) throws IOException {
        return export(postId, choices(postId), parent, Messages.indonesian(), BundleWriter.Progress.NONE);
    }

    /** The bundles written of the post, newest first. */
    public List<ExportRecord> history(long postId) {
        return posts.exports(postId);
    }

    /** Checks a bundle folder or zip against its manifest. */
    public BundleVerifier.Verification verify(Path bundle) throws IOException {
        return BundleVerifier.verify(bundle);
    }

    /** Uses an item that did not pass, for the admin's written reason (it goes in the manifest). */
    public void accept(long itemId, String reason) {
        evidence.accept(itemId, Optional.of(reason));
    }

    /**
     * A photo's alt text for every platform, as the composer's own field writes it (autosaved; the
     * next plan writes it first). Touches no disk: callable from the UI thread.
     */
    public void editAltText(long postId, long evidenceId, String text) {
        posts.editAltText(postId, id.rakit.post.Platform.GENERAL, evidenceId, text);
    }

    /** The larger picture the import made of an item, for choosing its crop; empty when there is none. */
    public Optional<Path> preview(EvidenceItem item) {
        Path p = writer.library().preview(item.sha256());
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
