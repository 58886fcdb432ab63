package id.rakit.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Verdict;
import id.rakit.library.MediaLibrary;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a ready-to-publish bundle: {@code caption.txt}, the evidence files byte for byte, and a
 * {@code manifest.json} listing every file with its SHA-256, the post's details and each item's
 * checks. The bundle appears under its final name only when complete.
 */
public final class BundleWriter {

    public static final String MANIFEST = "manifest.json";
    public static final String CAPTION = "caption.txt";
    public static final String FORMAT = "rakit-bundle/1";

    private final MediaLibrary library;
    private final Clock clock;
    private final String generator;

    public BundleWriter(MediaLibrary library, Clock clock, String generator) {
        this.library = library;
        this.clock = clock;
        this.generator = generator;
    }

    public ExportResult write(Post post, List<CheckedItem> items, Path parent) throws IOException {
        Files.createDirectories(parent);
        Instant now = clock.instant();
        String name = folderName(post, now);
        Path target = unique(parent, name);
        Path partial = parent.resolve("." + target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        try {
            List<Entry> entries = new ArrayList<>();
            byte[] caption = post.caption().getBytes(StandardCharsets.UTF_8);
            Files.write(partial.resolve(CAPTION), caption);
            entries.add(new Entry(CAPTION, MediaLibrary.hash(partial.resolve(CAPTION)), caption.length, null));

            List<String> skipped = new ArrayList<>();
            int n = 0;
            List<CheckedItem> ordered = items.stream()
                    .sorted(Comparator.comparingInt(c -> c.item().position())).toList();
            int width = Math.max(2, String.valueOf(ordered.size()).length());
            for (CheckedItem checked : ordered) {
                EvidenceItem item = checked.item();
                if (!item.media().isMedia()) {
                    skipped.add(item.originalName());
                    continue;
                }
                n++;
                String fileName = String.format(Locale.ROOT, "%0" + width + "d_%s", n, safeName(item.originalName()));
                Path copy = partial.resolve(fileName);
                Path from = library.resolve(item.file().libraryPath());
                if (!Files.isRegularFile(from)) {
                    throw new LibraryCopiesException(List.of(item.originalName()));  // not "the USB stick was removed"
                }
                Files.copy(from, copy, StandardCopyOption.COPY_ATTRIBUTES);
                String sha = MediaLibrary.hash(copy);
                if (!sha.equals(item.sha256())) {
                    // changed in the library since it was imported, even by one bit of the same length
                    throw new LibraryCopiesException(List.of(item.originalName()));
                }
                entries.add(new Entry(fileName, sha, item.file().sizeBytes(), checked));
            }
            try (OutputStream out = Files.newOutputStream(partial.resolve(MANIFEST))) {
                writeManifest(out, post, entries, skipped, now);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new ExportResult(target, n, skipped);
        } catch (IOException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    private record Entry(String name, String sha256, long size, CheckedItem item) {
    }

    private void writeManifest(OutputStream out, Post post, List<Entry> entries, List<String> skipped, Instant now)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("generator", generator);
            g.writeStringField("createdAt", now.toString());
            g.writeObjectFieldStart("post");
            PostDetails d = post.details();
            g.writeNumberField("id", post.id());
            g.writeStringField("title", d.title());
            g.writeStringField("unit", d.unit());
            g.writeStringField("eventName", d.eventName());
            writeNullable(g, "eventStart", d.eventStart().map(Object::toString).orElse(null));
            writeNullable(g, "eventEnd", d.eventEnd().map(Object::toString).orElse(null));
            g.writeStringField("eventZone", d.eventZone().getId());
            g.writeStringField("venue", d.venue());
            if (d.venueLocation().isPresent()) {
                g.writeObjectFieldStart("venueLocation");
                g.writeNumberField("lat", d.venueLocation().get().latitude());
                g.writeNumberField("lon", d.venueLocation().get().longitude());
                g.writeEndObject();
            } else {
                g.writeNullField("venueLocation");
            }
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                g.writeStringField("role", e.item() == null ? "caption" : "evidence");
                g.writeStringField("sha256", e.sha256());
                g.writeNumberField("size", e.size());
                if (e.item() != null) {
                    writeItem(g, e.item());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (String s : skipped) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeItem(JsonGenerator g, CheckedItem checked) throws IOException {
        EvidenceItem item = checked.item();
        CheckResult r = checked.result();
        g.writeStringField("originalName", item.originalName());
        g.writeStringField("mediaType", item.media().mediaType().code());
        g.writeStringField("format", item.media().format());
        CaptureTime t = r.captureTime().orElse(null);
        writeNullable(g, "captureTime", t == null ? null : t.local().toString());
        writeNullable(g, "captureOffset", t == null ? null : t.offset().map(Object::toString).orElse(null));
        writeNullable(g, "captureInstant", t == null ? null : t.instant().toString());
        writeNullable(g, "zoneSource", t == null ? null : t.zoneSource().code());
        writeNullable(g, "captureSource", t == null ? null : t.source());
        if (r.correction().isPresent()) {
            g.writeNumberField("clockCorrectionMinutes", r.correction().get().toMinutes());
        }
        writeNullable(g, "make", item.media().make().orElse(null));
        writeNullable(g, "model", item.media().model().orElse(null));
        if (r.verdict().isPresent()) {
            Verdict v = r.verdict().get();
            g.writeStringField("verdict", v.kind().name());
            if (v.kind() == Verdict.Kind.OUTSIDE_WINDOW) {
                g.writeNumberField("deltaMinutes", v.deltaMinutes());
            }
        }
        g.writeArrayFieldStart("flags");
        for (Finding f : r.findings()) {
            g.writeString(f.flag().name());
        }
        g.writeEndArray();
        writeNullable(g, "acceptedReason", item.acceptedReason().orElse(null));
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    static String folderName(Post post, Instant now) {
        String date = post.details().eventStart().map(t -> t.toLocalDate().toString())
                .orElse(now.atZone(post.details().eventZone()).toLocalDate().toString());
        String title = post.details().title().isBlank() ? "post-" + post.id() : post.details().title();
        return date + " " + slug(title);
    }

    /** Letters, digits, spaces and dashes only, at most 60 characters: safe on every file system. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String cleaned = plain.replaceAll("[^\\p{L}\\p{N} -]", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.length() > 60) {
            cleaned = cleaned.substring(0, 60).strip();
        }
        return cleaned.isEmpty() ? "post" : cleaned;
    }

    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? "berkas" : cleaned;
    }

    private static Path unique(Path parent, String name) {
        Path p = parent.resolve(name);
        for (int i = 2; Files.exists(p); i++) {
            p = parent.resolve(name + " (" + i + ")");
        }
        return p;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
