package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the pictures Rakit shows for a photo or video: a grid thumbnail and a larger preview,
 * both upright JPEG files, from one reduced-resolution decode, plus a perceptual hash for
 * finding near-duplicates. Problems with the source file come back in the {@link Rendition},
 * never as exceptions, so one broken file never stops a batch.
 *
 * <p>Thread-safe and stateless: one instance can serve every worker thread.
 */
public final class RenditionWriter {

    /** Long edge of the grid thumbnail, in pixels. */
    public static final int THUMBNAIL_EDGE = 320;
    /** Long edge of the preview, in pixels. */
    public static final int PREVIEW_EDGE = 1280;
    /**
     * Pictures declaring more pixels than this are refused unread. 2^28 (about 268 million)
     * takes the largest phone sensors (200 MP, 16320 x 12240) and long panoramas with room to
     * spare, while a header claiming 50,000 x 50,000 (2.5 billion) is refused; reduced-resolution
     * decoding keeps what is accepted at a few MB of heap. A progressive JPEG is the exception:
     * its decoder holds every coefficient in native memory (about 3 bytes a pixel, 800 MB at the
     * limit), which cameras and phones avoid by writing baseline JPEGs.
     */
    public static final long MAX_PIXELS = 1L << 28;

    /** A preview may be this much larger than its edge before it is shrunk (see {@link #finish}). */
    static final double PREVIEW_SLACK = 1.3;

    private static final Logger LOG = LoggerFactory.getLogger(RenditionWriter.class);
    private static final float THUMBNAIL_QUALITY = 0.80f;
    private static final float PREVIEW_QUALITY = 0.85f;

    private static final Set<String> RAW_FORMATS = Set.of("CR2", "CRW", "NEF", "NRW", "ARW", "SR2", "SRF", "DNG",
            "RAF", "ORF", "RW2", "RWL", "PEF", "SRW", "ERF", "3FR", "IIQ", "MEF", "MOS", "KDC", "DCR", "MRW", "GPR",
            "X3F", "RAW");
    /** HEVC and AV1 pictures: decoded by FFmpeg ({@link FfmpegFrames}), in the rendition process. */
    private static final Set<String> NATIVE_STILLS = Set.of("HEIC", "HEIF", "AVIF");
    /** No decoder here reads these: JPEG 2000 and XL, Canon's ISO-BMFF RAW. */
    private static final Set<String> UNDECODABLE_FORMATS = Set.of("CR3", "JXL", "JP2");
    /** Long edge of a photo's publishable JPEG: what X and Facebook take at most; a 12 MP photo keeps every pixel. */
    public static final int PUBLISH_EDGE = 4096;
    private static final float PUBLISH_QUALITY = 0.92f;
    /** A file of these formats that no decoder recognises is damaged, not merely unsupported. */
    private static final Set<String> DECODED_FORMATS = Set.of("JPEG", "JPG", "PNG", "GIF", "BMP", "TIFF", "TIF",
            "WEBP", "EXTENDED WEBP");
    private static final Set<String> MP4_FAMILY = Set.of("MP4", "MOV", "M4V", "3GP", "3G2", "QUICKTIME");

    private final int thumbnailEdge;
    private final int previewEdge;
    private final boolean nativeDecoders;

    public RenditionWriter() {
        this(THUMBNAIL_EDGE, PREVIEW_EDGE);
    }

    /** For other sizes; the thumbnail is made from the preview, so it must not be larger. */
    public RenditionWriter(int thumbnailEdge, int previewEdge) {
        this(thumbnailEdge, previewEdge, true);
    }

    private RenditionWriter(int thumbnailEdge, int previewEdge, boolean nativeDecoders) {
        if (thumbnailEdge < 8 || previewEdge < thumbnailEdge) {
            throw new IllegalArgumentException("need 8 <= thumbnail edge <= preview edge: " + thumbnailEdge
                    + ", " + previewEdge);
        }
        this.thumbnailEdge = thumbnailEdge;
        this.previewEdge = previewEdge;
        this.nativeDecoders = nativeDecoders;
    }

    /**
     * Without FFmpeg's native code: for the window's own process when no rendition process can
     * be started, so a native crash can never take the window down (HEIC, AVIF and most video
     * codecs then get no picture).
     */
    public static RenditionWriter pureJava() {
        return new RenditionWriter(THUMBNAIL_EDGE, PREVIEW_EDGE, false);
    }

