package id.rakit.cli;

import id.rakit.i18n.Messages;
import id.rakit.library.DataFolderReport;
import id.rakit.library.DataFolderReport.Kind;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check [--data-dir DIR]}: the database's integrity, every library file against its
 * SHA-256, records without files and files without records. {@code OK} with the counts and exit
 * code 0, or one line per problem naming the file and exit code 1, with what to do on the error
 * stream. Reads only: Rakit may be open.
 */
final class CheckCommand {

    static final Set<String> OPTIONS = Set.of("--data-dir");

    private final CliServices services;
    private final Messages messages;

    CheckCommand(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments a = Arguments.parse(args, OPTIONS, messages);
        if (!a.positional().isEmpty()) {
            throw new UsageException(messages.get("cli.check.usage"));
        }
        Path data = a.option("--data-dir").map(Path::of).orElseGet(services::defaultDataDirectory);
        DataFolderReport report = services.check(data);
        if (report.ok()) {
            out.println(messages.get("cli.check.ok", report.records(), report.intact()));
            return 0;
        }
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        for (DataFolderReport.Problem p : report.problems()) {
            found.add(p.kind());
            String names = p.names().isEmpty() ? "" : messages.get("cli.check.names", String.join(", ", p.names()));
            out.println(switch (p.kind()) {
                case NO_DATABASE -> messages.get("cli.check.noDatabase", p.file());
                case EMPTY_DATABASE -> messages.get("cli.check.emptyDatabase", p.file(), p.detail());
                case DAMAGED_DATABASE -> messages.get("cli.check.damagedDatabase", p.file(), p.detail());
                case MISSING -> messages.get("cli.check.missing", p.file(), names);
                case CHANGED -> messages.get("cli.check.changed", p.file(), names);
                case UNLISTED -> messages.get("cli.check.unlisted", p.file());
                case UNREADABLE -> messages.get("cli.check.unreadable", p.file(), names);
            });
        }
        out.flush();
        // what to do, once per kind of trouble, where scripts do not read it as a problem line
        if (found.contains(Kind.NO_DATABASE)) {
            err.println(messages.get("store.error.missing"));
        }
        if (found.contains(Kind.EMPTY_DATABASE)) {
            err.println(messages.get("store.error.emptyAtStart"));
        }
        if (found.contains(Kind.DAMAGED_DATABASE)) {
            err.println(messages.get("store.error.corrupt"));
        }
        if (found.contains(Kind.MISSING) || found.contains(Kind.CHANGED) || found.contains(Kind.UNREADABLE)) {
            err.println(messages.get("cli.check.reimport"));
        }
        if (found.contains(Kind.UNLISTED)) {
            err.println(messages.get("cli.check.unlistedHint"));
        }
        return 1;
    }
}
