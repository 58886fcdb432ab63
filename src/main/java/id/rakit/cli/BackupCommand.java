package id.rakit.cli;

import id.rakit.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * {@code backup [--data-dir DIR] --out FILE}: a consistent copy of the database (SQLite's
 * {@code VACUUM INTO}, checked), also while the window has it open; an existing file is never
 * overwritten, and a folder gets a dated file in it. The library's files are not in it: they
 * are the copies of the originals, kept by content in the data folder.
 */
final class BackupCommand {

    static final Set<String> OPTIONS = Set.of("--data-dir", "--out");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final CliServices services;
    private final Messages messages;

    BackupCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        if (!a.positional().isEmpty() || a.option("--out").isEmpty()) {
            throw new UsageException(messages.get("cli.backup.usage"));
        }
        Path target = Path.of(a.option("--out").get());
        if (Files.isDirectory(target)) {
            // a USB stick's folder: a dated name inside it
            target = target.resolve("rakit-" + STAMP.format(LocalDateTime.now()) + ".db");
        }
        if (Files.exists(target)) {
            throw new UsageException(messages.get("cli.backup.exists", target));
        }
        Path data = a.option("--data-dir").map(Path::of).orElseGet(services::defaultDataDirectory);
        services.backup(data, target);
        out.println(messages.get("cli.backup.done", target, (Files.size(target) + 1023) / 1024));
        return 0;
    }
}
