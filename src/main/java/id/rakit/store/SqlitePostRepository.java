package id.rakit.store;

import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.ExportRecord;
import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostQuery;
import id.rakit.post.PostRepository;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.post.Publication;
import id.rakit.post.Revision;
import id.rakit.post.Variant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Posts with their captions, variants, media choices, alt texts and revisions, in SQLite. */
public final class SqlitePostRepository implements PostRepository {

    private final Database db;

    public SqlitePostRepository(Database db) {
        this.db = db;
    }

    @Override
    public Post create(PostDetails details, Composition composition, Instant now) {
        long id = db.inTransaction(c -> {
            long newId;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO post (created_at, updated_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, now.toString());
                ps.setString(2, now.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            writeDetails(c, newId, details, now);
            writeTargets(c, newId, composition.targets(), now);
            if (!composition.master().isEmpty()) {
                writeText(c, newId, Platform.GENERAL, CaptionField.BODY, composition.master(), now, "");
            }
            for (Map.Entry<Platform, Variant> e : composition.variants().entrySet()) {
                Variant v = e.getValue();
                if (!v.title().isEmpty()) {
                    writeText(c, newId, e.getKey(), CaptionField.TITLE, v.title(), now, "");
                }
                if (v.body().isPresent()) {
                    writeText(c, newId, e.getKey(), CaptionField.BODY, v.body().get(), now, "");
                }
                if (!v.firstComment().isEmpty()) {
                    writeText(c, newId, e.getKey(), CaptionField.FIRST_COMMENT, v.firstComment(), now, "");
                }
            }
            return newId;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Post> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM post WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Optional<String> on = Sql.text(rs, "published_on");
                    String link = Sql.text(rs, "published_link").orElse("");
                    Optional<Publication> published = on.map(d -> new Publication(link, LocalDate.parse(d)));
                    return Optional.of(new Post(id, details(rs), composition(c, id, targets(rs.getString("targets"))),
                            PostStatus.valueOf(rs.getString("status")), published,
                            Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                            Sql.instant(rs, "exported_at"), Sql.instant(rs, "deleted_at")));
                }
            }
        });
    }

    @Override
    public List<PostSummary> search(PostQuery query) {
        List<String> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.title, p.event_name, p.event_start, p.status, p.updated_at, p.deleted_at,
                       (SELECT count(*) FROM evidence e WHERE e.post_id = p.id AND e.removed_at IS NULL) AS evidence_count
                FROM post p WHERE\s""").append(where(query, args));
        sql.append(query.bin() ? " ORDER BY p.deleted_at DESC, p.id DESC" : " ORDER BY p.updated_at DESC, p.id DESC");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                List<PostSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PostSummary(rs.getLong("id"), rs.getString("title"), rs.getString("event_name"),
                                Sql.localDateTime(rs, "event_start"), PostStatus.valueOf(rs.getString("status")),
                                rs.getInt("evidence_count"), Instant.parse(rs.getString("updated_at")),
                                Sql.instant(rs, "deleted_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int count(PostQuery query) {
        List<String> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM post p WHERE " + where(query, args);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The conditions of a query, its values added to {@code args} in order. */
    private static String where(PostQuery query, List<String> args) {
        String match = ftsQuery(query.text());
        StringBuilder sql = new StringBuilder("p.deleted_at IS");
        sql.append(query.bin() ? " NOT NULL" : " NULL");
        if (query.status().isPresent()) {
            sql.append(" AND p.status = ?");
            args.add(query.status().get().name());
        }
        if (query.platform().isPresent()) {
            sql.append(" AND (',' || p.targets || ',') LIKE ?");
            args.add("%," + query.platform().get().code() + ",%");
        }
        if (query.eventFrom().isPresent()) {
            sql.append(" AND coalesce(p.event_end, p.event_start) >= ?");
            args.add(query.eventFrom().get().atStartOfDay().toString());
        }
        if (query.eventTo().isPresent()) {
            sql.append(" AND p.event_start < ?");
            args.add(query.eventTo().get().plusDays(1).atStartOfDay().toString());
        }
        if (!match.isEmpty()) {
            sql.append(" AND p.id IN (SELECT rowid FROM post_text WHERE post_text MATCH ?)");
            args.add(match);
        }
        return sql.toString();
    }

    /**
     * The FTS5 query for what the admin typed: every word, as the index's tokenizer splits words
     * (letters and digits of any script), as a quoted prefix, so nothing typed is read as query
     * syntax. Empty when nothing searchable was typed.
     */
    static String ftsQuery(String typed) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        String text = typed == null ? "" : typed;
        for (int i = 0; i <= text.length(); i++) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                continue;
            }
            if (word.length() > 0) {
                out.append(out.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
                word.setLength(0);
            }
        }
        return out.toString();
    }

    @Override
    public Optional<Post> emptyDraft() {
        Optional<Long> id = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.id FROM post p
                    WHERE p.deleted_at IS NULL AND p.status = 'DRAFT' AND p.title = '' AND p.event_name = ''
                      AND p.venue = '' AND p.event_start IS NULL AND p.venue_lat IS NULL
                      AND NOT EXISTS (SELECT 1 FROM caption k WHERE k.post_id = p.id
                                      AND (k.text <> '' OR k.title <> '' OR k.first_comment <> ''))
                      AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.post_id = p.id)
                    ORDER BY p.updated_at DESC, p.id DESC LIMIT 1""");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
        return id.flatMap(this::find);
    }

    @Override
    public void touch(long id, Instant now) {
        db.inTransaction(c -> {
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public Optional<String> lastUnit() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT unit FROM post WHERE unit <> '' ORDER BY updated_at DESC, id DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void saveDetails(long id, PostDetails details, Instant now) {
        db.inTransaction(c -> {
            writeDetails(c, id, details, now);
            return null;
        });
    }

    @Override
    public void saveText(long id, Platform platform, CaptionField field, String text, Instant now, String author) {
        db.inTransaction(c -> {
            writeText(c, id, platform, field, text == null ? "" : text, now, author);
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void followMaster(long id, Platform platform, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE caption SET follows_master = 1, text = '', updated_at = ? WHERE post_id = ? AND platform = ?")) {
                ps.setString(1, now.toString());
                ps.setLong(2, id);
                ps.setString(3, platform.name());
                ps.executeUpdate();
            }
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void saveTargets(long id, List<Platform> targets, Instant now) {
        db.inTransaction(c -> {
            writeTargets(c, id, targets, now);
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void saveMedia(long id, Platform platform, Optional<List<Long>> evidenceIds, Instant now) {
        db.inTransaction(c -> {
            ensureCaption(c, id, platform, now);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE caption SET own_media = ?, updated_at = ? WHERE post_id = ? AND platform = ?")) {
                ps.setInt(1, evidenceIds.isPresent() ? 1 : 0);
                ps.setString(2, now.toString());
                ps.setLong(3, id);
                ps.setString(4, platform.name());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM caption_media WHERE post_id = ? AND platform = ?")) {
                ps.setLong(1, id);
                ps.setString(2, platform.name());
                ps.executeUpdate();
            }
            if (evidenceIds.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO caption_media (post_id, platform, evidence_id, position)
                        SELECT ?, ?, e.id, ? FROM evidence e WHERE e.id = ? AND e.post_id = ?""")) {
                    int position = 0;
                    for (long evidenceId : evidenceIds.get()) {
                        ps.setLong(1, id);
                        ps.setString(2, platform.name());
                        ps.setInt(3, position++);
                        ps.setLong(4, evidenceId);
                        ps.setLong(5, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void saveAltText(long id, Platform platform, long evidenceId, String text, Instant now) {
        db.inTransaction(c -> {
            if (text == null || text.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        DELETE FROM alt_text WHERE evidence_id = ? AND platform = ?
                          AND evidence_id IN (SELECT id FROM evidence WHERE post_id = ?)""")) {
                    ps.setLong(1, evidenceId);
                    ps.setString(2, platform.name());
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO alt_text (evidence_id, platform, text, updated_at)
                        SELECT e.id, ?, ?, ? FROM evidence e WHERE e.id = ? AND e.post_id = ?
                        ON CONFLICT (evidence_id, platform) DO UPDATE SET text = excluded.text,
                                                                     updated_at = excluded.updated_at""")) {
                    ps.setString(1, platform.name());
                    ps.setString(2, text);
                    ps.setString(3, now.toString());
                    ps.setLong(4, evidenceId);
                    ps.setLong(5, id);
                    ps.executeUpdate();
                }
            }
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void saveStatus(long id, PostStatus status, Optional<Publication> publication, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE post SET status = ?, published_link = ?, published_on = ?, updated_at = ? WHERE id = ?""")) {
                ps.setString(1, status.name());
                Sql.setText(ps, 2, publication.map(Publication::link));
                Sql.setText(ps, 3, publication.map(Publication::date));
                ps.setString(4, now.toString());
                ps.setLong(5, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void markExported(long id, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE post SET status = CASE status WHEN 'PUBLISHED' THEN status ELSE 'EXPORTED' END,
                                    exported_at = ?, updated_at = ? WHERE id = ?""")) {
                ps.setString(1, now.toString());
                ps.setString(2, now.toString());
                ps.setLong(3, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void recordExport(long id, ExportRecord record) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO export_log (post_id, exported_at, folder, zip, manifest_sha256, files)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, id);
                ps.setString(2, record.exportedAt().toString());
                ps.setString(3, record.folder());
                Sql.setText(ps, 4, record.zip());
                ps.setString(5, record.manifestSha256());
                ps.setInt(6, record.files());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE post SET status = CASE status WHEN 'PUBLISHED' THEN status ELSE 'EXPORTED' END,
                                    exported_at = ?, updated_at = ? WHERE id = ?""")) {
                ps.setString(1, record.exportedAt().toString());
                ps.setString(2, record.exportedAt().toString());
                ps.setLong(3, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public List<ExportRecord> exports(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT exported_at, folder, zip, manifest_sha256, files FROM export_log
                    WHERE post_id = ? ORDER BY exported_at DESC, id DESC""")) {
                ps.setLong(1, id);
                List<ExportRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ExportRecord(Instant.parse(rs.getString(1)), rs.getString(2), Sql.text(rs, "zip"),
                                rs.getString(4), rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void moveToBin(long id, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setLong(2, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void restore(long id, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET deleted_at = NULL, updated_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setLong(2, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public int purgeBin(Instant deletedBefore) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM post WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                ps.setString(1, deletedBefore.toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Revision> revisions(long id, Platform platform, CaptionField field) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, text, saved_at, author FROM revision
                    WHERE post_id = ? AND platform = ? AND field = ? ORDER BY id DESC""")) {
                ps.setLong(1, id);
                ps.setString(2, platform.name());
                ps.setString(3, field.name());
                List<Revision> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Revision(rs.getLong(1), id, platform, field, rs.getString(2),
                                Instant.parse(rs.getString(3)), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    private static void requireOne(int updated, long id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("no post " + id);
        }
    }

    private static void ensureCaption(Connection c, long id, Platform platform, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO caption (post_id, platform, text, updated_at, follows_master) VALUES (?, ?, '', ?, ?)
                ON CONFLICT (post_id, platform) DO NOTHING""")) {
            ps.setLong(1, id);
            ps.setString(2, platform.name());
            ps.setString(3, now.toString());
            ps.setInt(4, platform == Platform.GENERAL ? 0 : 1);
            ps.executeUpdate();
        }
    }

    private static void writeText(Connection c, long id, Platform platform, CaptionField field, String text, Instant now,
                                  String author) throws SQLException {
        ensureCaption(c, id, platform, now);
        String column = switch (field) {
            case BODY -> "text";
            case TITLE -> "title";
            case FIRST_COMMENT -> "first_comment";
        };
        boolean unchanged;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", follows_master FROM caption"
                + " WHERE post_id = ? AND platform = ?")) {
            ps.setLong(1, id);
            ps.setString(2, platform.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                unchanged = rs.getString(1).equals(text) && (field != CaptionField.BODY || rs.getInt(2) == 0);
            }
        }
        if (unchanged) {
            return;
        }
        String followed = field == CaptionField.BODY ? ", follows_master = 0" : "";
        try (PreparedStatement ps = c.prepareStatement("UPDATE caption SET " + column + " = ?" + followed
                + ", updated_at = ? WHERE post_id = ? AND platform = ?")) {
            ps.setString(1, text);
            ps.setString(2, now.toString());
            ps.setLong(3, id);
            ps.setString(4, platform.name());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO revision (post_id, platform, field, text, saved_at, author) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, platform.name());
            ps.setString(3, field.name());
            ps.setString(4, text);
            ps.setString(5, now.toString());
            ps.setString(6, author == null ? "" : author);
            ps.executeUpdate();
        }
    }

    private static void writeTargets(Connection c, long id, List<Platform> targets, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE post SET targets = ? WHERE id = ?")) {
            ps.setString(1, targets.stream().map(Platform::code).collect(Collectors.joining(",")));
            ps.setLong(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    private static List<Platform> targets(String codes) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(","))
                .map(Platform::fromCode).flatMap(Optional::stream).toList();
    }

    private static void writeDetails(Connection c, long id, PostDetails d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE post SET title = ?, unit = ?, event_name = ?, event_start = ?, event_end = ?, event_zone = ?,
                                venue = ?, venue_lat = ?, venue_lon = ?, updated_at = ?
                WHERE id = ?""")) {
            ps.setString(1, d.title());
            ps.setString(2, d.unit());
            ps.setString(3, d.eventName());
            Sql.setText(ps, 4, d.eventStart());
            Sql.setText(ps, 5, d.eventEnd());
            ps.setString(6, d.eventZone().getId());
            ps.setString(7, d.venue());
            Sql.setReal(ps, 8, d.venueLocation().map(GeoPoint::latitude));
            Sql.setReal(ps, 9, d.venueLocation().map(GeoPoint::longitude));
            ps.setString(10, now.toString());
            ps.setLong(11, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    private static void touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE post SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, now.toString());
            ps.setLong(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    private static PostDetails details(ResultSet rs) throws SQLException {
        Optional<Double> lat = Sql.real(rs, "venue_lat");
        Optional<Double> lon = Sql.real(rs, "venue_lon");
        Optional<GeoPoint> location = lat.isPresent() && lon.isPresent()
                ? Optional.of(new GeoPoint(lat.get(), lon.get())) : Optional.empty();
        return new PostDetails(rs.getString("title"), rs.getString("unit"), rs.getString("event_name"),
                Sql.localDateTime(rs, "event_start"), Sql.localDateTime(rs, "event_end"),
                ZoneId.of(rs.getString("event_zone")), rs.getString("venue"), location);
    }

    private static Composition composition(Connection c, long id, List<Platform> targets) throws SQLException {
        String master = "";
        Map<Platform, Variant> variants = new EnumMap<>(Platform.class);
        Map<Platform, Boolean> ownMedia = new EnumMap<>(Platform.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT platform, text, title, first_comment, follows_master, own_media FROM caption WHERE post_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Platform> platform = platform(rs.getString(1));
                    if (platform.isEmpty()) {
                        continue;  // a platform this version does not know stays in the database untouched
                    }
                    if (platform.get() == Platform.GENERAL) {
                        master = rs.getString(2);
                        continue;
                    }
                    Optional<String> body = rs.getInt(5) != 0 ? Optional.empty() : Optional.of(rs.getString(2));
                    variants.put(platform.get(), new Variant(rs.getString(3), body, rs.getString(4), Optional.empty(),
                            Map.of()));
                    ownMedia.put(platform.get(), rs.getInt(6) != 0);
                }
            }
        }
        Map<Platform, List<Long>> media = new EnumMap<>(Platform.class);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.platform, m.evidence_id FROM caption_media m JOIN evidence e ON e.id = m.evidence_id
                WHERE m.post_id = ? AND e.removed_at IS NULL ORDER BY m.platform, m.position""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Platform> p = platform(rs.getString(1));
                    if (p.isPresent()) {
                        media.computeIfAbsent(p.get(), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        Map<Long, String> masterAlt = new LinkedHashMap<>();
        Map<Platform, Map<Long, String>> alt = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.platform, a.evidence_id, a.text FROM alt_text a JOIN evidence e ON e.id = a.evidence_id
                WHERE e.post_id = ? ORDER BY a.evidence_id""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Platform> p = platform(rs.getString(1));
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (p.get() == Platform.GENERAL) {
                        masterAlt.put(rs.getLong(2), rs.getString(3));
                    } else {
                        alt.computeIfAbsent(p.get(), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
                    }
                }
            }
        }
        Composition out = new Composition(master, masterAlt, targets, Map.of());
        for (Platform p : Platform.targets()) {
            Variant v = variants.getOrDefault(p, Variant.FOLLOWING_MASTER);
            if (Boolean.TRUE.equals(ownMedia.get(p))) {
                v = v.withMedia(Optional.of(media.getOrDefault(p, List.of())));
            }
            for (Map.Entry<Long, String> a : alt.getOrDefault(p, Map.of()).entrySet()) {
                v = v.withAltText(a.getKey(), a.getValue());
            }
            out = out.withVariant(p, v);
        }
        return out;
    }

    private static Optional<Platform> platform(String name) {
        try {
            return Optional.of(Platform.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
