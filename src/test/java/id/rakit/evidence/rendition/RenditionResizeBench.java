package id.rakit.evidence.rendition;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.coobird.thumbnailator.Thumbnails;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rakit's area average against Thumbnailator 0.4.21 for the bundle's renditions, on the same
 * decoded photos: the time of the resize alone (the decode and the encode are the same for both)
 * and how close each comes to a reference made in floating point with a Lanczos-3 filter (PSNR,
 * higher is closer). Run with
 * {@code ./mvnw test -Dgroups=bench -Drakit.excludedGroups=none -Dtest=RenditionResizeBench -Drakit.bench.folder=/tmp/set300}.
 */
@Tag("bench")
class RenditionResizeBench {

    record Job(String name, int width, int height, boolean crop) {
    }

    static final List<Job> JOBS = List.of(new Job("instagram 4:5", 1080, 1350, true),
            new Job("story 9:16", 1080, 1920, true), new Job("facebook/x fit 2048", 2048, 2048, false));

    @Test
    void ownResizeAgainstThumbnailator() throws Exception {
        String folder = System.getProperty("rakit.bench.folder");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "-Drakit.bench.folder=DIR");
        List<Path> photos;
        try (Stream<Path> s = Files.list(Path.of(folder))) {
            photos = s.filter(p -> p.toString().endsWith(".JPG")).sorted().limit(10).toList();
        }
        for (Job job : JOBS) {
            List<Double> own = new ArrayList<>();
            List<Double> thumb = new ArrayList<>();
            double ownPsnr = 0;
            double thumbPsnr = 0;
            for (Path p : photos) {
                PublishedPhotos.Photo photo = PublishedPhotos.open(p, "JPEG", 1, Deadline.none());
                RgbPicture stored = storedOf(photo);
                int w = stored.width;
                int h = stored.height;
                int[] region;
                int outW;
                int outH;
                if (job.crop()) {
                    PublishedPhotos.Region r = PublishedPhotos.region(new PublishedPhotos.Crop(job.width(), job.height(),
                            0.5, 0.5), w, h);
                    region = new int[] {r.x(), r.y(), r.width(), r.height()};
                    outW = job.width();
                    outH = job.height();
                } else {
                    region = new int[] {0, 0, w, h};
                    PixelSize s = PublishedPhotos.outputSize(new PublishedPhotos.Fit(job.width(), job.height()), w, h);
                    outW = s.width();
                    outH = s.height();
                }
                BufferedImage asInt = toIntRgb(stored);
                double[] reference = lanczos(stored, region, outW, outH);
                byte[] target = new byte[outW * outH * 3];
                RgbPicture mine = null;
                BufferedImage theirs = null;
                // a few rounds so both are compiled; the last three are timed
                for (int round = 0; round < 5; round++) {
                    long t0 = System.nanoTime();
                    mine = Pictures.shrinkRegion(stored, region[0], region[1], region[2], region[3], outW, outH, target);
                    long t1 = System.nanoTime();
                    theirs = Thumbnails.of(asInt).sourceRegion(region[0], region[1], region[2], region[3])
                            .forceSize(outW, outH).asBufferedImage();
                    long t2 = System.nanoTime();
                    if (round >= 2) {
                        own.add((t1 - t0) / 1e6);
                        thumb.add((t2 - t1) / 1e6);
                    }
                }
                ownPsnr += psnr(reference, rgb(mine));
                thumbPsnr += psnr(reference, rgb(theirs));
            }
            System.out.printf(Locale.ROOT, "%-20s own area average %6.1f ms  PSNR %.2f dB | Thumbnailator %6.1f ms  PSNR %.2f dB%n",
                    job.name(), median(own), ownPsnr / photos.size(), median(thumb), thumbPsnr / photos.size());
        }
    }

    private static RgbPicture storedOf(PublishedPhotos.Photo photo) throws Exception {
        var field = PublishedPhotos.Photo.class.getDeclaredField("stored");
        field.setAccessible(true);
        RgbPicture p = (RgbPicture) field.get(photo);
        // its own copy: the next photo reuses the thread's buffer
        return new RgbPicture(Arrays.copyOf(p.data, p.width * p.height * 3), p.width, p.height);
    }

    private static BufferedImage toIntRgb(RgbPicture p) {
        BufferedImage out = new BufferedImage(p.width, p.height, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int i = 0, o = 0; i < px.length; i++, o += 3) {
            px[i] = (p.data[o] & 0xff) << 16 | (p.data[o + 1] & 0xff) << 8 | (p.data[o + 2] & 0xff);
        }
        return out;
    }

    private static double[] rgb(RgbPicture p) {
        double[] out = new double[p.width * p.height * 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.data[i] & 0xff;
        }
        return out;
    }

    private static double[] rgb(BufferedImage img) {
        double[] out = new double[img.getWidth() * img.getHeight() * 3];
        int i = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRGB(x, y);
                out[i++] = v >> 16 & 0xff;
                out[i++] = v >> 8 & 0xff;
                out[i++] = v & 0xff;
            }
        }
        return out;
    }

    private static double psnr(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.max(0, Math.min(255, a[i])) - b[i];
            sum += d * d;
        }
        double mse = sum / a.length;
        return 10 * Math.log10(255 * 255 / mse);
    }

    /** A separable Lanczos-3 resize of the region in double precision: the reference both are measured against. */
    private static double[] lanczos(RgbPicture src, int[] region, int outW, int outH) {
        int rw = region[2];
        int rh = region[3];
        double[] across = new double[outW * rh * 3];
        double sx = (double) rw / outW;
        for (int x = 0; x < outW; x++) {
            double centre = (x + 0.5) * sx - 0.5;
            double support = 3 * sx;
            int from = (int) Math.floor(centre - support);
            int to = (int) Math.ceil(centre + support);
            double[] weights = new double[to - from + 1];
            double total = 0;
            for (int k = from; k <= to; k++) {
                double w = kernel((k - centre) / sx);
                weights[k - from] = w;
                total += w;
            }
            for (int y = 0; y < rh; y++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = from; k <= to; k++) {
                    int cx = Math.max(0, Math.min(rw - 1, k));
                    int s = ((region[1] + y) * src.width + region[0] + cx) * 3;
                    double w = weights[k - from];
                    r += w * (src.data[s] & 0xff);
                    g += w * (src.data[s + 1] & 0xff);
                    b += w * (src.data[s + 2] & 0xff);
                }
                int o = (y * outW + x) * 3;
                across[o] = r / total;
                across[o + 1] = g / total;
                across[o + 2] = b / total;
            }
        }
        double[] out = new double[outW * outH * 3];
        double sy = (double) rh / outH;
        for (int y = 0; y < outH; y++) {
            double centre = (y + 0.5) * sy - 0.5;
            double support = 3 * sy;
            int from = (int) Math.floor(centre - support);
            int to = (int) Math.ceil(centre + support);
            double total = 0;
            double[] weights = new double[to - from + 1];
            for (int k = from; k <= to; k++) {
                weights[k - from] = kernel((k - centre) / sy);
                total += weights[k - from];
            }
            for (int x = 0; x < outW; x++) {
                for (int c = 0; c < 3; c++) {
                    double v = 0;
                    for (int k = from; k <= to; k++) {
                        int cy = Math.max(0, Math.min(rh - 1, k));
                        v += weights[k - from] * across[(cy * outW + x) * 3 + c];
                    }
                    out[(y * outW + x) * 3 + c] = v / total;
                }
            }
        }
        return out;
    }

    private static double kernel(double x) {
        if (x == 0) {
            return 1;
        }
        if (Math.abs(x) >= 3) {
            return 0;
        }
        double px = Math.PI * x;
        return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
