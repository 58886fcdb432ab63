package id.rakit.evidence.rendition;

import java.awt.image.BufferedImage;

/** Turns a stored picture upright according to its EXIF orientation (1-8, mirrored ones included). */
final class Orientation {

    private Orientation() {
    }

    /** The clockwise turn of a video's display matrix as the EXIF orientation that does the same. */
    static int ofVideoRotation(int clockwiseDegrees) {
        return switch (Math.floorMod(clockwiseDegrees, 360)) {
            case 90 -> 6;
            case 180 -> 3;
            case 270 -> 8;
            default -> 1;
        };
    }

    /**
     * The upright picture. {@code stored} must be a {@code TYPE_INT_RGB} image made by
     * {@link Pictures}; orientation 1 or an unknown value returns it unchanged.
     */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        int[] src = Pictures.pixels(stored);
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        int[] dst = Pictures.pixels(out);
        for (int y = 0; y < outH; y++) {
            int row = y * outW;
            for (int x = 0; x < outW; x++) {
                // (sx, sy): the stored pixel that is shown at (x, y)
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                dst[row + x] = src[sy * w + sx];
            }
        }
        return out;
    }
}
