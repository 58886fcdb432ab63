package id.rakit.app;

import static id.rakit.app.TextRenderingHarness.escape;
import static id.rakit.app.TextRenderingHarness.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text shows as typed: emoji as pictures and not as empty boxes, letters in the theme's font,
 * Arabic between Indonesian words in its own order. Drawn headless by {@link TextRenderingHarness}
 * in a process of its own, with and without Rakit's emoji font.
 */
class TextAsTypedTest {

    @TempDir
    static Path dir;

    static Map<String, String> drawn;
    static Map<String, String> drawnWithoutFont;

    @BeforeAll
    static void draw() throws Exception {
        drawn = harness();
        drawnWithoutFont = harness("--without-emoji-font");
    }

    @Test
    void theFontIsLoadedOnlyWhereJavaFxFallsBackToIt() {
        assertThat(EmojiFont.helpsOn("Linux")).isTrue();
        assertThat(EmojiFont.helpsOn("Windows 11")).isFalse();
        assertThat(EmojiFont.helpsOn("Mac OS X")).isFalse();
        assertThat(drawn.get("installed")).isEqualTo(String.valueOf(onLinux()));
        assertThat(drawnWithoutFont.get("installed")).isEqualTo("false");
    }

    @Test
    void emojiInTheCaptionEditorAreDrawnNotEmptyBoxes() {
        assumeTrue(onLinux(), "on Windows and macOS the system's own emoji font draws them");
        // the comparison tells a box from a picture
        assertThat(drawn.get("cell.10fffc")).isEqualTo("box");
        assertThat(drawn.get("cell.41")).isEqualTo("drawn");
        for (int cp : emojiCodePoints()) {
            assertThat(drawn.get("cell." + hex(cp))).as("U+%X in the caption's font", cp).isEqualTo("drawn");
        }
        for (int i = 0; i < TextRenderingHarness.EMOJI.size(); i++) {
            assertThat(drawn.get("caption.emoji" + i)).as("%s where the editor shows it",
                    TextRenderingHarness.EMOJI.get(i)).isEqualTo("ink");
        }
        assertThat(drawn.get("caption.text")).isEqualTo(escape(TextRenderingHarness.CAPTION));
    }

    @Test
    void aFamilyJoinedByZwjIsOnePicture() {
        assumeTrue(onLinux(), "on Windows and macOS the system's own emoji font draws them");
        assertThat(drawn.get("family")).isEqualTo("drawn,one");
        assertThat(drawnWithoutFont.get("family")).isNotEqualTo("drawn,one");
    }

    @Test
    void withoutTheBundledFontTheSameEmojiAreBoxesOrNothing() {
        assumeTrue(onLinux(), "on Windows and macOS the system's own emoji font draws them");
        assumeTrue(drawnWithoutFont.get("families.emoji").isEmpty(), "this system has an emoji font of its own");
        for (int cp : new int[] {0x1F44D, 0x1F1EE, 0x2705, 0x1F91D, 0x1F468}) {
            assertThat(drawnWithoutFont.get("cell." + hex(cp))).as("U+%X", cp).isIn("box", "blank");
        }
    }

    @Test
    void lettersAndDigitsKeepTheThemeFont() {
        assertThat(drawn.get("font.family")).isEqualTo(drawn.get("default.family")).isNotEqualTo(EmojiFont.FAMILY);
        // "Rapat 17.09.2024, pukul 09.00 WIB" is the same picture with and without the emoji font
        assertThat(drawn.get("letters")).isEqualTo(drawnWithoutFont.get("letters"));
    }

    @Test
    void arabicBetweenIndonesianWordsKeepsItsLettersAndItsOrder() {
        assertThat(drawn.get("greeting.text")).isEqualTo(escape(TextRenderingHarness.GREETING));
        TextRenderingHarness.ARABIC_LETTERS.codePoints().forEach(cp ->
                assertThat(drawn.get("cell." + hex(cp))).as("U+%X", cp).isEqualTo("drawn"));
        int sambutan = x("Sambutan");
        int marhaban = x("\u0645\u0631\u062D\u0628\u0627");
        int bikum = x("\u0628\u0643\u0645");
        int padang = x("Padang");
        // Latin left to right around the Arabic; the Arabic right to left: its first word on the right
        assertThat(sambutan).isLessThan(bikum);
        assertThat(bikum).isLessThan(marhaban);
        assertThat(marhaban).isLessThan(padang);
        // and within a word, its first letter (mim) right of its last (alif)
        assertThat(x("\u0645")).isGreaterThan(x("\u0627"));
    }

    private static boolean onLinux() {
        return EmojiFont.helpsOn(System.getProperty("os.name"));
    }

    private static int x(String part) {
        return Integer.parseInt(drawn.get("x." + escape(part)));
    }

    private static List<Integer> emojiCodePoints() {
        return TextRenderingHarness.EMOJI.stream().flatMapToInt(String::codePoints).filter(cp -> cp != 0x200D)
                .distinct().boxed().toList();
    }

    private static Map<String, String> harness(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = Files.createTempFile(dir, "harness", ".err");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx256m", "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Djava.awt.headless=true", TextRenderingHarness.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        Map<String, String> values = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended && p.exitValue() == 0).as("the harness ran: %s", Files.readString(errors)).isTrue();
        assertThat(values).containsKey("installed");
        return values;
    }
}
