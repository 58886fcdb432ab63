package id.rakit.export;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.rendition.PixelSize;
import id.rakit.evidence.rendition.PublishedPhotos;
import id.rakit.post.Post;
import java.util.List;
import java.util.Optional;

/**
 * A bundle as it will be written, worked out before anything touches the disk: which items go in,
 * which files each platform's folder gets (renditions, videos, texts), and every problem found,
 * so the admin fixes them or goes ahead knowing them.
 *
 * @param folderName the bundle folder's name, e.g. {@code 2024-09-17_rapat-koordinasi-admin-medsos}
 * @param evidence   every item of the post, in the post's order, with whether it goes in
 * @param platforms  one plan per chosen platform, in the data file's order
 * @param problems   every problem, the post's first, then each platform's
 */
public record BundlePlan(Post post, BundleChoices choices, String folderName, List<ItemPlan> evidence,
                         List<PlatformPlan> platforms, List<PlanProblem> problems) {

    public BundlePlan {
        evidence = List.copyOf(evidence);
        platforms = List.copyOf(platforms);
        problems = List.copyOf(problems);
    }

    /** Whether an item goes into the bundle, and why not where it does not. */
    public enum Inclusion {
        /** Passed its checks (or there is no event time to check it against yet). */
        PASSED,
        /** Did not pass; the admin accepted it with a written reason. */
        ACCEPTED,
        /** Did not pass and has no accepted reason: it goes in, marked as such in the manifest. */
        UNDECIDED,
        /** The admin left it out (or asked for passed items only). */
        LEFT_OUT,
        /** Not a photo or video Rakit can read. */
        UNUSABLE,
        /** Its copy in Rakit's library is gone. */
        MISSING;

        public boolean included() {
            return this == PASSED || this == ACCEPTED || this == UNDECIDED;
        }
    }

    /**
     * One item of the post and whether it goes in.
     *
     * @param number       its place among the items that go in (1, 2, ...), 0 when it stays out
     * @param originalName its name in {@code evidence/} when the originals go along
     */
    public record ItemPlan(CheckedItem item, Inclusion inclusion, int number, String originalName) {
    }

    /** One file of a platform's folder made from an item: a photo rendition or a video copy. */
    public record PlannedMedia(String fileName, CheckedItem item, boolean video,
                               Optional<PublishedPhotos.Framing> framing, Optional<PixelSize> expectedSize,
                               String altText) {
    }

    /** A text file of a platform's folder. {@code role}: caption, title, firstComment, altText. */
    public record PlannedText(String fileName, String role, String text) {
    }

    /**
     * One platform's folder.
     *
     * @param size    the chosen size of a cropping platform
     * @param leftOut items that go into the bundle but not into this platform, with the reason among the problems
     */
    public record PlatformPlan(BundleTarget target, Optional<BundleTarget.FrameSize> size, List<PlannedMedia> media,
                               List<PlannedText> texts, List<PlanProblem> problems, List<Long> leftOut) {
        public PlatformPlan {
            media = List.copyOf(media);
            texts = List.copyOf(texts);
            problems = List.copyOf(problems);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * Something the admin should know before writing.
     *
     * @param target     the platform's code, when it concerns one
     * @param evidenceId the item, when it concerns one
     * @param text       what it is and what happens, in the admin's words
     * @param blocking   the bundle cannot be written until it is fixed
     */
    public record PlanProblem(Kind kind, Optional<String> target, Optional<Long> evidenceId, String text,
                              boolean blocking) {

        public enum Kind {
            NO_PLATFORM, PATH_TOO_LONG, NOT_PASSED, UNUSABLE, MISSING_ORIGINAL, CAPTION_RULE, EMPTY_CAPTION,
            NO_ALT_TEXT, ALT_TEXT_TOO_LONG, TOO_MANY_MEDIA, VIDEO_NOT_TAKEN, PHOTO_NOT_TAKEN, NOT_MIXED,
            VIDEO_LIMIT, CANNOT_CONVERT, PHOTO_TOO_SMALL, NOTHING_TO_SHOW
        }
    }

    /** The items that go in. */
    public List<ItemPlan> included() {
        return evidence.stream().filter(i -> i.inclusion().included()).toList();
    }

    public Optional<PlatformPlan> platform(String code) {
        return platforms.stream().filter(p -> p.target().code().equals(code)).findFirst();
    }

    /** Whether nothing stops the bundle from being written. */
    public boolean writable() {
        return problems.stream().noneMatch(PlanProblem::blocking);
    }

    /** The problems about items that did not pass and wait for the admin's decision. */
    public List<PlanProblem> undecided() {
        return problems.stream().filter(p -> p.kind() == PlanProblem.Kind.NOT_PASSED).toList();
    }

    /** How many media files the platforms' folders get. */
    public int mediaFiles() {
        return platforms.stream().mapToInt(p -> p.media().size()).sum();
    }
}
