package id.rakit.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bundle as one zip: every file under the bundle's folder name, UTF-8 names with forward
 * slashes (as Windows' own zip folders read them). Photos, videos and the PDF are stored as they
 * are, since compressing them again only costs time; texts and the manifest are deflated.
 */
final class BundleZip {

    private static final Set<String> STORED = Set.of("jpg", "jpeg", "mp4", "mov", "m4v", "3gp", "pdf", "png", "heic",
            "webp", "avi", "mkv");

    private BundleZip() {
    }

    static void write(Path folder, String name, Path zip, BundleWriter.FileSink sink, BooleanSupplier cancelled)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream raw = sink.create(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    throw ExportFailure.cancelled();
                }
                String relative = folder.relativize(file).toString().replace('\\', '/');
                ZipEntry entry = new ZipEntry(name + "/" + relative);
                entry.setTime(Files.getLastModifiedTime(file).toMillis());
                if (STORED.contains(extension(relative))) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(Files.size(file));
                    entry.setCompressedSize(Files.size(file));
                    entry.setCrc(crc(file));
                }
                out.putNextEntry(entry);
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
