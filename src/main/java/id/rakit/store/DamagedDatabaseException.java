package id.rakit.store;

import java.nio.file.Path;

/**
 * The data folder's database is damaged, empty, or gone while the folder holds evidence: Rakit
 * does not open it (a fresh empty one would silently orphan the library). The window moves it
 * aside and offers the newest backup; the command line says so and changes nothing.
 */
public final class DamagedDatabaseException extends StoreException {

    private final DatabaseRecovery.Health health;
    private final Path file;

    public DamagedDatabaseException(Path file, DatabaseRecovery.Health health) {
        super(health.state() == DatabaseRecovery.State.DAMAGED ? "store.error.corrupt" : "store.error.emptyAtStart",
                new java.io.IOException(file + ": " + health.state() + " " + health.findings()));
        this.file = file;
        this.health = health;
    }

    public DatabaseRecovery.Health health() {
        return health;
    }

    public Path file() {
        return file;
    }
}
