package id.rakit.evidence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Another post that already uses the same file, or a visually near-identical one.
 *
 * @param identical true for the same bytes, false for a perceptual-hash match
 */
public record ReuseMatch(long postId, String postTitle, Optional<LocalDate> eventDate, boolean identical) {
}
