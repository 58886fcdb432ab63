package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.stream.ImageInputStream;

/**
 * The photos that go out to the platforms: cropped or fitted to each platform's size from one
 * full decode, upright, in sRGB, as JPEG files whose quality is chosen to stay within the
 * platform's file size, and without any of the original's metadata (no GPS position, serial
 * number, owner or maker notes: the encoder writes a bare JFIF header).
 *
 * <p>One {@link Photo} serves every platform of a bundle: the file is decoded once at full size
 * (photos over {@link #FULL_DECODE_PIXELS} at a whole fraction of it), and each rendition is an
 * area-average shrink of the part it shows, turned upright after shrinking, where it is small.
 */
public final class PublishedPhotos {

    /** Larger photos are decoded at 1/2, 1/3, ... of their size, still at least twice the largest output. */
    static final long FULL_DECODE_PIXELS = 40_000_000L;
    /** The largest output any platform asks for; a reduced decode stays at least twice this. */
    static final int LARGEST_OUTPUT = 2048;
    /** The first quality tried; lowered in steps of 5 until the file fits. */
    static final int BEST_QUALITY = 92;
    static final int LOWEST_QUALITY = 60;

    private static final Set<String> RAW_FORMATS = Set.of("CR2", "CRW", "NEF", "NRW", "ARW", "SR2", "SRF", "DNG",
            "RAF", "ORF", "RW2", "RWL", "PEF", "SRW", "ERF", "3FR", "IIQ", "MEF", "MOS", "KDC", "DCR", "MRW", "GPR",
            "X3F", "RAW");
    private static final Set<String> DECODED_FORMATS = Set.of("JPEG", "JPG", "PNG", "GIF", "BMP", "TIFF", "TIF",
            "WEBP", "EXTENDED WEBP");

    private PublishedPhotos() {
    }

    /** How one rendition shows the photo. */
    public sealed interface Framing permits Crop, Fit {
    }

    /**
     * The largest part of the upright photo with the ratio {@code width : height}, centred on
     * ({@code centreX}, {@code centreY}) as fractions of the photo's width and height (0.5, 0.5 is the
     * middle) but kept inside it, shrunk to {@code width} x {@code height} (never enlarged: a smaller
     * photo keeps its own pixels at the same ratio).
     */
    public record Crop(int width, int height, double centreX, double centreY) implements Framing {
        public Crop {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("no crop of " + width + " x " + height);
            }
            centreX = clamp(centreX);
            centreY = clamp(centreY);
        }

