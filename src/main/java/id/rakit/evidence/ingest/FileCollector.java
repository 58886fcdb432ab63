package id.rakit.evidence.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns what the admin picked or dropped (files and folders) into the files to read, in path order. */
public final class FileCollector {

    /** Files operating systems leave in photo folders that nobody means as evidence. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");

    private FileCollector() {
    }

    /**
     * Every file under {@code paths}: a file as given, a folder recursively in name order.
     * With {@code skipSystemFiles}, hidden and operating-system files inside folders are left out.
     * A path that does not exist is kept, so its reader can say so; so is a folder that cannot
     * be walked.
     */
    public static List<Path> collect(List<Path> paths, boolean skipSystemFiles) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // a plain walk: streams and lambdas cost the command line more to set up than the walk itself
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (Files.isRegularFile(file) && (!skipSystemFiles || !isSystemFile(file))) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    out.add(p);
                    continue;
                }
                found.sort(BY_NAME);
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Path order, as {@code Path.toString()} compares. */
    private static final Comparator<Path> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Path a, Path b) {
            return a.toString().compareTo(b.toString());
        }
    };

    static boolean isSystemFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || SYSTEM_FILES.contains(name);
    }
}
