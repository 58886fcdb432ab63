package id.rakit.ui.compose;

import id.rakit.compose.FieldReport;
import id.rakit.compose.PlatformRules;
import id.rakit.compose.Problem;
import id.rakit.post.CaptionField;
import id.rakit.post.Composition;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One platform's caption in the "Tulis" tab: its title (where it has one), body and first
 * comment, each with its count by the platform's rule; its photos and videos in their order, the
 * first one the cover; and the alt text of each photo there.
 */
public final class PlatformCaptionViewModel {

    private final Platform platform;
    private final ComposeViewModel compose;
    private final PlatformRules rules;
    private boolean loading;
    private List<MediaChoice> all = List.of();

    // Properties

    private final StringProperty body = new SimpleStringProperty(this, "body", "");

    /** The caption as it will be published there: the master's while it follows it. */
    public StringProperty bodyProperty() {
        return body;
    }

    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    public StringProperty titleProperty() {
        return title;
    }

    private final StringProperty firstComment = new SimpleStringProperty(this, "firstComment", "");

    public StringProperty firstCommentProperty() {
        return firstComment;
    }

    private final ReadOnlyBooleanWrapper followsMaster = new ReadOnlyBooleanWrapper(this, "followsMaster", true);

    /** True until the admin edits this platform's caption. */
    public ReadOnlyBooleanProperty followsMasterProperty() {
        return followsMaster.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<FieldReport>> bodyReport =
            new ReadOnlyObjectWrapper<>(this, "bodyReport", Optional.empty());

    /** The caption counted by the platform's rule, with its problems. */
    public ReadOnlyObjectProperty<Optional<FieldReport>> bodyReportProperty() {
        return bodyReport.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<FieldReport>> titleReport =
            new ReadOnlyObjectWrapper<>(this, "titleReport", Optional.empty());

    public ReadOnlyObjectProperty<Optional<FieldReport>> titleReportProperty() {
        return titleReport.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Optional<FieldReport>> commentReport =
            new ReadOnlyObjectWrapper<>(this, "commentReport", Optional.empty());

    public ReadOnlyObjectProperty<Optional<FieldReport>> commentReportProperty() {
        return commentReport.getReadOnlyProperty();
    }

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    /** Everything wrong on this platform: texts, photos and videos, alt text. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    private final ObservableList<MediaChoice> chosen = FXCollections.observableArrayList();

    /** The photos and videos that go to this platform, in order; the first is the cover. */
    public ObservableList<MediaChoice> chosen() {
        return chosen;
    }

    private final ObservableList<MediaChoice> left = FXCollections.observableArrayList();

    /** The post's photos and videos that do not go to this platform. */
    public ObservableList<MediaChoice> left() {
        return left;
    }

    private final ReadOnlyBooleanWrapper followsPostOrder = new ReadOnlyBooleanWrapper(this, "followsPostOrder", true);

    /** True while the platform takes all of the post's photos and videos in the gallery's order. */
    public ReadOnlyBooleanProperty followsPostOrderProperty() {
        return followsPostOrder.getReadOnlyProperty();
    }

    PlatformCaptionViewModel(Platform platform, ComposeViewModel compose, PlatformRules rules) {
        this.platform = platform;
        this.compose = compose;
        this.rules = rules;
        body.addListener((obs, old, now) -> changed(CaptionField.BODY, now));
        title.addListener((obs, old, now) -> changed(CaptionField.TITLE, now));
        firstComment.addListener((obs, old, now) -> changed(CaptionField.FIRST_COMMENT, now));
    }

    public Platform platform() {
        return platform;
    }

    public PlatformRules rules() {
        return rules;
    }

    // Commands

    /** Follows the master caption again; the platform's own text stays in its history. */
    public void resetToMaster() {
        if (followsMaster.get()) {
            return;
        }
        followsMaster.set(true);
        set(body, compose.masterProperty().get());
        compose.followMaster(platform);
    }

    /** Puts a photo or video in or out of this platform's post; a platform's limit is never passed. */
    public void include(MediaChoice item, boolean in) {
        List<MediaChoice> next = new ArrayList<>(chosen);
        if (in && !next.contains(item)) {
            if (rules.media().limit().exists() && next.size() >= rules.media().limit().value()) {
                return;
            }
            next.add(item);
        } else if (!in) {
            next.remove(item);
        }
        choose(next);
    }

    /** Moves a photo or video to {@code index} in this platform's order (index 0 makes it the cover). */
    public void move(MediaChoice item, int index) {
        List<MediaChoice> next = new ArrayList<>(chosen);
        if (!next.remove(item)) {
            return;
        }
        next.add(Math.max(0, Math.min(index, next.size())), item);
        choose(next);
    }

    /** Takes all the post's photos and videos again, in the gallery's order. */
    public void followPostOrder() {
        compose.chooseMedia(platform, Optional.empty());
        followsPostOrder.set(true);
        show(compose.openPost().map(Post::composition).orElse(Composition.EMPTY));
    }

    /** The photo's alt text on this platform: its own, else the one for every platform. */
    public String altText(MediaChoice item) {
        return compose.openPost().map(p -> p.composition().altText(platform, item.id())).orElse("");
    }

    /** Whether the platform shows alt text for photos. */
    public boolean takesAltText() {
        return rules.altText().accepted();
    }

    /** Sets this photo's alt text, for this platform or, with {@link Platform#GENERAL}, every platform. */
    public void setAltText(MediaChoice item, Platform where, String text) {
        compose.editAltText(where, item.id(), text);
    }

    private void choose(List<MediaChoice> next) {
        List<Long> ids = next.stream().map(MediaChoice::id).toList();
        followsPostOrder.set(false);
        chosen.setAll(next);
        left.setAll(all.stream().filter(m -> !next.contains(m)).toList());
        compose.chooseMedia(platform, Optional.of(ids));
    }

    // From the compose view model

    void load(Post p) {
        Variant v = p.composition().variant(platform);
        followsMaster.set(v.followsMaster());
        set(body, v.bodyOr(p.composition().master()));
        set(title, v.title());
        set(firstComment, v.firstComment());
        show(p.composition());
    }

    void masterChanged(String master) {
        if (followsMaster.get()) {
            set(body, master);
        }
    }

    void mediaChanged(List<MediaChoice> media) {
        all = List.copyOf(media);
        show(compose.openPost().map(Post::composition).orElse(Composition.EMPTY));
    }

    private void show(Composition c) {
        List<Long> ids = compose.mediaFor(c, platform, all);
        followsPostOrder.set(c.variant(platform).media().isEmpty());
        List<MediaChoice> in = new ArrayList<>();
        for (long id : ids) {
            all.stream().filter(m -> m.id() == id).findFirst().ifPresent(in::add);
        }
        chosen.setAll(in);
        left.setAll(all.stream().filter(m -> !in.contains(m)).toList());
    }

    void reported(List<FieldReport> reports, List<Problem> all) {
        for (FieldReport r : reports) {
            switch (r.field()) {
                case BODY -> bodyReport.set(Optional.of(r));
                case TITLE -> titleReport.set(Optional.of(r));
                case FIRST_COMMENT -> commentReport.set(Optional.of(r));
            }
        }
        problems.setAll(all.stream().filter(p -> p.platform() == platform).toList());
    }

    private void set(StringProperty property, String value) {
        loading = true;
        try {
            property.set(value);
        } finally {
            loading = false;
        }
    }

    private void changed(CaptionField field, String text) {
        if (loading || compose.isLoading() || compose.postId() < 0) {
            return;
        }
        if (field == CaptionField.BODY) {
            followsMaster.set(false);
        }
        compose.edited(platform, field, text);
    }
}
