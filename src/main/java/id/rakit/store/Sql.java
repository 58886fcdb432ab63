package id.rakit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** Small conversions between SQLite columns and Java values, shared by the repositories. */
final class Sql {

    private Sql() {
    }

    static void setText(PreparedStatement ps, int i, Optional<?> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get().toString());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static void setInt(PreparedStatement ps, int i, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(i, value.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    static void setLong(PreparedStatement ps, int i, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(i, value.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    static void setReal(PreparedStatement ps, int i, Optional<Double> value) throws SQLException {
        if (value.isPresent()) {
            ps.setDouble(i, value.get());
        } else {
            ps.setNull(i, Types.REAL);
        }
    }

    static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Long> longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Double> real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return text(rs, column).map(Instant::parse);
    }

    static Optional<LocalDateTime> localDateTime(ResultSet rs, String column) throws SQLException {
        return text(rs, column).map(LocalDateTime::parse);
    }
}
