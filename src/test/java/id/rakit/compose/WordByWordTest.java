package id.rakit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counters look for hashtags, links and emoji word by word, for speed on long captions.
 * Here they must give exactly what twitter-text gives on the whole text, on texts made of the
 * pieces that are hard to get right: links with and without a scheme, hashtags of every script,
 * emoji sequences, punctuation around them, every kind of white space.
 */
class WordByWordTest {

    private static final List<String> PIECES = List.of("rapat", "Gubernur", "#SumbarMadani", "#HariSantri2024",
            "#ÄçéÖ", "＃全角タグ", "#한국어", "#تجربة", "(#dalam_kurung)", "#akhir.", "#a#b", "#123", "#_",
            "https://sumbarprov.go.id/berita?id=12&x=y", "http://test.co", "sumbarprov.go.id", "a.b", ".com",
            "www.example.com/path.", "(lihat https://t.co/abc)", "e-mail@contoh.go.id", "@humassumbar", "@Ñandú",
            "$SUMBAR", "🇮🇩", "👍🏽", "👨‍👩‍👧‍👦", "1⃣", "#️⃣", "😷👾", "☺", "故宫", "مرحبا", "שלום",
            "e\u0301", "a\u0300\u0301\u0302", "\u200b", "\u00a0", "\u3000", "\t", "\n", "\r\n", "  ", ".", ",", "!",
            "\u0007", "\u202e", "x.", "...", "09.00", "17.09.2024", "Rp1.500.000", "1.5", "WIB.");

    private static String sample(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            out.append(PIECES.get(random.nextInt(PIECES.size())));
            int gap = random.nextInt(4);
            out.append(gap == 0 ? "" : gap == 1 ? " " : gap == 2 ? "\n" : ". ");
        }
        return out.toString();
    }

    @Test
    void hashtagsAndLinksFoundWordByWordAreThoseOfTheWholeText() {
        Extractor whole = new Extractor();
        Random random = new Random(17);
        for (int i = 0; i < 2000; i++) {
            String text = sample(random);
            assertThat(values(CaptionFacts.hashtags(text))).as(text).isEqualTo(values(whole.extractHashtagsWithIndices(text)));
            assertThat(values(CaptionFacts.links(text))).as(text).isEqualTo(values(whole.extractURLsWithIndices(text)));
        }
    }

    @Test
    void xsWeightedLengthWordByWordIsThatOfTheWholeText() {
        Random random = new Random(23);
        for (int i = 0; i < 2000; i++) {
            String text = sample(random);
            assertThat(TextCounter.xWeighted(text)).as(text).isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
        }
    }

    private static List<String> values(List<Extractor.Entity> entities) {
        return entities.stream().map(e -> e.getStart() + ":" + e.getEnd() + ":" + e.getValue()).toList();
    }
}
