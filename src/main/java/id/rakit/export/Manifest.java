package id.rakit.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * {@code manifest.json}: what a bundle holds and what Rakit knew about each item when it wrote
 * it, written from these records through Jackson and canonicalised by RFC 8785 (JSON
 * Canonicalization Scheme), so the same bundle always gives the same bytes and the manifest can
 * be signed later. The README documents every field.
 */
public record Manifest(String format, String generator, String createdAt, PostInfo post, List<PlatformInfo> platforms,
                       List<EvidenceInfo> evidence, List<FileInfo> files) {

    public static final String FILE_NAME = "manifest.json";
    public static final String FORMAT = "rakit-bundle/2";

    public Manifest {
        platforms = List.copyOf(platforms);
        evidence = List.copyOf(evidence);
        files = List.copyOf(files);
    }

    public record PostInfo(long id, String title, String unit, String eventName, String eventStart, String eventEnd,
                           String eventZone, String venue, Location venueLocation) {
    }

    public record Location(double lat, double lon) {
    }

    /**
     * One platform's folder.
     *
     * @param size    the chosen size of a cropping platform (e.g. {@code 4:5}), else null
     * @param media   its photos and videos in upload order
     * @param leftOut evidence ids that are in the bundle but not in this folder
     */
    public record PlatformInfo(String code, String platform, String size, List<MediaInfo> media, List<Long> leftOut) {
    }

    /**
     * One photo or video of a platform's folder.
     *
     * @param kind    {@code photo} (a rendition) or {@code video} (the original's frames, metadata removed)
     * @param crop    for a cropped photo, the part of the upright original it shows as x, y, width, height in pixels
     * @param quality the JPEG quality of a photo (60-92), else null
     * @param removed for a video, the location and owner metadata taken out
     */
    public record MediaInfo(String file, long evidenceId, String kind, Integer width, Integer height, List<Integer> crop,
                            Integer quality, String altText, List<String> removed) {
    }

    /**
     * One item of the post.
     *
     * @param inclusion   {@code passed}, {@code accepted}, {@code undecided} (did not pass, goes in
     *                    without a reason), {@code left-out}, {@code unusable} or {@code missing}
     * @param sha256      of the original as imported
     * @param original    its path in {@code evidence/} when the originals went along, else null
     */
    public record EvidenceInfo(long id, String originalName, String sha256, long size, String mediaType, String format,
                               String inclusion, String captureTime, String captureOffset, String captureInstant,
                               String zoneSource, String captureSource, Long clockCorrectionMinutes, String make,
                               String model, String verdict, Long deltaMinutes, List<String> flags,
                               String acceptedReason, String original) {
    }

    /**
     * One file of the bundle besides this manifest.
     *
     * @param role {@code photo}, {@code video}, {@code caption}, {@code title}, {@code firstComment},
     *             {@code altText}, {@code checklist}, {@code report} or {@code original}
     */
    public record FileInfo(String path, long size, String sha256, String role, String platform, Long evidenceId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest's bytes: canonical JSON (RFC 8785) in UTF-8. */
    public byte[] canonicalBytes() throws IOException {
        return canonical(JSON.writeValueAsBytes(this));
    }

    /** Any JSON text in its canonical form (RFC 8785), as UTF-8. */
    public static byte[] canonical(byte[] json) throws IOException {
        return new JsonCanonicalizer(json).getEncodedUTF8();
    }

    public static Manifest read(byte[] json) throws IOException {
        return JSON.readValue(json, Manifest.class);
    }
}
