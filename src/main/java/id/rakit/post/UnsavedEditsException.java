package id.rakit.post;

/** Edits could not be written (yet): whatever needs them all, such as an export, must not go ahead. */
public final class UnsavedEditsException extends RuntimeException {

    private final int pending;

    public UnsavedEditsException(int pending, Throwable cause) {
        super(pending + " edits not saved", cause);
        this.pending = pending;
    }

    public int pending() {
        return pending;
    }
}
