package id.rakit.post;

/** Where a post stands. */
public enum PostStatus {
    DRAFT, EXPORTED
}
