package id.rakit.export;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Standing;
import id.rakit.export.BundlePlan.Inclusion;
import id.rakit.export.BundlePlan.ItemPlan;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.EventWindow;
import id.rakit.post.PostDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the evidence report says, worked out once for both its forms (HTML and PDF): the post and
 * its event, and per item its thumbnail, capture time in the event's zone, where that time came
 * from, the camera, verdict, flags and reasons, and where each capture falls on a time line
 * against the event window. In Indonesian: a head of unit reads and signs it.
 */
record EvidenceReport(String unit, String title, String eventName, String eventTime, String venue, String generatedAt,
                      String generator, String summary, List<Row> rows, Timeline timeline) {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceReport.class);

    /**
     * One item.
     *
     * @param number    its number in the bundle, or "–" for an item left out
     * @param thumbnail the grid thumbnail (a JPEG), when the library has one
     * @param standing  the badge's meaning, which colours its row
     */
    record Row(String number, String name, byte[] thumbnail, String captureTime, String timeSource, String camera,
               String verdict, List<String> flags, String reason, String inclusion, Standing standing) {
    }

    static EvidenceReport of(BundlePlan plan, MediaLibrary library, Instant now, String generator) {
        Messages m = Messages.indonesian();
        EvidenceTexts texts = new EvidenceTexts(m);
        PostDetails d = plan.post().details();
        ZoneId zone = d.eventZone();
        List<Row> rows = new ArrayList<>();
        int included = 0;
        int passed = 0;
        int accepted = 0;
        int undecided = 0;
        for (ItemPlan i : plan.evidence()) {
            EvidenceItem item = i.item().item();
            CheckResult r = i.item().result();
            Optional<CaptureTime> t = r.captureTime();
            // make and model only: the body's serial number says nothing to whoever signs the report
            String camera = id.rakit.evidence.CameraId.of(item.media())
                    .map(c -> new id.rakit.evidence.CameraId(c.make(), c.model(), Optional.empty()).label()).orElse("");
            List<String> flags = new ArrayList<>();
            for (Finding f : r.findings()) {
                flags.add(texts.flagName(f) + ": " + texts.flagExplanation(f));
            }
            String source = t.map(c -> m.get("zoneSource." + c.zoneSource().code()) + " (" + c.source() + ")")
                    .orElse("–");
            if (r.correction().isPresent()) {
                source += "; " + m.get("report.corrected", texts.duration(r.correction().get()));
            }
            rows.add(new Row(i.number() > 0 ? Integer.toString(i.number()) : "–", item.originalName(),
                    thumbnail(library, item), t.map(c -> texts.captureTime(c, zone)).orElse(m.get("verdict.NO_TIMESTAMP")),
                    source, camera.isEmpty() ? "–" : camera,
                    r.verdict().map(texts::verdict).orElse(m.get("report.noWindow")), flags,
                    item.acceptedReason().orElse(""), m.get("report.inclusion." + i.inclusion().name()),
                    i.item().standing()));
            if (i.inclusion().included()) {
                included++;
            }
            if (i.inclusion() == Inclusion.PASSED) {
                passed++;
            } else if (i.inclusion() == Inclusion.ACCEPTED) {
                accepted++;
            } else if (i.inclusion() == Inclusion.UNDECIDED) {
                undecided++;
            }
        }
        String eventTime = d.eventWindow().map(w -> window(w, texts)).orElse(m.get("report.noWindow"));
        String summary = m.get("report.summary", plan.evidence().size(), included, passed, accepted, undecided);
        return new EvidenceReport(d.unit(), d.title().isBlank() ? m.get("report.untitled") : d.title(), d.eventName(),
                eventTime, d.venue(), texts.dateTime(now.atZone(zone).toLocalDateTime()) + " "
                + EvidenceTexts.zoneLabel(zone, now), generator, summary, rows, Timeline.of(plan, texts));
    }

    private static String window(EventWindow w, EvidenceTexts texts) {
        String zone = EvidenceTexts.zoneLabel(w.start().getZone(), w.start().toInstant());
        return texts.dateTime(w.start().toLocalDateTime()) + " – " + (w.start().toLocalDate().equals(w.end().toLocalDate())
                ? w.end().toLocalTime().toString().replace(':', '.') : texts.dateTime(w.end().toLocalDateTime())) + " " + zone;
    }

    private static byte[] thumbnail(MediaLibrary library, EvidenceItem item) {
        Path file = library.thumbnail(item.sha256());
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            LOG.info("report without the thumbnail of {}: {}", item.originalName(), e.toString());
            return null;
        }
    }
}
