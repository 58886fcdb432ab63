package id.rakit.evidence.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/** Writes JPEG renditions whole or not at all. */
final class JpegFiles {

    private JpegFiles() {
    }

    /**
     * Encodes an opaque RGB picture to a temporary file beside {@code target}, then moves it into place, so a reader
     * (or a crash, or a second run) never sees a half-written rendition under the real name. A
     * crash can leave a {@code .tmp} file behind, never a partial {@code .jpg}.
     */
    static void writeWhole(BufferedImage picture, Path target, float quality) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
            encode(picture, temp, quality);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void encode(BufferedImage picture, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(Pictures.forJpegEncoder(picture), null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
