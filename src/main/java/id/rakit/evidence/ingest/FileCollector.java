package id.rakit.evidence.ingest;

import id.rakit.evidence.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the admin picked or dropped (files and folders) into the files to read, in path
 * order. A folder that cannot be opened, a pipe or device, a link that loops back: each is its own
 * entry with its problem, and the walk goes on past it.
 */
public final class FileCollector {

    /** Files operating systems leave in photo folders that nobody means as evidence. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");
    /** Folders operating systems keep on every USB stick; an import leaves them out, a scan names them. */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("system volume information", "$recycle.bin",
            "recycler", ".trashes", ".spotlight-v100", ".fseventsd", "lost+found");

    /**
     * One thing found: a file to read, or something that will not be read and why.
     *
     * @param problem empty for a regular file (or a path given that does not exist, which its
     *                reader reports); else {@link FileProblem#FOLDER_UNREADABLE},
     *                {@link FileProblem#SKIPPED_SPECIAL_FILE}, {@link FileProblem#SKIPPED_LINK_LOOP},
     *                {@link FileProblem#NOT_FOUND} (a link to nothing) or {@link FileProblem#READ_FAILED}
     */
    public record Found(Path path, Optional<FileProblem> problem) {
    }

    private FileCollector() {
    }

    /**
     * Every file under {@code paths}: a file as given, a folder recursively in name order, and an
     * entry for each thing in a folder that will not be read (see {@link #walk}); an import gives
     * those to {@link Ingest}, which tells each one's problem without opening it.
     */
    public static List<Path> collect(List<Path> paths, boolean skipSystemFiles) {
        List<Path> out = new ArrayList<>();
        for (Found f : walk(paths, skipSystemFiles)) {
            out.add(f.path());
        }
        return out;
    }

    /**
     * Everything under {@code paths}, in path order within each. Links are followed, once: a link
     * back into a folder above it is an entry of its own. With {@code skipSystemFiles}, hidden
     * and operating-system files and folders inside folders are left out.
     */
    public static List<Found> walk(List<Path> paths, boolean skipSystemFiles) {
        List<Found> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(new Found(p, Optional.empty()));
                continue;
            }
            // a plain walk: streams and lambdas cost the command line more to set up than the walk itself
            List<Found> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Visitor(p, skipSystemFiles, found));
            } catch (IOException | UncheckedIOException e) {
                found.add(new Found(p, Optional.of(FileProblem.FOLDER_UNREADABLE)));
            }
            found.sort(BY_NAME);
            out.addAll(found);
        }
        return out;
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final boolean skipSystemFiles;
        private final List<Found> found;

        Visitor(Path root, boolean skipSystemFiles, List<Found> found) {
            this.root = root;
            this.skipSystemFiles = skipSystemFiles;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (skipSystemFiles && !dir.equals(root) && isSystemFolder(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (skipSystemFiles && isSystemFile(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
                found.add(new Found(file, Optional.empty()));
            } else if (attributes.isSymbolicLink()) {
                // a followed link shows its own attributes only when it leads nowhere, or round in a ring
                found.add(new Found(file, Optional.of(brokenLink(file))));
            } else if (!attributes.isDirectory()) {
                found.add(new Found(file, Optional.of(FileProblem.SKIPPED_SPECIAL_FILE)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (skipSystemFiles && (isSystemFile(file) || isSystemFolder(file))) {
                return FileVisitResult.CONTINUE;
            }
            found.add(new Found(file, Optional.of(problemOf(file, e))));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                // the folder opened but failed while it was being listed
                found.add(new Found(dir, Optional.of(FileProblem.FOLDER_UNREADABLE)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static FileProblem brokenLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return FileProblem.READ_FAILED;
        } catch (IOException e) {
            return problemOf(link, e);
        }
    }

    /** Why a path found in a folder cannot be visited. */
    static FileProblem problemOf(Path path, IOException e) {
        if (e instanceof FileSystemLoopException || isLinkLoop(e)) {
            return FileProblem.SKIPPED_LINK_LOOP;
        }
        if (e instanceof NoSuchFileException) {
            return FileProblem.NOT_FOUND;
        }
        if (Files.isDirectory(path)) {
            return FileProblem.FOLDER_UNREADABLE;
        }
        return e instanceof AccessDeniedException ? FileProblem.ACCESS_DENIED : FileProblem.READ_FAILED;
    }

    /** ELOOP: "Too many levels of symbolic links" (a link to itself, or a ring of links). */
    static boolean isLinkLoop(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null && reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links");
    }

    /** Path order, as {@code Path.toString()} compares. */
    private static final Comparator<Found> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
            return a.path().toString().compareTo(b.path().toString());
        }
    };

    static boolean isSystemFile(Path f) {
        Path name = f.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || SYSTEM_FILES.contains(lower);
    }

    static boolean isSystemFolder(Path f) {
        Path name = f.getFileName();
        return name != null && (SYSTEM_FOLDERS.contains(name.toString().toLowerCase(Locale.ROOT))
                || name.toString().startsWith("."));
    }
}
