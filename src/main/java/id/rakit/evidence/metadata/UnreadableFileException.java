package id.rakit.evidence.metadata;

import id.rakit.evidence.FileProblem;

/** A format reader's verdict that a file cannot be used, with the reason a user is told. */
final class UnreadableFileException extends Exception {
    private final FileProblem problem;

    UnreadableFileException(FileProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    FileProblem problem() {
        return problem;
    }
}
