package id.rakit.post;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A post being assembled: its details, its captions per platform, and where it stands. */
public record Post(long id, PostDetails details, Map<Platform, String> captions, PostStatus status,
                   Instant createdAt, Instant updatedAt, Optional<Instant> exportedAt) {

    public Post {
        captions = Map.copyOf(captions);
    }

    public String caption(Platform platform) {
        return captions.getOrDefault(platform, "");
    }
}
