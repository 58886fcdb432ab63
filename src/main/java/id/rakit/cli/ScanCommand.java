package id.rakit.cli;

import id.rakit.evidence.rendition.Deadline;

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
import id.rakit.library.MediaLibrary;
import id.rakit.post.EventWindow;
import id.rakit.post.GeoPoint;
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
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    /**
     * Bytes read and hashed at a time. The first piece of a file also holds its metadata (a
     * JPEG's is in the first 64 KB), which is read from there without opening the file again.
     */
    private static final int PIECE = 1 << 20;
    private static final ThreadLocal<byte[]> PIECES = new ThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[PIECE];
        }
    };

    private final CliServices services;
    private final Messages messages;
    /** Only lines for unreadable files need texts; made on the first. */
    private EvidenceTexts texts;

    ScanCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    /** What one file gave: its hash and metadata, or why it could not be read. */
    record Line(Path path, Optional<String> sha256, MediaInfo media) {
    }

    int run(List<String> args, OutputStream stdout, PrintStream stderr) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        ZoneId zone = zone(a.option("--zone").orElse(id.rakit.post.TimeZones.DEFAULT.getId()));
        Optional<EventWindow> window = window(a, zone);
        Optional<GeoPoint> venue = venue(a.option("--venue"));
        int threads = a.option("--threads").isPresent() ? threads(a.option("--threads").get(), messages)
                : Math.max(1, Runtime.getRuntime().availableProcessors());
        if (a.positional().isEmpty()) {
            throw new UsageException(messages.get("cli.scan.noPaths"));
        }
        List<Path> paths = new ArrayList<>();
        for (String p : a.positional()) {
            paths.add(Path.of(p));
        }
        List<FileCollector.Found> found = FileCollector.walk(paths, false);
        List<Path> files = new ArrayList<>(found.size());
        for (FileCollector.Found f : found) {
            files.add(f.path());
        }
        // hashing every byte is most of the work and needs nothing else, so it starts at once;
        // the metadata reader is made by the first file that needs one while the others hash on
        Reader reader = new Reader(services, zone);
        EvidenceCheck.Context context = new EvidenceCheck.Context(window, venue, Optional.empty(), List.of());
        boolean withVerdict = window.isPresent();
        OrderedWriter writer = new OrderedWriter(files.size(), stdout);
        FileBatch.Fallback<Line> fallback = new FileBatch.Fallback<>() {
            @Override
            public Line timedOut(int index, Path file) {
                return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.TIMED_OUT));
            }

            @Override
            public Line failed(int index, Path file, Throwable error) {
                return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.READ_FAILED));
            }

            @Override
            public Line lastResort(int index, Path file) {
                return failed(index, file, null);
            }
        };
        FileBatch.Work<Line> work = new FileBatch.Work<>() {
            @Override
            public Line run(int index, Path file, Deadline deadline) {
                Optional<FileProblem> skipped = found.get(index).problem();
                if (skipped.isPresent()) {
                    return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", skipped.get()));
                }
                return read(file, reader);
            }
        };
        FileBatch.Listener<Line> lines = new FileBatch.Listener<>() {
            @Override
            public void finished(int index, Line line) {
                writer.put(index, json(line, context, withVerdict));
            }
        };
        new FileBatch<Line>(threads, PER_FILE).run(files, work, fallback, lines, new AtomicBoolean());
        writer.finish();
        return 0;
    }

    /** The metadata reader, made once, by whichever thread first needs it. */
    private static final class Reader {
        private final CliServices services;
        private final ZoneId zone;
        private volatile MediaReader reader;

        Reader(CliServices services, ZoneId zone) {
            this.services = services;
            this.zone = zone;
        }

        MediaReader get() {
            MediaReader r = reader;
            if (r == null) {
                synchronized (this) {
                    r = reader;
                    if (r == null) {
                        r = services.reader(zone);
                        reader = r;
                    }
                }
            }
            return r;
        }
    }

    /**
     * Hashes every byte of the file, piece by piece in one reused array per thread, and reads its
     * metadata from the first piece on the way.
     */
    private static Line read(Path file, Reader reader) {
        // a pipe or device named on the command line is never opened: it would wait for ever
        if (Files.isDirectory(file)) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.FOLDER_UNREADABLE));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.SKIPPED_SPECIAL_FILE));
        }
        MessageDigest digest = MediaLibrary.sha256();
        byte[] piece = PIECES.get();
        MediaInfo media;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int n = fill(channel, piece);
            digest.update(piece, 0, n);
            media = reader.get().read(file, ByteBuffer.wrap(piece, 0, n), size);
            while ((n = fill(channel, piece)) > 0) {
                digest.update(piece, 0, n);
            }
        } catch (NoSuchFileException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.NOT_FOUND));
        } catch (AccessDeniedException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.ACCESS_DENIED));
        } catch (IOException e) {
            return new Line(file, Optional.empty(), MediaInfo.unreadable("UNKNOWN", FileProblem.READ_FAILED));
        }
        return new Line(file, Optional.of(HexFormat.of().formatHex(digest.digest())), media);
    }

    /** Reads until the array is full or the file ends; returns how many bytes. */
    private static int fill(FileChannel channel, byte[] piece) throws IOException {
        int done = 0;
        while (done < piece.length) {
            int n = channel.read(ByteBuffer.wrap(piece, done, piece.length - done));
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private synchronized EvidenceTexts texts() {
        if (texts == null) {
            texts = new EvidenceTexts(messages);
        }
        return texts;
    }

    byte[] json(Line line, EvidenceCheck.Context context, boolean withVerdict) {
        MediaInfo m = line.media();
        CheckResult check = EvidenceCheck.check(m, context);
        JsonLine g = new JsonLine();
        g.bytes("path", PathBytes.of(line.path()));
        g.text("sha256", line.sha256().orElse(null));
        g.text("mediaType", m.mediaType().code());
        g.text("format", m.format());
        FileProblem fatal = m.isMedia() ? null : m.mainProblem().orElse(null);
        g.text("error", fatal == null ? null : texts().problem(fatal, m.width(), m.height()));
        g.text("errorCode", fatal == null ? null : fatal.name());
        g.startArray("warnings");
        for (FileProblem p : m.problems()) {
            if (p != fatal) {
                g.element(p.name());
            }
        }
        g.endArray();
        CaptureTime t = m.captureTime().orElse(null);
        if (t != null) {
            g.text("captureTime", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.local()));
            g.text("captureOffset", t.offset().isPresent() ? t.offset().get().toString() : null);
            g.text("zoneSource", t.zoneSource().code());
            g.text("captureInstant", t.instant().toString());
            g.text("captureSource", t.source());
        } else {
            g.nothing("captureTime").nothing("captureOffset").nothing("zoneSource").nothing("captureInstant")
                    .nothing("captureSource");
        }
        g.text("make", m.make().orElse(null));
        g.text("model", m.model().orElse(null));
        g.text("serial", m.serial().orElse(null));
        g.text("software", m.software().orElse(null));
        g.number("orientation", m.orientation().orElse(null));
        g.number("width", m.width().orElse(null));
        g.number("height", m.height().orElse(null));
        if (m.durationSeconds().isPresent()) {
            g.number("durationSeconds", Math.round(m.durationSeconds().get() * 1000) / 1000.0);
        } else {
            g.nothing("durationSeconds");
        }
        g.number("rotation", m.rotation().orElse(null));
        if (m.gps().isPresent()) {
            GpsFix gps = m.gps().get();
            g.startObject("gps");
            g.number("lat", gps.latitude());
            g.number("lon", gps.longitude());
            g.text("time", gps.time().isPresent() ? gps.time().get().toString() : null);
            g.endObject();
        } else {
            g.nothing("gps");
        }
        g.startArray("flags");
        for (Finding f : check.findings()) {
            g.element(f.flag().name());
        }
        g.endArray();
        if (withVerdict) {
            Verdict v = check.verdict().orElseThrow();
            g.text("verdict", v.kind().name());
            if (v.kind() == Verdict.Kind.OUTSIDE_WINDOW) {
                g.number("deltaMinutes", v.deltaMinutes());
            } else {
                g.nothing("deltaMinutes");
            }
        }
        return g.bytes();
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
