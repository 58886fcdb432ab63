package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture at reduced resolution through ImageIO: only every n-th pixel of every n-th
 * row is kept, with n chosen so the result still has at least the preview's long edge. A 24 MP
 * photo for a 1280 px preview thus costs a 1500 x 1000 image (6 MB) instead of 96 MB.
 */
final class PhotoDecoder {

    /** What was decoded, and whether the decoder had to fill in a missing end. */
    record Decoded(BufferedImage image, PixelSize declared, boolean truncated) {
    }

    private PhotoDecoder() {
    }

    /**
     * Decodes the picture in {@code length} bytes from {@code start} of the file. The channel is
     * closed when this returns.
     */
    static Decoded decode(FileChannel channel, long start, long length, int previewEdge, long maxPixels,
                          Deadline deadline) throws RenditionFailure, IOException {
        try (ImageInputStream in = new FileWindowInputStream(channel, start, length, deadline)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RenditionFailure(FileProblem.CORRUPT, "no image decoder recognises the content");
            }
            ImageReader reader = readers.next();
            try {
                return decode(reader, in, previewEdge, maxPixels, deadline);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Decoded decode(ImageReader reader, ImageInputStream in, int previewEdge, long maxPixels,
                                  Deadline deadline) throws RenditionFailure, IOException {
        reader.setInput(in, false, true);
        // the header alone gives the size: a 50,000 x 50,000 "bomb" is refused before any pixel buffer exists
        PixelSize declared = new PixelSize(Math.max(0, reader.getWidth(0)), Math.max(0, reader.getHeight(0)));
        if (declared.pixels() == 0) {
            throw new RenditionFailure(FileProblem.CORRUPT, "declares no pixels", Optional.of(declared));
        }
        if (declared.pixels() > maxPixels) {
            throw new RenditionFailure(FileProblem.TOO_MANY_PIXELS, declared + " from a "
                    + reader.getFormatName().toUpperCase(Locale.ROOT) + " header", Optional.of(declared));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        // the nearest whole step to the preview size; the writer keeps what lands within its slack
        int step = Math.max(1, (int) Math.round((double) declared.longEdge() / previewEdge));
        param.setSourceSubsampling(step, step, 0, 0);
        StopAndWarnings listener = new StopAndWarnings(deadline);
        reader.addIIOReadProgressListener(listener);
        reader.addIIOReadWarningListener(listener);
        BufferedImage image = reader.read(0, param);
        if (listener.stopped || deadline.passed()) {
            throw new DeadlinePassedException();
        }
        if (image == null) {
            throw new RenditionFailure(FileProblem.CORRUPT, "decoder returned no image", Optional.of(declared));
        }
        return new Decoded(image, declared, listener.truncated);
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
