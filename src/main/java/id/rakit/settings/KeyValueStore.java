package id.rakit.settings;

import java.util.Optional;

/** Where settings are kept. */
public interface KeyValueStore {

    Optional<String> get(String key);

    void put(String key, String value);
}
