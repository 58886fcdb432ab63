package id.rakit.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.compose.CaptionFacts;
import id.rakit.compose.CaptionRules;
import id.rakit.compose.FieldReport;
import id.rakit.compose.TextCounter;
import id.rakit.compose.TextDiff;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.PostQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What admins paste: text with control characters, right-to-left scripts, combining marks, emoji
 * sequences, a whole document, quotes and text that looks like SQL. Each is stored exactly as
 * typed, found by the search, counted by every platform's rule, and cut safely for the preview.
 */
class HostileTextTest {

    static final CaptionRules RULES = CaptionRules.standard();

    @TempDir
    Path dir;

    static Stream<Arguments> pastes() {
        String document = ("Gubernur Sumatera Barat meresmikan jembatan Batang Anai hari ini. Warga menyambut "
                + "dengan gembira #SumbarMadani @humassumbar https://sumbarprov.go.id/berita 🇮🇩\n").repeat(8_000);
        return Stream.of(
                Arguments.of("control characters", "Rapat\u0000 koordinasi\u0007\u001b[31m merah\r\nbaris\u000b\u000c"
                        + "\u0085\u2028\u2029 akhir"),
                Arguments.of("right-to-left and mixed", "Sambutan مرحبا بكم في بادانج dan שלום 2024 \u202eterbalik\u202c"
                        + " \u200fkanan\u200e"),
                Arguments.of("combining marks", "Cafe\u0301 na\u0308ive Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303"
                        + "\u0304\u0305l\u0306\u0307\u0308\u0309go"),
                Arguments.of("emoji sequences", "Bendera 🇮🇩🇲🇾 jempol 👍🏽👍🏿 keluarga 👨‍👩‍👧‍👦 👩🏽‍💻 🏳️‍🌈 "
                        + "keycap 1️⃣ #️⃣ 🧑🏾‍🤝‍🧑🏻"),
                Arguments.of("quotes and SQL", "Robert'); DROP TABLE post;-- \"kutip\" 'tunggal' `mundur` "
                        + "\" OR 1=1 -- ; SELECT * FROM revision; NEAR(a b) \"* AND -x ^y"),
                Arguments.of("private use and the replacement sign", "awal \ue000\uf8ff \ufffd akhir"),
                Arguments.of("a megabyte pasted", document));
    }

    @org.junit.jupiter.api.Test
    void halfAnEmojiFromABrokenPasteIsKeptAsTheReplacementSignNotAQuestionMark() {
        String broken = "awal \ud83d tengah \udc4d akhir 👍🏽";
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            var clock = java.time.Clock.fixed(SqliteRepositoriesTest.T0, java.time.ZoneOffset.UTC);
            var service = new id.rakit.post.PostService(new SqlitePostRepository(db), new id.rakit.post.Autosave(id.rakit.post.Autosave.Timing.STANDARD),
                    clock, new id.rakit.post.PostService.Defaults(() -> id.rakit.post.TimeZones.DEFAULT, () -> "",
                    () -> "Rina"));
            long id = service.createDraft().id();
            service.editText(id, Platform.GENERAL, CaptionField.BODY, broken);
            service.flushOrThrow(id);
            assertThat(new SqlitePostRepository(db).find(id).orElseThrow().composition().master())
                    .isEqualTo("awal \ufffd tengah \ufffd akhir 👍🏽");
            service.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void aPasteIsStoredExactlyFoundCountedAndCutSafely(String what, String text) {
        try (Database db = Database.open(dir.resolve("rakit.db"))) {
            SqlitePostRepository posts = new SqlitePostRepository(db);
            long id = posts.create(SqliteRepositoriesTest.details("Tempelan"), Composition.EMPTY, SqliteRepositoriesTest.T0)
                    .id();
            posts.saveText(id, Platform.GENERAL, CaptionField.BODY, text, SqliteRepositoriesTest.T0, "Rina");
            posts.saveText(id, Platform.X, CaptionField.BODY, text, SqliteRepositoriesTest.T0, "Rina");
            assertThat(posts.find(id).orElseThrow().composition().master()).isEqualTo(text);
            assertThat(posts.find(id).orElseThrow().composition().body(Platform.X)).isEqualTo(text);
            assertThat(posts.revisions(id, Platform.GENERAL, CaptionField.BODY).get(0).text()).isEqualTo(text);

            // the search takes the same text as typed, finds the post by its words, never fails
            assertThat(posts.search(PostQuery.ALL.withText(text.substring(0, Math.min(200, text.length())))))
                    .isNotNull();
            for (String word : List.of("Rapat", "مرحبا", "Bendera", "DROP", "awal", "Gubernur", "cafe")) {
                if (text.toLowerCase().contains(word.toLowerCase())) {
                    assertThat(posts.search(PostQuery.ALL.withText(word))).as(word).extracting(s -> s.id())
                            .contains(id);
                }
            }
        }
        boolean huge = text.length() > 100_000;
        for (Platform p : Platform.values()) {
            for (CaptionField f : huge ? List.of(CaptionField.BODY) : List.of(CaptionField.values())) {
                FieldReport r = RULES.check(p, f, text);
                assertThat(r.length()).as(p + " " + f).isBetween(1, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length * 2);
            }
            for (var span : CaptionFacts.spans(text, p)) {
                assertThat(span.start()).isBetween(0, span.end());
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
            }
        }
        int cut = TextCounter.cutAfter(text, 125);
        assertThat(cut).isBetween(0, text.length());
        // a cut never splits a character in two
        assertThat(cut == text.length() || !Character.isLowSurrogate(text.charAt(cut))).isTrue();
        assertThat(String.join("", TextDiff.compare(text, text + " baru").newer().stream()
                .map(TextDiff.Run::text).toList())).isEqualTo(text + " baru");
    }
}
