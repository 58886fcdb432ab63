package id.rakit.evidence.rendition;

import java.io.IOException;

/** A read stopped because its {@link Deadline} passed; an IOException so every decoder passes it on. */
final class DeadlinePassedException extends IOException {

    DeadlinePassedException() {
        super("stopped: the time for this file ran out or the work was cancelled");
    }
}
