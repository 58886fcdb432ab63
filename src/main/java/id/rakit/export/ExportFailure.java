package id.rakit.export;

import id.rakit.i18n.HasMessageKey;
import java.io.IOException;

/**
 * An export that stopped for a reason the admin can act on and that is not the disk's own (the
 * disk's reasons, full or read-only, come through {@link id.rakit.i18n.Causes} from the cause).
 * Nothing of the bundle is left behind.
 */
public final class ExportFailure extends IOException implements HasMessageKey {

    private final String key;
    private final transient Object[] arguments;

    private ExportFailure(String key, String detail, Throwable cause, Object... arguments) {
        super(detail);
        // kept for the log, not as the cause: the cause's own words ("file not found") would
        // otherwise stand in for this message, which says which file and what to do
        if (cause != null) {
            addSuppressed(cause);
        }
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The admin cancelled: nothing was written. */
    public static ExportFailure cancelled() {
        return new ExportFailure("export.error.cancelled", "export cancelled", null);
    }

    /** An item's copy in the library is gone or no longer matches what was imported. */
    public static ExportFailure missingOriginal(String name, Throwable cause) {
        return new ExportFailure("export.error.missingOriginal", "library copy of " + name + " is missing or changed",
                cause, name);
    }

    /** A photo could not be decoded to make its renditions. */
    public static ExportFailure photo(String name, Throwable cause) {
        return new ExportFailure("export.error.photo", "no rendition of " + name, cause, name);
    }

    /** The plan has a problem that stops the bundle (no platform, a path too long). */
    public static ExportFailure blocked(String problem) {
        return new ExportFailure("export.error.blocked", problem, null, problem);
    }

    public boolean isCancel() {
        return key.equals("export.error.cancelled");
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
