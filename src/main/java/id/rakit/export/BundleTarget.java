package id.rakit.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.rakit.post.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One folder of a bundle: a platform (or a form of one, as Instagram's Story) with what it takes,
 * as read from {@code platforms.json}. Every number carries where it was published and when.
 *
 * @param code                the folder's and the command line's name: {@code instagram}, {@code x}, ...
 * @param platform            the post's platform whose caption, alt texts and media choice it uses
 * @param photos              how photos are framed and how large they may be; null when it takes none
 * @param maxMedia            at most this many photos and videos in one post; null when unlimited
 * @param onePerPost          each photo or video is a post of its own (a Story)
 * @param video               whether and which videos it takes
 * @param mixesPhotosAndVideo whether one post may hold photos and a video together
 * @param altText             whether it takes alt text for photos
 * @param caption             the caption's limit; null when it has no caption
 * @param title               the title's limit; null when it has no title of its own
 * @param firstComment        whether a first comment goes with the caption
 * @param safeMargin          pixels at the top and bottom to keep free of text
 */
public record BundleTarget(String code, @JsonProperty("platform") String platformCode, Photos photos, Sourced<Integer> maxMedia,
                           Sourced<Boolean> onePerPost, Video video, boolean mixesPhotosAndVideo, AltText altText,
                           TextLimit caption, TextLimit title, boolean firstComment, Sourced<Integer> safeMargin) {

    /** A number (or text) with where it was published and when that was checked. */
    public record Sourced<T>(T value, String source, String checked) {
    }

    /** Where a set of numbers comes from. */
    public record Source(String source, String checked) {
    }

    /** One output size of a cropping platform: {@code 4:5} is 1080 x 1350. */
    public record FrameSize(String name, int width, int height) {
        public double ratio() {
            return (double) width / height;
        }
    }

    /**
     * How photos are framed: {@code crop} to one of {@code sizes} (the first is the default), or
     * {@code fit} within {@code maxWidth} x {@code maxHeight}, never enlarged.
     */
    public record Photos(String frame, List<FrameSize> sizes, Source sizesSource, Sourced<Long> maxBytes,
                         Sourced<Integer> minWidth, Sourced<Integer> maxWidth, Sourced<Integer> maxHeight) {
        public Photos {
            sizes = sizes == null ? List.of() : List.copyOf(sizes);
            if (!"crop".equals(frame) && !"fit".equals(frame)) {
                throw new IllegalArgumentException("photo frame must be crop or fit: " + frame);
            }
            if ("crop".equals(frame) && sizes.isEmpty()) {
                throw new IllegalArgumentException("a cropping platform needs its sizes");
            }
            Objects.requireNonNull(maxBytes, "maxBytes");
        }

        public boolean crops() {
            return "crop".equals(frame);
        }

        public Optional<FrameSize> size(String name) {
            return sizes.stream().filter(s -> s.name().equals(name)).findFirst();
        }
    }

    /** Whether videos go there, and the limits published for them (null where none is). */
    public record Video(boolean accepted, Sourced<Integer> maxCount, Sourced<Long> maxBytes,
                        Sourced<Double> minSeconds, Sourced<Double> maxSeconds, Sourced<String> ratio) {
    }

    public record AltText(boolean accepted, Sourced<Integer> maxChars, String source, String checked) {
    }

    /** A text's limit (null where none is published), counted in {@code characters} (code points) or UTF-8 {@code bytes}. */
    public record TextLimit(Sourced<Integer> limit, String unit) {
        public TextLimit {
            if (!"characters".equals(unit) && !"bytes".equals(unit)) {
                throw new IllegalArgumentException("a text limit counts characters or bytes: " + unit);
            }
        }

        public boolean bytes() {
            return "bytes".equals(unit);
        }

        public Optional<Integer> max() {
            return limit == null ? Optional.empty() : Optional.ofNullable(limit.value());
        }

        /** The text's length as this limit counts it. */
        public int lengthOf(String text) {
            return bytes() ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    : text.codePointCount(0, text.length());
        }
    }

    public BundleTarget {
        Objects.requireNonNull(code, "code");
        if (Platform.fromCode(platformCode).isEmpty() || "umum".equals(platformCode)) {
            throw new IllegalArgumentException(code + ": no platform " + platformCode);
        }
        video = video == null ? new Video(false, null, null, null, null, null) : video;
        altText = altText == null ? new AltText(false, null, null, null) : altText;
    }

    public Platform platform() {
        return Platform.fromCode(platformCode).orElseThrow();
    }

    public boolean takesPhotos() {
        return photos != null;
    }

    public boolean takesVideo() {
        return video.accepted();
    }

    public boolean storyLike() {
        return onePerPost != null && Boolean.TRUE.equals(onePerPost.value());
    }

    /** The most photos and videos one post takes, or empty when there is no limit. */
    public Optional<Integer> mediaLimit() {
        return maxMedia == null || storyLike() ? Optional.empty() : Optional.of(maxMedia.value());
    }
}
