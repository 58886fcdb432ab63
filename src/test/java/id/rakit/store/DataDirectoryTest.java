package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theCommandLineWinsThenRakitHomeThenTheSystemPlace() {
        Map<String, String> env = Map.of("RAKIT_HOME", "/srv/rakit", "APPDATA", "C:\\Users\\a\\AppData\\Roaming");
        assertThat(DataDirectory.resolve(Optional.of("/tmp/x"), env, "Linux", "/home/a")).isEqualTo(Path.of("/tmp/x"));
        assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", "/home/a")).isEqualTo(Path.of("/srv/rakit"));
    }

    @Test
    void eachSystemHasItsOwnPlace() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/rakit"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Rakit"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 10", "/u"))
                .isEqualTo(Path.of("/appdata/Rakit"));
    }
}
