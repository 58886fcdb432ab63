package id.rakit.evidence.rendition;

/**
 * A 64-bit difference hash (dHash) of a picture's upright appearance, for finding the same photo
 * again after WhatsApp or an editor re-saved, shrank or recompressed it. The picture is reduced
 * to 9 x 8 grey cells (each the mean of the pixels it covers); each bit says whether a cell is
 * darker than its right neighbour. Recompression and resizing change only cells whose
 * neighbours were nearly equal, so copies differ in a few bits while unrelated photos differ in
 * about half of them (32).
 */
public final class PerceptualHash {

    /**
     * Hashes this many bits apart or fewer are "visually near-identical". Measured on the ten
     * 12-24 MP camera and phone photos of the benchmark set and nine corpus photos: a copy halved
     * and recompressed at JPEG quality 30, or sent through a WhatsApp-like chain (1600 px,
     * quality 60, EXIF stripped, pixels turned upright) differs by 0 or 1 bit; unrelated photos
     * differ by 15 to 46. Shots of one scene taken seconds apart differ by 0 to 12, so they count
     * as near-identical too: show them to the admin as likely duplicates, never drop one unasked.
     */
    public static final int NEAR_DUPLICATE_MAX_DISTANCE = 8;

    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private PerceptualHash() {
    }

    /** How many of the 64 bits differ. */
    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Whether two hashes belong to visually near-identical pictures. */
    public static boolean nearIdentical(long a, long b) {
        return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
    }

    /** The hash of an upright picture. */
    static long of(RgbPicture upright) {
        int w = upright.width;
        int h = upright.height;
        byte[] pixels = upright.data;
        double[] cells = new double[COLUMNS * ROWS];
        for (int cy = 0; cy < ROWS; cy++) {
            int y0 = cy * h / ROWS;
            int y1 = Math.max(y0 + 1, (cy + 1) * h / ROWS);
            for (int cx = 0; cx < COLUMNS; cx++) {
                int x0 = cx * w / COLUMNS;
                int x1 = Math.max(x0 + 1, (cx + 1) * w / COLUMNS);
                long sum = 0;
                for (int y = y0; y < Math.min(y1, h); y++) {
                    for (int x = x0; x < Math.min(x1, w); x++) {
                        int i = 3 * (y * w + x);
                        // luma weights (Rec. 601) in thousandths
                        sum += 299L * (pixels[i] & 0xff) + 587L * (pixels[i + 1] & 0xff) + 114L * (pixels[i + 2] & 0xff);
                    }
                }
                cells[cy * COLUMNS + cx] = (double) sum / ((long) (Math.min(y1, h) - y0) * (Math.min(x1, w) - x0));
            }
        }
        long hash = 0;
        for (int cy = 0; cy < ROWS; cy++) {
            for (int cx = 0; cx < COLUMNS - 1; cx++) {
                hash <<= 1;
                if (cells[cy * COLUMNS + cx] < cells[cy * COLUMNS + cx + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }
}
