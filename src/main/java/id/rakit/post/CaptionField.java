package id.rakit.post;

/** The texts a caption has on a platform; each change of one is kept as a revision. */
public enum CaptionField {
    /** The caption itself (for YouTube, the description). */
    BODY,
    /** A platform's own title: YouTube's video title, the press release's headline. */
    TITLE,
    /** Instagram's first comment, posted right after the caption (often the hashtags). */
    FIRST_COMMENT
}
