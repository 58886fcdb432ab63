package id.rakit.evidence.rendition;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * An opaque picture as 8-bit red, green and blue bytes in that order, pixel after pixel and row
 * after row with no padding, at the start of an array that may be longer (a reused buffer).
 *
 * <p>This is the layout the JDK's JPEG decoder and encoder exchange with libjpeg: both copy each
 * row with one {@code System.arraycopy}, where {@code TYPE_3BYTE_BGR} (bytes in B, G, R order)
 * costs them a per-pixel copy in Java and {@code TYPE_INT_RGB} a slower one still. Everything
 * between decoding and encoding (shrinking, turning upright, hashing) works on it directly.
 */
final class RgbPicture {

    private static final int[] RGB_ORDER = {0, 1, 2};

    final byte[] data;
    final int width;
    final int height;

    RgbPicture(byte[] data, int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height * 3 > data.length) {
            throw new IllegalArgumentException(width + " x " + height + " does not fit " + data.length + " bytes");
        }
        this.data = data;
        this.width = width;
        this.height = height;
    }

    int longEdge() {
        return Math.max(width, height);
    }

    /** Bytes the picture needs for a given size; checked, as a fuzzed header can ask for anything. */
    static int bytesFor(int width, int height) {
        long bytes = (long) width * height * 3;
        if (width <= 0 || height <= 0 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("no picture of " + width + " x " + height);
        }
        return (int) bytes;
    }

    /** A {@link BufferedImage} over this picture's bytes (no copy), in sRGB. */
    BufferedImage image() {
        return view(data, width, height, ColorSpace.getInstance(ColorSpace.CS_sRGB));
    }

    /**
     * A {@link BufferedImage} of {@code width} x {@code height} over the start of {@code data}, in
     * {@code space}; for decoding into a reused buffer.
     */
    static BufferedImage view(byte[] data, int width, int height, ColorSpace space) {
        DataBufferByte buffer = new DataBufferByte(data, bytesFor(width, height));
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height, width * 3, 3, RGB_ORDER, null);
        ColorModel model = new ComponentColorModel(space, false, false, ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * Whether {@code image} is already laid out as this class needs (as a decode into
     * {@link #view} gives), so it can be used without copying.
     */
    static boolean isView(BufferedImage image) {
        if (!(image.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
                || !(image.getRaster().getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel model)
                || image.getColorModel().hasAlpha() || !image.getColorModel().getColorSpace().isCS_sRGB()
                || buffer.getNumBanks() != 1 || buffer.getOffset() != 0
                || image.getRaster().getSampleModelTranslateX() != 0 || image.getRaster().getSampleModelTranslateY() != 0) {
            return false;
        }
        int[] offsets = model.getBandOffsets();
        return model.getNumBands() == 3 && model.getPixelStride() == 3 && model.getScanlineStride() == image.getWidth() * 3
                && offsets[0] == 0 && offsets[1] == 1 && offsets[2] == 2;
    }
}
