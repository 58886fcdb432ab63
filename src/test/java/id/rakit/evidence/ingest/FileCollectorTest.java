package id.rakit.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rakit.evidence.FileProblem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {

    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase().contains("win");

    @TempDir
    Path temp;

    @Test
    void foldersAreReadRecursivelyInPathOrderAndSystemFilesLeftOutWhenAsked() throws Exception {
        Path dcim = Files.createDirectories(temp.resolve("DCIM/100CANON"));
        Files.writeString(dcim.resolve("IMG_0002.JPG"), "b");
        Files.writeString(dcim.resolve("IMG_0001.JPG"), "a");
        Files.writeString(temp.resolve("DCIM/Thumbs.db"), "x");
        Files.writeString(temp.resolve("DCIM/.DS_Store"), "x");
        Path single = Files.writeString(temp.resolve("video.mp4"), "v");

        List<Path> forImport = FileCollector.collect(List.of(temp.resolve("DCIM"), single), true);
        List<Path> forScan = FileCollector.collect(List.of(temp.resolve("DCIM")), false);

        assertThat(forImport).containsExactly(dcim.resolve("IMG_0001.JPG"), dcim.resolve("IMG_0002.JPG"), single);
        assertThat(forScan).hasSize(4);
    }

    @Test
    void oneUnreadableSubfolderGetsItsOwnEntryAndTheWalkGoesOn() throws Exception {
        assumeFalse(WINDOWS, "folder permissions are POSIX here");
        Path usb = Files.createDirectories(temp.resolve("usb"));
        Files.writeString(Files.createDirectories(usb.resolve("DCIM")).resolve("IMG_0001.JPG"), "a");
        Path locked = Files.createDirectories(usb.resolve("System Volume Information"));
        Files.writeString(locked.resolve("IndexerVolumeGuid"), "x");
        Files.writeString(Files.createDirectories(usb.resolve("zz")).resolve("IMG_0002.JPG"), "b");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> scan = walk(usb, false);
            List<String> forImport = walk(usb, true);

            assertThat(scan).containsExactly(usb.resolve("DCIM/IMG_0001.JPG") + " -",
                    locked + " " + FileProblem.FOLDER_UNREADABLE, usb.resolve("zz/IMG_0002.JPG") + " -");
            // an import leaves the stick's system folder out altogether
            assertThat(forImport).containsExactly(usb.resolve("DCIM/IMG_0001.JPG") + " -",
                    usb.resolve("zz/IMG_0002.JPG") + " -");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void pipesDevicesAndLinkLoopsAreSkippedWithTheirReason() throws Exception {
        assumeFalse(WINDOWS, "pipes and links are POSIX here");
        Path card = Files.createDirectories(temp.resolve("card"));
        Files.writeString(card.resolve("IMG_0001.JPG"), "a");
        assertThat(new ProcessBuilder("mkfifo", card.resolve("pipa").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(card.resolve("null.jpg"), Path.of("/dev/null"));
        Files.createSymbolicLink(card.resolve("balik"), card);
        Files.createSymbolicLink(card.resolve("putus.jpg"), card.resolve("tidak-ada.jpg"));
        Files.createSymbolicLink(card.resolve("sendiri"), card.resolve("sendiri"));
        Path sub = Files.createDirectories(card.resolve("sub"));
        Files.writeString(sub.resolve("IMG_0002.JPG"), "b");
        Files.createSymbolicLink(card.resolve("tautan-sub"), sub);

        List<String> found = walk(card, false);

        assertThat(found).containsExactly(
                card.resolve("IMG_0001.JPG") + " -",
                card.resolve("balik") + " " + FileProblem.SKIPPED_LINK_LOOP,
                card.resolve("null.jpg") + " " + FileProblem.SKIPPED_SPECIAL_FILE,
                card.resolve("pipa") + " " + FileProblem.SKIPPED_SPECIAL_FILE,
                card.resolve("putus.jpg") + " " + FileProblem.NOT_FOUND,
                card.resolve("sendiri") + " " + FileProblem.SKIPPED_LINK_LOOP,
                card.resolve("sub/IMG_0002.JPG") + " -",
                // a link to another folder is followed
                card.resolve("tautan-sub/IMG_0002.JPG") + " -");
    }

    /** The walk as a user who cannot read a folder that root can: in this process, or as "nobody" when root. */
    private List<String> walk(Path folder, boolean forImport) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            List<String> out = new ArrayList<>();
            for (FileCollector.Found f : FileCollector.walk(List.of(folder), forImport)) {
                out.add(f.path() + " " + f.problem().map(Enum::name).orElse("-"));
            }
            return out;
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "as root, needs setpriv to walk as another user");
        // the other user must reach the folder and the classes
        for (Path p = folder; p != null && p.startsWith(temp.getParent()); p = p.getParent()) {
            if (!p.getFileName().toString().equals("System Volume Information")) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        Process p = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", java,
                "-cp", classes, WalkPrinter.class.getName(), folder.toString(), Boolean.toString(forImport))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.lines().toList();
    }
}
