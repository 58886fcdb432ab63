package id.rakit.evidence.rendition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;

/** Writes JPEG renditions whole or not at all. */
final class JpegFiles {

    private JpegFiles() {
    }

    /**
     * Encodes a picture into memory, writes it to a temporary file beside {@code target} in one
     * write, then moves it into place, so a reader (or a crash, or a second run) never sees a
     * half-written rendition under the real name. A crash can leave a {@code .tmp} file behind,
     * never a partial {@code .jpg}.
     */
    static void writeWhole(RgbPicture picture, Path target, float quality, Scratch scratch) throws IOException {
        MemoryImageOutputStream encoded = scratch.encoded();
        encode(picture, encoded, quality, scratch);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(encoded.bytes(), 0, (int) encoded.length());
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The picture as a JPEG file (baseline, JFIF, no other metadata), in a new array. */
    static byte[] encoded(RgbPicture picture, float quality, Scratch scratch) throws IOException {
        MemoryImageOutputStream out = scratch.encoded();
        encode(picture, out, quality, scratch);
        return java.util.Arrays.copyOf(out.bytes(), (int) out.length());
    }

    private static void encode(RgbPicture picture, MemoryImageOutputStream out, float quality, Scratch scratch)
            throws IOException {
        ImageWriter writer = scratch.jpegWriter();
        boolean done = false;
        try {
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            // RGB bytes are what the encoder hands libjpeg row by row without converting in Java
            writer.write(null, new IIOImage(picture.image(), null, null), param);
            writer.reset();
            done = true;
        } finally {
            if (!done) {
                scratch.dropJpegWriter();
            }
        }
    }

    /** The JDK's own JPEG encoder, which other registered encoders would only wrap. */
    static ImageWriter newJpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter any = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageWriter")) {
                if (any != null) {
                    any.dispose();
                }
                return writer;
            }
            if (any == null) {
                any = writer;
            } else {
                writer.dispose();
            }
        }
        if (any == null) {
            throw new IllegalStateException("no JPEG encoder in this Java runtime");
        }
        return any;
    }
}
