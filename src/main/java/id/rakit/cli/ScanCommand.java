package id.rakit.cli;

import id.rakit.evidence.rendition.Deadline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.EvidenceCheck;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.GpsFix;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.ingest.FileBatch;
import id.rakit.evidence.ingest.FileCollector;
import id.rakit.evidence.ingest.MediaReader;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.post.EventWindow;
import id.rakit.post.GeoPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code scan [--zone ZONE] [--event-start T --event-end T] [--venue LAT,LON] PATH...}: one JSON
 * object per file per line, in path order, with what Rakit reads and checks. Every file gets its
 * line, readable or not; the scan always finishes with exit code 0 unless the arguments are wrong.
 */
final class ScanCommand {

    static final Set<String> OPTIONS = Set.of("--zone", "--event-start", "--event-end", "--venue", "--threads");
    private static final Duration PER_FILE = Duration.ofSeconds(30);
    private static final JsonFactory JSON = new JsonFactory();

    private final CliServices services;
    private final Messages messages;
    private final EvidenceTexts texts;

    ScanCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.texts = new EvidenceTexts(messages);
    }

    /** What one file gave: its hash and metadata, or why it could not be read. */
    record Line(Path path, Optional<String> sha256, MediaInfo media) {
    }

    int run(List<String> args, OutputStream stdout, PrintStream stderr) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        ZoneId zone = zone(a.option("--zone").orElse("Asia/Jakarta"));
        Optional<EventWindow> window = window(a, zone);
        Optional<GeoPoint> venue = venue(a.option("--venue"));
        int threads = a.option("--threads").isPresent() ? threads(a.option("--threads").get(), messages)
                : Math.max(1, Runtime.getRuntime().availableProcessors());
        if (a.positional().isEmpty()) {
            throw new UsageException(messages.get("cli.scan.noPaths"));
        }
        List<Path> files = FileCollector.collect(a.positional().stream().map(Path::of).toList(), false);
        MediaReader reader = services.reader(zone);
        EvidenceCheck.Context context = new EvidenceCheck.Context(window, venue, Optional.empty(), List.of());

        OrderedWriter writer = new OrderedWriter(files.size(), stdout);
        FileBatch.Fallback<Line> fallback = new FileBatch.Fallback<>() {
            @Override
            public Line timedOut(Path file) {
                return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.TIMED_OUT));
            }

            @Override
            public Line failed(Path file, Throwable error) {
                return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.READ_FAILED));
            }
        };
        new FileBatch<Line>(threads, PER_FILE).run(files, (i, file, deadline) -> read(file, reader), fallback,
                (i, line) -> writer.put(i, json(line, context, window.isPresent())), new AtomicBoolean());
        writer.finish();
        return 0;
    }

    static Line read(Path file, MediaReader reader) {
        Optional<String> sha;
        try {
            sha = Optional.of(sha256(file));
        } catch (NoSuchFileException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.NOT_FOUND));
        } catch (AccessDeniedException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.ACCESS_DENIED));
        } catch (IOException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.READ_FAILED));
        }
        return new Line(file, sha, reader.read(file));
    }

    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 20));

    /** Every byte through SHA-256, read with one reusable direct buffer per thread. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer buffer = BUFFERS.get();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            buffer.clear();
            while (ch.read(buffer) > 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    byte[] json(Line line, EvidenceCheck.Context context, boolean withVerdict) {
        MediaInfo m = line.media();
        CheckResult check = EvidenceCheck.check(m, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("path", line.path().toString());
            text(g, "sha256", line.sha256());
            g.writeStringField("mediaType", m.mediaType().code());
            g.writeStringField("format", m.format());
            Optional<FileProblem> fatal = m.isMedia() ? Optional.empty() : m.mainProblem();
            text(g, "error", fatal.map(p -> texts.problem(p, m.width(), m.height())));
            text(g, "errorCode", fatal.map(Enum::name));
            g.writeArrayFieldStart("warnings");
            for (FileProblem p : m.problems()) {
                if (fatal.isEmpty() || p != fatal.get()) {
                    g.writeString(p.name());
                }
            }
            g.writeEndArray();
            Optional<CaptureTime> t = m.captureTime();
            text(g, "captureTime", t.map(x -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(x.local())));
            text(g, "captureOffset", t.flatMap(CaptureTime::offset).map(Object::toString));
            text(g, "zoneSource", t.map(x -> x.zoneSource().code()));
            text(g, "captureInstant", t.map(x -> x.instant().toString()));
            text(g, "captureSource", t.map(CaptureTime::source));
            text(g, "make", m.make());
            text(g, "model", m.model());
            text(g, "serial", m.serial());
            text(g, "software", m.software());
            number(g, "orientation", m.orientation());
            number(g, "width", m.width());
            number(g, "height", m.height());
            if (m.durationSeconds().isPresent()) {
                g.writeNumberField("durationSeconds", Math.round(m.durationSeconds().get() * 1000) / 1000.0);
            } else {
                g.writeNullField("durationSeconds");
            }
            number(g, "rotation", m.rotation());
            if (m.gps().isPresent()) {
                GpsFix gps = m.gps().get();
                g.writeObjectFieldStart("gps");
                g.writeNumberField("lat", gps.latitude());
                g.writeNumberField("lon", gps.longitude());
                text(g, "time", gps.time().map(Object::toString));
                g.writeEndObject();
            } else {
                g.writeNullField("gps");
            }
            g.writeArrayFieldStart("flags");
            for (Finding f : check.findings()) {
                g.writeString(f.flag().name());
            }
            g.writeEndArray();
            if (withVerdict) {
                Verdict v = check.verdict().orElseThrow();
                g.writeStringField("verdict", v.kind().name());
                if (v.kind() == Verdict.Kind.OUTSIDE_WINDOW) {
                    g.writeNumberField("deltaMinutes", v.deltaMinutes());
                } else {
                    g.writeNullField("deltaMinutes");
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void number(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private ZoneId zone(String id) throws UsageException {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException(messages.get("cli.error.zone", id));
        }
    }

    private Optional<EventWindow> window(Arguments a, ZoneId zone) throws UsageException {
        Optional<String> start = a.option("--event-start");
        Optional<String> end = a.option("--event-end");
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        if (start.isEmpty() || end.isEmpty()) {
            throw new UsageException(messages.get("cli.error.windowPair"));
        }
        LocalDateTime s = localTime("--event-start", start.get());
        LocalDateTime e = localTime("--event-end", end.get());
        if (e.isBefore(s)) {
            throw new UsageException(messages.get("cli.error.windowOrder"));
        }
        return Optional.of(new EventWindow(s.atZone(zone), e.atZone(zone)));
    }

    private LocalDateTime localTime(String option, String value) throws UsageException {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(messages.get("cli.error.time", option, value));
        }
    }

    private Optional<GeoPoint> venue(Optional<String> text) throws UsageException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return GeoPoint.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.get("cli.error.venue", text.get()));
        }
    }

    static int threads(String value, Messages messages) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(messages.get("cli.error.threads", value));
    }

    /** Writes lines in input order as soon as every earlier line is there. */
    static final class OrderedWriter {
        private final byte[][] pending;
        private final OutputStream out;
        private int next;
        private IOException failure;

        OrderedWriter(int size, OutputStream out) {
            this.pending = new byte[size][];
            this.out = out;
        }

        synchronized void put(int index, byte[] line) {
            pending[index] = line;
            try {
                while (next < pending.length && pending[next] != null) {
                    out.write(pending[next]);
                    pending[next] = null;
                    next++;
                }
                out.flush();
            } catch (IOException e) {
                failure = e;
            }
        }

        synchronized void finish() throws IOException {
            if (failure != null) {
                throw failure;
            }
            out.flush();
        }
    }
}
