package id.rakit.cli;

import id.rakit.evidence.ingest.Ingest;
import id.rakit.export.BundleChoices;
import id.rakit.export.BundlePlan;
import id.rakit.export.BundleTarget;
import id.rakit.export.BundleWriter;
import id.rakit.export.ExportResult;
import id.rakit.export.ExportService;
import id.rakit.export.PlatformData;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.PostDetails;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bundle --title T --caption-file F --event-start T --event-end T [--zone Z] [--platforms ...]
 * [--keep-originals] [--zip] [--only-passed] --out DIR MEDIA...}: a bundle from files, without the
 * window. The files are imported into a temporary library and checked against the event, and the
 * window's own export service plans and writes the bundle; the temporary library is removed at
 * the end, whatever happens. The bundle's folder is the last line.
 */
final class BundleCommand {

    static final Set<String> OPTIONS = Set.of("--title", "--caption-file", "--event-start", "--event-end", "--zone",
            "--platforms", "--out");
    static final Set<String> FLAGS = Set.of("--keep-originals", "--zip", "--only-passed");
    static final List<String> DEFAULT_PLATFORMS = List.of("instagram", "facebook", "x");

    private final CliServices services;
    private final Messages messages;

    BundleCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, FLAGS, messages);
        for (String required : List.of("--title", "--caption-file", "--event-start", "--event-end", "--out")) {
            if (a.option(required).isEmpty()) {
                throw new UsageException(messages.get("cli.bundle.missing", required));
            }
        }
        if (a.positional().isEmpty()) {
            throw new UsageException(messages.get("cli.bundle.noMedia"));
        }
        ZoneId zone = zone(a.option("--zone").orElse("Asia/Jakarta"));
        LocalDateTime start = time("--event-start", a.option("--event-start").get());
        LocalDateTime end = time("--event-end", a.option("--event-end").get());
        if (end.isBefore(start)) {
            throw new UsageException(messages.get("cli.error.windowOrder"));
        }
        List<String> codes = platforms(a.option("--platforms"));
        String caption = caption(Path.of(a.option("--caption-file").get()));
        List<Path> media = new ArrayList<>();
        for (String m : a.positional()) {
            Path p = Path.of(m);
            if (!Files.isRegularFile(p)) {
                throw new UsageException(messages.get("cli.bundle.noFile", m));
            }
            media.add(p);
        }
        Path outDir = Path.of(a.option("--out").get());
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UsageException(messages.get("cli.bundle.outNotFolder", outDir));
        }

        List<Platform> targets = new ArrayList<>(new LinkedHashSet<>(codes.stream()
                .map(c -> PlatformData.standard().target(c).orElseThrow().platform()).toList()));
        PostDetails details = new PostDetails(a.option("--title").get(), "", "", Optional.of(start), Optional.of(end),
                zone, "", Optional.empty());
        Path data = Files.createTempDirectory("rakit-bundle-");
        try (CliServices.Library library = services.openLibrary(data, Ingest.Limits.forThisMachine().threads())) {
            long post = library.createPost(details, caption, targets);
            Ingest.Report imported = library.ingest().run(post, media, new Ingest.Listener() { }, new AtomicBoolean());
            for (Ingest.Outcome o : imported.outcomes()) {
                if (o != null && o.problem().isPresent() && o.item().isEmpty()) {
                    err.println(messages.get("cli.bundle.unreadable", o.source().getFileName(),
                            messages.get(o.problem().get().messageKey() + ".short")));
                }
            }
            BundleChoices choices = new BundleChoices(codes, Map.of(), Map.of(), Set.of(), a.flag("--keep-originals"),
                    a.flag("--zip"), a.flag("--only-passed"));
            ExportService exports = library.exports();
            BundlePlan plan = exports.plan(post, choices, outDir, messages);
            for (BundlePlan.PlanProblem p : plan.problems()) {
                out.println(messages.get("cli.bundle.problem", p.text()));
            }
            ExportResult result = exports.export(post, choices, outDir, messages, BundleWriter.Progress.NONE);
            out.println(messages.get("cli.bundle.written", result.items(), result.files()));
            if (result.zip().isPresent()) {
                out.println(result.zip().get());
            }
            out.println(result.folder());
            return 0;
        } finally {
            BenchCommand.deleteTree(data);
        }
    }

    private List<String> platforms(Optional<String> list) throws UsageException {
        if (list.isEmpty()) {
            return DEFAULT_PLATFORMS;
        }
        List<String> codes = new ArrayList<>();
        for (String c : list.get().split(",")) {
            String code = c.strip().toLowerCase(java.util.Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            Optional<BundleTarget> target = PlatformData.standard().target(code);
            if (target.isEmpty()) {
                throw new UsageException(messages.get("cli.bundle.platform", code,
                        String.join(", ", PlatformData.standard().codes())));
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new UsageException(messages.get("cli.bundle.platform", list.get(),
                    String.join(", ", PlatformData.standard().codes())));
        }
        return codes;
    }

    private String caption(Path file) throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(messages.get("cli.bundle.noFile", file));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new UsageException(messages.get("cli.bundle.notUtf8", file));
        } catch (IOException e) {
            throw new UsageException(messages.get("cli.bundle.noFile", file));
        }
    }

    private ZoneId zone(String id) throws UsageException {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException(messages.get("cli.error.zone", id));
        }
    }

    private LocalDateTime time(String option, String value) throws UsageException {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(messages.get("cli.error.time", option, value));
        }
    }
}
