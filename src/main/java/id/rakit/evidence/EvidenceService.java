package id.rakit.evidence;

import id.rakit.post.Post;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window and the command line do with a post's evidence: check every item against the
 * event, remember camera clock corrections, and record the admin's decisions.
 */
public final class EvidenceService {

    /**
     * Two pictures whose fingerprints differ in at most this many of 64 bits look the same: re-saved
     * and resized copies measured 0-1 bits apart, unrelated photos 15 or more.
     */
    public static final int NEAR_DUPLICATE_BITS = 8;

    private final EvidenceRepository evidence;
    private final ClockCorrections clocks;
    private final Clock clock;
    private final LibraryCopies copies;

    public EvidenceService(EvidenceRepository evidence, ClockCorrections clocks, Clock clock) {
        this(evidence, clocks, clock, LibraryCopies.UNCHECKED);
    }

    /** With the library's copies looked at on every check: a copy gone or changed shows on its item. */
    public EvidenceService(EvidenceRepository evidence, ClockCorrections clocks, Clock clock, LibraryCopies copies) {
        this.evidence = evidence;
        this.clocks = clocks;
        this.clock = clock;
        this.copies = copies;
    }

    /** The post's items with fresh checks; the verdicts are stored as last shown. */
    public List<CheckedItem> check(Post post) {
        List<EvidenceItem> items = evidence.forPost(post.id());
        Map<String, List<ReuseMatch>> reuse = evidence.reuse(post.id(), NEAR_DUPLICATE_BITS);
        Map<CameraId, Duration> corrections = clocks.all();
        Map<String, Duration> byKey = new HashMap<>();
        corrections.forEach((camera, d) -> byKey.put(camera.key(), d));
        List<CheckedItem> out = new ArrayList<>();
        Map<Long, CheckResult> results = new HashMap<>();
        for (EvidenceItem item : items) {
            Optional<Duration> correction = CameraId.of(item.media()).map(c -> byKey.get(c.key()));
            EvidenceCheck.Context context = new EvidenceCheck.Context(post.details().eventWindow(),
                    post.details().venueLocation(), correction, reuse.getOrDefault(item.sha256(), List.of()));
            CheckResult result = EvidenceCheck.check(item.media(), context);
            results.put(item.id(), result);
            out.add(new CheckedItem(item, result, copies.problem(item.file())));
        }
        if (!results.isEmpty()) {
            evidence.saveChecks(results);
        }
        return out;
    }

    /** The post's items in gallery order, without checking them. */
    public List<EvidenceItem> items(long postId) {
        return evidence.forPost(postId);
    }

    /** One item with fresh checks (during an import, before the whole post is checked again). */
    public CheckedItem check(Post post, EvidenceItem item) {
        List<ReuseMatch> reuse = evidence.reuse(post.id(), NEAR_DUPLICATE_BITS).getOrDefault(item.sha256(), List.of());
        Optional<Duration> correction = CameraId.of(item.media()).flatMap(clocks::find);
        EvidenceCheck.Context context = new EvidenceCheck.Context(post.details().eventWindow(),
                post.details().venueLocation(), correction, reuse);
        return new CheckedItem(item, EvidenceCheck.check(item.media(), context), copies.problem(item.file()));
    }

    /** "This camera runs 1 hour 5 minutes behind": remembered for every item and later imports. */
    public void setClockCorrection(CameraId camera, Duration correction) {
        if (correction.isZero()) {
            clocks.remove(camera);
        } else {
            clocks.save(camera, correction, clock.instant());
        }
    }

    public Optional<Duration> clockCorrection(CameraId camera) {
        return clocks.find(camera);
    }

    /** Uses the item despite a failed check, for the written reason (empty clears it). */
    public void accept(long itemId, Optional<String> reason) {
        evidence.accept(itemId, reason);
    }

    /** Takes the item out of its post; {@link #putBack} undoes it, and so does importing it again. */
    public void remove(long itemId) {
        evidence.remove(itemId, clock.instant());
    }

    public void putBack(long itemId) {
        evidence.putBack(itemId);
    }
}
