package id.rakit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
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
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(level);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        Logger.getLogger("javafx").setLevel(Level.WARNING);
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
