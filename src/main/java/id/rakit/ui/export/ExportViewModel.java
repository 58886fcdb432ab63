package id.rakit.ui.export;

import id.rakit.evidence.EvidenceItem;
import id.rakit.export.BundleChoices;
import id.rakit.export.BundlePlan;
import id.rakit.export.BundlePlan.PlanProblem;
import id.rakit.export.BundleTarget;
import id.rakit.export.BundleVerifier;
import id.rakit.export.BundleWriter;
import id.rakit.export.ExportFailure;
import id.rakit.export.ExportResult;
import id.rakit.export.ExportService;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.ExportRecord;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostStatus;
import id.rakit.settings.Settings;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.DialogService;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The "Ekspor" tab: the bundle planned before anything is written (platforms, Instagram's size,
 * originals and zip, each photo's crop), every problem the plan finds with a way to deal with it
 * (leave the item out, accept it with a reason, write its alt text), the export as one
 * cancellable job with progress per file, and the bundles written earlier with whether each still
 * matches its manifest. A bundle opened or dropped here is checked the same way.
 */
public final class ExportViewModel {

    /** The kind of job in {@link AppState#jobs()}. */
    public static final String KIND = "export";

    private final ExportService exports;
    private final Settings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Causes causes;
    private final AppState state;
    private final Listening listening = new Listening();
    private int generation;
    /** Counts the admin's changes of the choices: a plan begun before the latest change is not shown. */
    private int edits;
    private long choicesOf = -1;

    /** A problem of the plan as the tab lists it, with what the admin can do about it there. */
    public record ProblemRow(PlanProblem problem, boolean canLeaveOut, boolean canAccept, boolean canWriteAltText,
                             boolean canInclude) {
    }

    /** One bundle written earlier, and whether it is still the one written. */
    public record EarlierBundle(ExportRecord record, String when, Standing standing, String detail) {
        public enum Standing { CHECKING, INTACT, CHANGED, GONE }
    }

    /** A photo whose crop the admin can choose, for one size. */
    public record CropTarget(long evidenceId, String name, String size, double ratio, Optional<Path> preview,
                             BundleChoices.Centre centre) {
    }

    // Properties

    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");

    /** Where the bundle will be written. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<BundleChoices> choices =
            new ReadOnlyObjectWrapper<>(this, "choices", BundleChoices.NONE);

    /** What the admin decided about the open post's bundle. */
    public ReadOnlyObjectProperty<BundleChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    /** Whether the open post's choices have been read: until then they cannot be changed. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<BundlePlan>> plan =
            new ReadOnlyObjectWrapper<>(this, "plan", Optional.empty());

    /** The bundle as it would be written now. */
    public ReadOnlyObjectProperty<Optional<BundlePlan>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper overview = new ReadOnlyStringWrapper(this, "overview", "");

    /** What each platform's folder gets, a line each. */
    public ReadOnlyStringProperty overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);

    /** The plan's problems, the post's first. */
    public ObservableList<ProblemRow> problems() {
        return problemsView;
    }

    private final ObservableList<CropTarget> crops = FXCollections.observableArrayList();
    private final ObservableList<CropTarget> cropsView = FXCollections.unmodifiableObservableList(crops);

    /** The photos of the chosen cropping platforms, one per photo and size. */
    public ObservableList<CropTarget> crops() {
        return cropsView;
    }

    private final ReadOnlyObjectWrapper<CropTarget> selectedCrop = new ReadOnlyObjectWrapper<>(this, "selectedCrop");

    /** The photo and size whose crop is shown. */
    public ReadOnlyObjectProperty<CropTarget> selectedCropProperty() {
        return selectedCrop.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");

    /** The file the export is writing, "instagram/01.jpg (3 dari 24)". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<ExportResult>> result =
            new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());

    /** The bundle written last for the open post, in this session. */
    public ReadOnlyObjectProperty<Optional<ExportResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the last export or plan failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private final ObservableList<EarlierBundle> earlier = FXCollections.observableArrayList();
    private final ObservableList<EarlierBundle> earlierView = FXCollections.unmodifiableObservableList(earlier);

    /** The bundles written of the open post, newest first. */
    public ObservableList<EarlierBundle> earlier() {
        return earlierView;
    }

    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper(this, "verification", "");

    /** What checking an opened or dropped bundle found. */
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper verificationIntact = new ReadOnlyBooleanWrapper(this, "verificationIntact");

    public ReadOnlyBooleanProperty verificationIntactProperty() {
        return verificationIntact.getReadOnlyProperty();
    }

    public ExportViewModel(ExportService exports, Settings settings, TaskExecutor tasks, DialogService dialogs,
                           Messages messages, AppState state) {
        this.exports = exports;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.causes = new Causes(messages);
        this.state = state;
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                result.set(Optional.empty());
                problem.set("");
                plan.set(Optional.empty());
                overview.set("");
                problems.clear();
                crops.clear();
                earlier.clear();
                progress.set("");
                choicesOf = -1;
                loaded.set(false);
                choices.set(BundleChoices.NONE);
            }
        });
        tasks.run(BackgroundTask.of("read the export folder", () -> settings.exportFolder().orElse(documents()))
                .onSuccess(folder::set)
                .onFailure(error -> folder.set(documents())));
    }

    /** The admin's Documents folder, or the home folder where there is none. */
    static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return Files.isDirectory(docs) ? docs : home;
    }

    /** Every platform a bundle can have a folder for, in the order of the platform data. */
    public List<BundleTarget> targets() {
        return exports.platforms().targets();
    }

    public String targetName(BundleTarget target) {
        return messages.get("export.target." + target.code());
    }

    // Commands

    /** Plans the open post's bundle again (when the tab is shown, or after a change). */
    public void refresh() {
        replan(true);
    }

    /**
     * Plans again; {@code checkEarlier} also checks the earlier bundles, which reads every byte of
     * them: done when the tab is shown and after an export, not on every change of a choice.
     */
    private void replan(boolean checkEarlier) {
        Optional<Post> open = state.openPost();
        Path into = folder.get();
        if (open.isEmpty() || into == null) {
            return;
        }
        long id = open.get().id();
        int mine = ++generation;
        boolean loadChoices = choicesOf != id;
        BundleChoices current = choices.get();
        int editsAtStart = edits;
        record Planned(BundleChoices choices, BundlePlan plan, List<ExportRecord> history) {
        }
        tasks.run(BackgroundTask.of("plan the bundle of post " + id, () -> {
            BundleChoices chosen = loadChoices ? exports.choices(id) : current;
            return new Planned(chosen, exports.plan(id, chosen, into, messages), exports.history(id));
        }).onSuccess(p -> {
            if (mine != generation || editsAtStart != edits || state.openPostId() != id) {
                return;  // a newer plan is on its way
            }
            choicesOf = id;
            loaded.set(true);
            choices.set(p.choices());
            show(p.plan());
            problem.set("");
            if (checkEarlier || earlier.size() != p.history().size()) {
                showHistory(p.history());
            }
        }).onFailure(error -> {
            if (mine == generation) {
                problem.set(causes.describe(error));
            }
        }));
    }

    private void show(BundlePlan p) {
        plan.set(Optional.of(p));
        overview.set(describe(p));
        List<ProblemRow> rows = new ArrayList<>();
        for (PlanProblem pp : p.problems()) {
            boolean item = pp.evidenceId().isPresent();
            boolean notPassed = pp.kind() == PlanProblem.Kind.NOT_PASSED;
            rows.add(new ProblemRow(pp, notPassed, notPassed, pp.kind() == PlanProblem.Kind.NO_ALT_TEXT && item, false));
        }
        // what the admin left out, with a way back in
        for (BundlePlan.ItemPlan i : p.evidence()) {
            if (i.inclusion() == BundlePlan.Inclusion.LEFT_OUT && p.choices().leftOut().contains(i.item().item().id())) {
                rows.add(new ProblemRow(new PlanProblem(PlanProblem.Kind.NOT_PASSED, Optional.empty(),
                        Optional.of(i.item().item().id()), messages.get("export.leftOut", i.item().item().originalName()),
                        false), false, false, false, true));
            }
        }
        problems.setAll(rows);
        crops.setAll(cropTargets(p));
    }

    private List<CropTarget> cropTargets(BundlePlan p) {
        List<CropTarget> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (BundlePlan.PlatformPlan platform : p.platforms()) {
            if (platform.size().isEmpty()) {
                continue;
            }
            BundleTarget.FrameSize size = platform.size().get();
            for (BundlePlan.PlannedMedia m : platform.media()) {
                EvidenceItem item = m.item().item();
                if (m.video() || !seen.add(item.id() + "@" + size.name())) {
                    continue;
                }
                out.add(new CropTarget(item.id(), item.originalName(), size.name(), size.ratio(), exports.preview(item),
                        p.choices().crop(item.id(), size.name())));
            }
        }
        return out;
    }

    private String describe(BundlePlan p) {
        StringBuilder out = new StringBuilder();
        out.append(messages.get("export.overview.items", p.included().size(), p.evidence().size()));
        for (BundlePlan.PlatformPlan platform : p.platforms()) {
            long photos = platform.media().stream().filter(m -> !m.video()).count();
            long videos = platform.media().size() - photos;
            String size = platform.size().map(s -> messages.get("export.overview.size", s.width(), s.height(), s.name()))
                    .orElse("");
            List<String> texts = platform.texts().stream()
                    .map(t -> messages.get("export.overview.text." + t.role())).toList();
            out.append('\n').append(messages.get("export.overview.platform", photos, videos,
                    targetName(platform.target()), size, texts.isEmpty() ? "" : "; " + String.join(", ", texts)));
        }
        if (p.choices().keepOriginals()) {
            out.append('\n').append(messages.get("export.overview.originals", p.included().size()));
        }
        return out.toString();
    }

    /** The platform in or out of the bundle. */
    public void choosePlatform(String code, boolean chosen) {
        change(choices.get().withPlatform(code, chosen));
    }

    /** One of a cropping platform's sizes: Instagram's 4:5, 1:1 or 1.91:1. */
    public void chooseSize(String code, String sizeName) {
        change(choices.get().withSize(code, sizeName));
    }

    public void keepOriginals(boolean keep) {
        change(choices.get().withKeepOriginals(keep));
    }

    public void alsoZip(boolean zip) {
        change(choices.get().withZip(zip));
    }

    /** Leaves an item out of the bundle (it stays in the post). */
    public void leaveOut(long evidenceId) {
        change(choices.get().withLeftOut(evidenceId, true));
    }

    /** Takes an item left out back into the bundle. */
    public void include(long evidenceId) {
        change(choices.get().withLeftOut(evidenceId, false));
    }

    /** Shows the crop of another photo or size. */
    public void selectCrop(CropTarget target) {
        selectedCrop.set(target);
    }

    /** Where a photo is cropped for one size; the middle of the crop, as fractions of the photo. */
    public void crop(long evidenceId, String sizeName, double x, double y) {
        if (!loaded.get()) {
            return;
        }
        edits++;
        BundleChoices next = choices.get().withCrop(evidenceId, sizeName, new BundleChoices.Centre(x, y));
        choices.set(next);
        for (int i = 0; i < crops.size(); i++) {
            CropTarget c = crops.get(i);
            if (c.evidenceId() == evidenceId && c.size().equals(sizeName)) {
                CropTarget moved = new CropTarget(c.evidenceId(), c.name(), c.size(), c.ratio(), c.preview(),
                        next.crop(evidenceId, sizeName));
                crops.set(i, moved);
                selectedCrop.set(moved);
            }
        }
        save(next, false);
    }

    private void change(BundleChoices next) {
        if (!loaded.get()) {
            return;  // the post's own choices are not read yet; they would be overwritten
        }
        edits++;
        choices.set(next);
        save(next, true);
    }

    private void save(BundleChoices next, boolean replan) {
        long id = state.openPostId();
        if (id < 0) {
            return;
        }
        tasks.run(BackgroundTask.of("remember the bundle choices of post " + id, () -> {
            exports.saveChoices(id, next);
            return null;
        }).onSuccess(ok -> {
            if (replan) {
                replan(false);
            }
        }).onFailure(error -> state.tell(causes.describe(error))));
    }

    /** Uses an item that did not pass, for a reason the admin writes. */
    public void accept(long evidenceId) {
        Optional<BundlePlan.ItemPlan> item = item(evidenceId);
        if (item.isEmpty()) {
            return;
        }
        Optional<String> reason = dialogs.askAcceptReason(item.get().item().item().originalName(),
                item.get().item().item().acceptedReason().orElse(""));
        if (reason.isEmpty()) {
            return;
        }
        tasks.run(BackgroundTask.of("accept item " + evidenceId, () -> {
            exports.accept(evidenceId, reason.get());
            return null;
        }).onSuccess(ok -> replan(false)).onFailure(error -> problem.set(causes.describe(error))));
    }

    /** Writes a photo's alt text, for every platform, from the problem that asks for it. */
    public void writeAltText(long evidenceId) {
        Optional<Post> open = state.openPost();
        Optional<BundlePlan.ItemPlan> item = item(evidenceId);
        if (open.isEmpty() || item.isEmpty()) {
            return;
        }
        Optional<String> text = dialogs.askAltText(item.get().item().item().originalName(),
                open.get().composition().altText(Platform.GENERAL, evidenceId));
        if (text.isEmpty()) {
            return;
        }
        long id = open.get().id();
        exports.editAltText(id, evidenceId, text.get());
        state.update(id, p -> p.withComposition(p.composition().withAltText(Platform.GENERAL, evidenceId, text.get())));
        replan(false);
    }

    private Optional<BundlePlan.ItemPlan> item(long evidenceId) {
        return plan.get().flatMap(p -> p.evidence().stream().filter(i -> i.item().item().id() == evidenceId).findFirst());
    }

    /** Lets the admin pick another folder for bundles; remembered for the next export. */
    public void chooseFolder() {
        Optional<Path> picked = dialogs.chooseExportFolder(Optional.ofNullable(folder.get()));
        if (picked.isEmpty()) {
            return;
        }
        folder.set(picked.get());
        Path chosen = picked.get();
        tasks.run(BackgroundTask.of("remember the export folder", () -> {
            settings.setExportFolder(chosen);
            return null;
        }).onSuccess(ok -> refresh()).onFailure(error -> state.tell(causes.describe(error))));
    }

    /**
     * Writes the open post's bundle: planned again first (edits saved, evidence checked), refused
     * while the plan has a problem that stops it, and asked about once when items that did not
     * pass would go in without a reason.
     */
    public void export() {
        Optional<Post> open = state.openPost();
        if (open.isEmpty() || exporting.get() || folder.get() == null) {
            return;
        }
        long id = open.get().id();
        Path target = folder.get();
        BundleChoices chosen = choices.get();
        exporting.set(true);
        problem.set("");
        progress.set("");
        tasks.run(BackgroundTask.of("plan the bundle of post " + id, () -> exports.plan(id, chosen, target, messages))
                .onSuccess(p -> confirmAndWrite(p, target))
                .onFailure(this::failed));
    }

    private void confirmAndWrite(BundlePlan p, Path target) {
        show(p);
        if (!p.writable()) {
            exporting.set(false);
            problem.set(messages.get("export.blocked", p.problems().stream().filter(PlanProblem::blocking)
                    .map(PlanProblem::text).findFirst().orElse("")));
            return;
        }
        if (p.included().isEmpty() && !dialogs.confirm(messages.get("export.title"),
                messages.get("export.confirm.noEvidence"))) {
            exporting.set(false);
            return;
        }
        int undecided = p.undecided().size();
        if (undecided > 0 && !dialogs.confirm(messages.get("export.title"),
                messages.get("export.confirm.undecided", undecided))) {
            exporting.set(false);
            return;
        }
        long id = p.post().id();
        BundleChoices chosen = p.choices();
        var handle = tasks.runLong(BackgroundTask.of("export post " + id, work -> {
            work.message(messages.get("export.running"));
            return exports.export(id, chosen, target, messages, new BundleWriter.Progress() {
                @Override
                public void file(int done, int total, String path) {
                    work.update(done, total);
                    String text = messages.get("export.progress", path, done, total);
                    work.message(text);
                    tasks.onUi(() -> progress.set(text));
                }

                @Override
                public boolean cancelled() {
                    return work.isCancelled();
                }
            });
        }).onSuccess(done -> {
            exporting.set(false);
            progress.set("");
            result.set(Optional.of(done));
            state.update(id, post -> post.status() == PostStatus.PUBLISHED ? post
                    : post.withStatus(PostStatus.EXPORTED, post.publication()));
            state.postsChanged();
            state.tell(messages.get("export.done", done.items(), done.folder().toString()));
            refresh();
        }).onFailure(this::failed));
        state.track(new AppState.Job(KIND, id, handle));
    }

    private void failed(Throwable error) {
        exporting.set(false);
        progress.set("");
        String why = error instanceof ExportFailure f && f.isCancel() ? messages.get("export.cancelled")
                : messages.get("export.failed", causes.describe(error));
        problem.set(why);
        state.tell(why);
    }

    /** Opens the last bundle's folder in the file manager. */
    public void openBundle() {
        result.get().ifPresent(r -> dialogs.openFolder(r.folder()));
    }

    /** Opens the last bundle's evidence report (the PDF). */
    public void openReport() {
        result.get().ifPresent(r -> dialogs.openFile(r.report()));
    }

    /** Opens an earlier bundle's folder. */
    public void openEarlier(EarlierBundle bundle) {
        dialogs.openFolder(Path.of(bundle.record().folder()));
    }

    private void showHistory(List<ExportRecord> records) {
        ZoneId zone = state.openPost().map(p -> p.details().eventZone()).orElse(ZoneId.systemDefault());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        List<EarlierBundle> rows = new ArrayList<>();
        for (ExportRecord r : records) {
            rows.add(new EarlierBundle(r, format.format(r.exportedAt().atZone(zone)), EarlierBundle.Standing.CHECKING,
                    messages.get("export.earlier.checking")));
        }
        earlier.setAll(rows);
        if (records.isEmpty()) {
            return;
        }
        int mine = generation;
        tasks.run(BackgroundTask.of("check the earlier bundles", () -> {
            List<EarlierBundle> checked = new ArrayList<>();
            for (EarlierBundle b : rows) {
                checked.add(checked(b));
            }
            return checked;
        }).onSuccess(checked -> {
            if (mine == generation) {
                earlier.setAll(checked);
            }
        }).onFailure(error -> state.tell(causes.describe(error))));
    }

    /** An earlier bundle as it is found now: gone, changed (or another manifest), or intact. */
    private EarlierBundle checked(EarlierBundle b) {
        Path folderPath = Path.of(b.record().folder());
        if (!Files.isDirectory(folderPath)) {
            return new EarlierBundle(b.record(), b.when(), EarlierBundle.Standing.GONE, messages.get("export.earlier.gone"));
        }
        try {
            BundleVerifier.Verification v = exports.verify(folderPath);
            if (v.intact() && v.manifestSha256().equals(b.record().manifestSha256())) {
                return new EarlierBundle(b.record(), b.when(), EarlierBundle.Standing.INTACT,
                        messages.get("export.earlier.intact", v.files()));
            }
            int differences = v.changed().size() + v.missing().size() + v.extra().size();
            return new EarlierBundle(b.record(), b.when(), EarlierBundle.Standing.CHANGED,
                    messages.get("export.earlier.changed", Math.max(1, differences)));
        } catch (java.io.IOException | RuntimeException e) {
            return new EarlierBundle(b.record(), b.when(), EarlierBundle.Standing.CHANGED, causes.describe(e));
        }
    }

    /**
     * Whether dropped files are bundles to check rather than evidence to import: zips (Rakit takes
     * none as evidence) and bundle manifests. Decided by name, as a drop is handled on the UI thread.
     */
    public static boolean looksLikeBundles(List<Path> dropped) {
        return !dropped.isEmpty() && dropped.stream().allMatch(p -> {
            String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".zip") || name.equals("manifest.json");
        });
    }

    /** The bundles dropped files stand for: a manifest stands for its folder. */
    public static List<Path> bundlesOf(List<Path> dropped) {
        return dropped.stream().map(p -> p.getFileName() != null && p.getFileName().toString().equals("manifest.json")
                ? p.toAbsolutePath().getParent() : p).toList();
    }

    /** Checks a bundle the admin picks (its folder's manifest or its zip). */
    public void verifyBundle() {
        dialogs.chooseBundle().ifPresent(path -> verify(List.of(path)));
    }

    /** Checks bundles dropped on the tab: folders with a manifest, or zips. */
    public void verify(List<Path> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        verification.set(messages.get("verify.running"));
        record Found(String text, boolean intact) {
        }
        tasks.run(BackgroundTask.of("check dropped bundles", () -> {
            List<String> lines = new ArrayList<>();
            boolean intact = true;
            for (Path bundle : bundles) {
                try {
                    BundleVerifier.Verification v = exports.verify(bundle);
                    intact &= v.intact();
                    lines.add(describe(v));
                } catch (java.io.IOException | RuntimeException e) {
                    intact = false;
                    lines.add(messages.get("verify.failed", bundle.getFileName(), causes.describe(e)));
                }
            }
            return new Found(String.join("\n", lines), intact);
        }).onSuccess(found -> {
            verification.set(found.text());
            verificationIntact.set(found.intact());
        }).onFailure(error -> verification.set(causes.describe(error))));
    }

    private String describe(BundleVerifier.Verification v) {
        String name = v.bundle().getFileName().toString();
        if (v.intact()) {
            return messages.get("verify.intact", name, v.files());
        }
        StringBuilder out = new StringBuilder(messages.get("verify.notIntact", name));
        for (String f : v.changed()) {
            out.append('\n').append(messages.get("verify.changed", f));
        }
        for (String f : v.missing()) {
            out.append('\n').append(messages.get("verify.missing", f));
        }
        for (String f : v.extra()) {
            out.append('\n').append(messages.get("verify.extra", f));
        }
        return out.toString();
    }

    /** Loads a photo's preview for its crop, off the UI thread. */
    public void preview(CropTarget target, double width, double height, java.util.function.Consumer<Image> show) {
        if (target.preview().isEmpty()) {
            return;
        }
        Path file = target.preview().get();
        tasks.run(BackgroundTask.of("decode a preview for cropping",
                        () -> new Image(file.toUri().toString(), width, height, true, true, false))
                .onSuccess(show)
                .onFailure(error -> state.tell(causes.describe(error))));
    }

    public void dispose() {
        listening.stop();
    }
}
