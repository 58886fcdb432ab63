package id.rakit.post;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One bundle written of a post, as logged on it: when, where, and the SHA-256 of its manifest,
 * which tells later whether the bundle found there is the one written.
 *
 * @param folder the bundle folder's absolute path
 * @param zip    the zip written beside it, if one was
 * @param files  how many files it held, its manifest included
 */
public record ExportRecord(Instant exportedAt, String folder, Optional<String> zip, String manifestSha256, int files) {

    public ExportRecord {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        zip = Objects.requireNonNullElse(zip, Optional.empty());
    }
}
