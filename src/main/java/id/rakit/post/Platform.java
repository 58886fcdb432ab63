package id.rakit.post;

/**
 * Where a caption will be published. Each platform's own counting rule and limits live with
 * the platform; the general caption is the one every platform starts from.
 */
public enum Platform {
    GENERAL
}
