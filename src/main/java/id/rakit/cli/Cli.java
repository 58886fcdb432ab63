package id.rakit.cli;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Rakit's command line: the same services the window uses, for scripts and benchmarks. */
public final class Cli {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);

    private static final Set<String> COMMANDS = Set.of("scan", "bench", "export", "bundle", "verify-bundle", "caption",
            "check", "backup", "restore", "help", "--help", "-h");

    private final CliServices services;
    private final Messages messages;

    public Cli(CliServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    /** True when the first argument names a command rather than an option for the window. */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    /**
     * The arguments as a command line, command word first, when they are one: {@code check
     * --data-dir D} as written, and also {@code --data-dir D check}, the data folder named before
     * the command as it is for the window. Empty when the arguments are the window's.
     */
    public static java.util.Optional<String[]> asCommand(String[] args) {
        if (args.length > 0 && isCommand(args[0])) {
            return java.util.Optional.of(args);
        }
        int width = args.length > 0 && args[0].startsWith("--data-dir=") ? 1
                : args.length > 1 && args[0].equals("--data-dir") ? 2 : 0;
        if (width == 0 || args.length <= width || !isCommand(args[width])) {
            return java.util.Optional.empty();
        }
        String[] out = new String[args.length];
        out[0] = args[width];
        System.arraycopy(args, 0, out, 1, width);
        System.arraycopy(args, width + 1, out, width + 1, args.length - width - 1);
        return java.util.Optional.of(out);
    }

    /** Runs a command; returns the process exit code (0 done, 2 bad arguments, 1 failure). */
    public int run(String[] args, OutputStream stdout, OutputStream stderr) {
        return run(args, System.in, stdout, stderr);
    }

    /** As {@link #run(String[], OutputStream, OutputStream)}, reading {@code stdin} where a command reads text. */
    public int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "scan":
                    return new ScanCommand(services, messages).run(rest, out, err);
                case "export":
                    int exported = new ExportCommand(services, messages).run(rest, out);
                    out.flush();
                    return exported;
                case "caption":
                    return new CaptionCommand(messages, services.captionRules()).run(rest, stdin, out);
                case "bundle":
                    int bundled = new BundleCommand(services, messages).run(rest, out, err);
                    out.flush();
                    return bundled;
                case "verify-bundle":
                    int verified = new VerifyBundleCommand(messages).run(rest, out);
                    out.flush();
                    return verified;
                case "check":
                    int checked = new CheckCommand(services, messages).run(rest, out, err);
                    out.flush();
                    return checked;
                case "backup":
                    int backedUp = new BackupCommand(services, messages).run(rest, out);
                    out.flush();
                    return backedUp;
                case "restore":
                    int restored = new RestoreCommand(services, messages).run(rest, out);
                    out.flush();
                    return restored;
                case "bench":
                    int code = new BenchCommand(services, messages).run(rest, out, err);
                    out.flush();
                    return code;
                default:
                    out.print(messages.get("cli.usage"));
                    out.println();
                    out.flush();
                    return 0;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            if (Causes.classify(e) == Causes.Cause.UNEXPECTED && !(e instanceof id.rakit.i18n.HasMessageKey)) {
                // a fault of Rakit's own: the trace is what the admin's IT support needs
                LOG.warn("{} failed", args[0], e);
            }
            out.flush();
            err.println(messages.get("cli.error.failed", new Causes(messages).describe(e)));
            return 1;
        }
    }
}
