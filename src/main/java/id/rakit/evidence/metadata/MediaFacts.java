package id.rakit.evidence.metadata;

import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.GpsFix;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the format readers found in one file, gathered before it becomes a {@link MediaInfo}. */
final class MediaFacts {
    String format;
    MediaType mediaType;
    CaptureTime captureTime;
    String make;
    String model;
    String serial;
    String software;
    Integer orientation;
    Integer width;
    Integer height;
    Double durationSeconds;
    Integer rotation;
    GpsFix gps;
    LocalDateTime modifyDate;
    boolean cameraMetadata;
    final List<FileProblem> problems = new ArrayList<>();

    MediaFacts(String format, MediaType mediaType) {
        this.format = format;
        this.mediaType = mediaType;
    }

    void dimensions(long w, long h) {
        if (w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE) {
            width = (int) w;
            height = (int) h;
        }
    }

    MediaInfo toMediaInfo() {
        return new MediaInfo(mediaType, format, Optional.ofNullable(captureTime), text(make), text(model),
                text(serial), text(software), Optional.ofNullable(orientation), Optional.ofNullable(width),
                Optional.ofNullable(height), Optional.ofNullable(durationSeconds), Optional.ofNullable(rotation),
                Optional.ofNullable(gps), Optional.ofNullable(modifyDate), cameraMetadata, problems);
    }

    /** Tag text as people compare it: no padding spaces or NULs, blank is absent. */
    static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String cleaned = value.replace('\u0000', ' ').strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }
}
