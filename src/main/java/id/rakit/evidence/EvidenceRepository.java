package id.rakit.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The media library's records and the evidence items that use them. */
public interface EvidenceRepository {

    Optional<LibraryFile> findFile(String sha256);

    /** An item added to a post, or the one it already had with the same content. */
    record Added(EvidenceItem item, boolean alreadyInPost) {
    }

    /**
     * Records the file (once per content) and adds it to the post (once per post) at
     * {@code position} in its gallery. An item taken out of the post earlier comes back, with its
     * accepted reason.
     */
    Added add(long postId, LibraryFile file, String originalName, String originalPath, int position, Instant now);

    /** The position after the post's last item: where a new batch starts. */
    int nextPosition(long postId);

    /** The post's items in gallery order, without those taken out of it. */
    List<EvidenceItem> forPost(long postId);

    Optional<EvidenceItem> find(long itemId);

    /** Other posts (not in the bin) that use the same content, or a picture within {@code maxDistance} bits. */
    Map<String, List<ReuseMatch>> reuse(long postId, int maxDistance);

    /** Stores the verdicts and flags last shown for the post's items, in one transaction. */
    void saveChecks(Map<Long, CheckResult> results);

    void accept(long itemId, Optional<String> reason);

    /** Takes the item out of its post; the row stays, so {@link #putBack} or a new import brings it back. */
    void remove(long itemId, Instant now);

    void putBack(long itemId);
}
