package id.rakit.evidence;

/**
 * An evidence item with what the checks say about it now.
 *
 * @param copyProblem what is wrong with Rakit's own copy in its library (gone, changed), if anything
 */
public record CheckedItem(EvidenceItem item, CheckResult result, java.util.Optional<FileProblem> copyProblem) {

    public CheckedItem(EvidenceItem item, CheckResult result) {
        this(item, result, java.util.Optional.empty());
    }

    /** Outside the window, without time or flagged, and the admin has not accepted it. */
    public boolean needsDecision() {
        return standing() == Standing.NEEDS_REVIEW;
    }

    public Standing standing() {
        if (!item.media().isMedia()) {
            return Standing.UNUSABLE;
        }
        if (result.needsAttention()) {
            return item.acceptedReason().isPresent() ? Standing.ACCEPTED : Standing.NEEDS_REVIEW;
        }
        return result.verdict().isPresent() ? Standing.PASSED : Standing.UNCHECKED;
    }
}
