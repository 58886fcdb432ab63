package id.rakit.export;

import id.rakit.library.MediaLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a bundle (a folder or its zip) against its {@code manifest.json}: every file listed is
 * there with the same size and SHA-256, nothing else is there, and the manifest itself is still
 * in its canonical form (an edited manifest is not).
 */
public final class BundleVerifier {

    /**
     * What the check found.
     *
     * @param files    how many files the manifest lists
     * @param changed  files whose bytes differ from the manifest's hash
     * @param missing  files the manifest lists that are not there
     * @param extra    files that are there but not in the manifest
     * @param manifestSha256 the SHA-256 of the manifest as found
     */
    public record Verification(Path bundle, int files, List<String> changed, List<String> missing, List<String> extra,
                               String manifestSha256) {
        public Verification {
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
        }

        public boolean intact() {
            return changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    /** The path is not a bundle Rakit can check: no manifest, or one it cannot read. */
    public static final class NotABundle extends IOException implements id.rakit.i18n.HasMessageKey {
        private final String path;

        NotABundle(Path path, String detail, Throwable cause) {
            super(path + ": " + detail, cause);
            this.path = path.toString();
        }

        @Override
        public String messageKey() {
            return "verify.notABundle";
        }

        @Override
        public Object[] messageArguments() {
            return new Object[] {path};
        }
    }

    private BundleVerifier() {
    }

    /** Checks a bundle folder, or a {@code .zip} of one. */
    public static Verification verify(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            return verifyFolder(bundle);
        }
        if (Files.isRegularFile(bundle)) {
            return verifyZip(bundle);
        }
        throw new NoSuchFileException(bundle.toString());
    }

    private static Verification verifyFolder(Path folder) throws IOException {
        Path manifestFile = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new NotABundle(folder, "no " + Manifest.FILE_NAME, null);
        }
        Map<String, String> found = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (!relative.equals(Manifest.FILE_NAME)) {
                    found.put(relative, MediaLibrary.hash(p));
                }
            }
        }
        return compare(folder, Files.readAllBytes(manifestFile), found);
    }

    private static Verification verifyZip(Path zip) throws IOException {
        byte[] manifest = null;
        Map<String, String> found = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            // every entry lies under the bundle's folder name
            String prefix = null;
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                int slash = name.indexOf('/');
                String top = slash < 0 ? "" : name.substring(0, slash + 1);
                if (prefix == null) {
                    prefix = top;
                }
                String relative = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                if (relative.equals(Manifest.FILE_NAME)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        manifest = in.readAllBytes();
                    }
                    continue;
                }
                MessageDigest digest = MediaLibrary.sha256();
                try (InputStream in = new DigestInputStream(file.getInputStream(entry), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                found.put(relative, HexFormat.of().formatHex(digest.digest()));
            }
        } catch (java.util.zip.ZipException e) {
            throw new NotABundle(zip, "not a zip: " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new NotABundle(zip, "no " + Manifest.FILE_NAME, null);
        }
        return compare(zip, manifest, found);
    }

    private static Verification compare(Path bundle, byte[] manifestBytes, Map<String, String> found)
            throws IOException {
        Manifest manifest;
        try {
            manifest = Manifest.read(manifestBytes);
        } catch (IOException e) {
            throw new NotABundle(bundle, "unreadable manifest: " + e.getMessage(), e);
        }
        if (manifest.files() == null || manifest.format() == null || !manifest.format().startsWith("rakit-bundle/")) {
            throw new NotABundle(bundle, "not a Rakit manifest", null);
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        TreeSet<String> extra = new TreeSet<>(found.keySet());
        for (Manifest.FileInfo f : manifest.files()) {
            String hash = found.get(f.path());
            extra.remove(f.path());
            if (hash == null) {
                missing.add(f.path());
            } else if (!hash.equals(f.sha256().toLowerCase(Locale.ROOT))) {
                changed.add(f.path());
            }
        }
        // a manifest edited by hand (even one space) is no longer canonical: it no longer says what Rakit wrote
        if (!Arrays.equals(Manifest.canonical(manifestBytes), manifestBytes)) {
            changed.add(0, Manifest.FILE_NAME);
        }
        String sha = HexFormat.of().formatHex(MediaLibrary.sha256().digest(manifestBytes));
        return new Verification(bundle, manifest.files().size(), changed, missing, new ArrayList<>(extra), sha);
    }
}
