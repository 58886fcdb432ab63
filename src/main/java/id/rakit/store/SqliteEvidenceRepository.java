package id.rakit.store;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.CheckResult;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceRepository;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.GpsFix;
import id.rakit.evidence.LibraryFile;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.ReuseMatch;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.ZoneSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The media library's records and evidence items in SQLite. */
public final class SqliteEvidenceRepository implements EvidenceRepository {

    private static final String ITEM_QUERY = """
            SELECT e.id AS item_id, e.post_id, e.original_name, e.original_path, e.position, e.accepted_reason,
                   e.added_at, m.*
            FROM evidence e JOIN media_file m ON m.sha256 = e.sha256
            """;

    private final Database db;

    public SqliteEvidenceRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<LibraryFile> findFile(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM media_file WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(libraryFile(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Added add(long postId, LibraryFile file, String originalName, String originalPath, int position,
                     Instant now) {
        long[] existing = {0};
        long id = db.inTransaction(c -> {
            insertFileIfAbsent(c, file);
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT id, removed_at FROM evidence WHERE post_id = ? AND sha256 = ?")) {
                find.setLong(1, postId);
                find.setString(2, file.sha256());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        long found = rs.getLong(1);
                        boolean removed = rs.getString(2) != null;
                        if (removed) {
                            try (PreparedStatement back = c.prepareStatement(
                                    "UPDATE evidence SET removed_at = NULL, position = ? WHERE id = ?")) {
                                back.setInt(1, position);
                                back.setLong(2, found);
                                back.executeUpdate();
                            }
                        } else {
                            existing[0] = 1;
                        }
                        return found;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO evidence (post_id, sha256, original_name, original_path, position, added_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    RETURNING id""")) {
                ps.setLong(1, postId);
                ps.setString(2, file.sha256());
                ps.setString(3, originalName);
                ps.setString(4, originalPath);
                ps.setInt(5, position);
                ps.setString(6, now.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new Added(find(id).orElseThrow(), existing[0] == 1);
    }

    /** Every library path a row holds (rows of files kept in the library), for tidying and checking it. */
    public java.util.Set<String> libraryPaths() {
        return db.read(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT library_path FROM media_file WHERE library_path <> ''");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Each kept file's library path with the SHA-256 its row says it has. */
    public Map<String, String> librarySha256() {
        return db.read(c -> {
            Map<String, String> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT library_path, sha256 FROM media_file WHERE library_path <> ''");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public int nextPosition(long postId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(position), -1) + 1 FROM evidence WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<EvidenceItem> forPost(long postId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ITEM_QUERY
                    + " WHERE e.post_id = ? AND e.removed_at IS NULL ORDER BY e.position, e.id")) {
                ps.setLong(1, postId);
                List<EvidenceItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(item(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<EvidenceItem> find(long itemId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ITEM_QUERY + " WHERE e.id = ?")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(item(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<String, List<ReuseMatch>> reuse(long postId, int maxDistance) {
        return db.read(c -> {
            record Use(String sha, Optional<Long> phash) { }
            List<Use> mine = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.sha256, m.phash FROM evidence e JOIN media_file m ON m.sha256 = e.sha256
                    WHERE e.post_id = ? AND e.removed_at IS NULL""")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        mine.add(new Use(rs.getString(1), Sql.longValue(rs, "phash")));
                    }
                }
            }
            Map<String, List<ReuseMatch>> out = new HashMap<>();
            if (mine.isEmpty()) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.post_id, p.title, p.event_start, m.sha256, m.phash
                    FROM evidence e JOIN media_file m ON m.sha256 = e.sha256 JOIN post p ON p.id = e.post_id
                    WHERE e.post_id <> ? AND e.removed_at IS NULL AND p.deleted_at IS NULL
                    ORDER BY p.event_start, p.id""")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long otherPost = rs.getLong(1);
                        String title = rs.getString(2);
                        Optional<LocalDateTime> start = Sql.localDateTime(rs, "event_start");
                        String otherSha = rs.getString(4);
                        Optional<Long> otherHash = Sql.longValue(rs, "phash");
                        for (Use use : mine) {
                            boolean identical = use.sha().equals(otherSha);
                            boolean near = !identical && use.phash().isPresent() && otherHash.isPresent()
                                    && Long.bitCount(use.phash().get() ^ otherHash.get()) <= maxDistance;
                            if (identical || near) {
                                List<ReuseMatch> list = out.computeIfAbsent(use.sha(), k -> new ArrayList<>());
                                if (list.stream().noneMatch(m -> m.postId() == otherPost)) {
                                    list.add(new ReuseMatch(otherPost, title, start.map(LocalDateTime::toLocalDate), identical));
                                }
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveChecks(Map<Long, CheckResult> results) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE evidence SET verdict = ?, delta_minutes = ?, flags = ? WHERE id = ?")) {
                for (Map.Entry<Long, CheckResult> e : results.entrySet()) {
                    CheckResult r = e.getValue();
                    Sql.setText(ps, 1, r.verdict().map(v -> v.kind().name()));
                    Sql.setLong(ps, 2, r.verdict().filter(v -> v.kind() == Verdict.Kind.OUTSIDE_WINDOW)
                            .map(Verdict::deltaMinutes));
                    ps.setString(3, r.findings().stream().map(f -> f.flag().name()).distinct()
                            .collect(Collectors.joining(",")));
                    ps.setLong(4, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void accept(long itemId, Optional<String> reason) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET accepted_reason = ? WHERE id = ?")) {
                Sql.setText(ps, 1, reason.map(String::strip).filter(s -> !s.isEmpty()));
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(long itemId, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET removed_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void putBack(long itemId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET removed_at = NULL WHERE id = ?")) {
                ps.setLong(1, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void insertFileIfAbsent(Connection c, LibraryFile f) throws SQLException {
        MediaInfo m = f.media();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO media_file (sha256, size_bytes, library_path, media_type, format,
                    capture_local, capture_instant, capture_offset, zone_source, capture_source,
                    make, model, serial, software, orientation, width, height, duration_seconds, rotation,
                    gps_lat, gps_lon, gps_time, modify_date, camera_metadata, problems, phash, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256) DO UPDATE SET size_bytes = excluded.size_bytes,
                    library_path = excluded.library_path, media_type = excluded.media_type, format = excluded.format,
                    capture_local = excluded.capture_local, capture_instant = excluded.capture_instant,
                    capture_offset = excluded.capture_offset, zone_source = excluded.zone_source,
                    capture_source = excluded.capture_source, make = excluded.make, model = excluded.model,
                    serial = excluded.serial, software = excluded.software, orientation = excluded.orientation,
                    width = excluded.width, height = excluded.height, duration_seconds = excluded.duration_seconds,
                    rotation = excluded.rotation, gps_lat = excluded.gps_lat, gps_lon = excluded.gps_lon,
                    gps_time = excluded.gps_time, modify_date = excluded.modify_date,
                    camera_metadata = excluded.camera_metadata, problems = excluded.problems, phash = excluded.phash,
                    imported_at = excluded.imported_at
                -- only the stand-in of a file whose reading was abandoned gives way to the file read whole
                WHERE media_file.library_path = '' AND ',' || media_file.problems || ',' LIKE '%,TIMED_OUT,%'
                  AND NOT (excluded.library_path = '' AND ',' || excluded.problems || ',' LIKE '%,TIMED_OUT,%')""")) {
            Optional<CaptureTime> t = m.captureTime();
            int i = 1;
            ps.setString(i++, f.sha256());
            ps.setLong(i++, f.sizeBytes());
            ps.setString(i++, f.libraryPath());
            ps.setString(i++, m.mediaType().name());
            ps.setString(i++, m.format());
            Sql.setText(ps, i++, t.map(CaptureTime::local));
            Sql.setText(ps, i++, t.map(CaptureTime::instant));
            Sql.setText(ps, i++, t.flatMap(CaptureTime::offset));
            Sql.setText(ps, i++, t.map(x -> x.zoneSource().code()));
            Sql.setText(ps, i++, t.map(CaptureTime::source));
            Sql.setText(ps, i++, m.make());
            Sql.setText(ps, i++, m.model());
            Sql.setText(ps, i++, m.serial());
            Sql.setText(ps, i++, m.software());
            Sql.setInt(ps, i++, m.orientation());
            Sql.setInt(ps, i++, m.width());
            Sql.setInt(ps, i++, m.height());
            Sql.setReal(ps, i++, m.durationSeconds());
            Sql.setInt(ps, i++, m.rotation());
            Sql.setReal(ps, i++, m.gps().map(GpsFix::latitude));
            Sql.setReal(ps, i++, m.gps().map(GpsFix::longitude));
            Sql.setText(ps, i++, m.gps().flatMap(GpsFix::time));
            Sql.setText(ps, i++, m.modifyDate());
            ps.setInt(i++, m.cameraMetadata() ? 1 : 0);
            ps.setString(i++, m.problems().stream().map(Enum::name).collect(Collectors.joining(",")));
            Sql.setLong(ps, i++, f.perceptualHash());
            ps.setString(i, f.importedAt().toString());
            ps.executeUpdate();
        }
    }

