package id.rakit.post;

import java.time.Instant;
import java.util.Optional;

/**
 * A post being assembled: its details, what it says on each platform, and where it stands.
 * Only {@link PostService} writes one.
 *
 * @param publication where it was published, once the admin has said so
 * @param deletedAt   when it was moved to the bin, if it is there
 */
public record Post(long id, PostDetails details, Composition composition, PostStatus status,
                   Optional<Publication> publication, Instant createdAt, Instant updatedAt,
                   Optional<Instant> exportedAt, Optional<Instant> deletedAt) {

    public Post {
        composition = composition == null ? Composition.EMPTY : composition;
        publication = publication == null ? Optional.empty() : publication;
        exportedAt = exportedAt == null ? Optional.empty() : exportedAt;
        deletedAt = deletedAt == null ? Optional.empty() : deletedAt;
    }

    /** The master caption. */
    public String caption() {
        return composition.master();
    }

    public boolean inBin() {
        return deletedAt.isPresent();
    }

    public Post withDetails(PostDetails next) {
        return new Post(id, next, composition, status, publication, createdAt, updatedAt, exportedAt, deletedAt);
    }

    public Post withComposition(Composition next) {
        return new Post(id, details, next, status, publication, createdAt, updatedAt, exportedAt, deletedAt);
    }

    public Post withStatus(PostStatus next, Optional<Publication> where) {
        return new Post(id, details, composition, next, where, createdAt, updatedAt, exportedAt, deletedAt);
    }
}
