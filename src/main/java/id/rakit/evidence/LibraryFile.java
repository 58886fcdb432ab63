package id.rakit.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * One file in Rakit's media library: stored once by content, whatever posts use it.
 *
 * @param sha256         the content's SHA-256, lower-case hex
 * @param sizeBytes      the file's length
 * @param libraryPath    where the copy lives, relative to the library folder
 * @param media          what its metadata says
 * @param perceptualHash a 64-bit picture fingerprint for near-duplicates, when a picture was made
 */
public record LibraryFile(String sha256, long sizeBytes, String libraryPath, MediaInfo media,
                          Optional<Long> perceptualHash, Instant importedAt) {
}
