package id.rakit.app;

import id.rakit.cli.Cli;
import id.rakit.evidence.rendition.RenditionWorker;
import id.rakit.i18n.Messages;
import java.util.logging.Level;

/**
 * Starts Rakit: with a command word ({@code scan}, {@code check}, {@code backup}, {@code help}…) the command line,
 * otherwise the window. Not an {@code Application} itself, so the jar runs on a plain classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals(RenditionWorker.ARGUMENT)) {
            // an installed Rakit starts its rendition processes through its own launcher
            RenditionWorker.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        java.util.Optional<String[]> command = Cli.asCommand(args);
        if (command.isPresent()) {
            Logging.toConsole(Level.WARNING);
            int code = new Cli(new CommandLineServices(), Messages.indonesian()).run(command.get(), System.out,
                    System.err);
            System.out.flush();
            System.exit(code);
        }
        Logging.toConsole(Level.WARNING);
        RakitApp.launchWindow(args);
    }
}
