package id.rakit.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The media library's records and the evidence items that use them. */
public interface EvidenceRepository {

    Optional<LibraryFile> findFile(String sha256);

    /**
     * Records the file (once per content) and adds it to the post (once per post); returns the
     * item, the existing one if the post already had this content.
     */
    EvidenceItem add(long postId, LibraryFile file, String originalName, String originalPath, Instant now);

    /**
     * As {@link #add(long, LibraryFile, String, String, Instant)}, at {@code position} in the
     * post's order rather than after whatever was added last: files imported together finish in
     * any order, and should stand in the order they were picked.
     */
    default EvidenceItem add(long postId, LibraryFile file, String originalName, String originalPath, Instant now,
                             int position) {
        return add(postId, file, originalName, originalPath, now);
    }

    /** The position an item added now after all the post's items would take. */
    default int nextPosition(long postId) {
        return 0;
    }

    List<EvidenceItem> forPost(long postId);

    Optional<EvidenceItem> find(long itemId);

    /** Other posts that use the same content, or a picture within {@code maxDistance} bits. */
    Map<String, List<ReuseMatch>> reuse(long postId, int maxDistance);

    /** Stores the verdicts and flags last shown for the post's items, in one transaction. */
    void saveChecks(Map<Long, CheckResult> results);

    void accept(long itemId, Optional<String> reason);

    void remove(long itemId);
}
