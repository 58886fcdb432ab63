package id.rakit.evidence.rendition;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ICC_ProfileRGB;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts RGB pictures whose ICC profile is a plain matrix with tone curves (Display P3 from
 * iPhones, Adobe RGB, most camera profiles) to sRGB: each channel through its curve to linear
 * light, a 3 x 3 matrix from those primaries to sRGB's, and sRGB's curve back. That is exactly
 * what a colour management system does for such profiles; done with tables on the decoded
 * preview it costs a few milliseconds, where the JDK's decoder runs every row through Little
 * CMS and takes about 20 ms for a 1.4 MP preview.
 *
 * <p>A profile is only taken after its conversion of a set of test colours agrees with Little
 * CMS's to within {@value #AGREEMENT} levels; anything else (profiles built from lookup tables,
 * unreadable curves) is left to the decoder's own colour management.
 */
final class IccToSrgb {

    private static final int AGREEMENT = 2;
    private static final int LINEAR_BITS = 14;
    private static final int LINEAR_ONE = 1 << LINEAR_BITS;
    private static final int MATRIX_BITS = 14;
    private static final int CURV = 0x63757276;
    private static final int PARA = 0x70617261;
    private static final byte[] ENCODE = srgbEncoding();
    private static final Map<ProfileKey, Optional<IccToSrgb>> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 32;

    private final int[][] toLinear;
    private final int[] matrix;
    /**
     * sRGB's curve over every value the matrix can give, out-of-gamut ones included (they
     * clip to 0 or 255), so converting a pixel takes no comparisons: index {@code value - lowest}.
     */
    private final byte[] encode;
    private final int lowest;

    private IccToSrgb(int[][] toLinear, int[] matrix) {
        this.toLinear = toLinear;
        this.matrix = matrix;
        int low = 0;
        int high = LINEAR_ONE;
        int round = 1 << (MATRIX_BITS - 1);
        for (int row = 0; row < 3; row++) {
            long negative = 0;
            long positive = 0;
            for (int col = 0; col < 3; col++) {
                int m = matrix[row * 3 + col];
                negative += Math.min(0, m) * (long) LINEAR_ONE;
                positive += Math.max(0, m) * (long) LINEAR_ONE;
            }
            low = Math.min(low, (int) ((negative + round) >> MATRIX_BITS));
            high = Math.max(high, (int) ((positive + round) >> MATRIX_BITS));
        }
        this.lowest = low;
        this.encode = new byte[high - low + 1];
        for (int v = low; v <= high; v++) {
            encode[v - low] = ENCODE[clamp(v)];
        }
    }

    /** The conversion for a colour space, when it is one this class converts faithfully. */
    static Optional<IccToSrgb> of(ICC_ColorSpace space) {
        ICC_Profile profile = space.getProfile();
        ProfileKey key = new ProfileKey(profile.getData());
        Optional<IccToSrgb> known = KNOWN.get(key);
        if (known == null) {
            known = build(profile, space);
            if (KNOWN.size() >= MAX_KNOWN) {
                KNOWN.clear();
            }
            KNOWN.put(key, known);
        }
        return known;
    }

    /** Converts the picture's bytes in place. */
    void convert(RgbPicture picture) {
        byte[] d = picture.data;
        int[] lr = toLinear[0];
        int[] lg = toLinear[1];
        int[] lb = toLinear[2];
        byte[] e = encode;
        int m0 = matrix[0];
        int m1 = matrix[1];
        int m2 = matrix[2];
        int m3 = matrix[3];
        int m4 = matrix[4];
        int m5 = matrix[5];
        int m6 = matrix[6];
        int m7 = matrix[7];
        int m8 = matrix[8];
        // rounding, and the shift of the encoding table's index, in one constant
        int add = (1 << (MATRIX_BITS - 1)) - (lowest << MATRIX_BITS);
        for (int i = 0, end = picture.width * picture.height * 3; i < end; i += 3) {
            int r = lr[d[i] & 0xff];
            int g = lg[d[i + 1] & 0xff];
            int b = lb[d[i + 2] & 0xff];
            d[i] = e[(m0 * r + m1 * g + m2 * b + add) >> MATRIX_BITS];
            d[i + 1] = e[(m3 * r + m4 * g + m5 * b + add) >> MATRIX_BITS];
            d[i + 2] = e[(m6 * r + m7 * g + m8 * b + add) >> MATRIX_BITS];
        }
    }

