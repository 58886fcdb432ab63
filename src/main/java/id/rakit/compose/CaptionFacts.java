package id.rakit.compose;

import com.twitter.twittertext.Extractor;
import id.rakit.post.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hashtags, mentions and links in a caption, found as the platforms find them: hashtags and
 * mentions of letters of any script, digits and underscores (twitter-text's rules, which Instagram,
 * Threads and TikTok share); X's mentions are its own screen names.
 *
 * @param hashtags without the "#", in order
 * @param mentions without the "@", in order
 * @param links    as written
 */
public record CaptionFacts(List<String> hashtags, List<String> mentions, List<String> links) {

    private static final Extractor EXTRACTOR = new Extractor();
    /** "@" then letters of any script, marks, digits, underscores and inner dots; not after a letter (e-mail). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])[@＠]([\\p{L}\\p{M}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_.]*[\\p{L}\\p{M}\\p{N}_])?)");

    private static final Map<String, List<Extractor.Entity>> HASHTAGS = new ConcurrentHashMap<>();
    private static final Map<String, List<Extractor.Entity>> LINKS = new ConcurrentHashMap<>();
    private static final String HASH_SIGNS = "#\uFF03";
    private static final String DOTS = ".\uFF0E\u3002\uFF61";

    public CaptionFacts {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }

    /** Where in a text a hashtag, a mention or a link stands: {@code [start, end)} as string indices. */
    public record Span(int start, int end, Kind kind) {
        public enum Kind { HASHTAG, MENTION, LINK }
    }

    /** The hashtags, mentions and links of a text in order, for showing them as the platform does. */
    public static List<Span> spans(String text, Platform platform) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (Extractor.Entity e : hashtags(text)) {
            out.add(new Span(e.getStart(), e.getEnd(), Span.Kind.HASHTAG));
        }
        for (Extractor.Entity e : links(text)) {
            out.add(new Span(e.getStart(), e.getEnd(), Span.Kind.LINK));
        }
        if (platform == Platform.X) {
            for (Extractor.Entity e : EXTRACTOR.extractMentionedScreennamesWithIndices(text)) {
                out.add(new Span(e.getStart(), e.getEnd(), Span.Kind.MENTION));
            }
        } else {
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), Span.Kind.MENTION));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> clean = new ArrayList<>();
        int end = 0;
        for (Span s : out) {
            if (s.start() >= end) {
                clean.add(s);
                end = s.end();
            }
        }
        return clean;
    }

    public static CaptionFacts of(String text, Platform platform) {
        if (text == null || text.isEmpty()) {
            return new CaptionFacts(List.of(), List.of(), List.of());
        }
        List<String> mentions;
        if (platform == Platform.X) {
            mentions = EXTRACTOR.extractMentionedScreennames(text);
        } else {
            mentions = new ArrayList<>();
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                mentions.add(m.group(1));
            }
        }
        return new CaptionFacts(hashtags(text).stream().map(Extractor.Entity::getValue).toList(), mentions,
                links(text).stream().map(Extractor.Entity::getValue).toList());
    }

    /** twitter-text's hashtags, looked for only in the words that have a "#" (see {@link Words}). */
    static List<Extractor.Entity> hashtags(String text) {
        return inWords(text, HASH_SIGNS, true);
    }

    /** twitter-text's links, looked for only in the words that have a dot. */
    static List<Extractor.Entity> links(String text) {
        return inWords(text, DOTS, false);
    }

    private static List<Extractor.Entity> inWords(String text, String signs, boolean hashtags) {
        List<Extractor.Entity> out = new ArrayList<>();
        for (Words.Word w : Words.of(text)) {
            if (!Words.has(text, w, signs)) {
                continue;
            }
            String word = text.substring(w.start(), w.end());
            List<Extractor.Entity> found = hashtags
                    ? Words.remembered(HASHTAGS, word, EXTRACTOR::extractHashtagsWithIndices)
                    : Words.remembered(LINKS, word, EXTRACTOR::extractURLsWithIndices);
            for (Extractor.Entity e : found) {
                out.add(new Extractor.Entity(e.getStart() + w.start(), e.getEnd() + w.start(), e.getValue(),
                        e.getType()));
            }
        }
        return out;
    }
}