        private static double clamp(double v) {
            return Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
        }
    }

    /** The whole upright photo within {@code maxWidth} x {@code maxHeight} (0: no bound), never enlarged. */
    public record Fit(int maxWidth, int maxHeight) implements Framing {
    }

    /** A rendition ready to write: its JPEG bytes, size and the quality that kept it within the limit. */
    public record Encoded(byte[] jpeg, PixelSize size, int quality) {
    }

    /** Why a photo cannot be published, with the problem the admin sees. */
    public static final class PhotoFailure extends IOException {
        private final FileProblem problem;

        PhotoFailure(FileProblem problem, String detail, Throwable cause) {
            super(problem + ": " + detail, cause);
            this.problem = problem;
        }

        public FileProblem problem() {
            return problem;
        }
    }

    /** Whether Rakit can make published renditions of a photo in this format (HEIC, for one, it cannot). */
    public static boolean canRender(String format) {
        String kind = normalised(format);
        return DECODED_FORMATS.contains(kind) || RAW_FORMATS.contains(kind);
    }

    /** The part of a photo a crop shows, in upright pixels; what the window draws over the photo. */
    public record Region(int x, int y, int width, int height) {
    }

    /** The region {@code crop} takes from an upright photo of {@code width} x {@code height}. */
    public static Region region(Crop crop, int width, int height) {
        double ratio = (double) crop.width() / crop.height();
        int w;
        int h;
        if ((double) width / height > ratio) {
            h = height;
            w = Math.max(1, Math.min(width, (int) Math.round(height * ratio)));
        } else {
            w = width;
            h = Math.max(1, Math.min(height, (int) Math.round(width / ratio)));
        }
        int x = (int) Math.round(crop.centreX() * width - w / 2.0);
        int y = (int) Math.round(crop.centreY() * height - h / 2.0);
        x = Math.max(0, Math.min(width - w, x));
        y = Math.max(0, Math.min(height - h, y));
        return new Region(x, y, w, h);
    }

    /** The size a rendition of an upright photo of {@code width} x {@code height} will have. */
    public static PixelSize outputSize(Framing framing, int width, int height) {
        if (framing instanceof Crop crop) {
            Region r = region(crop, width, height);
            if (r.width() >= crop.width() && r.height() >= crop.height()) {
                return new PixelSize(crop.width(), crop.height());
            }
            double scale = Math.min(1, Math.min((double) crop.width() / r.width(), (double) crop.height() / r.height()));
            return new PixelSize(Math.max(1, (int) Math.round(r.width() * scale)),
                    Math.max(1, (int) Math.round(r.height() * scale)));
        }
        Fit fit = (Fit) framing;
        double scale = 1;
        if (fit.maxWidth() > 0) {
            scale = Math.min(scale, (double) fit.maxWidth() / width);
        }
        if (fit.maxHeight() > 0) {
            scale = Math.min(scale, (double) fit.maxHeight() / height);
        }
        return new PixelSize(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /**
     * Decodes the photo for its renditions. The photo holds this thread's buffers: make its
     * renditions on the same thread, one photo at a time.
     *
     * @param format      its format by content ({@code JPEG}, {@code PNG}, a RAW format's name...)
     * @param orientation its EXIF orientation 1-8
     * @throws PhotoFailure when the file cannot be read or decoded
     */
    public static Photo open(Path file, String format, int orientation, Deadline deadline) throws PhotoFailure {
        String kind = normalised(format);
        if (!canRender(kind)) {
            throw new PhotoFailure(FileProblem.NO_PREVIEW, kind + " cannot be decoded in pure Java", null);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                throw new PhotoFailure(FileProblem.EMPTY_FILE, file.toString(), null);
            }
            PictureSource source = PictureSource.of(channel, size);
            long start = 0;
            long length = size;
            if (RAW_FORMATS.contains(kind)) {
                Optional<RawPreviews.Span> preview = RawPreviews.largest(source.tiff(), size);
                if (preview.isEmpty()) {
                    throw new PhotoFailure(FileProblem.NO_PREVIEW, kind + " file has no embedded JPEG preview", null);
                }
                start = preview.get().offset();
                length = preview.get().length();
            }
            Scratch scratch = Scratch.forThisThread();
            PhotoDecoder.Decoded decoded;
            try (ImageInputStream in = source.window(start, length, deadline)) {
                decoded = PhotoDecoder.decode(in, PublishedPhotos::decodeStep, RenditionWriter.MAX_PIXELS, deadline,
                        scratch);
            }
            return new Photo(decoded.rgb(scratch), orientation, scratch);
        } catch (PhotoFailure e) {
            throw e;
        } catch (RenditionFailure e) {
            throw new PhotoFailure(e.problem(), e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new PhotoFailure(FileProblem.NOT_FOUND, file.toString(), e);
        } catch (AccessDeniedException e) {
            throw new PhotoFailure(FileProblem.ACCESS_DENIED, file.toString(), e);
        } catch (DeadlinePassedException e) {
            throw new PhotoFailure(FileProblem.TIMED_OUT, file.toString(), e);
        } catch (EOFException e) {
            throw new PhotoFailure(FileProblem.TRUNCATED, file.toString(), e);
        } catch (IOException | RuntimeException e) {
            throw new PhotoFailure(deadline.passed() ? FileProblem.TIMED_OUT : FileProblem.CORRUPT, e.toString(), e);
        }
    }

    /** Full size up to {@link #FULL_DECODE_PIXELS}; above it, the coarsest whole step that keeps twice the largest output. */
    static int decodeStep(PixelSize declared) {
        if (declared.pixels() <= FULL_DECODE_PIXELS) {
            return 1;
        }
        return Math.max(1, declared.longEdge() / (2 * LARGEST_OUTPUT));
    }

    /** A decoded photo, in stored orientation, and what it is turned by. */
    public static final class Photo {
        private final RgbPicture stored;
        private final int orientation;
        private final Scratch scratch;

        private Photo(RgbPicture stored, int orientation, Scratch scratch) {
            this.stored = stored;
            this.orientation = Orientation.turns(orientation) ? orientation : 1;
            this.scratch = scratch;
        }

        /** The photo's size as it is shown (after its orientation). */
        public PixelSize upright() {
            return swaps() ? new PixelSize(stored.height, stored.width) : new PixelSize(stored.width, stored.height);
        }

        private boolean swaps() {
            return orientation >= 5;
        }

        /**
         * One rendition as a JPEG of at most {@code maxBytes}: quality {@value #BEST_QUALITY}, lowered in
         * steps of 5 to {@value #LOWEST_QUALITY}, then the picture made smaller by a tenth at a time.
         */
        public Encoded render(Framing framing, long maxBytes) throws IOException {
            PixelSize shown = upright();
            Region region = framing instanceof Crop crop ? region(crop, shown.width(), shown.height())
                    : new Region(0, 0, shown.width(), shown.height());
            PixelSize out = outputSize(framing, shown.width(), shown.height());
            for (int attempt = 0; attempt < 12; attempt++) {
                RgbPicture picture = picture(region, out);
                for (int quality = BEST_QUALITY; quality >= LOWEST_QUALITY; quality -= 5) {
                    byte[] jpeg = JpegFiles.encoded(picture, quality / 100f, scratch);
                    if (jpeg.length <= maxBytes) {
                        return new Encoded(jpeg, new PixelSize(picture.width, picture.height), quality);
                    }
                }
                out = new PixelSize(Math.max(1, out.width() * 9 / 10), Math.max(1, out.height() * 9 / 10));
            }
            throw new IOException("no JPEG of this photo fits in " + maxBytes + " bytes");
        }

        /** The upright region shrunk to {@code out}: the stored part shrunk first, then turned. */
        private RgbPicture picture(Region upright, PixelSize out) {
            int[] stored = storedRegion(upright);
            int outW = swaps() ? out.height() : out.width();
            int outH = swaps() ? out.width() : out.height();
            outW = Math.min(outW, stored[2]);
            outH = Math.min(outH, stored[3]);
            RgbPicture shrunk = Pictures.shrinkRegion(this.stored, stored[0], stored[1], stored[2], stored[3], outW, outH,
                    scratch.spare(this.stored, RgbPicture.bytesFor(outW, outH)));
            if (!Orientation.turns(orientation)) {
                return shrunk;
            }
            return Orientation.upright(shrunk, orientation, scratch.forThumbnail(RgbPicture.bytesFor(outW, outH)));
        }

        /**
         * The stored pixels {x, y, w, h} that show as {@code r} once turned upright: the two corners of
         * the region taken back through the orientation (the inverse of {@link Orientation#upright}).
         */
        int[] storedRegion(Region r) {
            int w = stored.width;
            int h = stored.height;
            double[] a = toStored(r.x(), r.y(), w, h);
            double[] b = toStored(r.x() + r.width(), r.y() + r.height(), w, h);
            int x0 = (int) Math.round(Math.min(a[0], b[0]));
            int y0 = (int) Math.round(Math.min(a[1], b[1]));
            int x1 = (int) Math.round(Math.max(a[0], b[0]));
            int y1 = (int) Math.round(Math.max(a[1], b[1]));
            x0 = Math.max(0, Math.min(w - 1, x0));
            y0 = Math.max(0, Math.min(h - 1, y0));
            return new int[] {x0, y0, Math.max(1, Math.min(w, x1) - x0), Math.max(1, Math.min(h, y1) - y0)};
        }

        /** A point of the upright picture (pixel edges, not centres) in stored coordinates. */
        private double[] toStored(double x, double y, int w, int h) {
            return switch (orientation) {
                case 2 -> new double[] {w - x, y};
                case 3 -> new double[] {w - x, h - y};
                case 4 -> new double[] {x, h - y};
                case 5 -> new double[] {y, x};
                case 6 -> new double[] {y, h - x};
                case 7 -> new double[] {w - y, h - x};
                case 8 -> new double[] {w - y, x};
                default -> new double[] {x, y};
            };
        }
    }

    private static String normalised(String format) {
        return format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
    }
}
