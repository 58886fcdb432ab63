package id.rakit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Rakit keeps its database, media library and caches: {@code --data-dir} first, then the
 * {@code RAKIT_HOME} environment variable, then the operating system's place for user data.
 */
public final class DataDirectory {

    public static final String ENV = "RAKIT_HOME";
    /** The database's file in the data folder. */
    public static final String DATABASE_FILE = "rakit.db";

    private DataDirectory() {
    }

    public static Path resolve(Optional<String> fromArgs, Map<String, String> env, String osName, String userHome) {
        if (fromArgs.isPresent() && !fromArgs.get().isBlank()) {
            return Path.of(fromArgs.get()).toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Rakit");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rakit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("rakit");
    }

    /** The folder for this machine and user, given an optional {@code --data-dir}. */
    public static Path resolve(Optional<String> fromArgs) {
        return resolve(fromArgs, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** Creates the folder if needed; fails with a clear key when the place is not writable. */
    public static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new StoreException("store.error.notWritable", null);
            }
            return dir;
        } catch (java.io.IOException e) {
            throw new StoreException("store.error.notWritable", e);
        }
    }
}
