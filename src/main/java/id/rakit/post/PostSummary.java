package id.rakit.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** One line in the list of posts. */
public record PostSummary(long id, String title, String eventName, Optional<LocalDateTime> eventStart,
                          PostStatus status, int evidenceCount, Instant updatedAt, Optional<Instant> deletedAt) {
}
