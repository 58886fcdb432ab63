package id.rakit.evidence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the checks say about one item.
 *
 * @param captureTime the capture time after any camera clock correction
 * @param correction  the clock correction applied, if the camera has one
 * @param verdict     empty when the post has no complete event window yet
 * @param findings    the flags raised, in {@link Flag} order
 */
public record CheckResult(Optional<CaptureTime> captureTime, Optional<Duration> correction,
                          Optional<Verdict> verdict, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean has(Flag flag) {
        return findings.stream().anyMatch(f -> f.flag() == flag);
    }

    /** True when the item needs the admin's attention: outside the window, no time, or flagged. */
    public boolean needsAttention() {
        boolean badVerdict = verdict.map(v -> v.kind() != Verdict.Kind.ON_TIME).orElse(false);
        return badVerdict || findings.stream().anyMatch(f -> f.flag() != Flag.ZONE_ASSUMED);
    }
}
