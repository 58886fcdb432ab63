package id.rakit.evidence;

/**
 * Why a file could not be used, or what is odd about it. Each has a user message
 * ({@code problem.CODE} in the message bundle) and a stable code for scripts.
 */
public enum FileProblem {
    /** The file has no bytes. */
    EMPTY_FILE,
    /** The file ends before its own structure says it should. */
    TRUNCATED,
    /** The bytes do not form a valid file of the format they claim. */
    CORRUPT,
    /** A format Rakit does not take as evidence (e.g. a document, a sound). */
    UNSUPPORTED_FORMAT,
    /** The extension says one format, the content another (read by content). */
    EXTENSION_MISMATCH,
    /** The image declares more pixels than Rakit will decode. */
    TOO_MANY_PIXELS,
    /** Reading took longer than the per-file limit. */
    TIMED_OUT,
    /** The file disappeared or could not be opened. */
    NOT_FOUND,
    /** The operating system refused to let Rakit read it. */
    ACCESS_DENIED,
    /** No picture could be made for the grid (the metadata may still be fine). */
    NO_PREVIEW,
    /** Any other reading failure. */
    READ_FAILED;

    public String messageKey() {
        return "problem." + name();
    }
}
