package id.rakit.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A bundle written to disk.
 *
 * @param folder         the bundle folder
 * @param zip            the same bundle as one zip, when asked for
 * @param manifestSha256 the SHA-256 of its {@code manifest.json}, as logged on the post
 * @param items          how many of the post's items went in
 * @param files          how many files the folder holds, the manifest included
 * @param plan           what was written
 */
public record ExportResult(Path folder, Optional<Path> zip, String manifestSha256, int items, int files,
                           BundlePlan plan) {

    /** The evidence report a head of unit reads and signs. */
    public Path report() {
        return folder.resolve(BundleWriter.REPORT_PDF);
    }
}
