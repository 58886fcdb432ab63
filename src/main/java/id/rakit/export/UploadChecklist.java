package id.rakit.export;

import id.rakit.export.BundlePlan.PlannedMedia;
import id.rakit.export.BundlePlan.PlannedText;
import id.rakit.export.BundlePlan.PlatformPlan;
import id.rakit.i18n.Messages;
import java.util.List;

/**
 * {@code CARA-UNGGAH.txt}: what goes where and in which order, platform by platform, and what
 * must not be uploaded. Always in Indonesian, like the report: it travels with the bundle to
 * whoever uploads it.
 */
final class UploadChecklist {

    private UploadChecklist() {
    }

    static String text(BundlePlan plan) {
        Messages m = Messages.indonesian();
        StringBuilder out = new StringBuilder();
        String title = plan.post().details().title().isBlank() ? m.get("report.untitled") : plan.post().details().title();
        out.append(m.get("checklist.heading")).append('\n').append(title).append("\n\n");
        out.append(m.get("checklist.intro")).append("\n\n");
        for (PlatformPlan p : plan.platforms()) {
            BundleTarget t = p.target();
            out.append(m.get("checklist.platform", m.get("export.target." + t.code()).toUpperCase(m.locale()), t.code()))
                    .append('\n');
            int step = 0;
            List<PlannedMedia> photos = p.media().stream().filter(x -> !x.video()).toList();
            List<PlannedMedia> videos = p.media().stream().filter(PlannedMedia::video).toList();
            if (p.media().isEmpty()) {
                out.append("   ").append(m.get("checklist.nothing")).append('\n');
            } else if (t.storyLike()) {
                out.append(++step).append(". ").append(m.get("checklist.story", files(p.media(), m))).append('\n');
            } else if (!photos.isEmpty()) {
                String size = p.size().map(x -> m.get("checklist.size.crop", x.width(), x.height(), x.name()))
                        .orElse(m.get("checklist.size.fit"));
                // a carousel that mixes them keeps its photos and videos in one order
                out.append(++step).append(". ").append(m.get(videos.isEmpty() ? "checklist.photos" : "checklist.mixed",
                        files(p.media(), m), size)).append('\n');
            } else {
                out.append(++step).append(". ").append(m.get("checklist.video", files(videos, m))).append('\n');
            }
            for (PlannedText text : p.texts()) {
                String key = switch (text.role()) {
                    case "title" -> "checklist.title";
                    case "caption" -> "checklist.caption";
                    case "firstComment" -> "checklist.firstComment";
                    default -> "checklist.altText";
                };
                out.append(++step).append(". ").append(m.get(key, text.fileName())).append('\n');
            }
            if (t.safeMargin() != null && !p.media().isEmpty()) {
                out.append(++step).append(". ").append(m.get("checklist.safeMargin", t.safeMargin().value())).append('\n');
            }
            out.append('\n');
        }
        out.append(m.get("checklist.notForUpload")).append('\n');
        if (plan.choices().keepOriginals()) {
            out.append("- ").append(m.get("checklist.evidence", BundlePlanner.EVIDENCE_FOLDER)).append('\n');
        }
        out.append("- ").append(m.get("checklist.reports", BundleWriter.REPORT_PDF, BundleWriter.REPORT_HTML)).append('\n');
        out.append("- ").append(m.get("checklist.manifest", Manifest.FILE_NAME)).append('\n');
        return out.toString();
    }

    /** "01.jpg", "01.jpg dan 02.jpg", "01.jpg sampai 05.jpg". */
    private static String files(List<PlannedMedia> media, Messages m) {
        String first = media.get(0).fileName();
        String last = media.get(media.size() - 1).fileName();
        return switch (media.size()) {
            case 1 -> first;
            case 2 -> m.get("checklist.files.two", first, last);
            default -> m.get("checklist.files.range", first, last, media.size());
        };
    }
}
