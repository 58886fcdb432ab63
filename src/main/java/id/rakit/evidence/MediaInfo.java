package id.rakit.evidence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Rakit reads from one media file's metadata. Library types never leak out of here.
 *
 * @param mediaType        photo, video, unsupported or unreadable
 * @param format           the format found by content, e.g. {@code JPEG}, {@code HEIC}, {@code MP4}
 * @param captureTime      when it was taken, if the file says
 * @param make             camera or phone maker
 * @param model            camera or phone model
 * @param serial           camera body serial, where the file gives one (for clock corrections)
 * @param software         the Software tag (firmware, OS version or editor)
 * @param orientation      EXIF orientation 1-8
 * @param width            pixel width as stored (before orientation)
 * @param height           pixel height as stored
 * @param durationSeconds  video length
 * @param rotation         degrees to turn clockwise for display (0, 90, 180, 270): a video's track
 *                         matrix, or a HEIF image's {@code irot} (which decoders apply themselves)
 * @param gps              GPS position and time
 * @param modifyDate       EXIF ModifyDate (IFD0 DateTime), local, for the edit check
 * @param cameraMetadata   whether the file carries any camera metadata (make, model, EXIF dates)
 * @param problems         what went wrong or looks odd while reading; the first decides an
 *                         unreadable file's message
 */
public record MediaInfo(
        MediaType mediaType,
        String format,
        Optional<CaptureTime> captureTime,
        Optional<String> make,
        Optional<String> model,
        Optional<String> serial,
        Optional<String> software,
        Optional<Integer> orientation,
        Optional<Integer> width,
        Optional<Integer> height,
        Optional<Double> durationSeconds,
        Optional<Integer> rotation,
        Optional<GpsFix> gps,
        Optional<LocalDateTime> modifyDate,
        boolean cameraMetadata,
        List<FileProblem> problems) {

    public MediaInfo {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(format, "format");
        problems = List.copyOf(problems);
    }

    /** A file that could not be read at all. */
    public static MediaInfo unreadable(String format, FileProblem problem) {
        return new MediaInfo(MediaType.UNREADABLE, format, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, List.of(problem));
    }

    /** A readable file of a kind Rakit does not take as evidence. */
    public static MediaInfo unsupported(String format) {
        return new MediaInfo(MediaType.UNSUPPORTED, format, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, List.of(FileProblem.UNSUPPORTED_FORMAT));
    }

    public boolean isMedia() {
        return mediaType == MediaType.PHOTO || mediaType == MediaType.VIDEO;
    }

    /** The first problem, which decides the message an unreadable file gets. */
    public Optional<FileProblem> mainProblem() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }
}
