package id.rakit.evidence.metadata;

import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cut-off and bit-flipped copies of every shared corpus file, as a failing card or a bad copy
 * makes them: each must come back as a MediaInfo, never as an exception, and an unusable one
 * must say why. Skipped when the corpus is not beside the project.
 */
class DamagedCorpusFilesTest {

    private static final Path CORPUS = Path.of("../shared/corpus");

    private final MetadataReader reader = new MetadataReader();

    @Test
    void damagedCopiesAreReportedNotThrown() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().contains("/files/"))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        Random random = new Random(17);
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            for (int i = 1; i <= 12; i++) {
                check(file, name, Arrays.copyOf(original, (int) ((long) original.length * i / 13)));
            }
            for (int i = 0; i < 12; i++) {
                byte[] damaged = original.clone();
                // damage near the start, where the structure is
                int span = Math.min(damaged.length, 64 * 1024);
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    damaged[random.nextInt(span)] = (byte) random.nextInt(256);
                }
                check(file, name, damaged);
            }
        }
    }

    private void check(Path file, String name, byte[] content) {
        MediaInfo info = reader.read(Path.of(name), content);
        assertThat(info).as(file.toString()).isNotNull();
        if (!info.isMedia()) {
            assertThat(info.problems()).as(file + " " + info.mediaType()).isNotEmpty();
        } else {
            assertThat(ContentFormat.kindOf(info.format())).as(file.toString()).isEqualTo(info.mediaType());
        }
        if (info.mediaType() == MediaType.UNREADABLE) {
            assertThat(info.captureTime()).as(file.toString()).isEmpty();
        }
    }
}
