package id.rakit.compose;

import id.rakit.evidence.MediaType;

/** A usable photo or video of a post, as the platform rules see it. */
public record MediaItem(long id, String name, MediaType type) {
}
