package id.rakit.ui.compose;

import id.rakit.compose.CaptionRules;
import id.rakit.compose.FieldReport;
import id.rakit.compose.MediaItem;
import id.rakit.compose.PlatformRules;
import id.rakit.compose.Problem;
import id.rakit.compose.Readiness;
import id.rakit.compose.Snippet;
import id.rakit.compose.Template;
import id.rakit.compose.WritingAids;
import id.rakit.evidence.EvidenceItem;
import id.rakit.evidence.EvidenceService;
import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostService;
import id.rakit.post.TimeZones;
import id.rakit.ui.common.AppState;
import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.Listening;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Tulis" tab: the master caption, the platforms the post goes to, each platform's own
 * caption (following the master until edited), its photos and their alt text, the checks of every
 * platform's rules, and the snippets and templates that make writing faster. Platform editors are
 * made when first shown; every check runs off the UI thread.
 */
public final class ComposeViewModel {

    private final PostService posts;
    private final EvidenceService evidence;
    private final MediaLibrary library;
    private final CaptionRules rules;
    private final Readiness readiness;
    private final WritingAids aids;
    private final AppState state;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Causes causes;
    private final Listening listening = new Listening();
    private final Map<Platform, PlatformCaptionViewModel> platforms = new EnumMap<>(Platform.class);
    private long loadedId = -1;
    private boolean loading;
    private boolean checking;
    private boolean checkAgain;

    // Properties

    private final StringProperty master = new SimpleStringProperty(this, "master", "");

    /** The master caption ("Umum"), the one every platform starts from. */
    public StringProperty masterProperty() {
        return master;
    }

    private final ObservableList<Platform> targets = FXCollections.observableArrayList();

    /** The platforms this post goes to, in the window's order. */
    public ObservableList<Platform> targets() {
        return targets;
    }

    private final ReadOnlyObjectWrapper<FieldReport> masterReport = new ReadOnlyObjectWrapper<>(this, "masterReport");

    /** The master caption's length and hashtags, mentions and links. */
    public ReadOnlyObjectProperty<FieldReport> masterReportProperty() {
        return masterReport.getReadOnlyProperty();
    }

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    /** What keeps the post from being ready, or only warns, on every chosen platform. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    private final ObservableList<MediaChoice> media = FXCollections.observableArrayList();

    /** The post's usable photos and videos, in the gallery's order. */
    public ObservableList<MediaChoice> media() {
        return media;
    }

    private final Supplier<List<String>> officialHashtags;
    private final ObservableList<Snippet> snippets = FXCollections.observableArrayList();
    private final ObservableList<Snippet> saved = FXCollections.observableArrayList();

    /**
     * What the admin can insert, in the order of their shortcuts: the unit's official hashtags from
     * its profile (when it has any), then the hashtag sets, mention lists and closing lines of the
     * post's unit and of every unit.
     */
    public ObservableList<Snippet> snippets() {
        return snippets;
    }

    /** The snippets the admin saved, for "Kelola sisipan"; the official hashtags are edited in Pengaturan. */
    public ObservableList<Snippet> savedSnippets() {
        return saved;
    }

    private final ObservableList<Template> templates = FXCollections.observableArrayList();

    /** The example press release and the admin's own templates. */
    public ObservableList<Template> templates() {
        return templates;
    }

    public ComposeViewModel(PostService posts, EvidenceService evidence, MediaLibrary library, CaptionRules rules,
                            WritingAids aids, Supplier<List<String>> officialHashtags, AppState state,
                            TaskExecutor tasks, Messages messages) {
        this.officialHashtags = officialHashtags;
        this.posts = posts;
        this.evidence = evidence;
        this.library = library;
        this.rules = rules;
        this.readiness = new Readiness(rules);
        this.aids = aids;
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
        this.causes = new Causes(messages);
        masterReport.set(rules.check(Platform.GENERAL, CaptionField.BODY, ""));
        master.addListener((obs, old, now) -> masterChanged(now));
        listening.on(state.openPostProperty(), (obs, old, now) -> {
            if (now == null) {
                load(null);
            } else if (now.id() != loadedId) {
                load(now);
            }
        });
        load(state.openPost().orElse(null));
    }

    /** The editor of one platform's caption, made on first use. */
    public PlatformCaptionViewModel platform(Platform platform) {
        return platforms.computeIfAbsent(platform, p -> {
            PlatformCaptionViewModel vm = new PlatformCaptionViewModel(p, this, rules.catalog().rules(p));
            state.openPost().filter(post -> post.id() == loadedId).ifPresent(vm::load);
            vm.mediaChanged(media);
            checkSoon();
            return vm;
        });
    }

    public Messages messages() {
        return messages;
    }

