package id.rakit.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Posts and their captions. Every method is one transaction. */
public interface PostRepository {

    Post create(PostDetails details, Instant now);

    Optional<Post> find(long id);

    /** Drafts whose title, event, venue, unit or caption contain every word of the query, newest first. */
    List<PostSummary> search(String query);

    void saveDetails(long id, PostDetails details, Instant now);

    void saveCaption(long id, Platform platform, String text, Instant now);

    void markExported(long id, Instant now);

    void delete(long id);
}
