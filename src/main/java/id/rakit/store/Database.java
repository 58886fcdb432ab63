package id.rakit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database in the data folder: one connection, WAL journal, foreign keys on, and the
 * versioned migrations in {@code /id/rakit/store/migration/V<n>__*.sql} applied in order.
 *
 * <p>SQLite serialises writers anyway; one connection behind a lock keeps transactions simple
 * and is plenty for one admin's drafts.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "/id/rakit/store/migration/";
    /** The migrations, in order; each file's number is its schema version. */
    static final List<String> MIGRATION_FILES = List.of("V1__init.sql");

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) and migrates the database. Call it off the FX thread. */
    public static Database open(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(5000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Database db = new Database(file, c);
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw new StoreException("store.error.open", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version now in the file. */
    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private void migrate() throws SQLException {
        int current = schemaVersion();
        for (int i = current; i < MIGRATION_FILES.size(); i++) {
            String name = MIGRATION_FILES.get(i);
            int version = i + 1;
            List<String> statements = statements(readResource(MIGRATIONS + name));
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + version);
                }
                return null;
            });
            LOG.info("database {} migrated to version {}", file, version);
        }
    }

    private static String readResource(String path) {
        try (InputStream in = Database.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + path, e);
        }
    }

    /** Splits a migration on semicolons at line ends; migrations keep one statement per block. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Work that reads or writes through the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work on the connection without a transaction (single statements, reads). */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store.error.read", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is written, or none. */
    public <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("store.error.write", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing database {}", file, e);
        } finally {
            lock.unlock();
        }
    }
}