    /** The open post's unit, whose snippets are shown; empty when it has none yet. */
    public String unit() {
        return openPost().map(p -> p.details().unit()).orElse("");
    }

    /** The time zone of the open post's event, in which its versions' times are shown. */
    public ZoneId zone() {
        return openPost().map(p -> p.details().eventZone()).orElse(TimeZones.DEFAULT);
    }

    public PlatformRules platformRules(Platform platform) {
        return rules.catalog().rules(platform);
    }

    List<Long> mediaFor(Composition c, Platform platform, List<MediaChoice> all) {
        return readiness.mediaFor(c, platform, all.stream().map(m -> new MediaItem(m.id(), m.name(), m.type())).toList());
    }

    AppState state() {
        return state;
    }

    // Commands

    /** Adds or removes a platform; its caption stays when removed, for when it is picked again. */
    public void choose(Platform platform, boolean chosen) {
        if (loadedId < 0 || platform == Platform.GENERAL || targets.contains(platform) == chosen) {
            return;
        }
        List<Platform> next = new ArrayList<>(targets);
        if (chosen) {
            next.add(platform);
        } else {
            next.remove(platform);
        }
        List<Platform> ordered = Platform.targets().stream().filter(next::contains).toList();
        targets.setAll(ordered);
        long id = loadedId;
        state.update(id, p -> p.withComposition(p.composition().withTargets(ordered)));
        write("choose platforms of post " + id, () -> posts.chooseTargets(id, ordered));
        checkSoon();
    }

    /** Reads the post's photos and videos again (when the tab is shown, after an import). */
    public void refreshMedia() {
        if (loadedId < 0) {
            return;
        }
        long id = loadedId;
        tasks.run(BackgroundTask.of("list the media of post " + id, () -> {
            List<MediaChoice> out = new ArrayList<>();
            for (EvidenceItem item : evidence.items(id)) {
                if (!item.media().isMedia()) {
                    continue;
                }
                Path thumb = library.thumbnail(item.sha256());
                Path preview = library.preview(item.sha256());
                out.add(new MediaChoice(item.id(), item.originalName(), item.media().mediaType(),
                        Files.exists(thumb) ? Optional.of(thumb) : Optional.empty(),
                        Files.exists(preview) ? Optional.of(preview) : Optional.empty()));
            }
            return out;
        }).onSuccess(found -> {
            if (id == loadedId) {
                media.setAll(found);
                platforms.values().forEach(vm -> vm.mediaChanged(media));
                checkSoon();
            }
        }).onFailure(error -> state.tell(messages.get("compose.error.media", causes.describe(error)))));
    }

    /** Reads the snippets and templates again (after the admin changed them, or another unit). */
    public void refreshAids() {
        String unit = state.openPost().map(p -> p.details().unit()).orElse("");
        tasks.run(BackgroundTask.of("read the snippets and templates", () -> new Object[] {aids.snippets(unit),
                        aids.templates(), officialHashtags.get()})
                .onSuccess(found -> {
                    @SuppressWarnings("unchecked") List<Snippet> s = (List<Snippet>) found[0];
                    @SuppressWarnings("unchecked") List<Template> t = (List<Template>) found[1];
                    @SuppressWarnings("unchecked") List<String> official = (List<String>) found[2];
                    List<Snippet> all = new ArrayList<>();
                    if (!official.isEmpty()) {
                        all.add(new Snippet(0, Snippet.Kind.HASHTAGS, messages.get("snippet.official"),
                                String.join(" ", official), ""));
                    }
                    all.addAll(s);
                    saved.setAll(s);
                    snippets.setAll(all);
                    templates.setAll(t);
                })
                .onFailure(error -> state.tell(messages.get("compose.error.aids", causes.describe(error)))));
    }

    public void saveSnippet(Snippet snippet) {
        change("save a snippet", () -> aids.save(snippet));
    }

    public void deleteSnippet(Snippet snippet) {
        change("delete a snippet", () -> aids.deleteSnippet(snippet.id()));
    }

    public void saveTemplate(Template template) {
        change("save a template", () -> aids.save(template));
    }

    public void deleteTemplate(Template template) {
        change("delete a template", () -> aids.deleteTemplate(template.id()));
    }

    private void change(String title, Runnable work) {
        tasks.run(BackgroundTask.of(title, () -> {
            work.run();
            return null;
        }).onSuccess(ok -> refreshAids()).onFailure(error ->
                state.tell(messages.get("compose.error.aids", causes.describe(error)))));
    }

    /** The template with the post's fields and the admin's {@code values} filled in. */
    public String fill(Template template, Map<String, String> values) {
        return state.openPost().map(p -> template.fill(p.details(), values)).orElse(template.text());
    }

