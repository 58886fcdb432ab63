package id.rakit.library;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Rakit's own copy of every imported file, stored by content (SHA-256) so evidence survives the
 * USB stick or phone being unplugged, and the same file imported twice is stored once. Each copy
 * is verified by reading it back before it counts. Grid thumbnails and previews live beside it
 * in a cache that can always be rebuilt.
 *
 * <p>A file of up to {@link #IN_MEMORY_LIMIT} bytes (every photo) is read once into memory,
 * hashed there and written out in one go; its copy is then verified by reading it back and
 * comparing it byte for byte with what was hashed, which is as strict as hashing it again and
 * several times cheaper, and the import reads its metadata and pictures from those same bytes.
 * Larger files (long videos) are streamed and hashed twice, as they always were.
 */
public final class MediaLibrary {

    /** Reads and writes go in pieces of this size, so the JDK's own buffers for them stay small. */
    private static final int CHUNK = 1 << 20;
    /**
     * Files up to this size are held in memory while they are imported: a 32nd of the heap
     * (one per importing thread is alive at a time), at least 8 MB and at most 64 MB.
     */
    static final long IN_MEMORY_LIMIT = Math.max(8L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 32));
    private static final ThreadLocal<SoftReference<Buffers>> BUFFERS = new ThreadLocal<>();
    /** Never updated, only cloned. */
    private static final MessageDigest SHA256 = lookUpSha256();

    private final Path root;
    private final Path files;
    private final Path thumbnails;
    private final Path previews;
    private final Path publishable;
    private final Path incoming;
    private final Output output;

    /** How the library opens a new file to write: the real disk, or (to prove what a full disk does) another. */
    @FunctionalInterface
    public interface Output {
        FileChannel create(Path file) throws IOException;

        Output DISK = file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    public MediaLibrary(Path dataDirectory) {
        this(dataDirectory, Output.DISK);
    }

    /** With another way to write copies, e.g. one whose disk is full. */
    public MediaLibrary(Path dataDirectory, Output output) {
        this.root = dataDirectory;
        this.files = dataDirectory.resolve("library");
        this.thumbnails = dataDirectory.resolve("cache").resolve("thumbnails");
        this.previews = dataDirectory.resolve("cache").resolve("previews");
        this.publishable = dataDirectory.resolve("cache").resolve("publish");
        this.incoming = files.resolve(".incoming");
        this.output = output;
    }

    /**
     * Writing into the library failed (a full disk, a read-only folder): not the source file's
     * fault, and told apart from failures to read it.
     */
    public static final class LibraryWriteException extends IOException {
        public LibraryWriteException(String message, IOException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    /** A file's content hashed without copying it (what is not media is never copied). */
    public record Hashed(String sha256, long sizeBytes) {
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
        /** The bytes that were hashed and written, when the file was read into memory; else null. */
        private byte[] content;
        private final Buffers owner;
        private boolean verified;

        private Incoming(Path temp, String sha256, long sizeBytes, String originalName, byte[] content,
                         Buffers owner) {
            this.temp = temp;
            this.sha256 = sha256;
            this.sizeBytes = sizeBytes;
            this.originalName = originalName;
            this.content = content;
            this.owner = owner;
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

        /**
         * The file's content as it was hashed and copied, when it was held in memory (files up
         * to {@link #IN_MEMORY_LIMIT}); valid until this is closed, and not to be changed. After
         * {@link #verify()} it is also what the copy holds.
         */
        public Optional<ByteBuffer> content() {
            return content == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(content, 0, (int) sizeBytes));
        }

        /**
         * Reads the copy back and checks that it holds exactly what was hashed; {@link #commit()}
         * does this if it has not been done.
         *
         * @throws CopyMismatchException if it does not
         */
        public void verify() throws IOException {
            if (verified) {
                return;
            }
            boolean same = content != null ? sameBytes(temp, content, sizeBytes) : sha256.equals(hash(temp));
            if (!same) {
                throw new CopyMismatchException("copy of " + originalName + " reads back differently");
            }
            verified = true;
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
            verify();
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new LibraryWriteException("cannot move the copy to " + target, e);
            }
            return new StoredCopy(sha256, sizeBytes, relative, false);
        }

        /** Forgets the copy if it was not committed. */
        @Override
        public void close() throws IOException {
            if (content != null) {
                owner.giveBack(content);
                content = null;
            }
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies {@code source} into the library's incoming folder, hashing while copying. Nothing
     * appears under a final name until {@link Incoming#commit()}.
     */
    public Incoming begin(Path source) throws IOException {
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new LibraryWriteException("cannot make " + incoming, e);
        }
        // the incoming copy keeps the original extension: readers compare it with the content
        Path temp = incoming.resolve(UUID.randomUUID() + extensionOf(source.getFileName().toString()));
        String name = source.getFileName().toString();
        Buffers buffers = Buffers.forThisThread();
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            if (size < IN_MEMORY_LIMIT) {
                byte[] content = buffers.borrow((int) size + 1);
                int n;
                try {
                    n = readAll(in, content);
                } catch (IOException | RuntimeException e) {
                    buffers.giveBack(content);
                    throw e;
                }
                // a file still growing while it is read does not fit what was measured: stream it
                if (n < content.length) {
                    try {
                        MessageDigest digest = sha256();
                        digest.update(content, 0, n);
                        try {
                            writeAll(temp, content, n);
                        } catch (IOException e) {
                            throw new LibraryWriteException("cannot write " + temp, e);
                        }
                        return new Incoming(temp, HexFormat.of().formatHex(digest.digest()), n, name, content, buffers);
                    } catch (IOException | RuntimeException e) {
                        buffers.giveBack(content);
                        Files.deleteIfExists(temp);
                        throw e;
                    }
                }
                buffers.giveBack(content);
                in.position(0);
            }
            return streamed(in, temp, name, buffers);
        }
    }

    /** Copies a file too large to hold in memory piece by piece, hashing as it goes. */
    private Incoming streamed(FileChannel in, Path temp, String name, Buffers buffers) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] chunk = buffers.chunk();
        FileChannel out;
        try {
            out = output.create(temp);
        } catch (IOException e) {
            throw new LibraryWriteException("cannot create " + temp, e);
        }
        try (out) {
            int n;
            while ((n = in.read(ByteBuffer.wrap(chunk))) >= 0) {
                digest.update(chunk, 0, n);
                ByteBuffer piece = ByteBuffer.wrap(chunk, 0, n);
                try {
                    while (piece.hasRemaining()) {
                        out.write(piece);
                    }
                } catch (IOException e) {
                    throw new LibraryWriteException("cannot write " + temp, e);
                }
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Incoming(temp, HexFormat.of().formatHex(digest.digest()), size, name, null, buffers);
    }

    /** Reads from the channel's position until its end or until {@code into} is full; returns how many bytes. */
    private static int readAll(FileChannel in, byte[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            int n = in.read(ByteBuffer.wrap(into, done, Math.min(CHUNK, into.length - done)));
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private void writeAll(Path file, byte[] bytes, int length) throws IOException {
        try (FileChannel out = output.create(file)) {
            for (int done = 0; done < length; ) {
                done += out.write(ByteBuffer.wrap(bytes, done, Math.min(CHUNK, length - done)));
            }
        }
    }

    /** Whether {@code file} holds exactly the first {@code length} bytes of {@code expected}, read back piece by piece. */
    private static boolean sameBytes(Path file, byte[] expected, long length) throws IOException {
        byte[] chunk = Buffers.forThisThread().chunk();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (in.size() != length) {
                return false;
            }
            int done = 0;
            while (done < length) {
                int n = in.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, length - done)));
                if (n < 0 || !Arrays.equals(chunk, 0, n, expected, done, done + n)) {
                    return false;
                }
                done += n;
            }
            return in.read(ByteBuffer.wrap(chunk, 0, 1)) < 0;
        }
    }

    /**
     * Hashes {@code source} without copying it, piece by piece; stops with an
     * {@link java.io.InterruptedIOException} once {@code stop} says so.
     */
    public static Hashed hashOnly(Path source, java.util.function.BooleanSupplier stop) throws IOException {
        MessageDigest digest = sha256();
        byte[] chunk = Buffers.forThisThread().chunk();
        long size = 0;
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            int n;
            while ((n = in.read(ByteBuffer.wrap(chunk))) >= 0) {
                if (stop.getAsBoolean()) {
                    throw new java.io.InterruptedIOException("stopped hashing " + source);
                }
                digest.update(chunk, 0, n);
                size += n;
            }
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), size);
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

    /**
     * A JPEG of a photo that platforms take (HEIC, AVIF, PNG, TIFF, RAW... are not JPEG): made at
     * import, upright, up to 4096 px on its long edge. JPEG photos have none; they are published as they are.
     */
    public Path publishable(String sha256) {
        return publishable.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    public Path root() {
        return root;
    }

    /**
     * What the start after a crash found and did: half-written copies and pictures removed, files
     * of the library that no row knows (an import killed between its copy and its row, or a
     * database restored from an older backup) moved to {@code recovered/}, never deleted, and rows
     * whose file is gone counted.
     */
    public record Tidied(int unfinishedCopies, int unfinishedPictures, int unlistedFiles, Optional<Path> unlistedMovedTo,
                         int missingFiles) {
        public boolean anything() {
            return unfinishedCopies + unfinishedPictures + unlistedFiles + missingFiles > 0;
        }
    }

    /** The folder where files of the library that no row knows are put, one per day. */
    public Path recovered(java.time.LocalDate day) {
        return root.resolve("recovered").resolve(day.toString());
    }

    /**
     * Tidies up after whatever stopped the last session: call it at start, before any import, with
     * the library paths the database knows. Nothing whole is ever deleted.
     */
    public Tidied tidy(java.util.Set<String> known, java.time.LocalDate today) throws IOException {
        int copies = 0;
        if (Files.isDirectory(incoming)) {
            try (var stream = Files.list(incoming)) {
                for (Path p : (Iterable<Path>) stream::iterator) {
                    Files.deleteIfExists(p);
                    copies++;
                }
            }
        }
        int pictures = 0;
        Path cache = root.resolve("cache");
        if (Files.isDirectory(cache)) {
            try (var walk = Files.walk(cache)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tmp")) {
                        Files.deleteIfExists(p);
                        pictures++;
                    }
                }
            }
        }
        int unlisted = 0;
        Path movedTo = recovered(today);
        if (Files.isDirectory(files)) {
            java.util.List<Path> strays = new java.util.ArrayList<>();
            try (var walk = Files.walk(files)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p) && !p.startsWith(incoming)
                            && !known.contains(files.relativize(p).toString().replace('\\', '/'))) {
                        strays.add(p);
                    }
                }
            }
            for (Path p : strays) {
                Files.createDirectories(movedTo);
                Path target = movedTo.resolve(p.getFileName());
                for (int i = 2; Files.exists(target); i++) {
                    target = movedTo.resolve(i + "-" + p.getFileName());
                }
                Files.move(p, target);
                unlisted++;
            }
        }
        int missing = 0;
        for (String relative : known) {
            if (!Files.isRegularFile(files.resolve(relative))) {
                missing++;
            }
        }
        return new Tidied(copies, pictures, unlisted, unlisted > 0 ? Optional.of(movedTo) : Optional.empty(), missing);
    }

    /** Every file in the library folder, as the relative paths rows hold ("ab/abcd....jpg"). */
    public java.util.List<String> storedFiles() throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(files)) {
            return out;
        }
        try (var walk = Files.walk(files)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p) && !p.startsWith(incoming)) {
                    out.add(files.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * What {@link #copyInto} did.
     *
     * @param damaged files whose bytes no longer match their name (changed in this library): not copied
     */
    public record Copied(int copied, int alreadyThere, java.util.List<String> damaged) {
    }

    /**
     * Copies every file of the library into the library of {@code dataFolder} (on another disk: a
     * USB stick). Each copy is written under a temporary name, read back against the SHA-256 its
     * name is, and only then given that name; a file already there with its length was copied and
     * checked before (its name is its content), so a second backup copies only what is new. A file
     * that no longer holds what its name says is left out and named, and the copy goes on.
     *
     * @param progress told (done, total) after each file
     * @param stop     asked before each file: true stops the copy, keeping what is whole
     */
    public Copied copyInto(Path dataFolder, java.util.function.BiConsumer<Integer, Integer> progress,
                           java.util.function.BooleanSupplier stop) throws IOException {
        java.util.List<String> all = storedFiles();
        Path into = dataFolder.resolve("library");
        int copied = 0;
        int already = 0;
        java.util.List<String> damaged = new java.util.ArrayList<>();
        for (int i = 0; i < all.size() && !stop.getAsBoolean(); i++) {
            String relative = all.get(i);
            Path from = files.resolve(relative);
            Path to = into.resolve(relative);
            if (Files.isRegularFile(to) && Files.size(to) == Files.size(from)) {
                already++;
            } else {
                Files.createDirectories(to.getParent());
                Path partial = to.resolveSibling("." + to.getFileName() + ".partial");
                try {
                    Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
                    String name = to.getFileName().toString();
                    String expected = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    if (hash(partial).equals(expected)) {
                        Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING);
                        copied++;
                    } else {
                        damaged.add(relative);
                    }
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            progress.accept(i + 1, all.size());
        }
        return new Copied(copied, already, damaged);
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
        byte[] chunk = Buffers.forThisThread().chunk();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            int n;
            while ((n = in.read(ByteBuffer.wrap(chunk))) >= 0) {
                digest.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A fresh SHA-256 digest, cloned from one looked up once: each lookup goes through the
     * security providers and a reflective constructor call, which after a dozen calls makes the
     * JVM generate an accessor class.
     */
    public static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * One thread's reusable arrays: a piece for streaming, and the content of the file being
     * imported. Reusing them keeps an import from allocating (and the operating system from
     * paging in) megabytes per file. Held softly, so an idle thread gives them back.
     */
    private static final class Buffers {
        private final byte[] chunk = new byte[CHUNK];
        private byte[] content = new byte[0];
        private boolean lent;

        static Buffers forThisThread() {
            SoftReference<Buffers> ref = BUFFERS.get();
            Buffers buffers = ref == null ? null : ref.get();
            if (buffers == null) {
                buffers = new Buffers();
                BUFFERS.set(new SoftReference<>(buffers));
            }
            return buffers;
        }

        byte[] chunk() {
            return chunk;
        }

        /** An array of exactly {@code length} bytes or more, the thread's own unless it is lent out already. */
        synchronized byte[] borrow(int length) {
            if (lent) {
                return new byte[length];
            }
            if (content.length < length) {
                // some headroom, so the next slightly larger photo does not grow it again
                content = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length + (long) length / 8)];
            }
            lent = true;
            return content;
        }

        /** Synchronized, as a copy may be closed on another thread than the one that began it. */
        synchronized void giveBack(byte[] array) {
            if (array == content) {
                lent = false;
            }
        }
    }
}
