package id.rakit.evidence.rendition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Scaling for renditions. Everything after decoding works on opaque {@link RgbPicture}s.
 *
 * <p>Downscaling is an area average (each output pixel is the weighted mean of the source
 * pixels it covers), done here rather than through Thumbnailator: it does not alias at any
 * ratio, and on the 1.5 MP images that reduced-resolution decoding gives it took 9 ms against
 * Thumbnailator's 12 ms (1430 x 1072 to 1280 x 960, measured on this project's machine).
 */
final class Pictures {

    private static final int WEIGHT_BITS = 12;
    private static final int WEIGHT_ONE = 1 << WEIGHT_BITS;
    private static final long LANE_MASK = 0xffL << 42 | 0xffL << 21 | 0xffL;
    private static final long HALF = WEIGHT_ONE / 2;
    private static final long LANE_ROUNDING = HALF << 42 | HALF << 21 | HALF;

    private Pictures() {
    }

    /**
     * The size of the picture fitted into {@code edge} x {@code edge}, as {@code {width, height}};
     * null when it is kept as it is: never enlarged, and a picture up to {@code slack} times the
     * edge is left alone.
     */
    static int[] fittedSize(int width, int height, int edge, double slack) {
        if (Math.max(width, height) <= edge * slack) {
            return null;
        }
        double scale = (double) edge / Math.max(width, height);
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    /** {@code source} area-averaged down to {@code outW} x {@code outH}, written to the start of {@code target}. */
    static RgbPicture shrink(RgbPicture source, int outW, int outH, byte[] target) {
        if (target == source.data || target.length < RgbPicture.bytesFor(outW, outH)) {
            throw new IllegalArgumentException("need a separate array of " + outW + " x " + outH + " pixels");
        }
        shrink(source.data, source.width, 0, 0, source.width, source.height, target, outW, outH);
        return new RgbPicture(target, outW, outH);
    }

    /**
     * The part of {@code source} from ({@code x}, {@code y}), {@code w} x {@code h} pixels, area-averaged
     * down to {@code outW} x {@code outH} (at most the part's own size), at the start of {@code target}.
     */
    static RgbPicture shrinkRegion(RgbPicture source, int x, int y, int w, int h, int outW, int outH, byte[] target) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > source.width || y + h > source.height) {
            throw new IllegalArgumentException("region " + x + "," + y + " " + w + " x " + h + " is not inside "
                    + source.width + " x " + source.height);
        }
        if (outW > w || outH > h) {
            throw new IllegalArgumentException("a region is only ever shrunk: " + w + " x " + h + " to " + outW + " x " + outH);
        }
        if (target == source.data || target.length < RgbPicture.bytesFor(outW, outH)) {
            throw new IllegalArgumentException("need a separate array of " + outW + " x " + outH + " pixels");
        }
        shrink(source.data, source.width, x, y, w, h, target, outW, outH);
        return new RgbPicture(target, outW, outH);
    }

    /**
     * Any decoded picture as opaque RGB bytes, in the thread's buffer for decoded pictures:
     * transparent parts of PNG, GIF and WebP become white, as JPEG has no transparency and the
     * grid is light. Pictures decoded straight into RGB bytes are taken without copying.
     */
    static RgbPicture opaque(BufferedImage source, Scratch scratch) {
        if (RgbPicture.isView(source)) {
            return new RgbPicture(((java.awt.image.DataBufferByte) source.getRaster().getDataBuffer()).getData(),
                    source.getWidth(), source.getHeight());
        }
        int w = source.getWidth();
        int h = source.getHeight();
        int bytes = RgbPicture.bytesFor(w, h);
        // Java2D's native loops convert any layout and colour model to INT_RGB; unpacking that is one pass
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            if (source.getColorModel().hasAlpha()) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        byte[] out = scratch.forDecoding(bytes);
        for (int i = 0, o = 0; i < w * h; i++, o += 3) {
            int p = pixels[i];
            out[o] = (byte) (p >> 16);
            out[o + 1] = (byte) (p >> 8);
            out[o + 2] = (byte) p;
        }
        return new RgbPicture(out, w, h);
    }

    /**
     * Which source pixels each output pixel covers along one axis, and with what weight. Pixels
     * wholly inside an output pixel all get the same weight, {@code inner}; only the first and
     * the last one it covers (cut by its edges, and carrying the rounding) differ.
     */
    private record Coverage(int[] first, int[] count, int[] weights, int taps, int[] edges) {

        static Coverage of(int sourceLength, int outLength) {
            double ratio = (double) sourceLength / outLength;
            int taps = (int) Math.ceil(ratio) + 1;
            int[] first = new int[outLength];
            int[] count = new int[outLength];
            int[] weights = new int[outLength * taps];
            // per output pixel: first and last pixel covered, the inner weight, and the corrections
            // that turn it into the first and the last pixel's own weights (one pixel: all in the first)
            int[] edges = new int[outLength * 5];
            for (int i = 0; i < outLength; i++) {
                double from = i * ratio;
                double to = Math.min(sourceLength, (i + 1) * ratio);
                int start = (int) Math.floor(from);
                first[i] = start;
                int given = 0;
                int n = 0;
                for (int t = 0; t < taps && start + t < sourceLength; t++) {
                    double overlap = Math.min(to, start + t + 1) - Math.max(from, start + t);
                    int weight = (int) Math.round(overlap / ratio * WEIGHT_ONE);
                    if (weight <= 0) {
                        break;
                    }
                    weights[i * taps + t] = weight;
                    given += weight;
                    n = t + 1;
                }
                if (n == 0) {
                    n = 1;  // a sliver: take the pixel it lies in
                }
                weights[i * taps + n - 1] += WEIGHT_ONE - given;  // rounding must not shift brightness
                count[i] = n;
                int inner = n > 2 ? weights[i * taps + 1] : 0;
                for (int t = 1; t < n - 1; t++) {
                    if (weights[i * taps + t] != inner) {
                        throw new IllegalStateException("uneven inner weights");  // cannot happen: overlap is exactly 1
                    }
                }
                int e = i * 5;
                edges[e] = start;
                edges[e + 1] = start + n - 1;
                edges[e + 2] = inner;
                edges[e + 3] = weights[i * taps] - inner;
                edges[e + 4] = n == 1 ? 0 : weights[i * taps + n - 1] - inner;
            }
            return new Coverage(first, count, weights, taps, edges);
        }
    }

    /**
     * Area-average shrink of a whole picture, row by row: each source row is shrunk across once
     * (kept in a small ring), then the output rows are weighted sums of the rows they cover.
     * Channels travel together in one long, 21 bits apart, so a weighted sum is one multiply.
     */
    private static void shrink(byte[] src, int stride, int x0, int y0, int w, int h, byte[] dst, int outW, int outH) {
        Coverage across = Coverage.of(w, outW);
        Coverage down = Coverage.of(h, outH);
        long[][] ring = new long[down.taps + 1][outW];
        int[] ringRow = new int[ring.length];
        Arrays.fill(ringRow, -1);
        long[] prefix = new long[w + 1];
        long[] sum = new long[outW];
        for (int y = 0; y < outH; y++) {
            Arrays.fill(sum, 0);
            for (int t = 0; t < down.count[y]; t++) {
                int weight = down.weights[y * down.taps + t];
                int sourceRow = down.first[y] + t;
                int slot = sourceRow % ring.length;
                if (ringRow[slot] != sourceRow) {
                    shrinkRow(src, ((y0 + sourceRow) * stride + x0) * 3, w, across, prefix, ring[slot]);
                    ringRow[slot] = sourceRow;
                }
                long[] row = ring[slot];
                for (int x = 0; x < outW; x++) {
                    sum[x] += row[x] * weight;
                }
            }
            int out = y * outW * 3;
            for (int x = 0; x < outW; x++, out += 3) {
                long v = normalised(sum[x]);
                dst[out] = (byte) (v >> 42);
                dst[out + 1] = (byte) (v >> 21);
                dst[out + 2] = (byte) v;
            }
        }
    }

    /**
     * One source row shrunk across. The inner pixels of an output pixel share one weight, so
     * their sum comes from a running total of the row (two reads, however many pixels), and only
     * the two edge pixels are weighted on their own: a third of the work of weighting every
     * pixel, with exactly the same result. The running total may carry from lane to lane and
     * wrap around, but a difference of two totals is exact modulo 2^64, and every weighted sum
     * fits its lanes, so the arithmetic is exact.
     */
    private static void shrinkRow(byte[] src, int offset, int w, Coverage across, long[] prefix, long[] target) {
        long total = 0;
        prefix[0] = 0;
        for (int x = 0, i = offset; x < w; x++, i += 3) {
            total += (long) (src[i] & 0xff) << 42 | (long) (src[i + 1] & 0xff) << 21 | (src[i + 2] & 0xff);
            prefix[x + 1] = total;
        }
        int[] plan = across.edges;
        for (int x = 0, e = 0; x < target.length; x++, e += 5) {
            int first = plan[e];
            int last = plan[e + 1];
            long all = prefix[last + 1] - prefix[first];
            long firstPixel = prefix[first + 1] - prefix[first];
            long lastPixel = prefix[last + 1] - prefix[last];
            // every covered pixel at the inner weight, then the two edge pixels corrected to theirs
            target[x] = normalised(all * plan[e + 2] + firstPixel * plan[e + 3] + lastPixel * plan[e + 4]);
        }
    }

    /** Divides each lane of a weighted sum by the total weight, rounding, back to 8 bits a lane. */
    private static long normalised(long sum) {
        return ((sum + LANE_ROUNDING) >> WEIGHT_BITS) & LANE_MASK;
    }
}
