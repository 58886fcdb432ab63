package id.rakit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rakit.compose.CaptionRules;
import id.rakit.compose.FieldReport;
import id.rakit.compose.Problem;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code caption --platform NAME [FILE]}: checks a caption (the file, or standard input) by one
 * platform's rules, as the "Tulis" tab does, and prints one JSON object. Exit 0 when it passes,
 * 1 when not, 2 for an unknown platform or other wrong arguments.
 */
final class CaptionCommand {

    static final Set<String> OPTIONS = Set.of("--platform");

    /** The names the command takes, each one text of one platform. */
    static final Map<String, Target> TARGETS = targets();

    record Target(Platform platform, CaptionField field) {
    }

    private final Messages messages;
    private final CaptionRules rules;

    CaptionCommand(Messages messages, CaptionRules rules) {
        this.messages = messages;
        this.rules = rules;
    }

    int run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        String names = String.join(", ", TARGETS.keySet());
        String name = a.option("--platform").orElseThrow(() ->
                new UsageException(messages.get("cli.caption.usage", names)));
        Target target = TARGETS.get(name.toLowerCase(java.util.Locale.ROOT));
        if (target == null) {
            throw new UsageException(messages.get("cli.caption.unknown", name, names));
        }
        if (a.positional().size() > 1) {
            throw new UsageException(messages.get("cli.caption.usage", names));
        }
        byte[] bytes = a.positional().isEmpty() ? in.readAllBytes() : Files.readAllBytes(Path.of(a.positional().get(0)));
        // the line break that ends a file or an echo is not part of the caption
        String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\r?\\n\\z", "");
        FieldReport report = rules.check(target.platform(), target.field(), text);

        ObjectMapper json = new ObjectMapper();
        ObjectNode o = json.createObjectNode();
        o.put("platform", name.toLowerCase(java.util.Locale.ROOT));
        o.put("length", report.length());
        if (report.limit() > 0) {
            o.put("limit", report.limit());
        } else {
            o.putNull("limit");
        }
        ArrayNode tags = o.putArray("hashtags");
        report.facts().hashtags().forEach(tags::add);
        if (report.hashtagLimit() > 0) {
            o.put("hashtagLimit", report.hashtagLimit());
        } else {
            o.putNull("hashtagLimit");
        }
        ArrayNode mentions = o.putArray("mentions");
        report.facts().mentions().forEach(mentions::add);
        ArrayNode links = o.putArray("links");
        report.facts().links().forEach(links::add);
        o.put("ok", report.ok());
        ArrayNode problems = o.putArray("problems");
        ProblemTexts texts = new ProblemTexts(messages);
        for (Problem p : report.problems()) {
            problems.addObject().put("code", p.code().name()).put("message", texts.describe(p));
        }
        out.println(json.writeValueAsString(o));
        out.flush();
        return report.ok() ? 0 : 1;
    }

    private static Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("instagram", new Target(Platform.INSTAGRAM, CaptionField.BODY));
        t.put("facebook", new Target(Platform.FACEBOOK, CaptionField.BODY));
        t.put("x", new Target(Platform.X, CaptionField.BODY));
        t.put("threads", new Target(Platform.THREADS, CaptionField.BODY));
        t.put("tiktok", new Target(Platform.TIKTOK, CaptionField.BODY));
        t.put("youtube-title", new Target(Platform.YOUTUBE, CaptionField.TITLE));
        t.put("youtube-description", new Target(Platform.YOUTUBE, CaptionField.BODY));
        t.put("whatsapp", new Target(Platform.WHATSAPP, CaptionField.BODY));
        t.put("website", new Target(Platform.WEBSITE, CaptionField.BODY));
        return java.util.Collections.unmodifiableMap(t);
    }
}