    /** The EXIF orientation (1-8) that turns a picture {@code clockwiseDegrees} (a HEIF's {@code irot}, a video's matrix). */
    public static int orientationOfTurn(int clockwiseDegrees) {
        return Orientation.ofVideoRotation(clockwiseDegrees);
    }

    private boolean decodesNatively() {
        return nativeDecoders && FfmpegFrames.available();
    }

    /**
     * Writes the thumbnail and preview of a photo.
     *
     * @param source      the photo file
     * @param format      its format as read from its content, e.g. {@code JPEG}, {@code PNG},
     *                    {@code NEF}, {@code HEIC}; RAW formats use their largest embedded JPEG
     * @param orientation its EXIF orientation 1-8 (anything else counts as 1)
     * @param out         where to write
     * @param deadline    when to give up on this file
     * @throws UncheckedIOException only if the renditions cannot be written to {@code out}
     *                              (disk full, folder not writable): not the photo's fault
     */
    public Rendition writePhoto(Path source, String format, int orientation, RenditionPaths out, Deadline deadline) {
        String kind = normalised(format);
        if (UNDECODABLE_FORMATS.contains(kind)) {
            LOG.info("no preview for {}: {} cannot be decoded here", source, kind);
            return Rendition.failed(FileProblem.NO_PREVIEW, Optional.empty());
        }
        if (NATIVE_STILLS.contains(kind)) {
            return nativeStill(source, kind, orientation, out, deadline);
        }
        return withFile(source, deadline, (file, size) -> photo(PictureSource.of(file, size), kind, orientation, out,
                deadline));
    }

    /**
     * As {@link #writePhoto(Path, String, int, RenditionPaths, Deadline)}, for a photo whose bytes
     * the caller already holds (an import has just read and verified them): nothing is read from
     * disk. {@code source} only names the photo in the log.
     *
     * @param content the whole file, from its position to its limit; not changed
     */
    public Rendition writePhoto(Path source, ByteBuffer content, String format, int orientation, RenditionPaths out,
                                Deadline deadline) {
        String kind = normalised(format);
        if (UNDECODABLE_FORMATS.contains(kind)) {
            LOG.info("no preview for {}: {} cannot be decoded here", source, kind);
            return Rendition.failed(FileProblem.NO_PREVIEW, Optional.empty());
        }
        if (NATIVE_STILLS.contains(kind)) {
            // FFmpeg reads from the file, which the import has already written and verified
            return nativeStill(source, kind, orientation, out, deadline);
        }
        if (!content.hasArray()) {
            return writePhoto(source, format, orientation, out, deadline);
        }
        if (deadline.passed()) {
            return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
        }
        return withSource(source, deadline, () -> {
            PictureSource memory = PictureSource.of(content);
            return memory.size() == 0 ? Rendition.failed(FileProblem.EMPTY_FILE, Optional.empty())
                    : photo(memory, kind, orientation, out, deadline);
        });
    }

    /** A HEIC, HEIF or AVIF picture through FFmpeg; its {@code irot} turn comes in as {@code orientation}. */
    private Rendition nativeStill(Path source, String kind, int orientation, RenditionPaths out, Deadline deadline) {
        if (!decodesNatively()) {
            LOG.info("no preview for {}: {} needs FFmpeg, which is not used here", source, kind);
            return Rendition.failed(FileProblem.NO_PREVIEW, Optional.empty());
        }
        if (deadline.passed()) {
            return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
        }
        return withSource(source, deadline, () -> {
            int edge = out.publishable().isPresent() ? PUBLISH_EDGE : previewEdge;
            RgbPicture still = FfmpegFrames.still(source, edge, MAX_PIXELS, deadline);
            return finish(still, orientation, out, Optional.empty(), List.of(), Scratch.forThisThread(), true);
        });
    }

