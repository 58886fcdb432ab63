package id.rakit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.evidence.ingest.StandardReaders;
import id.rakit.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code scan} contract that scripts rely on. */
class ScanCommandTest {

    static final Path FLOW = Path.of("src/test/resources/fixtures/flow");
    static final Path DEV = Path.of("../shared/corpus/dev/files");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    record Run(int code, List<JsonNode> lines, String stdout, String stderr, byte[] stdoutBytes) {
    }

    static Run scan(String... args) throws Exception {
        CliServices services = new CliServices() {
            @Override
            public id.rakit.evidence.ingest.MediaReader reader(java.time.ZoneId zone) {
                return StandardReaders.metadata(zone);
            }

            @Override
            public Library openLibrary(Path dataDirectory, int threads) {
                throw new UnsupportedOperationException("scan needs no library");
            }

            @Override
            public Path defaultDataDirectory() {
                throw new UnsupportedOperationException("scan needs no data folder");
            }

            @Override
            public id.rakit.library.DataFolderReport check(Path dataDirectory) {
                throw new UnsupportedOperationException("scan checks no data folder");
            }

            @Override
            public void backup(Path dataDirectory, Path target) {
                throw new UnsupportedOperationException("scan backs nothing up");
            }

            @Override
            public java.util.Optional<Path> restore(Path dataDirectory, Path backup) {
                throw new UnsupportedOperationException("scan restores nothing");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = new Cli(services, Messages.indonesian()).run(all, out, err);
        String stdout = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(code, lines, stdout, err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void eachFileGivesOneLineWithTheContractFields() throws Exception {
        Run run = scan("--event-start", "2024-09-17T09:00", "--event-end", "2024-09-17T12:00",
                FLOW.resolve("acara-0930.jpg").toString(), FLOW.resolve("sebelum-acara.jpg").toString());

        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode onTime = run.lines().get(0);
        assertThat(onTime.get("path").asText()).isEqualTo(FLOW.resolve("acara-0930.jpg").toString());
        assertThat(onTime.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(onTime.get("mediaType").asText()).isEqualTo("photo");
        assertThat(onTime.get("format").asText()).isEqualTo("JPEG");
        assertThat(onTime.get("error").isNull()).isTrue();
        assertThat(onTime.get("captureTime").asText()).isEqualTo("2024-09-17T09:30:00.25");
        assertThat(onTime.get("captureOffset").asText()).isEqualTo("+07:00");
        assertThat(onTime.get("zoneSource").asText()).isEqualTo("file");
        assertThat(onTime.get("captureInstant").asText()).isEqualTo("2024-09-17T02:30:00.250Z");
        assertThat(onTime.get("captureSource").asText()).isEqualTo("Exif.DateTimeOriginal");
        assertThat(onTime.get("make").asText()).isEqualTo("Canon");
        assertThat(onTime.get("model").asText()).isEqualTo("Canon EOS RP");
        assertThat(onTime.get("width").asInt()).isEqualTo(640);
        assertThat(onTime.get("height").asInt()).isEqualTo(480);
        assertThat(onTime.has("orientation")).isTrue();
        assertThat(onTime.has("software")).isTrue();
        assertThat(onTime.get("durationSeconds").isNull()).isTrue();
        assertThat(onTime.get("gps").isNull()).isTrue();
        assertThat(onTime.get("flags").isArray()).isTrue();
        assertThat(onTime.get("verdict").asText()).isEqualTo("ON_TIME");
        assertThat(onTime.get("deltaMinutes").isNull()).isTrue();

        JsonNode before = run.lines().get(1);
        assertThat(before.get("captureTime").asText()).isEqualTo("2024-09-15T09:00:00");
        assertThat(before.get("captureOffset").isNull()).isTrue();
        assertThat(before.get("zoneSource").asText()).isEqualTo("assumed");
        assertThat(before.get("captureInstant").asText()).isEqualTo("2024-09-15T02:00:00Z");
        assertThat(before.get("verdict").asText()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(before.get("deltaMinutes").asLong()).isEqualTo(-2880);
        assertThat(before.get("flags")).extracting(JsonNode::asText).contains("ZONE_ASSUMED");
    }

    @Test
    void theZoneOptionDecidesWhatAnOffsetFreeTimeMeans() throws Exception {
        Run run = scan("--zone", "Asia/Makassar", FLOW.resolve("sebelum-acara.jpg").toString());
        assertThat(run.lines().get(0).get("captureInstant").asText()).isEqualTo("2024-09-15T01:00:00Z");
        assertThat(run.lines().get(0).has("verdict")).as("no window, no verdict").isFalse();
    }

    @Test
    void unreadableFilesStillGetTheirLineAndTheScanGoesOn() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("kartu memori"));
        Files.write(dir.resolve("a kosong.jpg"), new byte[0]);
        Files.copy(FLOW.resolve("acara-0930.jpg"), dir.resolve("b foto 🎉.jpg"));
        Files.write(dir.resolve("c acak.mp4"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        Files.createDirectories(dir.resolve("d sub"));
        Files.copy(FLOW.resolve("sebelum-acara.jpg"), dir.resolve("d sub/e.jpg"));

        Run run = scan(dir.toString(), temp.resolve("tidak ada.jpg").toString());

        assertThat(run.code()).isZero();
        assertThat(run.lines()).extracting(l -> Path.of(l.get("path").asText()).getFileName().toString())
                .containsExactly("a kosong.jpg", "b foto 🎉.jpg", "c acak.mp4", "e.jpg", "tidak ada.jpg");
        assertThat(run.lines().get(0).get("mediaType").asText()).isEqualTo("unreadable");
        assertThat(run.lines().get(0).get("errorCode").asText()).isEqualTo("EMPTY_FILE");
        assertThat(run.lines().get(0).get("error").asText()).contains("Berkas kosong");
        assertThat(run.lines().get(1).get("mediaType").asText()).isEqualTo("photo");
        assertThat(run.lines().get(2).get("mediaType").asText()).isIn("unreadable", "unsupported");
        assertThat(run.lines().get(2).get("error").isNull()).isFalse();
        assertThat(run.lines().get(4).get("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(run.lines().get(4).get("sha256").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--zone Mars/Olympus | Mars/Olympus",
        "--event-start 2024-09-17T09:00 | --event-end",
        "--event-start kemarin --event-end 2024-09-17T12:00 | kemarin",
        "--event-start 2024-09-17T12:00 --event-end 2024-09-17T09:00 | --event-end",
        "--venue utara | utara",
        "--threads nol | nol",
        "--warna merah | --warna",
        "--zone | --zone",
    })
    void badArgumentsExitWithTwoAndOneLineSayingWhatIsWrong(String args, String mentioned) throws Exception {
        List<String> all = new ArrayList<>(List.of(args.split(" ")));
        if (!args.equals("--zone")) {
            all.add(FLOW.toString());
        }
        Run run = scan(all.toArray(String[]::new));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().strip()).doesNotContain("\n").contains(mentioned);
    }

    @Test
    void noPathsIsABadArgument() throws Exception {
        Run run = scan();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr().strip()).isNotEmpty().doesNotContain("\n");
    }

    @Test
    void theWholeDevCorpusGivesOneValidLinePerFileInPathOrder() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "../shared/corpus is not beside this clone");
        List<String> expected;
        try (Stream<Path> files = Files.walk(DEV)) {
            expected = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
        Run run = scan(DEV.toString());
        assertThat(run.code()).isZero();
        assertThat(run.lines()).extracting(l -> l.get("path").asText()).containsExactlyElementsOf(expected);
        for (JsonNode line : run.lines()) {
            assertThat(line.get("mediaType").asText()).isIn("photo", "video", "unsupported", "unreadable");
            boolean media = line.get("mediaType").asText().equals("photo") || line.get("mediaType").asText().equals("video");
            assertThat(line.get("error").isNull()).as(line.get("path").asText()).isEqualTo(media);
            assertThat(line.get("sha256").asText()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void pipesLinkLoopsAndDevicesGetALineSayingTheyWereSkipped() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "pipes and links are POSIX here");
        Path card = Files.createDirectories(temp.resolve("card"));
        Files.copy(FLOW.resolve("acara-0930.jpg"), card.resolve("a.jpg"));
        assertThat(new ProcessBuilder("mkfifo", card.resolve("b pipa.jpg").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(card.resolve("c balik"), card);
        Files.createSymbolicLink(card.resolve("d null.mp4"), Path.of("/dev/null"));

        long start = System.nanoTime();
        Run run = scan(card.toString());

        assertThat(run.code()).isZero();
        assertThat(run.lines()).extracting(l -> l.get("errorCode").isNull() ? "-" : l.get("errorCode").asText())
                .containsExactly("-", "SKIPPED_SPECIAL_FILE", "SKIPPED_LINK_LOOP", "SKIPPED_SPECIAL_FILE");
        assertThat(run.lines().subList(1, 4)).allSatisfy(l -> {
            assertThat(l.get("error").asText()).startsWith("Dilewati");
            assertThat(l.get("sha256").isNull()).isTrue();
        });
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("no pipe was opened").isLessThan(20);
    }

    @Test
    void aNameThatIsNotUtf8KeepsItsRealBytesInPath() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win")
                && !System.getProperty("os.name").toLowerCase().contains("mac"), "Linux keeps any bytes in a name");
        Path dir = Files.createDirectories(temp.resolve("latin1"));
        // "café.jpg" as an old Windows code page wrote it: é is the single byte E9
        Process touch = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf 'caf\\351.jpg')\"", "sh",
                FLOW.resolve("acara-0930.jpg").toString(), dir.toString()).start();
        assertThat(touch.waitFor()).isZero();

        Run run = scan(dir.toString());

        byte[] expected = (dir + "/caf").getBytes(StandardCharsets.UTF_8);
        byte[] wanted = java.util.Arrays.copyOf(expected, expected.length + 5);
        System.arraycopy(new byte[] {(byte) 0xE9, '.', 'j', 'p', 'g'}, 0, wanted, expected.length, 5);
        byte[] out = run.stdoutBytes();
        assertThat(indexOf(out, wanted)).as("the raw name in the line").isPositive();
        assertThat(indexOf(out, new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD})).as("no U+FFFD written").isNegative();
        // and the file was read through that name
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0).get("mediaType").asText()).isEqualTo("photo");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
