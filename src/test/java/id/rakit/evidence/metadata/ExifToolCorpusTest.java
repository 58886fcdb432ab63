package id.rakit.evidence.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of the shared corpus read by {@link MetadataReader} and compared with ExifTool's
 * reading of it ({@code truth.json}). Each file is its own case and lists all its differences.
 * Skipped when the corpus is not beside the project.
 */
class ExifToolCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final MetadataReader READER = new MetadataReader(JAKARTA);

    /** ExifTool file types that Rakit takes as photos or videos; none may come back unsupported. */
    private static final Set<String> TAKEN_TYPES = Set.of("JPEG", "THM", "HEIC", "HEIF", "PNG", "WEBP",
            "Extended WEBP", "TIFF", "DNG", "GPR", "KDC", "DCR", "K25", "CR2", "CR3", "NEF", "NRW", "ARW", "SR2",
            "SRF", "ORF", "RW2", "RWL", "RAF", "PEF", "SRW", "3FR", "ERF", "MEF", "MOS", "IIQ", "FFF", "X3F",
            "MOV", "MP4", "M4V", "3GP", "AVI");

    /** Which ExifTool tag stands behind each of our capture-time sources. */
    private static final Map<String, List<String>> EXIFTOOL_TAGS = Map.of(
            PhotoTags.DATE_TIME_ORIGINAL, List.of("ExifIFD:DateTimeOriginal", "IFD0:DateTimeOriginal"),
            PhotoTags.DATE_TIME_DIGITIZED, List.of("ExifIFD:CreateDate"),
            PhotoTags.XMP_DATE_CREATED, List.of("XMP-photoshop:DateCreated"),
            PhotoTags.XMP_CREATE_DATE, List.of("XMP-xmp:CreateDate"),
            PhotoTags.IPTC_DATE_CREATED, List.of("IPTC:DateCreated"),
            VideoFormats.KEYS_CREATION_DATE, List.of("Keys:CreationDate", "QuickTime:CreationDate"),
            VideoFormats.QUICKTIME_CREATE_DATE, List.of("QuickTime:CreateDate"),
            VideoFormats.RIFF_DATE_TIME_ORIGINAL, List.of("RIFF:DateTimeOriginal"));

    // ExifTool's own form: "2021:09:27 07:13:41", "2020:02:18 08:56:03.93-07:00", "2019:07:24 11:25:40+03:00"
    private static final Pattern EXIFTOOL_TIME = Pattern.compile(
            "(\\d{4}):(\\d{2}):(\\d{2})(?: (\\d{2}):(\\d{2}):(\\d{2}))?(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    static Stream<Arguments> corpusFiles() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present at " + CORPUS.toAbsolutePath());
        ObjectMapper json = new ObjectMapper();
        List<Arguments> files = new ArrayList<>();
        for (String set : List.of("dev", "synthetic")) {
            Path truth = CORPUS.resolve(set).resolve("truth.json");
            for (JsonNode record : json.readTree(truth.toFile())) {
                String source = record.get("SourceFile").asText();
                files.add(Arguments.of(set + "/" + source, CORPUS.resolve(set).resolve(source), record));
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsLikeExifTool(String name, Path file, JsonNode exifTool) {
        MediaInfo info = READER.read(file);
        List<String> differences = new ArrayList<>();
        String exifToolType = text(exifTool, "FileType").orElse("");

        if (info.mediaType() == MediaType.UNSUPPORTED) {
            // formats Rakit does not take are not parsed further (PSD, GIF, BMP, MPEG, FPX...)
            if (TAKEN_TYPES.contains(exifToolType)) {
                differences.add("unsupported, but ExifTool reads it as " + exifToolType);
            }
            assertThat(differences).as(name).isEmpty();
            return;
        }
        if (info.mediaType() == MediaType.UNREADABLE) {
            boolean exifToolSawTrouble = !exifTool.path("Warnings").isEmpty() || !exifTool.path("Error").isNull();
            if (!exifToolSawTrouble) {
                differences.add("unreadable " + info.problems() + ", but ExifTool read it without complaint");
            }
        }

        checkCaptureTime(exifTool, info, differences);

        Optional<Integer> orientation = number(exifTool, "Orientation").map(Double::intValue)
                .filter(o -> o >= 1 && o <= 8);
        compare("orientation", orientation, info.orientation(), differences);
        compare("make", text(exifTool, "Make").map(String::strip), info.make(), differences);
        compare("model", text(exifTool, "Model").map(String::strip), info.model(), differences);
        String softwareTag = exifTool.path("_tag_used").path("Software").asText("");
        if (softwareTag.equals("IFD0:Software") || softwareTag.equals("Keys:Software")) {
            checkSoftware(exifTool.get("Software"), info.software(), differences);
        }
        checkGps(exifTool, info, differences);
        if (info.mediaType() == MediaType.VIDEO) {
            number(exifTool, "Rotation").map(Double::intValue)
                    .ifPresent(r -> compare("rotation", Optional.of(r), info.rotation(), differences));
            number(exifTool, "Duration").ifPresent(d -> {
                if (info.durationSeconds().isEmpty() || Math.abs(info.durationSeconds().get() - d) > 0.01) {
                    differences.add("duration: ExifTool " + d + ", ours " + info.durationSeconds());
                }
            });
        }
        assertThat(differences).as(name).isEmpty();
    }

    private static void checkCaptureTime(JsonNode exifTool, MediaInfo info, List<String> differences) {
        Optional<String> best = text(exifTool, "best_capture_time").filter(t -> exifToolTime(t).isPresent());
        if (best.isPresent()) {
            String tag = exifTool.path("best_capture_tag").asText();
            if (info.captureTime().isEmpty()) {
                differences.add("no capture time; ExifTool has " + best.get() + " from " + tag);
                return;
            }
            CaptureTime ours = info.captureTime().get();
            if (!EXIFTOOL_TAGS.getOrDefault(ours.source(), List.of()).contains(tag)) {
                differences.add("capture time from " + ours.source() + ", ExifTool's from " + tag);
            }
            if (tag.equals("ExifIFD:DateTimeOriginal")) {
                compareExifTime(exifTool, best.get(), ours, differences);
            } else {
                compareInstant(best.get(), tag.equals("QuickTime:CreateDate"), ours, differences);
            }
            return;
        }
        if (info.captureTime().isEmpty()) {
            return;
        }
        // ExifTool chose no capture time: ours must still be a date ExifTool found in the tag we name
        CaptureTime ours = info.captureTime().get();
        List<String> tags = EXIFTOOL_TAGS.getOrDefault(ours.source(), List.of());
        Optional<String> value = tags.stream().map(tag -> exifToolValue(exifTool, tag))
                .flatMap(Optional::stream).findFirst();
        if (value.isEmpty() || exifToolTime(value.get()).isEmpty()) {
            differences.add("capture time " + ours.local() + " from " + ours.source() + " that ExifTool did not find");
        } else if (ours.source().equals(PhotoTags.IPTC_DATE_CREATED)) {
            // ExifTool lists the IPTC date without its time
            if (!exifToolTime(value.get()).get().local.toLocalDate().equals(ours.local().toLocalDate())) {
                differences.add("IPTC date " + ours.local() + ", ExifTool " + value.get());
            }
        } else {
            compareInstant(value.get(), ours.source().equals(VideoFormats.QUICKTIME_CREATE_DATE), ours, differences);
        }
    }

    /** DateTimeOriginal: the same wall-clock time to the second, the same sub-seconds and offset. */
    private static void compareExifTime(JsonNode exifTool, String best, CaptureTime ours, List<String> differences) {
        ExifToolTime expected = exifToolTime(best).orElseThrow();
        if (!ours.local().truncatedTo(ChronoUnit.SECONDS).equals(expected.local)) {
            differences.add("local time " + ours.local() + ", ExifTool " + best);
        }
        Optional<ZoneOffset> offset = text(exifTool, "OffsetTimeOriginal").flatMap(ExifToolCorpusTest::offset)
                .or(() -> expected.offset);
        compare("offset", offset, ours.offset(), differences);
        Optional<String> subSeconds = text(exifTool, "SubSecTimeOriginal").map(String::strip);
        if (subSeconds.isPresent() && subSeconds.get().matches("\\d+")) {
            int nanos = Integer.parseInt((subSeconds.get() + "000000000").substring(0, 9));
            if (ours.local().getNano() != nanos) {
                differences.add("sub-seconds " + ours.local().getNano() + " ns, ExifTool " + subSeconds.get());
            }
        }
    }

    /** The same moment: UTC-stored dates as UTC, dates with an offset with it, others as local time. */
    private static void compareInstant(String exifToolValue, boolean storedAsUtc, CaptureTime ours,
                                       List<String> differences) {
        ExifToolTime expected = exifToolTime(exifToolValue).orElseThrow();
        if (storedAsUtc || expected.offset.isPresent()) {
            Instant instant = expected.local.toInstant(expected.offset.orElse(ZoneOffset.UTC));
            if (!ours.instant().truncatedTo(ChronoUnit.SECONDS).equals(instant)) {
                differences.add("instant " + ours.instant() + ", ExifTool " + exifToolValue);
            }
        } else if (!ours.local().truncatedTo(ChronoUnit.SECONDS).equals(expected.local)) {
            differences.add("local time " + ours.local() + ", ExifTool " + exifToolValue);
        }
    }

    private static void checkSoftware(JsonNode expected, Optional<String> ours, List<String> differences) {
        if (expected.isNumber()) {
            // JSON turned "15.0" into a number
            boolean same = ours.isPresent() && ours.get().matches("[0-9.]+")
                    && Double.parseDouble(ours.get()) == expected.asDouble();
            if (!same) {
                differences.add("software " + ours + ", ExifTool " + expected);
            }
        } else {
            compare("software", Optional.of(expected.asText().strip()), ours, differences);
        }
    }

    private static void checkGps(JsonNode exifTool, MediaInfo info, List<String> differences) {
        Optional<Double> latitude = number(exifTool, "GPSLatitude");
        Optional<Double> longitude = number(exifTool, "GPSLongitude");
        if (latitude.isEmpty() || longitude.isEmpty() || latitude.get() == 0 && longitude.get() == 0) {
            if (info.gps().isPresent()) {
                differences.add("GPS " + info.gps().get() + " that ExifTool did not find");
            }
            return;
        }
        boolean same = info.gps().isPresent()
                && Math.abs(info.gps().get().latitude() - latitude.get()) < 1e-4
                && Math.abs(info.gps().get().longitude() - longitude.get()) < 1e-4;
        if (!same) {
            differences.add("GPS " + info.gps() + ", ExifTool " + latitude.get() + "," + longitude.get());
        }
    }

    private static <T> void compare(String what, Optional<T> expected, Optional<T> actual, List<String> differences) {
        if (!expected.equals(actual)) {
            differences.add(what + ": ExifTool " + expected.map(Object::toString).orElse("none")
                    + ", ours " + actual.map(Object::toString).orElse("none"));
        }
    }

    /** A value ExifTool found for a group:tag, from the main fields or from other_dates. */
    private static Optional<String> exifToolValue(JsonNode exifTool, String groupAndTag) {
        JsonNode other = exifTool.path("other_dates").path(groupAndTag);
        if (other.isTextual()) {
            return Optional.of(other.asText());
        }
        String field = groupAndTag.startsWith("QuickTime:") || groupAndTag.startsWith("Keys:")
                ? groupAndTag : groupAndTag.substring(groupAndTag.indexOf(':') + 1);
        boolean fromThatGroup = groupAndTag.equals(field)
                || groupAndTag.equals(exifTool.path("_tag_used").path(field).asText());
        return fromThatGroup ? text(exifTool, field) : Optional.empty();
    }

    private record ExifToolTime(LocalDateTime local, Optional<ZoneOffset> offset) {
    }

    /** ExifTool's date form; blank, zero, date-only or impossible values are no date. */
    private static Optional<ExifToolTime> exifToolTime(String value) {
        Matcher m = EXIFTOOL_TIME.matcher(value.strip());
        if (!m.matches() || m.group(4) == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            Optional<ZoneOffset> offset = Optional.ofNullable(m.group(8)).flatMap(ExifToolCorpusTest::offset);
            return Optional.of(new ExifToolTime(local, offset));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String text) {
        try {
            return Optional.of(ZoneOffset.of(text.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<Double> number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }
}
