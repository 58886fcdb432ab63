package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What making the pictures for one file gave.
 *
 * @param thumbnail      size of the grid thumbnail written, if one was written
 * @param preview        size of the preview written, if one was written
 * @param perceptualHash 64-bit difference hash of the upright picture, see {@link PerceptualHash}
 * @param declaredSize   the pixel size the file declares (as stored, before orientation), when
 *                       its header could be read; the argument of the TOO_MANY_PIXELS message
 * @param problems       what went wrong; a picture can still be written with a problem (a
 *                       truncated JPEG gives a picture with a grey bottom and TRUNCATED)
 */
public record Rendition(Optional<PixelSize> thumbnail, Optional<PixelSize> preview, OptionalLong perceptualHash,
                        Optional<PixelSize> declaredSize, List<FileProblem> problems) {

    public Rendition {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(perceptualHash, "perceptualHash");
        Objects.requireNonNull(declaredSize, "declaredSize");
        problems = List.copyOf(problems);
    }

    static Rendition failed(FileProblem problem, Optional<PixelSize> declaredSize) {
        return new Rendition(Optional.empty(), Optional.empty(), OptionalLong.empty(), declaredSize, List.of(problem));
    }

    /** Whether both pictures were written. */
    public boolean written() {
        return thumbnail.isPresent() && preview.isPresent();
    }

    /** The first problem, which decides the message the file gets. */
    public Optional<FileProblem> mainProblem() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }
}
