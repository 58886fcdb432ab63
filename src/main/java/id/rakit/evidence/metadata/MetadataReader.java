package id.rakit.evidence.metadata;

import id.rakit.evidence.FileProblem;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads when a photo or video was taken, and the other metadata Rakit checks evidence with, from
 * one file at a time. A file that cannot be read never throws: it comes back as an
 * {@link MediaType#UNREADABLE} or {@link MediaType#UNSUPPORTED} {@link MediaInfo} whose first
 * problem says why, so one bad file cannot break a batch.
 * <p>
 * The format is found from the content, not the name; a name that says otherwise is reported
 * as {@link FileProblem#EXTENSION_MISMATCH}. Only the metadata is read: video media data and
 * JPEG image data are skipped, not loaded. One reader may be used from several threads.
 */
public final class MetadataReader {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataReader.class);
    private static final int HEAD_LENGTH = 4096;

    private final ZoneId zone;

    public MetadataReader() {
        this(id.rakit.post.TimeZones.DEFAULT);
    }

    /** @param zone the admin's zone, assumed for capture times that state no offset */
    public MetadataReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** Reads one file from disk. */
    public MediaInfo read(Path file) {
        String name = fileName(file);
        try (ByteSource source = ByteSource.open(file)) {
            return read(name, source);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return MediaInfo.unreadable(ContentFormat.UNKNOWN, FileProblem.NOT_FOUND);
        } catch (AccessDeniedException e) {
            return MediaInfo.unreadable(ContentFormat.UNKNOWN, FileProblem.ACCESS_DENIED);
        } catch (IOException e) {
            LOG.debug("Cannot open {}", file, e);
            return MediaInfo.unreadable(ContentFormat.UNKNOWN, FileProblem.READ_FAILED);
        }
    }

    /**
     * Reads a file whose bytes the caller already holds, e.g. because it hashed them; the path
     * only gives the name (for the extension check) and is not opened.
     */
    public MediaInfo read(Path file, byte[] content) {
        try (ByteSource source = ByteSource.of(content)) {
            return read(fileName(file), source);
        } catch (IOException e) {
            // an in-memory source has nothing to close that can fail
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a file whose bytes the caller already holds, from the buffer's position to its
     * limit (not changed); the path only gives the name and is not opened.
     */
    public MediaInfo read(Path file, ByteBuffer content) {
        if (!content.hasArray()) {
            return read(file);
        }
        try (ByteSource source = ByteSource.of(content.array(), content.arrayOffset() + content.position(),
                content.remaining())) {
            return read(fileName(file), source);
        } catch (IOException e) {
            // an in-memory source has nothing to close that can fail
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a file of {@code size} bytes whose first bytes the caller already holds (from the
     * buffer's position to its limit, not changed); the file is opened only if the format needs
     * bytes past them.
     */
    public MediaInfo read(Path file, ByteBuffer start, long size) {
        if (!start.hasArray()) {
            return read(file);
        }
        ByteSource source = ByteSource.startingWith(start.array(), start.arrayOffset() + start.position(),
                start.remaining(), size, file);
        try {
            return read(fileName(file), source);
        } finally {
            try {
                source.close();
            } catch (IOException e) {
                // what was read stands; a read-only file that will not close loses nothing
                LOG.debug("Cannot close {}", file, e);
            }
        }
    }

    /**
     * What a file of {@code size} bytes is when its first bytes (from the buffer's position to
     * its limit, not changed) already show it is no photo or video: empty, nothing known, or a
     * known format Rakit does not take. Empty when it may be media, which only reading it can
     * tell. The file is not opened: an import decides from this whether to copy it at all.
     */
    public Optional<MediaInfo> notMedia(Path file, ByteBuffer head, long size) {
        if (size == 0) {
            return Optional.of(MediaInfo.unreadable(ContentFormat.UNKNOWN, FileProblem.EMPTY_FILE));
        }
        byte[] bytes = new byte[Math.min(head.remaining(), HEAD_LENGTH)];
        head.duplicate().get(bytes);
        String extension = ContentFormat.extensionOf(fileName(file));
        return Optional.ofNullable(notMedia(ContentFormat.detect(bytes), extension));
    }

    /** The answer for content that is surely no photo or video, or null. */
    private static MediaInfo notMedia(String format, String extension) {
        if (format.equals(ContentFormat.UNKNOWN)) {
            // bytes that are nothing known, under a photo or video name, are a damaged file
            return ContentFormat.isMediaExtension(extension)
                    ? unusable(format, FileProblem.CORRUPT, true)
                    : unusable(format, FileProblem.UNSUPPORTED_FORMAT, true);
        }
        if (ContentFormat.kindOf(format) == MediaType.UNSUPPORTED) {
            return unusable(format, FileProblem.UNSUPPORTED_FORMAT, ContentFormat.extensionFits(format, extension));
        }
        return null;
    }

    private MediaInfo read(String name, ByteSource source) {
        String extension = ContentFormat.extensionOf(name);
        if (source.size() == 0) {
            return MediaInfo.unreadable(ContentFormat.UNKNOWN, FileProblem.EMPTY_FILE);
        }
        String format = ContentFormat.UNKNOWN;
        boolean nameFits = true;
        try {
            format = ContentFormat.detect(source.readAtMost(0, HEAD_LENGTH));
            nameFits = ContentFormat.extensionFits(format, extension);
            MediaType kind = ContentFormat.kindOf(format);
            MediaInfo surelyNot = notMedia(format, extension);
            if (surelyNot != null) {
                return surelyNot;
            }
            MediaFacts facts = new MediaFacts(format, kind);
            if (kind == MediaType.PHOTO) {
                PhotoTags photo = new PhotoTags();
                PhotoFormats.read(source, extension, photo, facts);
                photo.fillInto(facts, zone);
            } else {
                VideoFormats.read(source, facts, zone);
            }
            // a raw flavour is only known once read, so the name is judged again
            if (!ContentFormat.extensionFits(facts.format, extension)) {
                facts.problems.add(FileProblem.EXTENSION_MISMATCH);
            }
            if (source.storageFailure() != null) {
                return unusable(facts.format, FileProblem.READ_FAILED, true);
            }
            return facts.toMediaInfo();
        } catch (UnreadableFileException e) {
            LOG.debug("{} is unreadable as {}: {}", name, format, e.getMessage());
            return unusable(format, storageOr(source, e.problem()), nameFits);
        } catch (EOFException e) {
            LOG.debug("{} ends early", name, e);
            return unusable(format, storageOr(source, FileProblem.TRUNCATED), nameFits);
        } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
            // whatever a damaged or hostile file makes the parsers throw stays with that file
            LOG.debug("{} could not be parsed as {}", name, format, e);
            return unusable(format, storageOr(source, FileProblem.CORRUPT), nameFits);
        }
    }

    /** A disk or network failure while reading is never reported as a damaged file. */
    private static FileProblem storageOr(ByteSource source, FileProblem problem) {
        return source.storageFailure() != null ? FileProblem.READ_FAILED : problem;
    }

    private static MediaInfo unusable(String format, FileProblem problem, boolean nameFits) {
        MediaInfo base = problem == FileProblem.UNSUPPORTED_FORMAT
                ? MediaInfo.unsupported(format) : MediaInfo.unreadable(format, problem);
        if (nameFits) {
            return base;
        }
        List<FileProblem> problems = new ArrayList<>(base.problems());
        problems.add(FileProblem.EXTENSION_MISMATCH);
        return new MediaInfo(base.mediaType(), base.format(), base.captureTime(), base.make(), base.model(),
                base.serial(), base.software(), base.orientation(), base.width(), base.height(),
                base.durationSeconds(), base.rotation(), base.gps(), base.modifyDate(), base.cameraMetadata(),
                problems);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * Takes where a QuickTime or MP4 video was shot, and who shot it, out of {@code copy} (give it a
     * copy: it is changed in place) without touching its frames, and names what was taken out.
     * See {@link VideoPrivacy}.
     */
    public static List<String> removeLocationAndOwner(Path copy) throws java.io.IOException {
        return VideoPrivacy.scrub(copy);
    }
}
