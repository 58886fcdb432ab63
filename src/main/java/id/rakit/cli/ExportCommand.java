package id.rakit.cli;

import id.rakit.export.ExportResult;
import id.rakit.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code export [--data-dir DIR] --post ID --out FOLDER}: the window's export of one post, for a
 * script (a nightly copy, say), through the same service; the bundle's folder is the last line.
 */
final class ExportCommand {

    static final Set<String> OPTIONS = Set.of("--data-dir", "--post", "--out");

    private final CliServices services;
    private final Messages messages;

    ExportCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        if (!a.positional().isEmpty() || a.option("--post").isEmpty() || a.option("--out").isEmpty()) {
            throw new UsageException(messages.get("cli.export.usage"));
        }
        long post;
        try {
            post = Long.parseLong(a.option("--post").get());
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("cli.export.post", a.option("--post").get()));
        }
        Path data = a.option("--data-dir").map(Path::of).orElseGet(services::defaultDataDirectory);
        try (CliServices.Library library = services.openLibrary(data, 1)) {
            if (!library.hasPost(post)) {
                throw new UsageException(messages.get("cli.export.noPost", post, data));
            }
            ExportResult result = library.export(post, Path.of(a.option("--out").get()));
            out.println(result.folder());
            return 0;
        }
    }
}
