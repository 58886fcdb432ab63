package id.rakit.i18n;

/** An exception that knows which message tells the admin what happened. */
public interface HasMessageKey {

    String messageKey();

    /** What the message names ({0}, {1}…): the files concerned, say. */
    default Object[] messageArguments() {
        return new Object[0];
    }
}
