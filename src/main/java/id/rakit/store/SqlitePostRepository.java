package id.rakit.store;

import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.post.PostRepository;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Posts and captions in SQLite. */
public final class SqlitePostRepository implements PostRepository {

    private final Database db;

    public SqlitePostRepository(Database db) {
        this.db = db;
    }

    @Override
    public Post create(PostDetails details, Instant now) {
        long id = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO post (created_at, updated_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, now.toString());
                ps.setString(2, now.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long newId = keys.getLong(1);
                    writeDetails(c, newId, details, now);
                    return newId;
                }
            }
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
                    return Optional.of(new Post(id, details(rs), captions(c, id),
                            PostStatus.valueOf(rs.getString("status")),
                            Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                            Sql.instant(rs, "exported_at")));
                }
            }
        });
    }

    @Override
    public List<PostSummary> search(String query) {
        List<String> words = new ArrayList<>();
        for (String w : (query == null ? "" : query).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.title, p.event_name, p.event_start, p.status, p.updated_at,
                       (SELECT count(*) FROM evidence e WHERE e.post_id = p.id) AS evidence_count
                FROM post p WHERE 1 = 1""");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND instr(lower(p.title || ' ' || p.event_name || ' ' || p.venue || ' ' || p.unit || ' ' ||"
                    + " coalesce((SELECT group_concat(text, ' ') FROM caption k WHERE k.post_id = p.id), '')), ?) > 0");
        }
        sql.append(" ORDER BY p.updated_at DESC, p.id DESC");
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < words.size(); i++) {
                    ps.setString(i + 1, words.get(i));
                }
                List<PostSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PostSummary(rs.getLong("id"), rs.getString("title"), rs.getString("event_name"),
                                Sql.localDateTime(rs, "event_start"), PostStatus.valueOf(rs.getString("status")),
                                rs.getInt("evidence_count"), Instant.parse(rs.getString("updated_at"))));
                    }
                }
                return out;
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
    public void saveCaption(long id, Platform platform, String text, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO caption (post_id, platform, text, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (post_id, platform) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""")) {
                ps.setLong(1, id);
                ps.setString(2, platform.name());
                ps.setString(3, text == null ? "" : text);
                ps.setString(4, now.toString());
                ps.executeUpdate();
            }
            touch(c, id, now);
            return null;
        });
    }

    @Override
    public void markExported(long id, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE post SET status = ?, exported_at = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, PostStatus.EXPORTED.name());
                ps.setString(2, now.toString());
                ps.setString(3, now.toString());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM post WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
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
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no post " + id);
            }
        }
    }

    private static void touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE post SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, now.toString());
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no post " + id);
            }
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

    private static Map<Platform, String> captions(Connection c, long id) throws SQLException {
        Map<Platform, String> out = new EnumMap<>(Platform.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT platform, text FROM caption WHERE post_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.put(Platform.valueOf(rs.getString(1)), rs.getString(2));
                    } catch (IllegalArgumentException unknownPlatform) {
                        // a caption for a platform this version does not know stays in the database untouched
                    }
                }
            }
        }
        return out;
    }
}
