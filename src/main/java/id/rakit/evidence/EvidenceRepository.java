package id.rakit.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The media library's records and the evidence items that use them. */
public interface EvidenceRepository {

    Optional<LibraryFile> findFile(String sha256);

    /**
     * Records the file (once per content) and adds it to the post (once per post) at
     * {@code position} in its gallery; returns the item, the existing one if the post already had
     * this content.
     */
    EvidenceItem add(long postId, LibraryFile file, String originalName, String originalPath, int position, Instant now);

    /** The position after the post's last item: where a new batch starts. */
    int nextPosition(long postId);

    List<EvidenceItem> forPost(long postId);

    Optional<EvidenceItem> find(long itemId);

    /** Other posts that use the same content, or a picture within {@code maxDistance} bits. */
    Map<String, List<ReuseMatch>> reuse(long postId, int maxDistance);

    /** Stores the verdicts and flags last shown for the post's items, in one transaction. */
    void saveChecks(Map<Long, CheckResult> results);

    void accept(long itemId, Optional<String> reason);

    void remove(long itemId);
}
