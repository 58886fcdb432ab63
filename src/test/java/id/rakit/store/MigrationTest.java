package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rakit.evidence.EvidenceItem;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.post.PostStatus;
import id.rakit.post.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned migrations: found in their folder, run in order, and a database of an earlier release keeps everything. */
class MigrationTest {

    /** A database written by the release before the post aggregate (schema version 1). */
    static final Path V1 = Path.of("src/test/resources/fixtures/store/rakit-v1.db");

    @TempDir
    Path dir;

    @Test
    void migrationsAreFoundInTheirFolderAndNumberedWithoutAGap() {
        List<Database.Migration> found = Database.migrations();
        assertThat(found).extracting(Database.Migration::version).startsWith(1, 2, 3);
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(found.get(1).name()).isEqualTo("V2__post_aggregate.sql");
        assertThat(found.get(2).name()).isEqualTo("V3__composer.sql");
        assertThat(found.get(4).name()).isEqualTo("V5__export_log.sql");
    }

    @Test
    void aDatabaseOfTheEarlierReleaseOpensMigratesAndKeepsEveryPost() throws Exception {
        Path file = dir.resolve("rakit.db");
        Files.copy(V1, file, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.migrations().size());
            var posts = new SqlitePostRepository(db);
            assertThat(posts.search(PostQuery.ALL)).hasSize(3);
            // the posts of the earlier release are in the full-text index, captions and hashtags included
            assertThat(posts.search(PostQuery.ALL.withText("sumbarmaju"))).extracting(s -> s.id()).containsExactly(1L);
            assertThat(posts.search(PostQuery.ALL.withText("aula"))).extracting(s -> s.id()).containsExactly(2L);
            Post bridge = posts.find(1).orElseThrow();
            assertThat(bridge.details().title()).isEqualTo("Gubernur resmikan Jembatan Batang Anai");
            assertThat(bridge.details().eventStart()).contains(LocalDateTime.parse("2024-09-17T09:00"));
            assertThat(bridge.details().venueLocation()).isPresent();
            assertThat(bridge.caption()).isEqualTo("Gubernur meresmikan jembatan baru. #SumbarMaju 🇮🇩 \"kutipan\" 'tunggal'");
            assertThat(bridge.status()).isEqualTo(PostStatus.DRAFT);
            assertThat(bridge.inBin()).isFalse();
            // the caption written before the migration is its first revision
            assertThat(posts.revisions(1, Platform.GENERAL, CaptionField.BODY)).extracting(Revision::text)
                    .containsExactly(bridge.caption());
            Post meeting = posts.find(2).orElseThrow();
            assertThat(meeting.status()).isEqualTo(PostStatus.EXPORTED);
            assertThat(meeting.details().eventZone()).isEqualTo(ZoneId.of("Asia/Makassar"));

            List<EvidenceItem> items = new SqliteEvidenceRepository(db).forPost(1);
            assertThat(items).extracting(EvidenceItem::originalName).containsExactly("acara-0930.jpg", "sebelum-acara.jpg");
            assertThat(items.get(1).acceptedReason()).contains("Foto persiapan acara, dipakai sebagai latar berita");
            assertThat(new SqliteClockCorrections(db).all()).hasSize(1);
            assertThat(new SqliteSettings(db).get("profile.unit")).contains("Diskominfotik Provinsi Sumatera Barat");
        }
        // and it opens again without migrating twice
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.migrations().size());
            assertThat(new SqlitePostRepository(db).search(PostQuery.ALL)).hasSize(3);
        }
    }

    @Test
    void aDatabaseOfANewerReleaseIsNotTouched() throws Exception {
        Path file = dir.resolve("rakit.db");
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.newer");
    }

    @Test
    void scriptsSplitAtTheirStatementsNotInsideTriggersStringsOrComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'a;b');
                /* block; comment */
                CREATE VIRTUAL TABLE post_text USING fts5(title, body);
                CREATE TRIGGER post_ai AFTER INSERT ON a BEGIN
                  INSERT INTO post_text (title, body) VALUES (new.x, CASE WHEN new.x = 'end' THEN 'x;' ELSE "y" END);
                  DELETE FROM a WHERE x = 'z';
                END;
                CREATE TABLE b (
                  y
                )
                """;
        List<String> statements = Database.statements(script);
        assertThat(statements).hasSize(4);
        assertThat(statements.get(0)).isEqualTo("CREATE TABLE a (x TEXT DEFAULT 'a;b')");
        assertThat(statements.get(2)).startsWith("CREATE TRIGGER post_ai").endsWith("END")
                .contains("DELETE FROM a WHERE x = 'z';");
        assertThat(statements.get(3)).isEqualTo("CREATE TABLE b (\n  y\n)");
    }

    @Test
    void aTriggerFromAMigrationRunsInSqlite() throws Exception {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            String script = """
                    CREATE TABLE log (n INTEGER);
                    CREATE TABLE thing (n INTEGER);
                    CREATE TRIGGER thing_logged AFTER INSERT ON thing BEGIN
                      INSERT INTO log (n) VALUES (new.n * 2);
                      INSERT INTO log (n) VALUES (CASE WHEN new.n > 1 THEN 100 ELSE 0 END);
                    END;
                    INSERT INTO thing (n) VALUES (5);
                    """;
            db.migrate(withEarlier(script));
            int[] logged = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT sum(n), count(*) FROM log")) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }
            });
            assertThat(logged).containsExactly(110, 2);
            assertThat(db.schemaVersion()).isEqualTo(Database.migrations().size() + 1);
        }
    }

    /** The real migrations followed by a third one with a trigger. */
    private static List<Database.Migration> withEarlier(String script) {
        List<Database.Migration> all = new java.util.ArrayList<>(Database.migrations());
        all.add(new Database.Migration(all.size() + 1, "V" + (all.size() + 1) + "__test.sql", script));
        return all;
    }
}
