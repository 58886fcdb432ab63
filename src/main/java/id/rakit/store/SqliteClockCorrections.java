package id.rakit.store;

import id.rakit.evidence.CameraId;
import id.rakit.evidence.ClockCorrections;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Camera clock corrections in SQLite, keyed by {@link CameraId#key()}. */
public final class SqliteClockCorrections implements ClockCorrections {

    private final Database db;

    public SqliteClockCorrections(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Duration> find(CameraId camera) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT offset_seconds FROM camera_clock WHERE camera_key = ?")) {
                ps.setString(1, camera.key());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Duration.ofSeconds(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<CameraId, Duration> all() {
        return db.read(c -> {
            Map<CameraId, Duration> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT make, model, serial, offset_seconds FROM camera_clock ORDER BY make, model, serial");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new CameraId(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3))),
                            Duration.ofSeconds(rs.getLong(4)));
                }
            }
            return out;
        });
    }

    @Override
    public void save(CameraId camera, Duration correction, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO camera_clock (camera_key, make, model, serial, offset_seconds, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (camera_key) DO UPDATE SET offset_seconds = excluded.offset_seconds,
                                                         updated_at = excluded.updated_at""")) {
                ps.setString(1, camera.key());
                ps.setString(2, camera.make());
                ps.setString(3, camera.model());
                Sql.setText(ps, 4, camera.serial());
                ps.setLong(5, correction.getSeconds());
                ps.setString(6, now.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(CameraId camera) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM camera_clock WHERE camera_key = ?")) {
                ps.setString(1, camera.key());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
