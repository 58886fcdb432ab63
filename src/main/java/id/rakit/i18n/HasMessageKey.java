package id.rakit.i18n;

/** An exception that knows which message tells the admin what happened. */
public interface HasMessageKey {

    String messageKey();

    /** The facts the message names (a file's name, say), in the order of its {0}, {1}... */
    default Object[] messageArguments() {
        return new Object[0];
    }
}
