package id.rakit.post;

/** Where a post stands on its way out: written, ready, exported as a bundle, published online. */
public enum PostStatus {
    DRAFT, READY, EXPORTED, PUBLISHED
}
