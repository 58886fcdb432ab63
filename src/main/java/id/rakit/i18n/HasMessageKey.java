package id.rakit.i18n;

/** An exception that knows which message tells the admin what happened. */
public interface HasMessageKey {

    String messageKey();
}
