package id.rakit.export;

import id.rakit.evidence.Standing;
import id.rakit.i18n.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The evidence report as an A4 PDF for printing and signing: a letterhead with the unit, the
 * post and its event, the time line, one row per item with its thumbnail, and a signature block.
 * Text is set in Liberation Sans (shipped inside PDFBox, embedded as a subset); bold is the same
 * face drawn with a thin outline, so one font file serves both. A character the font lacks (an
 * emoji in a title) prints as "?" rather than failing the export.
 */
final class PdfReport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 42;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float CONTENT = WIDTH - 2 * MARGIN;
    private static final float[] COLUMNS = {24, 88, 128, 130, 0};  // the last takes the rest
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x77, 0x77, 0x77);

    private PdfReport() {
    }

    static byte[] render(EvidenceReport r) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            try (InputStream in = PdfReport.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the report's font is missing: " + FONT);
                }
                font = PDType0Font.load(doc, in);
            }
            Messages m = Messages.indonesian();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(m.get("report.heading") + " – " + r.title());
            info.setCreator(r.generator());
            info.setSubject(r.eventName());
            new Layout(doc, font, m).report(r);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Where the next line goes, page after page. */
    private static final class Layout {
        final PDDocument doc;
        final PDFont font;
        final Messages m;
        final Map<Integer, Boolean> glyphs = new HashMap<>();
        final List<PDPage> pages = new ArrayList<>();
        PDPageContentStream out;
        float y;

        Layout(PDDocument doc, PDFont font, Messages m) {
            this.doc = doc;
            this.font = font;
            this.m = m;
        }

        void report(EvidenceReport r) throws IOException {
            newPage();
            // letterhead
            if (!r.unit().isBlank()) {
                centred(r.unit().toUpperCase(m.locale()), 12.5f, true);
            }
            centred(m.get("report.heading"), 14, true);
            y -= 6;
            line(MARGIN, y, WIDTH - MARGIN, y, 1.6f, TEXT);
            line(MARGIN, y - 2.5f, WIDTH - MARGIN, y - 2.5f, 0.6f, TEXT);
            y -= 20;
            identity(m.get("report.post"), r.title());
            identity(m.get("report.event"), r.eventName().isBlank() ? "–" : r.eventName());
            identity(m.get("report.eventTime"), r.eventTime());
            identity(m.get("report.venue"), r.venue().isBlank() ? "–" : r.venue());
            identity(m.get("report.generated"), r.generatedAt());
            y -= 4;
            paragraph(r.summary(), MARGIN, CONTENT, 10, false, TEXT);
            heading(m.get("report.timeline"));
            timeline(r.timeline());
            heading(m.get("report.items"));
            tableHeader();
            for (EvidenceReport.Row row : r.rows()) {
                item(row);
            }
            signature(r);
            out.close();
            footers(r);
        }

        void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            out = new PDPageContentStream(doc, page);
            y = HEIGHT - MARGIN;
        }

        void need(float height) throws IOException {
            if (y - height < MARGIN + 24) {
                newPage();
            }
        }

        void heading(String text) throws IOException {
            need(40);
            y -= 14;
            text(text, MARGIN, y, 11.5f, true, TEXT);
            y -= 5;
            line(MARGIN, y, WIDTH - MARGIN, y, 0.6f, RULE);
            y -= 12;
        }

        void identity(String label, String value) throws IOException {
            List<String> lines = wrap(value, CONTENT - 110, 10);
            need(lines.size() * 13);
            text(label, MARGIN, y, 10, false, TEXT);
            text(":", MARGIN + 100, y, 10, false, TEXT);
            for (String l : lines) {
                text(l, MARGIN + 110, y, 10, false, TEXT);
                y -= 13;
            }
        }

        void centred(String text, float size, boolean bold) throws IOException {
            for (String l : wrap(text, CONTENT, size)) {
                float w = width(l, size);
                text(l, MARGIN + (CONTENT - w) / 2, y, size, bold, TEXT);
                y -= size + 4;
            }
        }

        /** Wrapped text from the current line down; returns nothing, moves {@code y}. */
        void paragraph(String text, float x, float width, float size, boolean bold, Color colour) throws IOException {
            for (String l : wrap(text, width, size)) {
                need(size + 3);
                text(l, x, y, size, bold, colour);
                y -= size + 3;
            }
        }

        void timeline(Timeline t) throws IOException {
            if (t.marks().isEmpty() && t.windowFrom() < 0) {
                paragraph(m.get("report.timeline.none"), MARGIN, CONTENT, 9.5f, false, MUTED);
                return;
            }
            float lane = 15;
            float height = 24 + t.lanes() * lane + 28;
            need(height);
            float left = MARGIN + 14;
            float width = CONTENT - 28;
            float axis = y - 18 - t.lanes() * lane;
            if (t.windowFrom() >= 0) {
                float x0 = left + width * (float) Math.max(0, t.windowFrom());
                float x1 = left + width * (float) Math.min(1, t.windowTo());
                out.setNonStrokingColor(new Color(0xdb, 0xea, 0xfe));
                out.setStrokingColor(new Color(0x05, 0x50, 0xae));
                out.setLineWidth(0.6f);
                out.addRect(x0, axis, Math.max(1, x1 - x0), y - axis);
                out.fillAndStroke();
                String label = m.get("report.timeline.window");
                text(label, (x0 + x1) / 2 - width(label, 8) / 2, y - 9, 8, false, new Color(0x05, 0x50, 0xae));
            }
            line(left, axis, left + width, axis, 0.9f, TEXT);
            for (Timeline.Tick tick : t.ticks()) {
                float x = left + width * (float) tick.x();
                line(x, axis, x, axis - 3, 0.9f, TEXT);
                text(tick.label(), x - width(tick.label(), 8) / 2, axis - 13, 8, false, TEXT);
            }
            for (Timeline.Mark mark : t.marks()) {
                float x = left + width * (float) mark.x();
                float cy = axis + 10 + mark.lane() * lane;
                line(x, axis, x, cy, 0.5f, new Color(0x99, 0x99, 0x99));
                circle(x, cy, 6, colour(mark.standing()));
                text(mark.label(), x - width(mark.label(), 7) / 2, cy - 2.5f, 7, true, Color.WHITE);
                if (mark.edge() != 0) {
                    String note = (mark.edge() < 0 ? "< " : "") + mark.note() + (mark.edge() > 0 ? " >" : "");
                    float nx = mark.edge() < 0 ? x + 9 : x - 9 - width(note, 7.5f);
                    text(note, nx, cy - 2.5f, 7.5f, false, new Color(0x9a, 0x67, 0x00));
                }
            }
            y = axis - 26;
        }

        float[] columnX() {
            float[] xs = new float[COLUMNS.length + 1];
            xs[0] = MARGIN;
            for (int i = 0; i < COLUMNS.length; i++) {
                float w = COLUMNS[i] == 0 ? WIDTH - MARGIN - xs[i] : COLUMNS[i];
                xs[i + 1] = xs[i] + w;
            }
            return xs;
        }

        void tableHeader() throws IOException {
            need(40);
            float[] xs = columnX();
            String[] keys = {"report.col.number", "report.col.picture", "report.col.file", "report.col.time",
                    "report.col.result"};
            float h = 16;
            out.setNonStrokingColor(new Color(0xe6, 0xe6, 0xe6));
            out.addRect(MARGIN, y - h, CONTENT, h);
            out.fill();
            for (int i = 0; i < keys.length; i++) {
                text(m.get(keys[i]), xs[i] + 3, y - 11.5f, 8.5f, true, TEXT);
            }
            box(xs, y, h);
            y -= h;
        }

        void item(EvidenceReport.Row row) throws IOException {
            float[] xs = columnX();
            float pad = 3;
            List<Line> file = new ArrayList<>();
            add(file, row.name(), xs[3] - xs[2] - 2 * pad, 8.5f, true, TEXT);
            add(file, m.get("report.camera") + ": " + row.camera(), xs[3] - xs[2] - 2 * pad, 7.5f, false, MUTED);
            List<Line> time = new ArrayList<>();
            add(time, row.captureTime(), xs[4] - xs[3] - 2 * pad, 8.5f, false, TEXT);
            add(time, row.timeSource(), xs[4] - xs[3] - 2 * pad, 7.5f, false, MUTED);
            List<Line> result = new ArrayList<>();
            float rw = xs[5] - xs[4] - 2 * pad;
            add(result, row.verdict(), rw, 8.5f, true, colour(row.standing()));
            add(result, row.inclusion(), rw, 7.5f, false, TEXT);
            for (String flag : row.flags()) {
                add(result, flag, rw, 7.5f, false, TEXT);
            }
            if (!row.reason().isBlank()) {
                add(result, m.get("report.reason") + ": " + row.reason(), rw, 7.5f, false, TEXT);
            }
            PDImageXObject picture = null;
            float pictureHeight = 0;
            float pictureWidth = xs[2] - xs[1] - 2 * pad;
            if (row.thumbnail() != null) {
                try {
                    picture = JPEGFactory.createFromByteArray(doc, row.thumbnail());
                    pictureHeight = pictureWidth * picture.getHeight() / picture.getWidth();
                } catch (IOException | IllegalArgumentException e) {
                    picture = null;
                }
            }
            float h = Math.max(Math.max(height(file), height(time)), Math.max(height(result), pictureHeight)) + 2 * pad;
            if (y - h < MARGIN + 24) {
                newPage();
                tableHeader();
            }
            text(row.number(), xs[0] + (xs[1] - xs[0] - width(row.number(), 8.5f)) / 2, y - pad - 8, 8.5f, false, TEXT);
            if (picture != null) {
                out.drawImage(picture, xs[1] + pad, y - pad - pictureHeight, pictureWidth, pictureHeight);
            }
            draw(file, xs[2] + pad, y - pad);
            draw(time, xs[3] + pad, y - pad);
            draw(result, xs[4] + pad, y - pad);
            box(xs, y, h);
            y -= h;
        }

        void signature(EvidenceReport r) throws IOException {
            need(150);
            y -= 26;
            float x = WIDTH - MARGIN - 210;
            String unit = r.unit().isBlank() ? m.get("report.sign.unit") : r.unit();
            for (String l : new String[] {m.get("report.sign.place"), m.get("report.sign.knowing")}) {
                text(l, x + (210 - width(l, 10)) / 2, y, 10, false, TEXT);
                y -= 14;
            }
            for (String l : wrap(m.get("report.sign.head", unit), 210, 10)) {
                text(l, x + (210 - width(l, 10)) / 2, y, 10, false, TEXT);
                y -= 14;
            }
            y -= 56;
            line(x + 20, y, x + 190, y, 0.6f, TEXT);
            y -= 13;
            String id = m.get("report.sign.id");
            text(id, x + 20, y, 9, false, TEXT);
        }

        void footers(EvidenceReport r) throws IOException {
            String note = m.get("report.footer", r.generator(), Manifest.FILE_NAME);
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = s;
                    line(MARGIN, MARGIN + 8, WIDTH - MARGIN, MARGIN + 8, 0.5f, RULE);
                    String page = m.get("report.page", i + 1, pages.size());
                    List<String> lines = wrap(note, CONTENT - width(page, 7.5f) - 20, 7.5f);
                    text(lines.get(0), MARGIN, MARGIN - 2, 7.5f, false, MUTED);
                    text(page, WIDTH - MARGIN - width(page, 7.5f), MARGIN - 2, 7.5f, false, MUTED);
                }
            }
        }

        record Line(String text, float size, boolean bold, Color colour) {
        }

        void add(List<Line> lines, String text, float width, float size, boolean bold, Color colour) {
            for (String l : wrap(text, width, size)) {
                lines.add(new Line(l, size, bold, colour));
            }
        }

        float height(List<Line> lines) {
            float h = 0;
            for (Line l : lines) {
                h += l.size() + 2.5f;
            }
            return h;
        }

        void draw(List<Line> lines, float x, float top) throws IOException {
            float at = top;
            for (Line l : lines) {
                at -= l.size();
                text(l.text(), x, at, l.size(), l.bold(), l.colour());
                at -= 2.5f;
            }
        }

        void box(float[] xs, float top, float h) throws IOException {
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.addRect(MARGIN, top - h, CONTENT, h);
            for (int i = 1; i < xs.length - 1; i++) {
                out.moveTo(xs[i], top);
                out.lineTo(xs[i], top - h);
            }
            out.stroke();
        }

        void line(float x0, float y0, float x1, float y1, float width, Color colour) throws IOException {
            out.setStrokingColor(colour);
            out.setLineWidth(width);
            out.moveTo(x0, y0);
            out.lineTo(x1, y1);
            out.stroke();
        }

        void circle(float cx, float cy, float r, Color colour) throws IOException {
            float k = 0.5523f * r;
            out.setNonStrokingColor(colour);
            out.moveTo(cx + r, cy);
            out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            out.fill();
        }

        void text(String text, float x, float y, float size, boolean bold, Color colour) throws IOException {
            String shown = printable(text);
            if (shown.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(colour);
            if (bold) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setStrokingColor(colour);
                out.setLineWidth(size / 45);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(x, y);
            out.showText(shown);
            out.endText();
        }

        float width(String text, float size) {
            try {
                return font.getStringWidth(printable(text)) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text with what the font cannot show replaced by "?" and line breaks and tabs as spaces. */
        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\r' || cp == '\t') {
                    out.append(' ');
                } else if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0xFE0F || cp == 0x200D) {
                    // combining marks and emoji joiners: the base character before them is enough
                } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return !Character.isISOControl(codePoint);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        List<String> wrap(String text, float width, float size) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text.replace("\r", "")).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(candidate, size) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // a word wider than the column (a long file name) is cut where it must be
                    String rest = word;
                    while (width(rest, size) > width && rest.length() > 1) {
                        int n = rest.length() - 1;
                        while (n > 1 && width(rest.substring(0, n), size) > width) {
                            n--;
                        }
                        lines.add(rest.substring(0, n));
                        rest = rest.substring(n);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        static Color colour(Standing standing) {
            return switch (standing) {
                case PASSED -> new Color(0x1a, 0x7f, 0x37);
                case ACCEPTED -> new Color(0x05, 0x50, 0xae);
                case NEEDS_REVIEW -> new Color(0xbf, 0x87, 0x00);
                case UNUSABLE -> new Color(0xa4, 0x0e, 0x26);
                case UNCHECKED -> new Color(0x6e, 0x77, 0x81);
            };
        }
    }
}