    private static EvidenceItem item(ResultSet rs) throws SQLException {
        return new EvidenceItem(rs.getLong("item_id"), rs.getLong("post_id"), libraryFile(rs),
                rs.getString("original_name"), rs.getString("original_path"), rs.getInt("position"),
                Sql.text(rs, "accepted_reason"), Instant.parse(rs.getString("added_at")));
    }

    private static LibraryFile libraryFile(ResultSet rs) throws SQLException {
        Optional<CaptureTime> capture = Optional.empty();
        Optional<String> local = Sql.text(rs, "capture_local");
        if (local.isPresent()) {
            capture = Optional.of(new CaptureTime(LocalDateTime.parse(local.get()),
                    Instant.parse(rs.getString("capture_instant")),
                    Sql.text(rs, "capture_offset").map(ZoneOffset::of),
                    ZoneSource.fromCode(rs.getString("zone_source")), rs.getString("capture_source")));
        }
        Optional<Double> lat = Sql.real(rs, "gps_lat");
        Optional<Double> lon = Sql.real(rs, "gps_lon");
        Optional<GpsFix> gps = lat.isPresent() && lon.isPresent()
                ? Optional.of(new GpsFix(lat.get(), lon.get(), Sql.instant(rs, "gps_time"))) : Optional.empty();
        List<FileProblem> problems = Arrays.stream(rs.getString("problems").split(","))
                .filter(s -> !s.isBlank()).map(FileProblem::valueOf).toList();
        MediaInfo media = new MediaInfo(MediaType.valueOf(rs.getString("media_type")), rs.getString("format"),
                capture, Sql.text(rs, "make"), Sql.text(rs, "model"), Sql.text(rs, "serial"),
                Sql.text(rs, "software"), Sql.integer(rs, "orientation"), Sql.integer(rs, "width"),
                Sql.integer(rs, "height"), Sql.real(rs, "duration_seconds"), Sql.integer(rs, "rotation"), gps,
                Sql.localDateTime(rs, "modify_date"), rs.getInt("camera_metadata") != 0, problems);
        return new LibraryFile(rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("library_path"),
                media, Sql.longValue(rs, "phash"), Instant.parse(rs.getString("imported_at")));
    }
}
