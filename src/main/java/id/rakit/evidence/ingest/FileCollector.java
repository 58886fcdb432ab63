package id.rakit.evidence.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns what the admin picked or dropped (files and folders) into the files to read, in path order. */
public final class FileCollector {

    /** Files operating systems leave in photo folders that nobody means as evidence. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");

    private FileCollector() {
    }

    /**
     * Every file under {@code paths}: a file as given, a folder recursively in name order.
     * With {@code skipSystemFiles}, hidden and operating-system files inside folders are left out.
     * A path that does not exist is kept, so its reader can say so.
     */
    public static List<Path> collect(List<Path> paths, boolean skipSystemFiles) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !skipSystemFiles || !isSystemFile(f))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isSystemFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || SYSTEM_FILES.contains(name);
    }
}
