package id.rakit.evidence.rendition;

import java.nio.file.Path;
import java.util.Objects;

/** Where the grid thumbnail and the preview of one file are written (JPEG, replaced whole). */
public record RenditionPaths(Path thumbnail, Path preview) {

    public RenditionPaths {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
        if (thumbnail.toAbsolutePath().equals(preview.toAbsolutePath())) {
            throw new IllegalArgumentException("thumbnail and preview must be different files: " + thumbnail);
        }
    }
}
