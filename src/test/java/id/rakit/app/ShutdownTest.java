package id.rakit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.rakit.post.Post;
import id.rakit.store.Database;
import id.rakit.store.SqlitePostRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the system's ways of ending Rakit leave behind: a logout's SIGTERM loses nothing, a crash at most a second. */
class ShutdownTest {

    @TempDir
    Path dir;

    private Process start(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                TypingHarness.class.getName(), dir.resolve("data").toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Post onlyPost(Path data) {
        try (Database db = Database.open(data.resolve("rakit.db"))) {
            var posts = new SqlitePostRepository(db);
            return posts.find(posts.search(id.rakit.post.PostQuery.ALL).get(0).id()).orElseThrow();
        }
    }

    @Test
    void aShutdownOrLogoutWritesWhatWasJustTypedAndCheckpointsTheDatabase() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "SIGTERM is how Unix ends a process");
        Process p = start("once");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).startsWith("READY");
        p.destroy();  // SIGTERM, as at logout or shutdown
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path wal = dir.resolve("data/rakit.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("nothing left only in the write-ahead log").isTrue();
        Post post = onlyPost(dir.resolve("data"));
        assertThat(post.details().title()).isEqualTo("Judul yang baru diketik");
        assertThat(post.caption()).isEqualTo("Keterangan yang baru diketik");
    }

    @Test
    void aCrashWhileTheAdminKeepsTypingLosesAtMostTheLastSecond() throws Exception {
        Process p = start("steady");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<long[]> typed = new ArrayList<>();
        long firstAt = 0;
        String line;
        while ((line = out.readLine()) != null) {
            String[] parts = line.split(" ");
            long length = Long.parseLong(parts[1]);
            long at = Long.parseLong(parts[2]);
            typed.add(new long[] {length, at});
            if (firstAt == 0) {
                firstAt = at;
            }
            if (at - firstAt > TimeUnit.SECONDS.toNanos(4)) {
                break;
            }
        }
        // kill -9: no hook runs (both processes read the same monotonic clock)
        long killedAt = System.nanoTime();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int saved = onlyPost(dir.resolve("data")).caption().length();
        long savedTypedAt = typed.stream().filter(t -> t[0] == saved).findFirst().orElseThrow()[1];
        // four seconds of typing without a pause: at most the last second is lost
        assertThat(saved).isGreaterThan(0);
        assertThat(TimeUnit.NANOSECONDS.toMillis(killedAt - savedTypedAt)).isLessThanOrEqualTo(1_500);
    }
}
