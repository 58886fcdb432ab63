package id.rakit.store;

import id.rakit.compose.Snippet;
import id.rakit.compose.SnippetRepository;
import id.rakit.compose.Template;
import id.rakit.compose.TemplateRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Snippets and templates in SQLite. */
public final class SqliteWritingAids implements SnippetRepository, TemplateRepository {

    private final Database db;
    private final Clock clock;

    public SqliteWritingAids(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Snippet> forUnit(String unit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, kind, name, text, unit FROM snippet WHERE unit = '' OR unit = ?
                    ORDER BY kind, position, id""")) {
                ps.setString(1, unit == null ? "" : unit.strip());
                List<Snippet> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Snippet(rs.getLong(1), Snippet.Kind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Snippet save(Snippet s) {
        long id = db.inTransaction(c -> {
            if (s.id() > 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE snippet SET kind = ?, name = ?, text = ?, unit = ?, updated_at = ? WHERE id = ?")) {
                    ps.setString(1, s.kind().name());
                    ps.setString(2, s.name());
                    ps.setString(3, s.text());
                    ps.setString(4, s.unit());
                    ps.setString(5, clock.instant().toString());
                    ps.setLong(6, s.id());
                    ps.executeUpdate();
                }
                return s.id();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO snippet (kind, name, text, unit, position, updated_at)
                    VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM snippet), ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, s.kind().name());
                ps.setString(2, s.name());
                ps.setString(3, s.text());
                ps.setString(4, s.unit());
                ps.setString(5, clock.instant().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Snippet(id, s.kind(), s.name(), s.text(), s.unit());
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM snippet WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Template> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, text FROM template ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Template> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Template(rs.getLong(1), rs.getString(2), rs.getString(3), false));
                }
                return out;
            }
        });
    }

    @Override
    public Template save(Template t) {
        long id = db.inTransaction(c -> {
            if (t.id() > 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE template SET name = ?, text = ?, updated_at = ? WHERE id = ?")) {
                    ps.setString(1, t.name());
                    ps.setString(2, t.text());
                    ps.setString(3, clock.instant().toString());
                    ps.setLong(4, t.id());
                    ps.executeUpdate();
                }
                return t.id();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO template (name, text, updated_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, t.name());
                ps.setString(2, t.text());
                ps.setString(3, clock.instant().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Template(id, t.name(), t.text(), false);
    }

    @Override
    public void deleteTemplate(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM template WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
