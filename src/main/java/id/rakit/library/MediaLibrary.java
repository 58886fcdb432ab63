package id.rakit.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Rakit's own copy of every imported file, stored by content (SHA-256) so evidence survives the
 * USB stick or phone being unplugged, and the same file imported twice is stored once. Each copy
 * is verified by reading it back before it counts. Grid thumbnails and previews live beside it
 * in a cache that can always be rebuilt.
 */
public final class MediaLibrary {

    private static final int BUFFER = 1 << 20;
    private final Path root;
    private final Path files;
    private final Path thumbnails;
    private final Path previews;
    private final Path incoming;

    public MediaLibrary(Path dataDirectory) {
        this.root = dataDirectory;
        this.files = dataDirectory.resolve("library");
        this.thumbnails = dataDirectory.resolve("cache").resolve("thumbnails");
        this.previews = dataDirectory.resolve("cache").resolve("previews");
        this.incoming = files.resolve(".incoming");
    }

    /** A file now safely in the library. */
    public record StoredCopy(String sha256, long sizeBytes, String relativePath, boolean alreadyStored) {
    }

    /** Thrown when the copy read back differs from what was written. */
    public static final class CopyMismatchException extends IOException {
        public CopyMismatchException(String message) {
            super(message);
        }
    }

    /** A copy on its way in: hashed, not yet verified or under its final name. */
    public final class Incoming implements AutoCloseable {
        private final Path temp;
        private final String sha256;
        private final long sizeBytes;
        private final String originalName;

        private Incoming(Path temp, String sha256, long sizeBytes, String originalName) {
            this.temp = temp;
            this.sha256 = sha256;
            this.sizeBytes = sizeBytes;
            this.originalName = originalName;
        }

        /** The copy, readable while it is on its way in. */
        public Path file() {
            return temp;
        }

        public String sha256() {
            return sha256;
        }

        public long sizeBytes() {
            return sizeBytes;
        }

        /** Verifies the copy by reading it back and moves it into place. */
        public StoredCopy commit() throws IOException {
            Optional<String> existing = existingCopy(sha256, sizeBytes);
            if (existing.isPresent()) {
                Files.deleteIfExists(temp);
                return new StoredCopy(sha256, sizeBytes, existing.get(), true);
            }
            String relative = relativePathFor(sha256, originalName);
            Path target = files.resolve(relative);
            if (!sha256.equals(hash(temp))) {
                throw new CopyMismatchException("copy of " + originalName + " reads back differently");
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StoredCopy(sha256, sizeBytes, relative, false);
        }

        /** Forgets the copy if it was not committed. */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies {@code source} into the library's incoming folder, hashing while copying. Nothing
     * appears under a final name until {@link Incoming#commit()}.
     */
    public Incoming begin(Path source) throws IOException {
        Files.createDirectories(incoming);
        // the incoming copy keeps the original extension: readers compare it with the content
        Path temp = incoming.resolve(UUID.randomUUID() + extensionOf(source.getFileName().toString()));
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Incoming(temp, HexFormat.of().formatHex(digest.digest()), size, source.getFileName().toString());
    }

    /** Copies, verifies and stores {@code source} in one step. */
    public StoredCopy store(Path source) throws IOException {
        try (Incoming in = begin(source)) {
            return in.commit();
        }
    }

    /** A sound copy of this content already in the library, whatever extension it was stored under. */
    private Optional<String> existingCopy(String sha, long size) throws IOException {
        Path folder = files.resolve(sha.substring(0, 2));
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var stream = Files.list(folder)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                String name = p.getFileName().toString();
                if ((name.equals(sha) || name.startsWith(sha + ".")) && Files.size(p) == size && sha.equals(hash(p))) {
                    return Optional.of(sha.substring(0, 2) + "/" + name);
                }
            }
        }
        return Optional.empty();
    }

    /** The library copy for a stored relative path. */
    public Path resolve(String relativePath) {
        return files.resolve(relativePath);
    }

    public Path thumbnail(String sha256) {
        return thumbnails.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    public Path preview(String sha256) {
        return previews.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    public Path root() {
        return root;
    }

    /** Removes copies left half-written by a crash or a cancelled import. */
    public void sweepIncoming() throws IOException {
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (var stream = Files.list(incoming)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && dot < name.length() - 1
                ? name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") : "";
        return ext.isEmpty() || ext.length() > 5 ? "" : "." + ext;
    }

    static String relativePathFor(String sha, String originalName) {
        return sha.substring(0, 2) + "/" + sha + extensionOf(originalName);
    }

    /** The SHA-256 of a file's content, lower-case hex. */
    public static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
