package id.rakit.settings;

import id.rakit.i18n.HasMessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The unit's logo, copied into the data folder ({@code profile/logo.png} or {@code .jpg}) so it
 * stays when the flashdisk it came from is gone. Only PNG and JPEG pictures of a sensible size
 * are taken; reading them is disk work, never for the UI thread.
 */
public final class UnitLogo {

    /** A logo is a small picture; a larger file is a photo picked by mistake. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_SIDE = 8000;

    /** Why a picked file cannot be the logo, in the admin's words ({@code settings.logo.*}). */
    public static final class NotALogoException extends IOException implements HasMessageKey {
        private final String key;

        NotALogoException(String key, Throwable cause) {
            super(key, cause);
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key;
        }
    }

    private final Path folder;

    /** @param dataDirectory Rakit's data folder */
    public UnitLogo(Path dataDirectory) {
        this.folder = dataDirectory.resolve("profile");
    }

    /** Checks {@code source} and copies it in; returns Rakit's copy, replacing an earlier logo. */
    public Path store(Path source) throws IOException {
        long size = Files.size(source);
        if (size > MAX_BYTES) {
            throw new NotALogoException("settings.logo.tooLarge", null);
        }
        String extension = formatOf(source);
        Files.createDirectories(folder);
        Path target = folder.resolve("logo." + extension);
        Path partial = folder.resolve("logo." + extension + ".part");
        Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // one logo at a time: the other format's copy goes
        Files.deleteIfExists(folder.resolve(extension.equals("png") ? "logo.jpg" : "logo.png"));
        return target;
    }

    /** Takes the logo out of the profile; the copy goes too. */
    public void remove() throws IOException {
        Files.deleteIfExists(folder.resolve("logo.png"));
        Files.deleteIfExists(folder.resolve("logo.jpg"));
    }

    /** "png" or "jpg" by the file's content, with its size read from its header. */
    static String formatOf(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String extension;
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            extension = "png";
        } else if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            extension = "jpg";
        } else {
            throw new NotALogoException("settings.logo.notImage", null);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new NotALogoException("settings.logo.notImage", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
                    throw new NotALogoException("settings.logo.tooLarge", null);
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof NotALogoException n2) {
                    throw n2;
                }
                throw new NotALogoException("settings.logo.notImage", e);
            } finally {
                reader.dispose();
            }
        }
        return extension;
    }
}
