package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.util.Optional;

/** Ends work on one file with the problem the user will see; never leaves this package. */
final class RenditionFailure extends Exception {

    private final FileProblem problem;
    private final transient Optional<PixelSize> declaredSize;

    RenditionFailure(FileProblem problem, String detail) {
        this(problem, detail, Optional.empty());
    }

    RenditionFailure(FileProblem problem, String detail, Optional<PixelSize> declaredSize) {
        super(problem + ": " + detail, null, false, false);
        this.problem = problem;
        this.declaredSize = declaredSize;
    }

    FileProblem problem() {
        return problem;
    }

    Optional<PixelSize> declaredSize() {
        return declaredSize;
    }
}
