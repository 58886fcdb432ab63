package id.rakit.evidence.rendition;

/** Turns a stored picture upright according to its EXIF orientation (1-8, mirrored ones included). */
final class Orientation {

    /**
     * The turn walks the output in square tiles: the stored pixels of one tile then lie in a
     * few dozen short row pieces that stay in the CPU cache, where a plain row-by-row walk of a
     * quarter-turned picture reads every stored row once per output pixel.
     */
    private static final int TILE = 32;

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

    /** Whether {@link #upright} makes a new picture for this orientation. */
    static boolean turns(int orientation) {
        return orientation >= 2 && orientation <= 8;
    }

    /**
     * The upright picture: {@code stored} itself for orientation 1 or an unknown value, else a
     * new picture at the start of {@code target} (as many bytes as {@code stored}, and not its array).
     */
    static RgbPicture upright(RgbPicture stored, int orientation, byte[] target) {
        if (!turns(orientation)) {
            return stored;
        }
        int w = stored.width;
        int h = stored.height;
        byte[] src = stored.data;
        if (target == src || target.length < RgbPicture.bytesFor(w, h)) {
            throw new IllegalArgumentException("need a separate array of " + w + " x " + h + " pixels");
        }
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        byte[] dst = target;
        // (sx, sy) = (ax * x + bx * y + cx, ay * x + by * y + cy): the stored pixel shown at (x, y)
        int ax;
        int bx;
        int cx;
        int ay;
        int by;
        int cy;
        switch (orientation) {
            case 2 -> { ax = -1; bx = 0; cx = w - 1; ay = 0; by = 1; cy = 0; }
            case 3 -> { ax = -1; bx = 0; cx = w - 1; ay = 0; by = -1; cy = h - 1; }
            case 4 -> { ax = 1; bx = 0; cx = 0; ay = 0; by = -1; cy = h - 1; }
            case 5 -> { ax = 0; bx = 1; cx = 0; ay = 1; by = 0; cy = 0; }
            case 6 -> { ax = 0; bx = 1; cx = 0; ay = -1; by = 0; cy = h - 1; }
            case 7 -> { ax = 0; bx = -1; cx = w - 1; ay = -1; by = 0; cy = h - 1; }
            default -> { ax = 0; bx = -1; cx = w - 1; ay = 1; by = 0; cy = 0; }
        }
        // moving one output pixel right moves this far in the stored bytes
        int step = 3 * (ax + ay * w);
        for (int ty = 0; ty < outH; ty += TILE) {
            int yEnd = Math.min(outH, ty + TILE);
            for (int tx = 0; tx < outW; tx += TILE) {
                int xEnd = Math.min(outW, tx + TILE);
                for (int y = ty; y < yEnd; y++) {
                    int sx = ax * tx + bx * y + cx;
                    int sy = ay * tx + by * y + cy;
                    int s = 3 * (sy * w + sx);
                    int d = 3 * (y * outW + tx);
                    for (int x = tx; x < xEnd; x++, d += 3, s += step) {
                        dst[d] = src[s];
                        dst[d + 1] = src[s + 1];
                        dst[d + 2] = src[s + 2];
                    }
                }
            }
        }
        return new RgbPicture(dst, outW, outH);
    }
}
