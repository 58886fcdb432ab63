package id.rakit.ui.compose;

import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.Variant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One platform's caption in the "Tulis" tab: its title (where it has one), body and first comment. */
public final class PlatformCaptionViewModel {

    private final Platform platform;
    private final ComposeViewModel compose;
    private boolean loading;

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

    PlatformCaptionViewModel(Platform platform, ComposeViewModel compose) {
        this.platform = platform;
        this.compose = compose;
        body.addListener((obs, old, now) -> changed(CaptionField.BODY, now));
        title.addListener((obs, old, now) -> changed(CaptionField.TITLE, now));
        firstComment.addListener((obs, old, now) -> changed(CaptionField.FIRST_COMMENT, now));
    }

    public Platform platform() {
        return platform;
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

    void load(Post p) {
        Variant v = p.composition().variant(platform);
        followsMaster.set(v.followsMaster());
        set(body, v.bodyOr(p.composition().master()));
        set(title, v.title());
        set(firstComment, v.firstComment());
    }

    void masterChanged(String master) {
        if (followsMaster.get()) {
            set(body, master);
        }
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
