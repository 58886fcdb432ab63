package id.rakit.evidence.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints what {@link FileCollector#walk} finds under a folder, one "path problem" line each: run
 * as another user, it shows what an unreadable folder does when the tests run as root (who can
 * read every folder).
 */
public final class WalkPrinter {

    private WalkPrinter() {
    }

    public static void main(String[] args) {
        for (FileCollector.Found f : FileCollector.walk(List.of(Path.of(args[0])), Boolean.parseBoolean(args[1]))) {
            System.out.println(f.path() + " " + f.problem().map(Enum::name).orElse("-"));
        }
    }
}
