package id.rakit.ui.compose;

import id.rakit.evidence.MediaType;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A usable photo or video of the open post, as the composer shows it: its pictures on disk (looked
 * up off the UI thread) and its alt text for every platform.
 */
public record MediaChoice(long id, String name, MediaType type, Optional<Path> thumbnail, Optional<Path> preview) {

    public boolean photo() {
        return type == MediaType.PHOTO;
    }
}
