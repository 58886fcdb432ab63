package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture at reduced resolution through ImageIO: only every n-th pixel of every n-th
 * row is kept, with n chosen so the result still has about the preview's long edge. A 24 MP
 * photo for a 1280 px preview thus costs a 1500 x 1000 image (4.5 MB) instead of 72 MB.
 *
 * <p>JPEG, nearly every photo, goes straight to the JDK's decoder (libjpeg), reused by each
 * thread and writing into the thread's reused buffer as RGB bytes. The decoder TwelveMonkeys
 * registers first delegates to the same libjpeg but takes a slower path for photos with an ICC
 * profile (every iPhone photo), which here is a table conversion ({@link IccToSrgb}) of the
 * small decoded picture. JPEGs this path does not take (CMYK, or anything the JDK's decoder
 * rejects) and all other formats go through whichever ImageIO decoder recognises them.
 */
final class PhotoDecoder {

    /**
     * What was decoded, and whether the decoder had to fill in a missing end: the picture as RGB
     * bytes when the JPEG path decoded it, else the image another decoder gave.
     */
    record Decoded(RgbPicture picture, BufferedImage image, PixelSize declared, boolean truncated) {

        /** The decoded picture as RGB bytes, converted into the thread's buffers if need be. */
        RgbPicture rgb(Scratch scratch) {
            return picture != null ? picture : Pictures.opaque(image, scratch);
        }
    }

    /** A JPEG the direct path does not take; the general one tries it. */
    private static final class NotForThisPath extends Exception {
        NotForThisPath(String why) {
            super(why, null, false, false);
        }
    }

    private PhotoDecoder() {
    }

    /** Decodes the picture in {@code in}, which the caller closes. */
    static Decoded decode(ImageInputStream in, int previewEdge, long maxPixels, Deadline deadline, Scratch scratch)
            throws RenditionFailure, IOException {
        return decode(in, declared -> step(declared, previewEdge), maxPixels, deadline, scratch);
    }

    /** Decodes keeping every {@code step.applyAsInt(declared size)}-th pixel of every such row. */
    static Decoded decode(ImageInputStream in, ToIntFunction<PixelSize> step, long maxPixels, Deadline deadline,
                          Scratch scratch) throws RenditionFailure, IOException {
        if (startsLikeJpeg(in)) {
            // a hostile segment list keeps native decoders busy beyond any deadline: refused first
            JpegStructure.check(in, deadline);
            ImageReader reader = scratch.jpegReader();
            if (reader != null) {
                try {
                    return jpeg(reader, in, step, maxPixels, deadline, scratch);
                } catch (RenditionFailure | DeadlinePassedException | StorageReadException e) {
                    throw e;
                } catch (NotForThisPath e) {
                    in.seek(0);
                } catch (IOException | RuntimeException e) {
                    if (deadline.passed()) {
                        throw new DeadlinePassedException();
                    }
                    // another decoder may still read it (odd markers, broken profiles); it decides what is wrong
                    scratch.dropJpegReader();
                    in.seek(0);
                } finally {
                    scratch.releaseJpegReader(reader);
                }
            }
        }
        return general(in, step, maxPixels, deadline);
    }

    private static boolean startsLikeJpeg(ImageInputStream in) throws IOException {
        in.seek(0);
        boolean jpeg = in.read() == 0xFF && in.read() == 0xD8 && in.read() == 0xFF;
        in.seek(0);
        return jpeg;
    }

