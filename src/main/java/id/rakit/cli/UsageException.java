package id.rakit.cli;

/** Bad arguments: the command stops with exit code 2 and this one-line message. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
