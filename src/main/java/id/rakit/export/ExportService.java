package id.rakit.export;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole export, for the window and the command line alike: every pending edit is written
 * first (or the export refuses), the post is read back as stored, its evidence checked, the
 * bundle written, and the export recorded on the post.
 */
public final class ExportService {

    private final PostService posts;
    private final EvidenceService evidence;
    private final BundleWriter writer;

    public ExportService(PostService posts, EvidenceService evidence, BundleWriter writer) {
        this.posts = posts;
        this.evidence = evidence;
        this.writer = writer;
    }

    /** What an export of the post would hold now: the post as stored and its checked evidence. */
    public record Contents(Post post, List<CheckedItem> items) {
        public long needingReview() {
            return items.stream().filter(CheckedItem::needsDecision).count();
        }

        /** The names of the items whose copy in the library is gone or changed. */
        public List<String> brokenCopies() {
            return items.stream().filter(i -> i.item().media().isMedia() && i.copyProblem().isPresent())
                    .map(i -> i.item().originalName()).toList();
        }
    }

    /** Reads the post and checks its evidence, after writing its pending edits. */
    public Contents contents(long postId) {
        posts.flushOrThrow(postId);
        Post post = posts.find(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
        return new Contents(post, evidence.check(post));
    }

    /**
     * Writes the post's bundle into {@code folder}.
     *
     * @throws id.rakit.post.UnsavedEditsException when edits could not be written: nothing is exported
     * @throws LibraryCopiesException when the library's copy of an item is gone or changed: nothing is exported
     */
    public ExportResult export(long postId, Path folder) throws IOException {
        Contents contents = contents(postId);
        List<String> broken = contents.brokenCopies();
        if (!broken.isEmpty()) {
            // a bundle without a piece of its evidence is not one: the admin re-imports it or takes it out
            throw new LibraryCopiesException(broken);
        }
        ExportResult result = writer.write(contents.post(), contents.items(), folder);
        posts.markExported(postId);
        return result;
    }
}
