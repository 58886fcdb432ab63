package id.rakit.store;

import id.rakit.library.DataFolderReport;
import id.rakit.library.DataFolderReport.Kind;
import id.rakit.library.DataFolderReport.Problem;
import id.rakit.library.MediaLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a data folder holds, checked the way an auditor would: SQLite's own integrity check of
 * the database, every file of the library read whole and held against the SHA-256 its record
 * says, records whose file is gone and files no record knows. Reads only, so it may run while
 * Rakit is open.
 */
public final class DataFolderCheck {

    private static final String LIBRARY = "library/";

    private DataFolderCheck() {
    }

    public static DataFolderReport run(Path dataDirectory) {
        Path file = dataDirectory.resolve(DataDirectory.DATABASE_FILE);
        DatabaseRecovery.Health health = DatabaseRecovery.check(file);
        switch (health.state()) {
            case MISSING:
                return databaseOnly(Kind.NO_DATABASE, file, "");
            case EMPTY:
                return databaseOnly(Kind.EMPTY_DATABASE, file, String.join("; ", health.findings()));
            case DAMAGED:
                return databaseOnly(Kind.DAMAGED_DATABASE, file, String.join("; ", health.findings()));
            default:
                break;
        }
        Map<String, String> shaOf;
        Map<String, List<String>> namesOf;
        try (Database db = Database.openReadOnly(file)) {
            // quick_check passed; integrity_check also holds every index against its table
            List<String> findings = db.integrityCheck();
            if (!findings.isEmpty()) {
                return databaseOnly(Kind.DAMAGED_DATABASE, file, String.join("; ", findings.subList(0,
                        Math.min(10, findings.size()))));
            }
            shaOf = new SqliteEvidenceRepository(db).librarySha256();
            namesOf = importedNames(db);
        } catch (StoreException e) {
            return databaseOnly(Kind.DAMAGED_DATABASE, file, e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        MediaLibrary library = new MediaLibrary(dataDirectory);
        int intact = 0;
        for (Map.Entry<String, String> row : shaOf.entrySet()) {
            Path copy = library.resolve(row.getKey());
            List<String> names = namesOf.getOrDefault(row.getValue(), List.of());
            if (!Files.isRegularFile(copy)) {
                problems.add(new Problem(Kind.MISSING, LIBRARY + row.getKey(), "", names));
                continue;
            }
            try {
                if (MediaLibrary.hash(copy).equals(row.getValue())) {
                    intact++;
                } else {
                    problems.add(new Problem(Kind.CHANGED, LIBRARY + row.getKey(), "", names));
                }
            } catch (IOException e) {
                problems.add(new Problem(Kind.UNREADABLE, LIBRARY + row.getKey(), e.toString(), names));
            }
        }
        try {
            Set<String> known = new HashSet<>(shaOf.keySet());
            for (String stored : library.storedFiles()) {
                if (!known.contains(stored)) {
                    problems.add(new Problem(Kind.UNLISTED, LIBRARY + stored, "", List.of()));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(Kind.UNREADABLE, "library", e.toString(), List.of()));
        }
        return new DataFolderReport(shaOf.size(), intact, problems);
    }

    private static DataFolderReport databaseOnly(Kind kind, Path file, String detail) {
        return new DataFolderReport(0, 0, List.of(new Problem(kind, file.toString(), detail, List.of())));
    }

    /** The names each content was imported under, in any post, each name once. */
    private static Map<String, List<String>> importedNames(Database db) {
        return db.read(c -> {
            Map<String, List<String>> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT sha256, original_name FROM evidence ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> names = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (!names.contains(rs.getString(2))) {
                        names.add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
