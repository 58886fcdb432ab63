package id.rakit.post;

import java.time.Instant;

/** One saved version of a caption text: what it said, when, and who was at the keyboard. */
public record Revision(long id, long postId, Platform platform, CaptionField field, String text, Instant savedAt,
                       String author) {
}
