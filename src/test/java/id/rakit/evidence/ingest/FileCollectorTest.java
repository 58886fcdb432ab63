package id.rakit.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {

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
}
