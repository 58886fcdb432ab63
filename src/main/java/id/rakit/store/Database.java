package id.rakit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database in the data folder: one connection, WAL journal, foreign keys on, and the
 * versioned migrations in {@code /id/rakit/store/migration/V<n>__*.sql}, found in that folder
 * and applied in version order, each in one transaction.
 *
 * <p>SQLite serialises writers anyway; one connection behind a lock keeps transactions simple
 * and is plenty for one admin's drafts.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "/id/rakit/store/migration/";
    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;
    /** Written to since the last checkpoint: what lives only in the write-ahead log. */
    private volatile boolean dirty;
    private java.util.concurrent.ScheduledExecutorService checkpoints;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens an existing database to read only, without migrating it: for checking it and for a
     * consistent copy while Rakit may have it open. Never creates the file.
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("store.error.missing", new java.nio.file.NoSuchFileException(file.toString()));
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            return new Database(file, c);
        } catch (SQLException e) {
            throw StoreException.of("store.error.open", e);
        }
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
            db.migrate(migrations());
            return db;
        } catch (SQLException e) {
            throw StoreException.of("store.error.open", e);
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

    /** One migration file: its version (the number in its name) and its SQL. */
    record Migration(int version, String name, String script) {
    }

    /**
     * The migration files in the resources folder, in version order. Versions must run 1, 2, 3...
     * without a gap: a missing file is a broken build, not something to skip.
     */
    static List<Migration> migrations() {
        List<String> names = migrationNames();
        List<Migration> out = new ArrayList<>();
        for (String name : names) {
            Matcher m = MIGRATION_NAME.matcher(name);
            if (m.matches()) {
                out.add(new Migration(Integer.parseInt(m.group(1)), name, readResource(MIGRATIONS + name)));
            }
        }
        out.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3...: found " + out.get(i).name());
            }
        }
        return out;
    }

    /** The file names in the migrations folder, from the class path (a folder, or the jar). */
    private static List<String> migrationNames() {
        try {
            URI uri = Objects.requireNonNull(Database.class.getResource(MIGRATIONS), "no migrations folder").toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean mine = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    mine = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return list(fs.getPath(MIGRATIONS));
                } finally {
                    if (mine) {
                        fs.close();
                    }
                }
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    void migrate(List<Migration> migrations) throws SQLException {
        int current = schemaVersion();
        if (current > migrations.size()) {
            throw new StoreException("store.error.newer", null);
        }
        for (Migration migration : migrations.subList(current, migrations.size())) {
            List<String> statements = statements(migration.script());
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
            LOG.info("database {} migrated to version {}", file, migration.version());
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

    /**
     * Splits a script into statements at the semicolons that end them: not those inside quotes,
     * comments, or a trigger's {@code BEGIN ... END} body (nor a {@code CASE ... END} in it).
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int eol = script.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
                current.append('\n');
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int close = script.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                current.append(' ');
                continue;
            }
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char end = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (script.charAt(j) == end) {
                        if (end != ']' && j + 1 < n && script.charAt(j + 1) == end) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                current.append(script, i, Math.min(n, j + 1));
                i = j + 1;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
                    j++;
                }
                String word = script.substring(i, j).toUpperCase(Locale.ROOT);
                if (word.equals("BEGIN") || word.equals("CASE")) {
                    depth++;
                } else if (word.equals("END") && depth > 0) {
                    depth--;
                }
                current.append(script, i, j);
                i = j;
                continue;
            }
            if (c == ';' && depth == 0) {
                String sql = current.toString().strip();
                if (!sql.isEmpty()) {
                    out.add(sql);
                }
                current.setLength(0);
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            out.add(rest);
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
            throw StoreException.of("store.error.read", e);
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
                dirty = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw StoreException.of("store.error.write", e);
        } finally {
            lock.unlock();
        }
    }

    /** Moves everything in the write-ahead log into the database file itself. */
    public void checkpoint() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        dirty = false;
    }

    /**
     * From now on, moves what was written into the database file itself every {@code interval}
     * (when something was), not only at a clean close: a crash that also loses the write-ahead
     * log then loses at most that interval, not the whole session.
     */
    public synchronized void checkpointEvery(java.time.Duration interval) {
        if (checkpoints != null) {
            return;
        }
        checkpoints = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rakit-checkpoint");
            t.setDaemon(true);
            return t;
        });
        checkpoints.scheduleWithFixedDelay(() -> {
            if (!dirty) {
                return;
            }
            try {
                dirty = false;
                read(c -> {
                    try (Statement s = c.createStatement()) {
                        // PASSIVE: never waits for, nor holds up, a writer
                        s.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                dirty = true;
                LOG.warn("checkpoint of {} failed: {}", file, e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** SQLite's {@code PRAGMA quick_check}: empty when the file is sound, else what it found. */
    public List<String> quickCheck() {
        return check("PRAGMA quick_check");
    }

    /** SQLite's {@code PRAGMA integrity_check}, which also checks every index against its table. */
    public List<String> integrityCheck() {
        return check("PRAGMA integrity_check");
    }

    private List<String> check(String pragma) {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery(pragma)) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add(line);
                    }
                }
            }
            return problems;
        });
    }

    /**
     * A consistent copy of the whole database in {@code target} (which must not exist), made with
     * {@code VACUUM INTO} while others may be reading and writing: a snapshot of one moment.
     */
    public void copyTo(Path target) {
        read(c -> {
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            if (checkpoints != null) {
                checkpoints.shutdownNow();
            }
        }
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing database {}", file, e);
        } finally {
            lock.unlock();
        }
    }
}