    private Rendition photo(PictureSource source, String kind, int orientation, RenditionPaths out, Deadline deadline)
            throws IOException, RenditionFailure {
        long start = 0;
        long length = source.size();
        if (RAW_FORMATS.contains(kind)) {
            Optional<RawPreviews.Span> preview = RawPreviews.largest(source.tiff(), source.size());
            if (preview.isEmpty()) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, kind + " file has no embedded JPEG preview");
            }
            start = preview.get().offset();
            length = preview.get().length();
        }
        Scratch scratch = Scratch.forThisThread();
        PhotoDecoder.Decoded decoded;
        // a JPEG is published as it is; any other photo gets a JPEG of its own, decoded larger for it
        boolean publish = out.publishable().isPresent() && !kind.equals("JPEG") && !kind.equals("JPG");
        try (ImageInputStream in = source.window(start, length, deadline)) {
            decoded = PhotoDecoder.decode(in, publish ? PUBLISH_EDGE : previewEdge, MAX_PIXELS, deadline, scratch);
        } catch (RenditionFailure e) {
            if (e.problem() == FileProblem.CORRUPT && !DECODED_FORMATS.contains(kind) && !RAW_FORMATS.contains(kind)) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, kind + " is not a format Rakit decodes");
            }
            throw e;
        }
        List<FileProblem> problems = decoded.truncated() ? List.of(FileProblem.TRUNCATED) : List.of();
        return finish(decoded.rgb(scratch), orientation, out, Optional.of(decoded.declared()), problems, scratch,
                publish);
    }

    /**
     * Writes the thumbnail and preview of a video from a frame about one second in.
     *
     * @param source           the video file
     * @param format           its container as read from its content, e.g. {@code MP4}, {@code MOV}
     * @param rotationDegrees  the clockwise turn the player applies (0, 90, 180, 270), as ExifTool's
     *                         {@code Rotation} reports it
     * @throws UncheckedIOException only if the renditions cannot be written to {@code out}
     */
    public Rendition writeVideoPoster(Path source, String format, int rotationDegrees, RenditionPaths out,
                                      Deadline deadline) {
        String kind = normalised(format);
        boolean mp4 = MP4_FAMILY.contains(kind);
        if (decodesNatively() && (mp4 || kind.equals("AVI"))) {
            return withFile(source, deadline, (file, size) -> {
                if (mp4) {
                    // FFmpeg checks its boxes too, but a hostile sample table is refused before it reads any
                    Mp4Structure.check(file, size, deadline);
                }
                RgbPicture frame = FfmpegFrames.posterFrame(source, previewEdge, MAX_PIXELS, deadline);
                return finish(frame, Orientation.ofVideoRotation(rotationDegrees), out,
                        Optional.of(new PixelSize(frame.width, frame.height)), List.of(), Scratch.forThisThread(), false);
            });
        }
        if (!mp4) {
            LOG.info("no poster frame for {}: {} container is not decoded without FFmpeg", source, kind);
            return Rendition.failed(FileProblem.NO_PREVIEW, Optional.empty());
        }
        return withFile(source, deadline, (file, size) -> {
            BufferedImage frame = VideoPosterFrame.grab(file, MAX_PIXELS, deadline);
            PixelSize stored = new PixelSize(frame.getWidth(), frame.getHeight());
            Scratch scratch = Scratch.forThisThread();
            return finish(Pictures.opaque(frame, scratch), Orientation.ofVideoRotation(rotationDegrees), out,
                    Optional.of(stored), List.of(), scratch, false);
        });
    }

    /**
     * Makes and writes the preview and thumbnail from the decoded picture, in the thread's
     * reused buffers: the preview is the decoded picture itself when its size is close enough
     * and it needs no turn, and at most one other picture is made from it.
     */
    private Rendition finish(RgbPicture decoded, int orientation, RenditionPaths out, Optional<PixelSize> declared,
                             List<FileProblem> problems, Scratch scratch, boolean publish) throws IOException {
        if (publish && out.publishable().isPresent()) {
            decoded = publish(decoded, orientation, out.publishable().get(), scratch);
            orientation = 1;
        }
        // the decoder already reduced the picture to about the preview size: shrinking it once more
        // costs more than the preview gains, so "about 1280" takes anything within a quarter of it
        RgbPicture fitted = decoded;
        int[] size = Pictures.fittedSize(decoded.width, decoded.height, previewEdge, PREVIEW_SLACK);
        if (size != null) {
            fitted = Pictures.shrink(decoded, size[0], size[1],
                    scratch.spare(decoded, RgbPicture.bytesFor(size[0], size[1])));
        }
        RgbPicture preview = fitted;
        if (Orientation.turns(orientation)) {
            preview = Orientation.upright(fitted, orientation,
                    scratch.spare(fitted, RgbPicture.bytesFor(fitted.width, fitted.height)));
        }
        RgbPicture thumbnail = preview;
        size = Pictures.fittedSize(preview.width, preview.height, thumbnailEdge, 1.0);
        if (size != null) {
            thumbnail = Pictures.shrink(preview, size[0], size[1],
                    scratch.forThumbnail(RgbPicture.bytesFor(size[0], size[1])));
        }
        long hash = PerceptualHash.of(thumbnail);
        try {
            JpegFiles.writeWhole(preview, out.preview(), PREVIEW_QUALITY, scratch);
            JpegFiles.writeWhole(thumbnail, out.thumbnail(), THUMBNAIL_QUALITY, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write renditions to " + out, e);
        }
        return new Rendition(Optional.of(new PixelSize(thumbnail.width, thumbnail.height)),
                Optional.of(new PixelSize(preview.width, preview.height)), OptionalLong.of(hash),
                declared, problems);
    }

    /**
     * Writes the photo's publishable JPEG, upright, at most {@link #PUBLISH_EDGE} on its long
     * edge, and returns that picture for the preview to be made from.
     */
    private static RgbPicture publish(RgbPicture decoded, int orientation, Path target, Scratch scratch)
            throws IOException {
        RgbPicture picture = decoded;
        int[] size = Pictures.fittedSize(picture.width, picture.height, PUBLISH_EDGE, 1.0);
        if (size != null) {
            picture = Pictures.shrink(picture, size[0], size[1], new byte[RgbPicture.bytesFor(size[0], size[1])]);
        }
        if (Orientation.turns(orientation)) {
            picture = Orientation.upright(picture, orientation, new byte[RgbPicture.bytesFor(picture.width, picture.height)]);
        }
        try {
            JpegFiles.writeWhole(picture, target, PUBLISH_QUALITY, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publishable JPEG to " + target, e);
        }
        return picture;
    }

    @FunctionalInterface
    private interface FileWork {
        Rendition apply(FileChannel file, long size) throws IOException, RenditionFailure;
    }

    @FunctionalInterface
    private interface SourceWork {
        Rendition apply() throws IOException, RenditionFailure;
    }

    /** Opens the file and turns every way reading it can fail into the problem a user sees. */
    private static Rendition withFile(Path source, Deadline deadline, FileWork work) {
        if (deadline.passed()) {
            return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
        }
        FileChannel file;
        long size;
        try {
            file = FileChannel.open(source, StandardOpenOption.READ);
            size = file.size();
        } catch (NoSuchFileException | FileNotFoundException e) {
            return logged(source, FileProblem.NOT_FOUND, e.toString(), Optional.empty());
        } catch (AccessDeniedException e) {
            return logged(source, FileProblem.ACCESS_DENIED, e.toString(), Optional.empty());
        } catch (IOException e) {
            return logged(source, FileProblem.READ_FAILED, e.toString(), Optional.empty());
        }
        try (file) {
            if (size == 0) {
                return Rendition.failed(FileProblem.EMPTY_FILE, Optional.empty());
            }
            return withSource(source, deadline, () -> work.apply(file, size));
        } catch (IOException e) {
            // closing a channel that was only read from
            return logged(source, FileProblem.READ_FAILED, e.toString(), Optional.empty());
        }
    }

    /** Turns every way reading a picture can fail into the problem a user sees. */
    private static Rendition withSource(Path source, Deadline deadline, SourceWork work) {
        try {
            return work.apply();
        } catch (RenditionFailure e) {
            return logged(source, e.problem(), e.getMessage(), e.declaredSize());
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return logged(source, problemOf(e, deadline), e.toString(), Optional.empty());
        } catch (OutOfMemoryError | StackOverflowError e) {
            // a decoder that a fuzzed file drove past the pixel limit's protection: the failed
            // allocation is garbage now, and the batch must go on with the next file
            return logged(source, FileProblem.READ_FAILED, e.toString(), Optional.empty());
        }
    }

    private static FileProblem problemOf(Throwable failure, Deadline deadline) {
        if (deadline.passed()) {
            return FileProblem.TIMED_OUT;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DeadlinePassedException) {
                return FileProblem.TIMED_OUT;
            }
            if (t instanceof StorageReadException) {
                return FileProblem.READ_FAILED;
            }
            if (t instanceof EOFException) {
                return FileProblem.TRUNCATED;
            }
        }
        return FileProblem.CORRUPT;
    }

    private static Rendition logged(Path source, FileProblem problem, String detail, Optional<PixelSize> declared) {
        LOG.info("no rendition for {}: {} ({})", source, problem, detail);
        return Rendition.failed(problem, declared);
    }

    private static String normalised(String format) {
        return format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
    }
}
