package id.rakit.evidence.ingest;

import id.rakit.evidence.FileProblem;
import java.util.List;
import java.util.Optional;

/**
 * What making a file's pictures gave.
 *
 * @param made           whether the thumbnail and preview files now exist
 * @param perceptualHash the picture's 64-bit fingerprint, when one was made
 * @param problems       why no picture could be made, or what was odd
 */
public record PictureResult(boolean made, Optional<Long> perceptualHash, List<FileProblem> problems) {

    public PictureResult {
        problems = List.copyOf(problems);
    }
}
