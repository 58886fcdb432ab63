package id.rakit.store;

import id.rakit.i18n.HasMessageKey;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database problem, wrapped so callers never see {@link java.sql.SQLException}. The message
 * key names what the user is told, by the real cause where SQLite says it (a full disk, a
 * read-only file, a damaged database); the cause goes to the log.
 */
public class StoreException extends RuntimeException implements HasMessageKey {

    private final String messageKey;

    public StoreException(String messageKey, Throwable cause) {
        // the message is for the log; what a user reads comes from the key, through the bundles
        super(describe(messageKey) + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.messageKey = messageKey;
    }

    /** "database is read-only" for "store.error.readOnly": a log line in words, never the raw key. */
    private static String describe(String key) {
        String what = key.startsWith("store.error.") ? key.substring("store.error.".length()) : key;
        StringBuilder words = new StringBuilder("database: ");
        for (char c : what.toCharArray()) {
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** The exception for a failed {@code action} ("store.error.write"), by what SQLite reported. */
    static StoreException of(String action, SQLException e) {
        return new StoreException(keyFor(action, e), e);
    }

    static String keyFor(String action, SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                return "store.error.full";
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return "store.error.readOnly";
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return "store.error.corrupt";
            }
            if (name.startsWith("SQLITE_IOERR")) {
                return "store.error.io";
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return "store.error.busy";
            }
        }
        return action;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
