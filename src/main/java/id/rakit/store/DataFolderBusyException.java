package id.rakit.store;

import java.nio.file.Path;
import java.util.Optional;

/** Another Rakit (a window or a command that writes) has this data folder open. */
public final class DataFolderBusyException extends StoreException {

    private final Path folder;
    private final Optional<String> holder;

    public DataFolderBusyException(Path folder, Optional<String> holder) {
        super("store.error.locked", null);
        this.folder = folder;
        this.holder = holder;
    }

    public Path folder() {
        return folder;
    }

    /** What the holder wrote in the lock file (process id, what it is, since when), when readable. */
    public Optional<String> holder() {
        return holder;
    }
}
