package id.rakit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CaptionRulesTest {

    static final CaptionRules RULES = CaptionRules.standard();

    /**
     * twitter-text's published conformance cases for X's weighted length with emoji counted as X
     * counts them today (conformance/validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Regular Tweet with url                  | Hi http://test.co        | 26
            Just url                                | http://test.co           | 23
            'Á' is normalized into 1 char           | ÁB                       | 2
            single byte and double word unicode     | H🐱☺👨‍👩‍👧‍👦            | 7
            emoji inside the basic multilingual plane | 😷👾😡🔥💩              | 10
            skin tone modifiers                     | 🙋🏽👨‍🎤                  | 4
            keycap with a latin leading character   | 1⃣                       | 2
            a 64 character domain without protocol  | randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com | 68
            """)
    void xCountsAsTwitterTextsConformanceSuiteSays(String what, String text, int weighted) {
        assertThat(RULES.check(Platform.X, CaptionField.BODY, text).length()).isEqualTo(weighted);
    }

    @Test
    void xLongTextsAndCjkAreWeighedAsTheConformanceSuiteSays() {
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "x".repeat(285)).length()).isEqualTo(285);
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "故".repeat(160)).length()).isEqualTo(320);
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "😷".repeat(160)).length()).isEqualTo(320);
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "the" + "故".repeat(160)).length()).isEqualTo(323);
        String tenUrls = "https://www.twitter.com/aloha ".repeat(10);
        assertThat(RULES.check(Platform.X, CaptionField.BODY, tenUrls).length()).isEqualTo(240);
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "👨‍👩‍👧‍👦".repeat(140)).length()).isEqualTo(280);
    }

    @Test
    void aTooLongCaptionForXIsNamedWithItsCountAndLimit() {
        FieldReport r = RULES.check(Platform.X, CaptionField.BODY, "a".repeat(297));
        assertThat(r.overLimit()).isTrue();
        assertThat(r.problems()).containsExactly(Problem.of(Platform.X, Problem.Code.TOO_LONG, 297, 280));
        assertThat(RULES.check(Platform.X, CaptionField.BODY, "a".repeat(280)).ok()).isTrue();
    }

    @Test
    void aFlagIsOneCharacterOnInstagramAndEightBytesOnThreads() {
        assertThat(RULES.check(Platform.INSTAGRAM, CaptionField.BODY, "🇮🇩").length()).isEqualTo(1);
        assertThat(RULES.check(Platform.FACEBOOK, CaptionField.BODY, "👨‍👩‍👧‍👦 Keluarga").length()).isEqualTo(10);
        assertThat(RULES.check(Platform.THREADS, CaptionField.BODY, "🇮🇩").length()).isEqualTo(8);
        assertThat(RULES.check(Platform.THREADS, CaptionField.BODY, "Halo 👍🏽").length()).isEqualTo(5 + 8);
        assertThat(RULES.check(Platform.THREADS, CaptionField.BODY, "Halo e\u0301").length()).isEqualTo(6);
    }

    @Test
    void instagramTakesFiveHashtagsThreadsOneTopicAndFiveLinks() {
        String six = "Rapat #satu #dua #tiga #empat #lima #enam";
        FieldReport ig = RULES.check(Platform.INSTAGRAM, CaptionField.BODY, six);
        assertThat(ig.facts().hashtags()).containsExactly("satu", "dua", "tiga", "empat", "lima", "enam");
        assertThat(ig.hashtagLimit()).isEqualTo(5);
        assertThat(ig.problems()).containsExactly(Problem.of(Platform.INSTAGRAM, Problem.Code.TOO_MANY_HASHTAGS, 6, 5));
        assertThat(RULES.check(Platform.FACEBOOK, CaptionField.BODY, six).ok()).isTrue();
        assertThat(RULES.check(Platform.THREADS, CaptionField.BODY, "#SumbarMaju #Padang").problems())
                .containsExactly(Problem.of(Platform.THREADS, Problem.Code.TOO_MANY_TOPICS, 2, 1));
        String links = "a.com b.com c.com d.com e.com f.com";
        assertThat(RULES.check(Platform.THREADS, CaptionField.BODY, links).problems())
                .containsExactly(Problem.of(Platform.THREADS, Problem.Code.TOO_MANY_LINKS, 6, 5));
    }

    @Test
    void hashtagsAndMentionsOfEveryScriptAreRecognised() {
        CaptionFacts f = CaptionFacts.of("Terima kasih @diskominfo.sumbar dan @pemprov_sumbar! #SumbarMaju #منا #東京 #2024_ok "
                + "kirim ke admin@sumbarprov.go.id", Platform.INSTAGRAM);
        assertThat(f.hashtags()).containsExactly("SumbarMaju", "منا", "東京", "2024_ok");
        assertThat(f.mentions()).containsExactly("diskominfo.sumbar", "pemprov_sumbar");
        assertThat(CaptionFacts.of("@pemprov_sumbar dan @diskominfo.sumbar", Platform.X).mentions())
                .containsExactly("pemprov_sumbar", "diskominfo");
        assertThat(CaptionFacts.of("Baca https://sumbarprov.go.id/berita dan t.co/abc", Platform.FACEBOOK).links())
                .containsExactly("https://sumbarprov.go.id/berita", "t.co/abc");
    }

    @Test
    void youtubeCountsItsDescriptionInBytesRefusesAngleBracketsAndItsTitleInCharacters() {
        FieldReport d = RULES.check(Platform.YOUTUBE, CaptionField.BODY, "é".repeat(2501));
        assertThat(d.length()).isEqualTo(5002);
        assertThat(d.problems()).contains(Problem.of(Platform.YOUTUBE, Problem.Code.TOO_LONG, 5002, 5000));
        assertThat(RULES.check(Platform.YOUTUBE, CaptionField.BODY, "Skor <3 > 2").problems())
                .containsExactly(Problem.of(Platform.YOUTUBE, Problem.Code.FORBIDDEN_CHARACTERS, "< >"));
        assertThat(RULES.check(Platform.YOUTUBE, CaptionField.TITLE, "J".repeat(101)).problems())
                .containsExactly(Problem.of(Platform.YOUTUBE, Problem.Code.TITLE_TOO_LONG, 101, 100));
    }

    @Test
    void platformsWithoutAPublishedLimitTakeAnything() {
        String long1 = "kata ".repeat(30_000);
        assertThat(RULES.check(Platform.WHATSAPP, CaptionField.BODY, long1).ok()).isTrue();
        assertThat(RULES.check(Platform.WEBSITE, CaptionField.BODY, long1).limit()).isZero();
    }

    @Test
    void everyPlatformHasItsNumbersWithTheirSource() {
        for (Platform p : Platform.targets()) {
            PlatformRules r = RULES.catalog().rules(p);
            assertThat(r.body().limit().source()).as(p.code()).isNotBlank();
            assertThat(r.body().limit().checked()).as(p.code()).matches("\\d{4}-\\d{2}");
            assertThat(r.ratio()).isPositive();
        }
        assertThat(RULES.catalog().rules(Platform.X).media().limit().value()).isEqualTo(4);
        assertThat(RULES.catalog().rules(Platform.FACEBOOK).media().mixed()).isFalse();
    }

    @Test
    void textThatLooksHostileIsCountedNotBroken() {
        String hostile = "'); DROP TABLE post; -- \u0000\u0007\u202e مرحبا \u200d🏳️‍🌈 \u0301\u0301\u0301";
        for (Platform p : Platform.targets()) {
            FieldReport r = RULES.check(p, CaptionField.BODY, hostile);
            assertThat(r.length()).as(p.code()).isPositive();
        }
        String megabyte = "Gubernur meresmikan jembatan. ".repeat(35_000);
        assertThat(RULES.check(Platform.INSTAGRAM, CaptionField.BODY, megabyte).overLimit()).isTrue();
    }
}