    private static int clamp(int linear) {
        return linear < 0 ? 0 : Math.min(linear, LINEAR_ONE);
    }

    private static Optional<IccToSrgb> build(ICC_Profile profile, ICC_ColorSpace space) {
        if (!(profile instanceof ICC_ProfileRGB rgb)) {
            return Optional.empty();
        }
        try {
            int[][] curves = {
                curve(profile.getData(ICC_Profile.icSigRedTRCTag)),
                curve(profile.getData(ICC_Profile.icSigGreenTRCTag)),
                curve(profile.getData(ICC_Profile.icSigBlueTRCTag)),
            };
            if (curves[0] == null || curves[1] == null || curves[2] == null) {
                return Optional.empty();
            }
            double[][] toSrgb = multiply(invert(toDoubles(((ICC_ProfileRGB) ICC_Profile.getInstance(ColorSpace.CS_sRGB))
                    .getMatrix())), toDoubles(rgb.getMatrix()));
            int[] fixed = new int[9];
            for (int row = 0; row < 3; row++) {
                double[] m = toSrgb[row];
                // bounded so that a row's products plus the table offset, summed in an int, cannot
                // overflow (2 x 3.9 x 2^28 < 2^31); real primaries need under 3.2 (ProPhoto)
                if (!(Math.abs(m[0]) + Math.abs(m[1]) + Math.abs(m[2]) <= 3.9)) {
                    return Optional.empty();
                }
                for (int col = 0; col < 3; col++) {
                    fixed[row * 3 + col] = (int) Math.round(m[col] * (1 << MATRIX_BITS));
                }
            }
            IccToSrgb candidate = new IccToSrgb(curves, fixed);
            return candidate.agreesWithColourManagement(space) ? Optional.of(candidate) : Optional.empty();
        } catch (RuntimeException e) {
            // a profile the JDK reads but whose tags make no sense: the decoder's own path copes
            return Optional.empty();
        }
    }

