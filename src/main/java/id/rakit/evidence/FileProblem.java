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
    READ_FAILED,
    /** The disk that holds Rakit's data is full: the file was not imported. */
    DISK_FULL,
    /** Rakit's data folder cannot be written (read-only, permissions): the file was not imported. */
    LIBRARY_NOT_WRITABLE,
    /** Rakit's own copy of an imported file is gone from its library folder. */
    MISSING_FROM_LIBRARY,
    /** Rakit's own copy of an imported file no longer holds what was imported (its SHA-256 differs). */
    CHANGED_IN_LIBRARY,
    /** A folder that could not be opened while walking a scanned or dropped folder; the walk went on. */
    FOLDER_UNREADABLE,
    /** Not a plain file (a pipe, a device, a socket): left alone, never opened. */
    SKIPPED_SPECIAL_FILE,
    /** A link that leads back into a folder above it: followed once, then skipped. */
    SKIPPED_LINK_LOOP;

    public String messageKey() {
        return "problem." + name();
    }
}
