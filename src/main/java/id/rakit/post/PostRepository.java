package id.rakit.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where posts are kept. Every method is one transaction; only {@link PostService} calls the writes. */
public interface PostRepository {

    Post create(PostDetails details, Composition composition, Instant now);

    /** The post, also when it is in the bin. */
    Optional<Post> find(long id);

    /** The posts the query selects, most recently changed first. */
    List<PostSummary> search(PostQuery query);

    /** How many posts the query selects, its limit aside. */
    int count(PostQuery query);

    /**
     * A draft nobody has written anything into (no title, event, venue, caption or evidence),
     * outside the bin: the next new post uses it instead of adding another empty one.
     */
    Optional<Post> emptyDraft();

    /** Moves a post to the top of the list, as if just written. */
    void touch(long id, Instant now);

    /** The unit of the post written most recently, for the next new post. */
    Optional<String> lastUnit();

    void saveDetails(long id, PostDetails details, Instant now);

    /** One caption text and its revision row, together. */
    void saveText(long id, Platform platform, CaptionField field, String text, Instant now, String author);

    /** The platform's caption follows the master again. */
    void followMaster(long id, Platform platform, Instant now);

    void saveTargets(long id, List<Platform> targets, Instant now);

    /** A platform's own evidence selection and order; empty to follow the post's. */
    void saveMedia(long id, Platform platform, Optional<List<Long>> evidenceIds, Instant now);

    /** A photo's alt text, for every platform ({@link Platform#GENERAL}) or for one; blank removes it. */
    void saveAltText(long id, Platform platform, long evidenceId, String text, Instant now);

    void saveStatus(long id, PostStatus status, Optional<Publication> publication, Instant now);

    /** Records a finished export: the status becomes exported unless the post is already published. */
    void markExported(long id, Instant now);

    /** Logs a bundle written of the post and moves its status as {@link #markExported(long, Instant)}, together. */
    void recordExport(long id, ExportRecord record);

    /** The bundles written of the post, newest first. */
    List<ExportRecord> exports(long id);

    void moveToBin(long id, Instant now);

    void restore(long id, Instant now);

    /** Deletes for good the posts moved to the bin before {@code deletedBefore}; how many. */
    int purgeBin(Instant deletedBefore);

    /** Every saved version of one caption text, newest first. */
    List<Revision> revisions(long id, Platform platform, CaptionField field);
}
