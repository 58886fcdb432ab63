package id.rakit.store;

import id.rakit.post.Platform;
import id.rakit.post.PostStatus;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A desk of made-up posts for measuring the list and the search at the size of years of work:
 * titles, events, venues and captions from Indonesian government news words, a few platforms
 * each, and many saved versions. Written in one transaction, through the real tables and their
 * search index triggers.
 */
public final class SampleDrafts {

    static final String[] WORDS = ("gubernur wakil bupati walikota rapat koordinasi sosialisasi peresmian jembatan "
            + "jalan sekolah puskesmas pasar festival budaya tabuik pariwisata pertanian padi irigasi banjir bencana "
            + "gempa bantuan sosial vaksinasi kesehatan pendidikan beasiswa santri pemuda olahraga pelatihan umkm "
            + "ekonomi investasi pelabuhan bandara transportasi anggaran apbd musrenbang pelantikan pejabat upacara "
            + "hari jadi provinsi kabupaten nagari kampung adat minangkabau rendang songket randai silek pacu jawi "
            + "informasi publik keterbukaan layanan digital aplikasi data statistik lingkungan hutan sungai danau "
            + "maninjau singkarak mentawai siberut bukittinggi payakumbuh solok sawahlunto pariaman padang "
            + "pesisir selatan agam tanah datar lima puluh kota pasaman dharmasraya sijunjung").split(" ");
    static final String[] UNITS = {"Diskominfotik Provinsi Sumatera Barat", "Dinas Kesehatan", "Dinas Pendidikan",
        "Dinas Pariwisata", "BPBD Sumatera Barat", "Dinas PUPR", "Biro Administrasi Pimpinan", "Dinas Sosial"};
    static final String[] VENUES = {"Aula Kantor Gubernur, Padang", "Auditorium Gubernuran", "Istana Bung Hatta, "
        + "Bukittinggi", "GOR H. Agus Salim, Padang", "Pantai Gandoriah, Pariaman", "Nagari Pariangan, Tanah Datar"};

    private SampleDrafts() {
    }

    /** Writes {@code posts} posts with {@code revisions} saved versions in all, spread over them. */
    public static void fill(Database db, int posts, int revisions, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-06-01T03:00:00Z");
        db.inTransaction(c -> {
            try (PreparedStatement post = c.prepareStatement("""
                    INSERT INTO post (id, title, unit, event_name, event_start, event_end, event_zone, venue, status,
                                      created_at, updated_at, targets)
                    VALUES (?, ?, ?, ?, ?, ?, 'Asia/Jakarta', ?, ?, ?, ?, ?)""");
                 PreparedStatement caption = c.prepareStatement("""
                    INSERT INTO caption (post_id, platform, text, updated_at, follows_master) VALUES (?, ?, ?, ?, ?)""");
                 PreparedStatement revision = c.prepareStatement("""
                    INSERT INTO revision (post_id, platform, field, text, saved_at, author)
                    VALUES (?, ?, 'BODY', ?, ?, 'Admin')""")) {
                int perPost = Math.max(1, revisions / Math.max(1, posts));
                int written = 0;
                for (int i = 1; i <= posts; i++) {
                    LocalDateTime start = LocalDateTime.of(2021, 1, 1, 8, 0).plusDays(random.nextInt(5 * 365))
                            .plusMinutes(30L * random.nextInt(16));
                    Instant saved = now.minus(random.nextInt(1000), ChronoUnit.DAYS);
                    String event = phrase(random, 3 + random.nextInt(3));
                    List<Platform> targets = targets(random);
                    post.setLong(1, i);
                    post.setString(2, capitalise(phrase(random, 4 + random.nextInt(4))));
                    post.setString(3, UNITS[random.nextInt(UNITS.length)]);
                    post.setString(4, event);
                    post.setString(5, start.toString());
                    post.setString(6, start.plusHours(2).toString());
                    post.setString(7, VENUES[random.nextInt(VENUES.length)]);
                    post.setString(8, PostStatus.values()[random.nextInt(PostStatus.values().length)].name());
                    post.setString(9, saved.toString());
                    post.setString(10, saved.toString());
                    post.setString(11, String.join(",", targets.stream().map(Platform::code).toList()));
                    post.executeUpdate();
                    String master = caption(random, event);
                    write(caption, i, Platform.GENERAL, master, saved, true);
                    if (random.nextBoolean()) {
                        Platform own = targets.get(random.nextInt(targets.size()));
                        write(caption, i, own, master + " #" + WORDS[random.nextInt(WORDS.length)], saved, false);
                    }
                    int versions = i == posts ? revisions - written : Math.min(perPost, revisions - written);
                    for (int v = 0; v < versions; v++) {
                        revision.setLong(1, i);
                        revision.setString(2, Platform.GENERAL.code());
                        revision.setString(3, master.substring(0, Math.max(1, master.length() * (v + 1) / versions)));
                        revision.setString(4, saved.minusSeconds(60L * (versions - v)).toString());
                        revision.addBatch();
                    }
                    written += versions;
                    revision.executeBatch();
                }
            }
            return null;
        });
    }

    private static void write(PreparedStatement caption, long post, Platform p, String text, Instant at,
                              boolean follows) throws java.sql.SQLException {
        caption.setLong(1, post);
        caption.setString(2, p.code());
        caption.setString(3, text);
        caption.setString(4, at.toString());
        caption.setInt(5, follows ? 1 : 0);
        caption.executeUpdate();
    }

    private static List<Platform> targets(Random random) {
        List<Platform> all = new ArrayList<>(Platform.targets());
        List<Platform> out = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        while (out.size() < n) {
            Platform p = all.remove(random.nextInt(all.size()));
            out.add(p);
        }
        return Platform.targets().stream().filter(out::contains).toList();
    }

    private static String caption(Random random, String event) {
        StringBuilder out = new StringBuilder(capitalise(event)).append(". ");
        int sentences = 2 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            out.append(capitalise(phrase(random, 8 + random.nextInt(10)))).append(". ");
        }
        out.append('#').append(capitalise(WORDS[random.nextInt(WORDS.length)])).append("Sumbar #SumbarMadani");
        return out.toString();
    }

    static String phrase(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The sample's words, for searches that find something. */
    public static List<String> words() {
        return List.of(WORDS);
    }
}
