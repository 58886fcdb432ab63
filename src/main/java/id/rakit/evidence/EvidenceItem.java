package id.rakit.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * A library file used as evidence in one post.
 *
 * @param originalName   the file's name when it was imported
 * @param originalPath   where it was imported from (it may be gone since: the library has a copy)
 * @param position       order in the post's gallery
 * @param acceptedReason the admin's written reason for using it despite a failed check
 */
public record EvidenceItem(long id, long postId, LibraryFile file, String originalName, String originalPath,
                           int position, Optional<String> acceptedReason, Instant addedAt) {

    public MediaInfo media() {
        return file.media();
    }

    public String sha256() {
        return file.sha256();
    }
}