    private static Decoded jpeg(ImageReader reader, ImageInputStream in, ToIntFunction<PixelSize> steps, long maxPixels,
                                Deadline deadline, Scratch scratch)
            throws RenditionFailure, IOException, NotForThisPath {
        reader.setInput(in, false, true);
        PixelSize declared = declaredSize(reader, maxPixels);
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        int bands = types.hasNext() ? types.next().getNumBands() : 0;
        if (bands != 1 && bands != 3) {
            throw new NotForThisPath(bands + " colour channels");
        }
        // a YCbCr JPEG with an ICC profile offers decoding in the profile's own space, unconverted
        ICC_ColorSpace profile = null;
        while (types.hasNext()) {
            ColorSpace space = types.next().getColorModel().getColorSpace();
            if (space instanceof ICC_ColorSpace icc && !space.isCS_sRGB() && space.getType() == ColorSpace.TYPE_RGB
                    && space.getNumComponents() == 3) {
                profile = icc;
            }
        }
        Optional<IccToSrgb> conversion = profile == null ? Optional.empty() : IccToSrgb.of(profile);
        int step = Math.max(1, steps.applyAsInt(declared));
        int width = (declared.width() + step - 1) / step;
        int height = (declared.height() + step - 1) / step;
        byte[] buffer = scratch.forDecoding(RgbPicture.bytesFor(width, height));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        // without a usable table conversion the destination is sRGB and the decoder converts itself
        param.setDestination(RgbPicture.view(buffer, width, height,
                conversion.isPresent() ? profile : ColorSpace.getInstance(ColorSpace.CS_sRGB)));
        StopAndWarnings listener = listen(reader, deadline);
        reader.read(0, param);
        if (listener.stopped || deadline.passed()) {
            throw new DeadlinePassedException();
        }
        RgbPicture picture = new RgbPicture(buffer, width, height);
        if (conversion.isPresent()) {
            conversion.get().convert(picture);
        }
        return new Decoded(picture, null, declared, listener.truncated);
    }

    private static Decoded general(ImageInputStream in, ToIntFunction<PixelSize> steps, long maxPixels, Deadline deadline)
            throws RenditionFailure, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new RenditionFailure(FileProblem.CORRUPT, "no image decoder recognises the content");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, false, true);
            PixelSize declared = declaredSize(reader, maxPixels);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, steps.applyAsInt(declared));
            param.setSourceSubsampling(step, step, 0, 0);
            StopAndWarnings listener = listen(reader, deadline);
            BufferedImage image = reader.read(0, param);
            if (listener.stopped || deadline.passed()) {
                throw new DeadlinePassedException();
            }
            if (image == null) {
                throw new RenditionFailure(FileProblem.CORRUPT, "decoder returned no image", Optional.of(declared));
            }
            return new Decoded(null, image, declared, listener.truncated);
        } finally {
            reader.dispose();
        }
    }

    /** The header alone gives the size: a 50,000 x 50,000 "bomb" is refused before any pixel buffer exists. */
    private static PixelSize declaredSize(ImageReader reader, long maxPixels) throws RenditionFailure, IOException {
        PixelSize declared = new PixelSize(Math.max(0, reader.getWidth(0)), Math.max(0, reader.getHeight(0)));
        if (declared.pixels() == 0) {
            throw new RenditionFailure(FileProblem.CORRUPT, "declares no pixels", Optional.of(declared));
        }
        if (declared.pixels() > maxPixels) {
            throw new RenditionFailure(FileProblem.TOO_MANY_PIXELS, declared + " from a "
                    + reader.getFormatName().toUpperCase(Locale.ROOT) + " header", Optional.of(declared));
        }
        return declared;
    }

    /** The nearest whole step to the preview size; the writer keeps what lands within its slack. */
    private static int step(PixelSize declared, int previewEdge) {
        return Math.max(1, (int) Math.round((double) declared.longEdge() / previewEdge));
    }

    private static StopAndWarnings listen(ImageReader reader, Deadline deadline) {
        StopAndWarnings listener = new StopAndWarnings(deadline);
        reader.addIIOReadProgressListener(listener);
        reader.addIIOReadWarningListener(listener);
        return listener;
    }

    /** The JDK's own JPEG decoder, whatever other decoders are registered ahead of it. */
    static ImageReader newJdkJpegReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReader")) {
                return reader;
            }
            reader.dispose();
        }
        return null;
    }

    /**
     * Stops the reader from its own progress reports, on its own thread: the JDK's JPEG reader
     * refuses {@code abort()} from any other thread while it reads.
     */
    private static final class StopAndWarnings implements IIOReadProgressListener, IIOReadWarningListener {
        private final Deadline deadline;
        boolean stopped;
        boolean truncated;

        StopAndWarnings(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (!stopped && deadline.passed()) {
                stopped = true;
                source.abort();
            }
        }

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String text = warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature end") || text.contains("truncated") || text.contains("missing eoi")) {
                truncated = true;
            }
        }

        @Override
        public void readAborted(ImageReader source) {
            stopped = true;
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }
    }
}
