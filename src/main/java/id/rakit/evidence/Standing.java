package id.rakit.evidence;

/**
 * Where an item stands for the admin, in one word: the tile's badge and the gallery's counts both
 * come from here, so a green badge is never counted as needing a look.
 */
public enum Standing {
    /** Not a photo or video Rakit can read: damaged, unsupported, unreadable. */
    UNUSABLE,
    /** Failed a check or raised a flag, and the admin has not accepted it yet. */
    NEEDS_REVIEW,
    /** Failed a check or raised a flag, and the admin accepted it with a written reason. */
    ACCEPTED,
    /** Taken during the event and nothing looks wrong. */
    PASSED,
    /** Nothing looks wrong, but there is no event time to check it against yet. */
    UNCHECKED
}