    /** The history of one caption text of the open post, to compare and restore its versions. */
    public HistoryViewModel history(Platform platform, CaptionField field) {
        return new HistoryViewModel(posts, tasks, messages, loadedId, platform, field,
                () -> state.openPost().map(p -> p.composition().text(platform, field)).orElse(""));
    }

    /** Stops following the open post, for a window being replaced. */
    public void dispose() {
        listening.stop();
    }

    private void load(Post p) {
        loading = true;
        try {
            loadedId = p == null ? -1 : p.id();
            Composition c = p == null ? Composition.EMPTY : p.composition();
            master.set(c.master());
            targets.setAll(c.targets());
            media.clear();
            if (p != null) {
                platforms.values().forEach(vm -> vm.load(p));
            }
        } finally {
            loading = false;
        }
        if (p != null) {
            refreshMedia();
            refreshAids();
        }
        checkSoon();
    }

    private void masterChanged(String text) {
        if (loading || loadedId < 0) {
            return;
        }
        long id = loadedId;
        posts.editText(id, Platform.GENERAL, CaptionField.BODY, text);
        state.update(id, p -> p.withComposition(p.composition().withMaster(text)));
        platforms.values().forEach(vm -> vm.masterChanged(text));
        checkSoon();
    }

    /**
     * Checks every text and platform again in the background. While one check runs, further
     * changes ask for one more after it, not one each: typing fast never queues up checks.
     */
    void checkSoon() {
        if (checking) {
            checkAgain = true;
            return;
        }
        Optional<Post> open = state.openPost().filter(p -> p.id() == loadedId);
        if (open.isEmpty()) {
            problems.clear();
            return;
        }
        checking = true;
        Post post = open.get();
        List<MediaItem> items = media.stream().map(m -> new MediaItem(m.id(), m.name(), m.type())).toList();
        List<Platform> editors = new ArrayList<>(platforms.keySet());
        tasks.run(BackgroundTask.of("check the captions of post " + post.id(), () -> {
            Composition c = post.composition();
            Map<Platform, List<FieldReport>> reports = new EnumMap<>(Platform.class);
            for (Platform p : editors) {
                List<FieldReport> r = new ArrayList<>();
                for (CaptionField f : CaptionField.values()) {
                    r.add(rules.check(p, f, c.text(p, f)));
                }
                reports.put(p, r);
            }
            return new Checked(rules.check(Platform.GENERAL, CaptionField.BODY, c.master()), reports,
                    readiness.checkMedia(post, items));
        }).onSuccess(done -> {
            checking = false;
            if (post.id() == loadedId) {
                masterReport.set(done.master());
                problems.setAll(done.problems());
                done.reports().forEach((p, r) -> platforms.get(p).reported(r, done.problems()));
            }
            if (checkAgain) {
                checkAgain = false;
                checkSoon();
            }
        }).onFailure(error -> {
            checking = false;
            state.tell(messages.get("compose.error.check", causes.describe(error)));
        }));
    }

    private record Checked(FieldReport master, Map<Platform, List<FieldReport>> reports, List<Problem> problems) {
    }

    // For the platform editors

    boolean isLoading() {
        return loading;
    }

    long postId() {
        return loadedId;
    }

    Optional<Post> openPost() {
        return state.openPost().filter(p -> p.id() == loadedId);
    }

    void edited(Platform platform, CaptionField field, String text) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        posts.editText(id, platform, field, text);
        state.update(id, p -> p.withComposition(p.composition().withText(platform, field, text)));
        checkSoon();
    }

    void followMaster(Platform platform) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        state.update(id, p -> p.withComposition(p.composition().withVariant(platform,
                p.composition().variant(platform).followingMaster())));
        write("reset " + platform.code() + " caption of post " + id, () -> posts.followMaster(id, platform));
        checkSoon();
    }

    void chooseMedia(Platform platform, Optional<List<Long>> ids) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        state.update(id, p -> p.withComposition(p.composition().withVariant(platform,
                p.composition().variant(platform).withMedia(ids))));
        write("choose the media of " + platform.code() + " for post " + id, () -> posts.chooseMedia(id, platform, ids));
        checkSoon();
    }

    void editAltText(Platform platform, long evidenceId, String text) {
        long id = loadedId;
        if (id < 0) {
            return;
        }
        posts.editAltText(id, platform, evidenceId, text);
        state.update(id, p -> p.withComposition(p.composition().withAltText(platform, evidenceId, text)));
        checkSoon();
    }

    private void write(String title, Runnable change) {
        tasks.run(BackgroundTask.of(title, () -> {
            change.run();
            return null;
        }).onSuccess(ok -> { }).onFailure(error ->
                state.tell(messages.get("compose.error.save", causes.describe(error)))));
    }
}