    /** Converts test colours both ways, as the JPEG decoder's colour management would. */
    private boolean agreesWithColourManagement(ICC_ColorSpace space) {
        int[] levels = {0, 1, 8, 30, 64, 100, 128, 160, 200, 230, 250, 255};
        int n = levels.length * levels.length * levels.length;
        byte[] mine = new byte[n * 3];
        int i = 0;
        for (int r : levels) {
            for (int g : levels) {
                for (int b : levels) {
                    mine[i++] = (byte) r;
                    mine[i++] = (byte) g;
                    mine[i++] = (byte) b;
                }
            }
        }
        BufferedImage source = RgbPicture.view(mine.clone(), n, 1, space);
        BufferedImage target = RgbPicture.view(new byte[n * 3], n, 1, ColorSpace.getInstance(ColorSpace.CS_sRGB));
        new ColorConvertOp(space, ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(source.getRaster(),
                target.getRaster());
        convert(new RgbPicture(mine, n, 1));
        byte[] theirs = ((java.awt.image.DataBufferByte) target.getRaster().getDataBuffer()).getData();
        for (int k = 0; k < mine.length; k++) {
            if (Math.abs((mine[k] & 0xff) - (theirs[k] & 0xff)) > AGREEMENT) {
                return false;
            }
        }
        return true;
    }

    /** 256 linear-light values (0 to 2^14) for the encoded levels, from a 'curv' or 'para' tag. */
    private static int[] curve(byte[] tag) {
        if (tag == null || tag.length < 12) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(tag);
        int type = b.getInt(0);
        double[] linear = new double[256];
        if (type == CURV) {
            long count = Integer.toUnsignedLong(b.getInt(8));
            if (count == 0) {
                for (int i = 0; i < 256; i++) {
                    linear[i] = i / 255.0;
                }
            } else if (count == 1) {
                double gamma = (b.getShort(12) & 0xffff) / 256.0;
                for (int i = 0; i < 256; i++) {
                    linear[i] = Math.pow(i / 255.0, gamma);
                }
            } else {
                if (count > 65536 || tag.length < 12 + 2 * count) {
                    return null;
                }
                int last = (int) count - 1;
                for (int i = 0; i < 256; i++) {
                    double at = i / 255.0 * last;
                    int lo = (int) Math.floor(at);
                    int hi = Math.min(last, lo + 1);
                    double lv = (b.getShort(12 + 2 * lo) & 0xffff) / 65535.0;
                    double hv = (b.getShort(12 + 2 * hi) & 0xffff) / 65535.0;
                    linear[i] = lv + (hv - lv) * (at - lo);
                }
            }
        } else if (type == PARA) {
            int function = b.getShort(8) & 0xffff;
            int[] parameters = {1, 3, 4, 5, 7};
            if (function >= parameters.length || tag.length < 12 + 4 * parameters[function]) {
                return null;
            }
            double[] p = new double[7];
            for (int k = 0; k < parameters[function]; k++) {
                p[k] = b.getInt(12 + 4 * k) / 65536.0;
            }
            for (int i = 0; i < 256; i++) {
                linear[i] = parametric(function, p, i / 255.0);
            }
        } else {
            return null;
        }
        int[] out = new int[256];
        for (int i = 0; i < 256; i++) {
            double v = linear[i];
            if (!Double.isFinite(v)) {
                return null;
            }
            out[i] = (int) Math.round(Math.max(0, Math.min(1, v)) * LINEAR_ONE);
        }
        return out;
    }

    /** The ICC parametric curve types 0-4 (g, a, b, c, d, e, f). */
    private static double parametric(int function, double[] p, double x) {
        double g = p[0];
        double a = p[1];
        double b = p[2];
        double c = p[3];
        double d = p[4];
        double e = p[5];
        double f = p[6];
        return switch (function) {
            case 0 -> Math.pow(x, g);
            case 1 -> x >= -b / a ? Math.pow(a * x + b, g) : 0;
            case 2 -> x >= -b / a ? Math.pow(a * x + b, g) + c : c;
            case 3 -> x >= d ? Math.pow(a * x + b, g) : c * x;
            default -> x >= d ? Math.pow(a * x + b, g) + e : c * x + f;
        };
    }

    /** sRGB's curve from linear light (0 to 2^14) to 8-bit levels. */
    private static byte[] srgbEncoding() {
        byte[] table = new byte[LINEAR_ONE + 1];
        for (int i = 0; i <= LINEAR_ONE; i++) {
            double v = (double) i / LINEAR_ONE;
            double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
            table[i] = (byte) Math.round(Math.max(0, Math.min(1, s)) * 255);
        }
        return table;
    }

    private static double[][] toDoubles(float[][] m) {
        double[][] d = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                d[r][c] = m[r][c];
            }
        }
        return d;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r][c] = a[r][0] * b[0][c] + a[r][1] * b[1][c] + a[r][2] * b[2][c];
            }
        }
        return out;
    }

    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] out = new double[3][3];
        out[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
        out[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
        out[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
        out[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
        out[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
        out[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
        out[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
        out[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
        out[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
        return out;
    }

    /** A profile's bytes, compared by content: every iPhone photo carries its own copy of the same profile. */
    private record ProfileKey(byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ProfileKey k && Arrays.equals(data, k.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }
    }
}
