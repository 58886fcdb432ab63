package id.rakit.cli;

import id.rakit.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code restore [--data-dir DIR] FILE}: puts a backup in the place of the database. The backup is
 * checked first; the current database is moved aside, not overwritten. It writes, so it takes the
 * data folder's lock: with Rakit open there, it says so and changes nothing.
 */
final class RestoreCommand {

    static final Set<String> OPTIONS = Set.of("--data-dir");

    private final CliServices services;
    private final Messages messages;

    RestoreCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        if (a.positional().size() != 1) {
            throw new UsageException(messages.get("cli.restore.usage"));
        }
        Path backup = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(backup)) {
            throw new UsageException(messages.get("cli.restore.notFound", backup));
        }
        Path data = a.option("--data-dir").map(Path::of).orElseGet(services::defaultDataDirectory);
        Optional<Path> aside = services.restore(data, backup);
        out.println(messages.get("cli.restore.done", backup));
        aside.ifPresent(p -> out.println(messages.get("cli.restore.aside", p)));
        return 0;
    }
}
