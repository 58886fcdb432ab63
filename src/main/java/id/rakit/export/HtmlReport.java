package id.rakit.export;

import id.rakit.evidence.Standing;
import id.rakit.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The evidence report as one self-contained HTML page (styles, thumbnails and the time line are
 * all inside it), laid out for A4 when printed: it opens on any PC, offline, in any browser.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static byte[] render(EvidenceReport r) {
        Messages m = Messages.indonesian();
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"generator\" content=\"").append(esc(r.generator())).append("\">")
                .append("<title>").append(esc(m.get("report.heading"))).append(" – ").append(esc(r.title()))
                .append("</title><style>").append(CSS).append("</style></head><body><main>");
        h.append("<header class=\"kop\"><div class=\"unit\">").append(esc(r.unit().isBlank() ? "" : r.unit().toUpperCase(
                m.locale()))).append("</div><h1>").append(esc(m.get("report.heading"))).append("</h1></header>");
        h.append("<table class=\"identity\">");
        row(h, m.get("report.post"), r.title());
        row(h, m.get("report.event"), r.eventName().isBlank() ? "–" : r.eventName());
        row(h, m.get("report.eventTime"), r.eventTime());
        row(h, m.get("report.venue"), r.venue().isBlank() ? "–" : r.venue());
        row(h, m.get("report.generated"), r.generatedAt());
        h.append("</table><p class=\"summary\">").append(esc(r.summary())).append("</p>");

        h.append("<h2>").append(esc(m.get("report.timeline"))).append("</h2>");
        timeline(h, r.timeline(), m);

        h.append("<h2>").append(esc(m.get("report.items"))).append("</h2><table class=\"items\"><thead><tr>");
        for (String col : new String[] {"report.col.number", "report.col.picture", "report.col.file",
                "report.col.time", "report.col.result"}) {
            h.append("<th>").append(esc(m.get(col))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (EvidenceReport.Row row : r.rows()) {
            h.append("<tr class=\"").append(css(row.standing())).append("\"><td class=\"no\">").append(esc(row.number()))
                    .append("</td><td class=\"pic\">");
            if (row.thumbnail() != null) {
                h.append("<img alt=\"").append(esc(row.name())).append("\" src=\"data:image/jpeg;base64,")
                        .append(Base64.getEncoder().encodeToString(row.thumbnail())).append("\">");
            }
            h.append("</td><td><div class=\"name\">").append(esc(row.name())).append("</div><div class=\"muted\">")
                    .append(esc(m.get("report.camera"))).append(": ").append(esc(row.camera())).append("</div></td>");
            h.append("<td>").append(esc(row.captureTime())).append("<div class=\"muted\">").append(esc(row.timeSource()))
                    .append("</div></td><td><div class=\"verdict\">").append(esc(row.verdict())).append("</div>")
                    .append("<div class=\"inclusion\">").append(esc(row.inclusion())).append("</div>");
            for (String flag : row.flags()) {
                h.append("<div class=\"flag\">").append(esc(flag)).append("</div>");
            }
            if (!row.reason().isBlank()) {
                h.append("<div class=\"reason\">").append(esc(m.get("report.reason"))).append(": ").append(esc(row.reason()))
                        .append("</div>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<section class=\"sign\"><div>").append(esc(m.get("report.sign.place"))).append("</div><div>")
                .append(esc(m.get("report.sign.knowing"))).append("</div><div>")
                .append(esc(m.get("report.sign.head", r.unit().isBlank() ? m.get("report.sign.unit") : r.unit())))
                .append("</div><div class=\"space\"></div><div>(").append("&nbsp;".repeat(40)).append(")</div><div>")
                .append(esc(m.get("report.sign.id"))).append("</div></section>");
        h.append("<footer>").append(esc(m.get("report.footer", r.generator(), Manifest.FILE_NAME))).append("</footer>");
        h.append("</main></body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void timeline(StringBuilder h, Timeline t, Messages m) {
        if (t.marks().isEmpty() && t.windowFrom() < 0) {
            h.append("<p class=\"muted\">").append(esc(m.get("report.timeline.none"))).append("</p>");
            return;
        }
        int laneHeight = 22;
        int axisY = 30 + t.lanes() * laneHeight;
        int height = axisY + 40;
        double left = 30;
        double width = 940;
        h.append("<svg class=\"timeline\" viewBox=\"0 0 1000 ").append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(m.get("report.timeline"))).append("\">");
        if (t.windowFrom() >= 0) {
            double x0 = left + width * Math.max(0, t.windowFrom());
            double x1 = left + width * Math.min(1, t.windowTo());
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"%d\" class=\"window\"/>",
                    x0, Math.max(1, x1 - x0), axisY - 10));
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"wlabel\">%s</text>", (x0 + x1) / 2, 8 + 14,
                    esc(m.get("report.timeline.window"))));
        }
        h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>", left, axisY,
                left + width, axisY));
        for (Timeline.Tick tick : t.ticks()) {
            double x = left + width * tick.x();
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s</text>", x, axisY, x, axisY + 5, x, axisY + 20,
                    esc(tick.label())));
        }
        for (Timeline.Mark mark : t.marks()) {
            double x = left + width * mark.x();
            int y = axisY - 14 - mark.lane() * laneHeight;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"stem\"/>",
                    x, y, x, axisY));
            h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"9\" class=\"%s\"/>", x, y,
                    css(mark.standing())));
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"num\">%s</text>", x, y + 4,
                    esc(mark.label())));
            if (mark.edge() != 0) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"edge %s\">%s %s</text>",
                        x + (mark.edge() < 0 ? 14 : -14), y + 4, mark.edge() < 0 ? "from-left" : "from-right",
                        mark.edge() < 0 ? "◀" : "▶", esc(mark.note())));
            }
        }
        h.append("</svg>");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    static String css(Standing standing) {
        return switch (standing) {
            case PASSED -> "passed";
            case ACCEPTED -> "accepted";
            case NEEDS_REVIEW -> "review";
            case UNUSABLE -> "unusable";
            case UNCHECKED -> "unchecked";
        };
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            @page{size:A4;margin:16mm 15mm}
            body{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;color:#1a1a1a;font-size:10.5pt;margin:0;background:#f2f2f2}
            main{max-width:180mm;margin:0 auto;background:#fff;padding:14mm 15mm}
            @media print{body{background:#fff}main{padding:0;max-width:none}}
            .kop{text-align:center;border-bottom:3px double #1a1a1a;padding-bottom:6px;margin-bottom:14px}
            .kop .unit{font-weight:bold;font-size:12.5pt;letter-spacing:.04em}
            h1{font-size:14pt;margin:6px 0 0;letter-spacing:.05em}
            h2{font-size:11.5pt;margin:18px 0 6px;border-bottom:1px solid #999;padding-bottom:2px}
            table.identity{border-collapse:collapse}
            table.identity th{text-align:left;font-weight:normal;padding:1px 14px 1px 0;white-space:nowrap;vertical-align:top}
            table.identity th::after{content:" :"}
            .summary{margin:10px 0 0}
            table.items{border-collapse:collapse;width:100%;font-size:9.5pt}
            table.items th,table.items td{border:1px solid #777;padding:4px 5px;vertical-align:top;text-align:left}
            table.items thead th{background:#e6e6e6}
            table.items tr{page-break-inside:avoid}
            td.no{text-align:center;width:8mm}
            td.pic{width:30mm}
            td.pic img{width:30mm;height:auto;display:block}
            .name{font-weight:bold;word-break:break-all}
            .muted{color:#555;font-size:8.5pt}
            .verdict{font-weight:bold}
            tr.passed .verdict{color:#1a7f37}tr.accepted .verdict{color:#0550ae}tr.review .verdict{color:#9a6700}
            tr.unusable .verdict{color:#a40e26}
            .flag,.reason,.inclusion{font-size:8.5pt;margin-top:2px}
            .reason{font-style:italic}
            svg.timeline{width:100%;height:auto;font-family:inherit}
            svg .window{fill:#dbeafe;stroke:#0550ae;stroke-width:1}
            svg .wlabel{font-size:12px;text-anchor:middle;fill:#0550ae}
            svg .axis{stroke:#333;stroke-width:1.2}
            svg .tick{font-size:12px;text-anchor:middle;fill:#333}
            svg .stem{stroke:#999;stroke-width:1}
            svg circle.passed{fill:#1a7f37}svg circle.accepted{fill:#0550ae}svg circle.review{fill:#bf8700}
            svg circle.unusable,svg circle.unchecked{fill:#6e7781}
            svg .num{font-size:10px;fill:#fff;text-anchor:middle;font-weight:bold}
            svg .edge{font-size:11px;fill:#9a6700}svg .from-right{text-anchor:end}
            .sign{margin:26px 0 0 auto;width:70mm;text-align:center;page-break-inside:avoid}
            .sign .space{height:22mm}
            footer{margin-top:20px;border-top:1px solid #999;padding-top:4px;color:#555;font-size:8pt}
            """;
}
