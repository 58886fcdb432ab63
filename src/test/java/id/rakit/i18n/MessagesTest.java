package id.rakit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.Verdict;
import id.rakit.evidence.ZoneSource;
import id.rakit.post.Platform;
import id.rakit.post.PostStatus;
import id.rakit.post.TimeZones;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/id/rakit/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The source of every main Java file and FXML file. */
    static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    /** The keys the code builds from names (flags, problems, causes, statuses, platforms, zones). */
    static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (Flag f : Flag.values()) {
            keys.add("flag." + f.name());
            keys.add("flag." + f.name() + ".detail");
        }
        for (FileProblem p : FileProblem.values()) {
            keys.add(p.messageKey());
            keys.add(p.messageKey() + ".short");
        }
        for (Causes.Cause c : Causes.Cause.values()) {
            keys.add("cause." + c.name());
            keys.add("cause." + c.name() + ".short");
        }
        for (PostStatus s : PostStatus.values()) {
            keys.add("status." + s.name());
        }
        for (Platform p : Platform.values()) {
            keys.add("platform." + p.code());
            if (p.hasTitle()) {
                keys.add("compose.title." + p.code());
                keys.add("compose.title.prompt." + p.code());
                keys.add("compose.body." + p.code());
            }
        }
        for (id.rakit.compose.Problem.Code c : id.rakit.compose.Problem.Code.values()) {
            keys.add("compose.problem." + c.name());
        }
        for (id.rakit.compose.Snippet.Kind k : id.rakit.compose.Snippet.Kind.values()) {
            keys.add("snippet.kind." + k.name());
        }
        for (id.rakit.post.CaptionField f : id.rakit.post.CaptionField.values()) {
            keys.add("history.field." + f.name());
        }
        for (var period : id.rakit.ui.drafts.DraftListViewModel.Period.values()) {
            keys.add("drafts.period." + period.name());
        }
        for (var z : TimeZones.INDONESIA) {
            keys.add("zone." + z.getId().replace('/', '.'));
        }
        for (ZoneSource z : ZoneSource.values()) {
            keys.add("zoneSource." + z.code());
        }
        for (String code : id.rakit.export.PlatformData.standard().codes()) {
            keys.add("export.target." + code);
        }
        for (id.rakit.export.BundlePlan.Inclusion i : id.rakit.export.BundlePlan.Inclusion.values()) {
            keys.add("report.inclusion." + i.name());
        }
        for (String role : new String[] {"caption", "title", "firstComment", "altText"}) {
            keys.add("export.overview.text." + role);
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternFormats() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        Object[] samples = {3, 12, "teks", 4, 5, 6};
        for (Properties p : new Properties[] {id, en}) {
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as(key).isNotBlank();
                String shown = new MessageFormat(pattern, Locale.ROOT).format(samples);
                assertThat(shown).as(key + " shows no leftover placeholder").doesNotContain("{0").doesNotContain("{1");
            }
        }
    }

    @Test
    void everyKeyInTheBundlesIsUsedAndEveryKeyTheCodeAsksForIsInThem() throws IOException {
        Properties id = load("messages.properties");
        String code = sources();
        Set<String> built = builtKeys();
        // every key of the bundle: written in the code, or built from a name the code has
        for (String key : id.stringPropertyNames()) {
            boolean written = code.contains("\"" + key + "\"") || code.contains("\"%" + key + "\"");
            assertThat(written || built.contains(key)).as(key + " is used somewhere").isTrue();
        }
        // every literal handed to a message lookup, or written as %key in FXML, exists
        Matcher call = Pattern.compile("\\b(?:get|describe|briefly)\\(([^;]*?)\\)[;,)\\s]").matcher(code);
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z]*\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
        int checked = 0;
        while (call.find()) {
            Matcher m = literal.matcher(call.group(1));
            while (m.find()) {
                String key = m.group(1);
                if (key.contains(".") && !isSettingOrProperty(key)) {
                    assertThat(id.containsKey(key)).as(key + " asked for in the code").isTrue();
                    checked++;
                }
            }
        }
        Matcher fxml = Pattern.compile("\"%([a-z]+\\.[A-Za-z0-9_.]+)\"").matcher(code);
        while (fxml.find()) {
            assertThat(id.containsKey(fxml.group(1))).as(fxml.group(1) + " in FXML").isTrue();
            checked++;
        }
        assertThat(checked).as("keys found in the code").isGreaterThan(150);
        for (String key : built) {
            if (!key.startsWith("compose.title") || Platform.fromCode(key.substring(key.lastIndexOf('.') + 1))
                    .map(Platform::hasTitle).orElse(false)) {
                assertThat(id.containsKey(key) || key.equals("flag.REUSED.detail")).as(key).isTrue();
            }
        }
    }

    /** Literals passed to get() that are not messages: system properties and the environment. */
    private static boolean isSettingOrProperty(String key) {
        return key.startsWith("java.") || key.startsWith("os.") || key.startsWith("user.") || key.startsWith("rakit.");
    }

    @Test
    void textsForFxmlHaveNoQuotesThatFxmlWouldShowDoubled() throws IOException {
        Properties en = load("messages_en.properties");
        Properties id = load("messages.properties");
        String fxml = Files.readString(Path.of("src/main/resources/id/rakit/ui/details/DetailsView.fxml"));
        Matcher m = Pattern.compile("%([A-Za-z0-9_.]+)").matcher(fxml);
        while (m.find()) {
            assertThat(en.getProperty(m.group(1))).as(m.group(1)).doesNotContain("''");
            assertThat(id.getProperty(m.group(1))).as(m.group(1)).doesNotContain("''");
        }
    }

    @Test
    void indonesianIsTheDefaultWhateverTheMachineSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.of(Locale.forLanguageTag("id")).get("main.newPost")).isEqualTo("Unggahan baru");
            assertThat(Messages.of(Locale.ENGLISH).get("main.newPost")).isEqualTo("New post");
            assertThat(Messages.of(Locale.FRENCH).get("main.newPost")).isEqualTo("Unggahan baru");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theIndonesianTextsUseTheProjectsWords() throws IOException {
        Properties id = load("messages.properties");
        for (String key : id.stringPropertyNames()) {
            String text = id.getProperty(key);
            if (key.startsWith("cli.")) {
                continue;  // the command line names its own commands and options
            }
            assertThat(text).as(key).doesNotContainPattern("(?i)\\bpost\\b|\\bpostingan\\b|\\bcaption\\b|\\bdraft\\b")
                    .doesNotContain("tidak bisa").doesNotContain("perlu keputusan").doesNotContain("Waktu tidak ditemukan")
                    .doesNotContain("Zona dianggap").doesNotContain("rundown").doesNotContain("kecepatan")
                    .doesNotContain("belum lolos").doesNotContain("berkas masuk").doesNotContain("Tidak diizinkan");
        }
    }

    @Test
    void verdictsReadAsPeopleSayThem() {
        EvidenceTexts id = new EvidenceTexts(Messages.indonesian());
        EvidenceTexts en = new EvidenceTexts(Messages.of(Locale.ENGLISH));
        assertThat(id.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -2 * 24 * 60))).isEqualTo("2 hari sebelum acara");
        assertThat(id.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, 65))).isEqualTo("1 jam 5 menit setelah acara");
        assertThat(id.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, 1))).isEqualTo("1 menit setelah acara");
        assertThat(id.verdict(Verdict.ON_TIME)).isEqualTo("Sesuai waktu acara");
        assertThat(id.verdict(Verdict.NO_TIMESTAMP)).isEqualTo("Tanpa waktu pengambilan");
        assertThat(en.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -(24 * 60 + 180)))).isEqualTo("1 day 3 hours before the event");
        assertThat(id.duration(Duration.ofDays(3).plusHours(4))).isEqualTo("3 hari");
        assertThat(id.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -5808L * 24 * 60))).isEqualTo("15 tahun sebelum acara");
        assertThat(en.duration(Duration.ofDays(75))).isEqualTo("2 months");
        assertThat(en.messages().get("app.loading")).isEqualTo("Opening Rakit's data…");
        assertThat(en.messages().get("drafts.evidenceCount", 1)).isEqualTo("1 item");
        assertThat(en.messages().get("gallery.import.files", 1)).isEqualTo("1 file");
    }

    @Test
    void flagsExplainThemselvesWithTheirFacts() {
        EvidenceTexts id = new EvidenceTexts(Messages.indonesian());
        assertThat(id.flagExplanation(Finding.of(Flag.EDITED, "GIMP 2.4.5"))).contains("GIMP 2.4.5");
        assertThat(id.flagExplanation(Finding.of(Flag.GPS_FAR, 71.234))).contains("71,2 km");
        assertThat(id.flagExplanation(Finding.of(Flag.REUSED, "Banjir Padang", java.time.LocalDate.parse("2024-03-08"), true)))
                .isEqualTo("Berkas yang sama sudah menjadi bukti di unggahan \"Banjir Padang\" (8 Mar 2024).");
        assertThat(id.problem(FileProblem.TOO_MANY_PIXELS, java.util.Optional.of(50000), java.util.Optional.of(50000)))
                .contains("50.000 × 50.000");
        assertThat(id.problem(FileProblem.TOO_MANY_PIXELS, java.util.Optional.empty(), java.util.Optional.empty()))
                .startsWith("Ukuran gambar ini tercatat sangat besar,").doesNotContain("()");
    }

    @Test
    void causesNameWhatHappenedOnTheDisk() {
        Causes id = new Causes(Messages.indonesian());
        assertThat(id.describe(new java.nio.file.FileSystemException("/x", null, "No space left on device")))
                .startsWith("Disk penuh.");
        assertThat(id.briefly(new java.io.IOException("There is not enough space on the disk"))).isEqualTo("disk penuh");
        assertThat(id.describe(new java.nio.file.AccessDeniedException("/x"))).startsWith("Akses ditolak");
        assertThat(id.describe(new java.nio.file.FileSystemException("/x", null, "Read-only file system")))
                .startsWith("Folder atau disk ini hanya dapat dibaca");
        assertThat(id.describe(new IllegalStateException("boom"))).startsWith("Terjadi kesalahan yang tidak terduga");
        assertThat(id.describe(new id.rakit.post.UnsavedEditsException(2, new java.io.IOException("No space left on device"))))
                .startsWith("Disk penuh.");
        HasMessageKey corrupt = () -> "store.error.corrupt";
        assertThat(id.describe(new KeyedFailure(corrupt))).startsWith("Basis data Rakit rusak.");
        assertThat(id.briefly(new KeyedFailure(corrupt))).isEqualTo("basis data rusak");
    }

    @Test
    void aReadOnlyOrBusyDatabaseSaysSoAndNoKeyIsEverShownRaw() {
        Causes id = new Causes(Messages.indonesian());
        HasMessageKey readOnly = () -> "store.error.readOnly";
        assertThat(id.describe(new KeyedFailure(readOnly))).startsWith("Basis data Rakit hanya dapat dibaca.")
                .doesNotContain("ruang disk");
        assertThat(id.briefly(new id.rakit.post.UnsavedEditsException(1, new KeyedFailure(readOnly))))
                .isEqualTo("basis data hanya dapat dibaca");
        HasMessageKey locked = () -> "store.error.locked";
        assertThat(id.describe(new KeyedFailure(locked))).contains("sedang dibuka oleh Rakit lain");
        HasMessageKey notWritable = () -> "store.error.notWritable";
        assertThat(id.describe(new KeyedFailure(notWritable))).startsWith("Folder data Rakit tidak dapat ditulisi.");
        // a key without a text falls back to the cause, never to the key itself
        HasMessageKey unknown = () -> "store.error.somethingNew";
        assertThat(id.describe(new KeyedFailure(unknown))).startsWith("Terjadi kesalahan yang tidak terduga")
                .doesNotContain("store.error");
    }

    private static final class KeyedFailure extends RuntimeException implements HasMessageKey {
        private final HasMessageKey key;

        KeyedFailure(HasMessageKey key) {
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key.messageKey();
        }
    }
}
