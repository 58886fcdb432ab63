package id.rakit.evidence;

import id.rakit.post.EventWindow;
import id.rakit.post.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks an admin relies on before publishing: does the capture time fit the event, and
 * what looks wrong about the file. Pure: the same inputs always give the same result.
 */
public final class EvidenceCheck {

    /** GPS and camera clocks may drift apart this much before it is worth a word. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    /** Farther than this from the venue is worth a word. */
    public static final double GPS_FAR_KM = 5.0;
    /** A ModifyDate this long after the capture means the file was processed afterwards. */
    public static final Duration EDIT_AFTER = Duration.ofHours(1);

    /**
     * Programs that change pictures. A phone's OS version ("15.0", "G991BXXU4") is not here;
     * neither are camera firmwares.
     */
    private static final List<String> EDITORS = List.of(
            "photoshop", "gimp", "lightroom", "snapseed", "canva", "picsart", "pixlr", "affinity", "capture one",
            "luminar", "darktable", "rawtherapee", "paint.net", "paintshop", "facetune", "vsco", "meitu", "inshot",
            "capcut", "remini", "photoscape", "photodirector", "fotor", "polarr", "acdsee", "corel", "pixelmator",
            "befunky", "airbrush", "b612", "ulike", "lightx");

    /** Everything the checks look at besides the file itself. */
    public record Context(Optional<EventWindow> window, Optional<GeoPoint> venue,
                          Optional<Duration> clockCorrection, List<ReuseMatch> reuse) {
        public Context {
            reuse = List.copyOf(reuse);
        }

        public static Context of(Optional<EventWindow> window) {
            return new Context(window, Optional.empty(), Optional.empty(), List.of());
        }
    }

    private EvidenceCheck() {
    }

    public static CheckResult check(MediaInfo media, Context context) {
        // plain code rather than Optional chains: the command line checks every file of a scan,
        // and each lambda costs a generated class the first time
        Optional<CaptureTime> capture = media.captureTime();
        if (capture.isPresent()) {
            capture = Optional.of(inEventZone(capture.get(), context));
        }
        if (capture.isPresent() && context.clockCorrection().isPresent()) {
            capture = Optional.of(capture.get().shiftedBy(context.clockCorrection().get()));
        }
        Optional<Verdict> verdict = Optional.empty();
        if (context.window().isPresent()) {
            verdict = Optional.of(capture.isPresent()
                    ? Verdict.of(context.window().get().distance(capture.get().instant()))
                    : Verdict.NO_TIMESTAMP);
        }

        List<Finding> findings = new ArrayList<>();
        if (capture.isPresent() && capture.get().zoneSource() == ZoneSource.ASSUMED) {
            findings.add(Finding.of(Flag.ZONE_ASSUMED));
        }
        Optional<Finding> edited = editedBy(media);
        if (edited.isPresent()) {
            findings.add(edited.get());
        }
        if (media.isMedia() && !media.cameraMetadata()
                && (media.mediaType() == MediaType.PHOTO || capture.isEmpty())) {
            findings.add(Finding.of(Flag.METADATA_STRIPPED));
        }
        Optional<Finding> clock = clockMismatch(media, capture);
        if (clock.isPresent()) {
            findings.add(clock.get());
        }
        if (media.gps().isPresent() && context.venue().isPresent()) {
            GpsFix gps = media.gps().get();
            GeoPoint venue = context.venue().get();
            double km = GpsFix.distanceKm(gps.latitude(), gps.longitude(), venue.latitude(), venue.longitude());
            if (km > GPS_FAR_KM) {
                findings.add(Finding.of(Flag.GPS_FAR, km));
            }
        }
        for (ReuseMatch match : context.reuse()) {
            findings.add(Finding.of(Flag.REUSED, match.postTitle(),
                    match.eventDate().isPresent() ? match.eventDate().get() : "", match.identical()));
        }
        return new CheckResult(capture, context.clockCorrection(), verdict, findings);
    }

    /**
     * A time without offset was taken where the event was: read it in the event's zone (a WITA
     * event's camera shows WITA), not in whatever zone was assumed when the file was imported.
     */
    private static CaptureTime inEventZone(CaptureTime t, Context context) {
        if (t.zoneSource() != ZoneSource.ASSUMED || context.window().isEmpty()) {
            return t;
        }
        return CaptureTime.assumingZone(t.local(), context.window().get().start().getZone(), t.source());
    }

    static Optional<Finding> editedBy(MediaInfo media) {
        String software = media.software().isPresent() ? media.software().get().strip() : "";
        if (!software.isEmpty() && namesAnEditor(software)) {
            return Optional.of(Finding.of(Flag.EDITED, software));
        }
        Optional<CaptureTime> capture = media.captureTime();
        if (capture.isPresent() && capture.get().source().startsWith("Exif.") && media.modifyDate().isPresent()) {
            LocalDateTime taken = capture.get().local();
            Duration later = Duration.between(taken, media.modifyDate().get());
            if (later.compareTo(EDIT_AFTER) > 0) {
                return Optional.of(Finding.of(Flag.EDITED, software, later.toMinutes()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text contains one of the editors' names, ignoring the case of ASCII letters
     * (as a case-insensitive regular expression would; a plain search costs each checked file
     * less and the command line no regular-expression warm-up).
     */
    static boolean namesAnEditor(String software) {
        char[] lower = software.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            char c = lower[i];
            if (c >= 'A' && c <= 'Z') {
                lower[i] = (char) (c + ('a' - 'A'));
            }
        }
        String text = new String(lower);
        for (String editor : EDITORS) {
            if (text.contains(editor)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Finding> clockMismatch(MediaInfo media, Optional<CaptureTime> capture) {
        if (capture.isEmpty() || media.gps().isEmpty() || media.gps().get().time().isEmpty()) {
            return Optional.empty();
        }
        Instant gpsTime = media.gps().get().time().get();
        Duration apart = Duration.between(gpsTime, capture.get().instant());
        if (apart.abs().compareTo(CLOCK_TOLERANCE) > 0) {
            return Optional.of(Finding.of(Flag.CLOCK_MISMATCH, apart.toMinutes()));
        }
        return Optional.empty();
    }
}
