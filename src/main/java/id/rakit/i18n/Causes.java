package id.rakit.i18n;

import id.rakit.post.UnsavedEditsException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Set;

/**
 * Why something failed, in the admin's words: the real cause (a full disk, a read-only folder, a
 * damaged database) and what to do about it, never a stack trace or a raw key. The window and
 * the command line both tell failures through here.
 */
public final class Causes {

    /** The causes an admin can act on, each with {@code cause.NAME} and {@code cause.NAME.short}. */
    public enum Cause {
        DISK_FULL, READ_ONLY, ACCESS_DENIED, NOT_FOUND, UNSAVED_EDITS, DATABASE_READ_ONLY, DATABASE_DAMAGED,
        UNEXPECTED
    }

    private final Messages messages;

    public Causes(Messages messages) {
        this.messages = messages;
    }

    /** Keys that say only what was being done ("could not write"), which a real cause explains better. */
    private static final Set<String> ACTIONS = Set.of("store.error.open", "store.error.read", "store.error.write");

    /** The whole message: what happened and what to do. */
    public String describe(Throwable error) {
        HasMessageKey keyed = keyed(error);
        Cause cause = classify(error);
        // a failure that names itself (a read-only database, a folder another Rakit has open) says so in its own words
        if (keyed != null && (cause == Cause.UNEXPECTED || !ACTIONS.contains(keyed.messageKey()))
                && messages.has(keyed.messageKey())) {
            return messages.get(keyed.messageKey(), keyed.messageArguments());
        }
        return messages.get("cause." + cause.name());
    }

    /** A few words for a status line: "disk penuh". */
    public String briefly(Throwable error) {
        return messages.get("cause." + classify(error).name() + ".short");
    }

    private static HasMessageKey keyed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HasMessageKey k) {
                return k;
            }
        }
        return null;
    }

    /** The cause nearest to the disk that explains the failure. */
    public static Cause classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsavedEditsException) {
                Cause inner = t.getCause() == null ? Cause.UNEXPECTED : classify(t.getCause());
                return inner == Cause.UNEXPECTED ? Cause.UNSAVED_EDITS : inner;
            }
            if (t instanceof HasMessageKey k) {
                String key = k.messageKey();
                if (key.endsWith(".full")) {
                    return Cause.DISK_FULL;
                }
                if (key.equals("store.error.readOnly")) {
                    return Cause.DATABASE_READ_ONLY;
                }
                if (key.equals("store.error.corrupt")) {
                    return Cause.DATABASE_DAMAGED;
                }
                if (key.endsWith(".readOnly") || key.endsWith(".notWritable")) {
                    return Cause.READ_ONLY;
                }
            }
            if (t instanceof AccessDeniedException) {
                return Cause.ACCESS_DENIED;
            }
            if (t instanceof NoSuchFileException) {
                return Cause.NOT_FOUND;
            }
            if (t instanceof ReadOnlyFileSystemException) {
                return Cause.READ_ONLY;
            }
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof IOException || t instanceof FileSystemException) {
                if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                        || text.contains("quota")) {
                    return Cause.DISK_FULL;
                }
                if (text.contains("read-only file system")) {
                    return Cause.READ_ONLY;
                }
                if (text.contains("permission denied") || text.contains("access is denied")) {
                    return Cause.ACCESS_DENIED;
                }
            }
        }
        return Cause.UNEXPECTED;
    }
}
