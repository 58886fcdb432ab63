package id.rakit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
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

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (Properties p : new Properties[] {id, en}) {
            for (String key : p.stringPropertyNames()) {
                assertThat(new MessageFormat(p.getProperty(key))).as(key).isNotNull();
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties id = load("messages.properties");
        Pattern literal = Pattern.compile("\"((?:app|format|duration|zone|zoneSource|post|main|status|drafts|editor|gallery"
                + "|tile|verdict|flag|details|dialog|export|error|problem|store|cli)\\.[A-Za-z0-9_.-]+)\"|\"%([a-z]+\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (key.endsWith(".")) {
                        continue;
                    }
                    assertThat(id.containsKey(key)).as(key + " used in " + f).isTrue();
                }
            }
        }
        for (Flag f : Flag.values()) {
            assertThat(id.containsKey("flag." + f.name())).as(f.name()).isTrue();
            assertThat(id.containsKey("flag." + f.name() + ".detail") || f == Flag.REUSED).as(f.name()).isTrue();
        }
        for (FileProblem p : FileProblem.values()) {
            assertThat(id.containsKey(p.messageKey())).as(p.name()).isTrue();
            assertThat(id.containsKey(p.messageKey() + ".short")).as(p.name() + " short").isTrue();
        }
    }

    @Test
    void textsForFxmlHaveNoQuotesThatFxmlWouldShowDoubled() throws IOException {
        Properties en = load("messages_en.properties");
        Properties id = load("messages.properties");
        String fxml = Files.readString(Path.of("src/main/resources/id/rakit/ui/post/PostEditorView.fxml"));
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
            assertThat(Messages.of(Locale.forLanguageTag("id")).get("main.newPost")).isEqualTo("Post baru");
            assertThat(Messages.of(Locale.ENGLISH).get("main.newPost")).isEqualTo("New post");
            assertThat(Messages.of(Locale.FRENCH).get("main.newPost")).isEqualTo("Post baru");
        } finally {
            Locale.setDefault(before);
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
        assertThat(en.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -(24 * 60 + 180)))).isEqualTo("1 day 3 hours before the event");
        assertThat(id.duration(Duration.ofDays(3).plusHours(4))).isEqualTo("3 hari");
        assertThat(id.verdict(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -5808L * 24 * 60))).isEqualTo("15 tahun sebelum acara");
        assertThat(en.duration(Duration.ofDays(75))).isEqualTo("2 months");
        assertThat(en.messages().get("app.loading")).isEqualTo("Opening Rakit's data…");
    }

    @Test
    void flagsExplainThemselvesWithTheirFacts() {
        EvidenceTexts id = new EvidenceTexts(Messages.indonesian());
        assertThat(id.flagExplanation(Finding.of(Flag.EDITED, "GIMP 2.4.5"))).contains("GIMP 2.4.5");
        assertThat(id.flagExplanation(Finding.of(Flag.GPS_FAR, 71.234))).contains("71,2 km");
        assertThat(id.flagExplanation(Finding.of(Flag.REUSED, "Banjir Padang", java.time.LocalDate.parse("2024-03-08"), true)))
                .isEqualTo("Berkas yang sama sudah menjadi bukti di post \"Banjir Padang\" (8 Mar 2024).");
        assertThat(id.problem(FileProblem.TOO_MANY_PIXELS, java.util.Optional.of(50000), java.util.Optional.of(50000)))
                .contains("50.000 × 50.000");
    }
}
