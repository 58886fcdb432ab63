package id.rakit.evidence;

/** An evidence item with what the checks say about it now. */
public record CheckedItem(EvidenceItem item, CheckResult result) {

    /** Outside the window, without time or flagged, and the admin has not accepted it. */
    public boolean needsDecision() {
        return result.needsAttention() && item.acceptedReason().isEmpty();
    }
}
