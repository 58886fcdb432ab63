package id.rakit.evidence.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test fixtures from {@code src/test/resources/fixtures/rendition} and checks on written JPEGs. */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/rendition/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static RenditionPaths pathsIn(Path dir, String name) {
        return new RenditionPaths(dir.resolve(name + "-thumb.jpg"), dir.resolve(name + "-preview.jpg"));
    }

    static BufferedImage readJpeg(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException("not a picture: " + file);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of all files in a folder, for checking that nothing else was left there. */
    static java.util.List<String> filesIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    enum Hue { RED, BLUE, GREY, WHITE, OTHER }

    /** The rough colour at a point, tolerant of JPEG's colour bleeding. */
    static Hue hueAt(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (r > 180 && g < 90 && b < 90) {
            return Hue.RED;
        }
        if (b > 180 && r < 90 && g < 90) {
            return Hue.BLUE;
        }
        if (r > 235 && g > 235 && b > 235) {
            return Hue.WHITE;
        }
        if (Math.abs(r - 128) < 30 && Math.abs(g - 128) < 30 && Math.abs(b - 128) < 30) {
            return Hue.GREY;
        }
        return Hue.OTHER;
    }
}
