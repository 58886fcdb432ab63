package id.rakit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where log lines go: warnings to the console, and for the window everything from INFO up to
 * {@code logs/rakit.log} in the data folder (rotated), which is what a helpdesk asks for.
 */
final class Logging {

    private Logging() {
    }

    static void toConsole(Level level) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler console = new Console();
        console.setLevel(level);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        Logger.getLogger("javafx").setLevel(Level.WARNING);
    }

    /**
     * What {@link java.util.logging.ConsoleHandler} does (each record to standard error, at once),
     * with its formatter made on the first record: a {@link SimpleFormatter} checks its format by
     * formatting a sample date, which loads time-zone and locale data, about a tenth of the
     * command line's start-up, when most runs log nothing at all.
     */
    private static final class Console extends Handler {
        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            Formatter formatter = getFormatter();
            if (formatter == null) {
                formatter = new SimpleFormatter();
                setFormatter(formatter);
            }
            String text;
            try {
                text = formatter.format(record);
            } catch (RuntimeException e) {
                reportError(null, e, ErrorManager.FORMAT_FAILURE);
                return;
            }
            System.err.print(text);
            System.err.flush();
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    static void toFile(Path dataDirectory) {
        try {
            Path dir = Files.createDirectories(dataDirectory.resolve("logs"));
            Handler file = new FileHandler(dir.resolve("rakit-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
        } catch (IOException e) {
            Logger.getLogger(Logging.class.getName()).log(Level.WARNING, "no log file in " + dataDirectory, e);
        }
    }
}
