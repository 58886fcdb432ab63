package id.rakit.evidence.rendition;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the grid thumbnail and the preview of one file are written (JPEG, replaced whole), and,
 * for a photo that is not a JPEG (HEIC, AVIF, PNG, TIFF, RAW...), where its publishable JPEG goes.
 */
public record RenditionPaths(Path thumbnail, Path preview, Optional<Path> publishable) {

    public RenditionPaths {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(publishable, "publishable");
        if (thumbnail.toAbsolutePath().equals(preview.toAbsolutePath())) {
            throw new IllegalArgumentException("thumbnail and preview must be different files: " + thumbnail);
        }
    }

    public RenditionPaths(Path thumbnail, Path preview) {
        this(thumbnail, preview, Optional.empty());
    }
}
