package id.rakit.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Whether Rakit's own copy of an imported file is still in its library as it was imported. */
@FunctionalInterface
public interface LibraryCopies {

    /** {@link FileProblem#MISSING_FROM_LIBRARY}, {@link FileProblem#CHANGED_IN_LIBRARY}, or empty when the copy is there. */
    Optional<FileProblem> problem(LibraryFile file);

    /** Copies taken as they are (for tests that have no library). */
    LibraryCopies UNCHECKED = file -> Optional.empty();

    /**
     * The copy looked at on disk, at every check (off the UI thread): gone, or of another length
     * than was imported. Reading every byte again is for {@code check} and the export, which
     * hold each file against its SHA-256.
     */
    static LibraryCopies onDisk(Function<String, Path> resolve) {
        return file -> {
            if (file.libraryPath().isEmpty()) {
                return Optional.empty();  // not media: never copied
            }
            Path copy = resolve.apply(file.libraryPath());
            try {
                return Files.size(copy) == file.sizeBytes() ? Optional.empty()
                        : Optional.of(FileProblem.CHANGED_IN_LIBRARY);
            } catch (IOException e) {
                return Optional.of(Files.exists(copy) ? FileProblem.CHANGED_IN_LIBRARY : FileProblem.MISSING_FROM_LIBRARY);
            }
        };
    }
}
