package id.rakit.export;

import java.nio.file.Path;
import java.util.List;

/**
 * A bundle written to disk.
 *
 * @param folder   the bundle folder
 * @param files    how many media files it holds
 * @param skipped  original names of items left out because they are not usable media
 */
public record ExportResult(Path folder, int files, List<String> skipped) {

    public ExportResult {
        skipped = List.copyOf(skipped);
    }
}
