package id.rakit.store;

/**
 * A database problem, wrapped so callers never see {@link java.sql.SQLException}. The message
 * key names what the user is told; the cause goes to the log.
 */
public class StoreException extends RuntimeException {

    private final String messageKey;

    public StoreException(String messageKey, Throwable cause) {
        super(messageKey + ": " + (cause == null ? "" : cause.getMessage()), cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
