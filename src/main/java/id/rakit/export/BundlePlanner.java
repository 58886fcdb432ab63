package id.rakit.export;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Standing;
import id.rakit.evidence.rendition.PixelSize;
import id.rakit.evidence.rendition.PublishedPhotos;
import id.rakit.export.BundlePlan.Inclusion;
import id.rakit.export.BundlePlan.ItemPlan;
import id.rakit.export.BundlePlan.PlanProblem;
import id.rakit.export.BundlePlan.PlanProblem.Kind;
import id.rakit.export.BundlePlan.PlannedMedia;
import id.rakit.export.BundlePlan.PlannedText;
import id.rakit.export.BundlePlan.PlatformPlan;
import id.rakit.compose.CaptionRules;
import id.rakit.compose.FieldReport;
import id.rakit.compose.Problem;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Works out a bundle before it is written (PDFsam's "build the parameters, report the problems"):
 * which items go in, what each platform's folder holds, and every problem, each said once in the
 * admin's words with what happens because of it. Pure: nothing is read or written here.
 */
public final class BundlePlanner {

    public static final String CAPTION_FILE = "keterangan.txt";
    public static final String TITLE_FILE = "judul.txt";
    public static final String FIRST_COMMENT_FILE = "komentar-pertama.txt";
    public static final String ALT_TEXT_FILE = "teks-alternatif.txt";
    public static final String EVIDENCE_FOLDER = "evidence";
    /** The longest name Rakit writes inside a bundle besides the originals' (a report, a checklist). */
    private static final int LONGEST_OWN_PATH = "instagram-story/teks-alternatif.txt".length();
    /** What a temporary folder's name adds to the bundle's ({@code .NAME.} and a random number). */
    private static final int TEMPORARY_EXTRA = 24;

    private final PlatformData platforms;
    private final CaptionRules captions;

    /** @param captions each platform's own counting rules, the composer's: what it flags, the plan flags */
    public BundlePlanner(PlatformData platforms, CaptionRules captions) {
        this.platforms = platforms;
        this.captions = captions;
    }

    public PlatformData platforms() {
        return platforms;
    }

    /**
     * The plan.
     *
     * @param items          the post's items, checked now
     * @param originalExists whether an item's copy is still in the library
     * @param parent         the folder the bundle goes into (for the path length limit)
     * @param now            when it is written (the folder's date when the event has none)
     */
    public BundlePlan plan(Post post, List<CheckedItem> items, BundleChoices choices, Predicate<EvidenceItem> originalExists,
                           Path parent, Instant now, Messages m) {
        List<PlanProblem> problems = new ArrayList<>();
        List<CheckedItem> ordered = items.stream().sorted(Comparator.comparingInt(c -> c.item().position())).toList();

        // the items: which go in
        List<ItemPlan> evidence = new ArrayList<>();
        Map<Long, CheckedItem> going = new HashMap<>();
        int number = 0;
        int longestOriginal = 0;
        for (CheckedItem c : ordered) {
            EvidenceItem item = c.item();
            Inclusion inclusion = inclusion(c, choices, originalExists);
            switch (inclusion) {
                case UNUSABLE -> problems.add(problem(Kind.UNUSABLE, null, item.id(),
                        m.get("export.problem.unusable", item.originalName())));
                case MISSING -> problems.add(problem(Kind.MISSING_ORIGINAL, null, item.id(),
                        m.get("export.problem.missingOriginal", item.originalName())));
                case UNDECIDED -> problems.add(problem(Kind.NOT_PASSED, null, item.id(),
                        m.get("export.problem.notPassed", item.originalName())));
                default -> { }
            }
            String originalName = "";
            if (inclusion.included()) {
                number++;
                going.put(item.id(), c);
                originalName = String.format(Locale.ROOT, "%02d_%s", number, SafeNames.fileName(item.originalName()));
                longestOriginal = Math.max(longestOriginal, EVIDENCE_FOLDER.length() + 1 + originalName.length());
            }
            evidence.add(new ItemPlan(c, inclusion, inclusion.included() ? number : 0, originalName));
        }

        // the folder's name, shortened to keep every path within Windows' limit
        int longest = Math.max(LONGEST_OWN_PATH, choices.keepOriginals() ? longestOriginal : 0);
        int parentLength = parent.toAbsolutePath().toString().length();
        int maxSlug = SafeNames.MAX_PATH - parentLength - 1 - "2024-09-17_".length() - "-99".length()
                - TEMPORARY_EXTRA - 1 - longest;
        LocalDate date = post.details().eventStart().map(t -> t.toLocalDate())
                .orElse(now.atZone(post.details().eventZone()).toLocalDate());
        String folder = SafeNames.folderName(date, post.details().title(), post.id(), Math.max(SafeNames.MIN_SLUG, maxSlug));
        if (maxSlug < SafeNames.MIN_SLUG) {
            problems.add(blocking(Kind.PATH_TOO_LONG, m.get("export.problem.pathTooLong", parent.toAbsolutePath(),
                    SafeNames.MAX_PATH)));
        }

        // each chosen platform, in the data file's order
        List<PlatformPlan> plans = new ArrayList<>();
        List<Long> postOrder = ordered.stream().map(c -> c.item().id()).toList();
        for (BundleTarget target : platforms.targets()) {
            if (choices.platforms().contains(target.code())) {
                plans.add(platform(target, post.composition(), postOrder, going, choices, m));
            }
        }
        if (plans.isEmpty()) {
            problems.add(blocking(Kind.NO_PLATFORM, m.get("export.problem.noPlatform")));
        }
        // a photo's alt text is written once for every platform: one problem per photo, naming them all
        Map<Long, List<String>> withoutAlt = new java.util.LinkedHashMap<>();
        for (PlatformPlan p : plans) {
            for (PlanProblem pp : p.problems()) {
                if (pp.kind() == Kind.NO_ALT_TEXT) {
                    withoutAlt.computeIfAbsent(pp.evidenceId().orElseThrow(), k -> new ArrayList<>())
                            .add(m.get("export.target." + p.target().code()));
                } else {
                    problems.add(pp);
                }
            }
        }
        withoutAlt.forEach((id, names) -> problems.add(problem(Kind.NO_ALT_TEXT, null, id,
                m.get("export.problem.noAltText", String.join(", ", names), going.get(id).item().originalName()))));
        return new BundlePlan(post, choices, folder, evidence, plans, problems);
    }

    private static Inclusion inclusion(CheckedItem c, BundleChoices choices, Predicate<EvidenceItem> originalExists) {
        Standing standing = c.standing();
        if (standing == Standing.UNUSABLE) {
            return Inclusion.UNUSABLE;
        }
        if (choices.leftOut().contains(c.item().id())) {
            return Inclusion.LEFT_OUT;
        }
        if (!originalExists.test(c.item()) || c.copyProblem().isPresent()) {
            return Inclusion.MISSING;
        }
        if (standing == Standing.ACCEPTED) {
            return Inclusion.ACCEPTED;
        }
        if (standing == Standing.NEEDS_REVIEW) {
            return choices.onlyPassed() ? Inclusion.LEFT_OUT : Inclusion.UNDECIDED;
        }
        return Inclusion.PASSED;
    }

    private PlatformPlan platform(BundleTarget target, Composition composition, List<Long> postOrder,
                                  Map<Long, CheckedItem> going, BundleChoices choices, Messages m) {
        Platform platform = target.platform();
        String name = m.get("export.target." + target.code());
        String code = target.code();
        List<PlanProblem> problems = new ArrayList<>();
        List<Long> leftOut = new ArrayList<>();

        // the platform's own choice and order of media, of what goes into the bundle
        List<CheckedItem> chosen = new ArrayList<>();
        for (long id : composition.media(platform, postOrder)) {
            CheckedItem c = going.get(id);
            if (c != null) {
                chosen.add(c);
            }
        }
        List<CheckedItem> photos = new ArrayList<>();
        List<CheckedItem> videos = new ArrayList<>();
        for (CheckedItem c : chosen) {
            boolean video = c.item().media().mediaType() == MediaType.VIDEO;
            if (video && !target.takesVideo()) {
                leftOut.add(c.item().id());
                problems.add(problem(Kind.VIDEO_NOT_TAKEN, code, c.item().id(),
                        m.get("export.problem.videoNotTaken", name, c.item().originalName())));
            } else if (!video && !target.takesPhotos()) {
                leftOut.add(c.item().id());
                problems.add(problem(Kind.PHOTO_NOT_TAKEN, code, c.item().id(),
                        m.get("export.problem.photoNotTaken", name, c.item().originalName())));
            } else if (!video && !PublishedPhotos.canRender(c.item().media().format())) {
                leftOut.add(c.item().id());
                problems.add(problem(Kind.CANNOT_CONVERT, code, c.item().id(),
                        m.get("export.problem.cannotConvert", c.item().originalName(), c.item().media().format(), name)));
            } else {
                (video ? videos : photos).add(c);
            }
        }
        // photos and a video together where the platform does not mix them: the photos stay
        if (!target.mixesPhotosAndVideo() && !photos.isEmpty() && !videos.isEmpty()) {
            for (CheckedItem v : videos) {
                leftOut.add(v.item().id());
                problems.add(problem(Kind.NOT_MIXED, code, v.item().id(),
                        m.get("export.problem.notMixed", name, v.item().originalName())));
            }
            videos.clear();
        }
        List<CheckedItem> media = new ArrayList<>();
        for (CheckedItem c : chosen) {
            if (photos.contains(c) || videos.contains(c)) {
                media.add(c);
            }
        }
        // videos the platform takes fewer of than the post has, then the limit of all media
        if (target.video().maxCount() != null && videos.size() > target.video().maxCount().value()) {
            tooMany(target, name, media, videos, target.video().maxCount().value(), leftOut, problems, m);
        }
        if (target.mediaLimit().isPresent() && media.size() > target.mediaLimit().get()) {
            tooMany(target, name, media, media, target.mediaLimit().get(), leftOut, problems, m);
        }

        Optional<BundleTarget.FrameSize> size = Optional.empty();
        if (target.takesPhotos() && target.photos().crops()) {
            size = Optional.of(target.photos().size(choices.sizes().getOrDefault(code, ""))
                    .orElse(target.photos().sizes().get(0)));
        }

        List<PlannedMedia> files = new ArrayList<>();
        int n = 0;
        for (CheckedItem c : media) {
            n++;
            EvidenceItem item = c.item();
            MediaInfo info = item.media();
            boolean video = info.mediaType() == MediaType.VIDEO;
            String alt = composition.altText(platform, item.id()).strip();
            if (video) {
                files.add(new PlannedMedia(String.format(Locale.ROOT, "%02d.%s", n, videoExtension(item)), c, true,
                        Optional.empty(), upright(info), ""));
                videoLimits(target, name, c, problems, m);
                continue;
            }
            PublishedPhotos.Framing framing = framing(target, size, item.id(), choices);
            Optional<PixelSize> expected = upright(info).map(u -> PublishedPhotos.outputSize(framing, u.width(), u.height()));
            files.add(new PlannedMedia(String.format(Locale.ROOT, "%02d.jpg", n), c, false, Optional.of(framing),
                    expected, target.altText().accepted() ? alt : ""));
            if (target.altText().accepted()) {
                if (alt.isEmpty()) {
                    problems.add(problem(Kind.NO_ALT_TEXT, code, item.id(),
                            m.get("export.problem.noAltText", name, item.originalName())));
                } else if (target.altText().maxChars() != null
                        && alt.codePointCount(0, alt.length()) > target.altText().maxChars().value()) {
                    problems.add(problem(Kind.ALT_TEXT_TOO_LONG, code, item.id(), m.get("export.problem.altTextTooLong",
                            name, item.originalName(), alt.codePointCount(0, alt.length()),
                            target.altText().maxChars().value())));
                }
            }
            Integer minWidth = target.photos().minWidth() == null ? null : target.photos().minWidth().value();
            if (minWidth != null && expected.isPresent() && expected.get().width() < minWidth) {
                problems.add(problem(Kind.PHOTO_TOO_SMALL, code, item.id(), m.get("export.problem.photoTooSmall",
                        item.originalName(), expected.get().width(), name, minWidth)));
            }
        }
        if (files.isEmpty()) {
            problems.add(problem(Kind.NOTHING_TO_SHOW, code, null, m.get("export.problem.nothingToShow", name)));
        }

        List<PlannedText> texts = new ArrayList<>();
        if (target.title() != null) {
            String title = composition.text(platform, CaptionField.TITLE).strip();
            if (!title.isEmpty()) {
                texts.add(new PlannedText(TITLE_FILE, "title", title));
            }
        }
        if (target.caption() != null) {
            String caption = composition.body(platform);
            if (caption.isBlank()) {
                problems.add(problem(Kind.EMPTY_CAPTION, code, null, m.get("export.problem.emptyCaption", name)));
            } else {
                texts.add(new PlannedText(CAPTION_FILE, "caption", caption));
            }
            ProblemTexts said = new ProblemTexts(m);
            for (FieldReport report : captions.checkAll(composition.withTargets(List.of(platform)))) {
                for (Problem p : report.problems()) {
                    problems.add(problem(Kind.CAPTION_RULE, code, null, said.describe(p)));
                }
            }
        }
        if (target.firstComment()) {
            String comment = composition.text(platform, CaptionField.FIRST_COMMENT).strip();
            if (!comment.isEmpty()) {
                texts.add(new PlannedText(FIRST_COMMENT_FILE, "firstComment", comment));
            }
        }
        if (target.altText().accepted()) {
            StringBuilder alts = new StringBuilder();
            for (PlannedMedia f : files) {
                if (!f.video() && !f.altText().isEmpty()) {
                    alts.append(f.fileName()).append('\n').append(f.altText()).append("\n\n");
                }
            }
            if (alts.length() > 0) {
                texts.add(new PlannedText(ALT_TEXT_FILE, "altText", alts.toString().stripTrailing() + "\n"));
            }
        }
        return new PlatformPlan(target, size, files, texts, problems, leftOut);
    }

    private static void tooMany(BundleTarget target, String name, List<CheckedItem> media, List<CheckedItem> among,
                                int max, List<Long> leftOut, List<PlanProblem> problems, Messages m) {
        List<CheckedItem> extra = new ArrayList<>(among.subList(max, among.size()));
        media.removeAll(extra);
        if (among != media) {
            among.removeAll(extra);
        }
        List<String> names = new ArrayList<>();
        for (CheckedItem c : extra) {
            leftOut.add(c.item().id());
            names.add(c.item().originalName());
        }
        problems.add(problem(Kind.TOO_MANY_MEDIA, target.code(), null,
                m.get("export.problem.tooMany", name, max, extra.size(), String.join(", ", names))));
    }

    private static PublishedPhotos.Framing framing(BundleTarget target, Optional<BundleTarget.FrameSize> size, long id,
                                                   BundleChoices choices) {
        if (size.isPresent()) {
            BundleChoices.Centre centre = choices.crop(id, size.get().name());
            return new PublishedPhotos.Crop(size.get().width(), size.get().height(), centre.x(), centre.y());
        }
        BundleTarget.Photos p = target.photos();
        return new PublishedPhotos.Fit(p.maxWidth() == null ? 0 : p.maxWidth().value(),
                p.maxHeight() == null ? 0 : p.maxHeight().value());
    }

    private static void videoLimits(BundleTarget target, String name, CheckedItem c, List<PlanProblem> problems,
                                    Messages m) {
        BundleTarget.Video rules = target.video();
        MediaInfo info = c.item().media();
        String file = c.item().originalName();
        long id = c.item().id();
        if (info.durationSeconds().isPresent()) {
            double seconds = info.durationSeconds().get();
            if (rules.minSeconds() != null && seconds < rules.minSeconds().value()) {
                problems.add(problem(Kind.VIDEO_LIMIT, target.code(), id, m.get("export.problem.videoTooShort", file,
                        Math.round(seconds), name, Math.round(rules.minSeconds().value()))));
            }
            if (rules.maxSeconds() != null && seconds > rules.maxSeconds().value()) {
                problems.add(problem(Kind.VIDEO_LIMIT, target.code(), id, m.get("export.problem.videoTooLong", file,
                        Math.round(seconds), name, Math.round(rules.maxSeconds().value()))));
            }
        }
        if (rules.maxBytes() != null && c.item().file().sizeBytes() > rules.maxBytes().value()) {
            problems.add(problem(Kind.VIDEO_LIMIT, target.code(), id, m.get("export.problem.videoTooLarge", file,
                    c.item().file().sizeBytes() / (1024 * 1024), name, rules.maxBytes().value() / (1024 * 1024))));
        }
        Optional<PixelSize> shown = upright(info);
        if (rules.ratio() != null && shown.isPresent()) {
            String[] parts = rules.ratio().value().split(":");
            double wanted = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            double actual = (double) shown.get().width() / shown.get().height();
            if (Math.abs(actual - wanted) / wanted > 0.02) {
                problems.add(problem(Kind.VIDEO_LIMIT, target.code(), id, m.get("export.problem.videoRatio", file,
                        Integer.toString(shown.get().width()), Integer.toString(shown.get().height()), name,
                        rules.ratio().value())));
            }
        }
    }

    /** The size the file is shown at, from its metadata: a photo's orientation or a video's rotation turns it. */
    static Optional<PixelSize> upright(MediaInfo info) {
        if (info.width().isEmpty() || info.height().isEmpty() || info.width().get() <= 0 || info.height().get() <= 0) {
            return Optional.empty();
        }
        boolean turned = info.mediaType() == MediaType.VIDEO
                ? info.rotation().map(r -> Math.floorMod(r, 180) == 90).orElse(false)
                : info.orientation().map(o -> o >= 5 && o <= 8).orElse(false);
        int w = info.width().get();
        int h = info.height().get();
        return Optional.of(turned ? new PixelSize(h, w) : new PixelSize(w, h));
    }

    private static String videoExtension(EvidenceItem item) {
        String name = item.originalName();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (ext.matches("[a-z0-9]{2,4}")) {
            return ext;
        }
        return item.media().format().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static PlanProblem problem(Kind kind, String target, Long evidenceId, String text) {
        return new PlanProblem(kind, Optional.ofNullable(target), Optional.ofNullable(evidenceId), text, false);
    }

    private static PlanProblem blocking(Kind kind, String text) {
        return new PlanProblem(kind, Optional.empty(), Optional.empty(), text, true);
    }
}
