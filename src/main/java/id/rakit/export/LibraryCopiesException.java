package id.rakit.export;

import id.rakit.i18n.HasMessageKey;
import java.io.IOException;
import java.util.List;

/** The library's copy of some evidence is gone or changed, so the bundle is not written: their names. */
public final class LibraryCopiesException extends IOException implements HasMessageKey {

    private final List<String> names;

    public LibraryCopiesException(List<String> names) {
        super("library copies gone or changed: " + names);
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }

    @Override
    public String messageKey() {
        return "export.error.copies";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {String.join(", ", names)};
    }
}
