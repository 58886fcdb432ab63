package id.rakit.ui.compose;

import id.rakit.compose.CaptionFacts;
import id.rakit.compose.TextCounter;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.ui.common.Css;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Roughly what followers see on one platform: the cover cropped to the platform's shape, the
 * caption cut where the platform cuts it ("... selengkapnya"), hashtags, mentions and links as
 * links. Drawn again when the caption, the cover or the unit changes.
 */
final class PreviewCard extends VBox {

    static final double WIDTH = 300;

    private final PlatformCaptionViewModel vm;
    private final Messages m;
    private final Pictures pictures;
    private final Supplier<String> unit;
    private final ImageView cover = new ImageView();
    private final StackPane picture = new StackPane(cover);
    private final TextFlow caption = new TextFlow();
    private final Label account = new Label();
    private final Label empty = new Label();

    PreviewCard(PlatformCaptionViewModel vm, Messages m, Pictures pictures, Supplier<String> unit) {
        this.vm = vm;
        this.m = m;
        this.pictures = pictures;
        this.unit = unit;
        getStyleClass().add("preview-card");
        setSpacing(8);
        setPadding(new Insets(10));
        setMaxWidth(WIDTH + 20);
        double height = WIDTH / vm.rules().ratio();
        picture.getStyleClass().add("preview-picture");
        picture.setMinSize(WIDTH, height);
        picture.setMaxSize(WIDTH, height);
        cover.setFitWidth(WIDTH);
        cover.setFitHeight(height);
        empty.setText(m.get("preview.noMedia"));
        empty.getStyleClass().add(Css.MUTED);
        picture.getChildren().add(empty);
        Label avatar = new Label();
        avatar.getStyleClass().add("preview-avatar");
        avatar.textProperty().bind(account.textProperty().map(PreviewCard::initials));
        account.getStyleClass().add("preview-account");
        Label where = new Label(m.get("preview.on", m.get("platform." + vm.platform().code())));
        where.getStyleClass().addAll(Css.MUTED, "preview-where");
        HBox header = new HBox(8, avatar, new VBox(0, account, where));
        header.setAlignment(Pos.CENTER_LEFT);
        caption.setMaxWidth(WIDTH);
        caption.getStyleClass().add("preview-caption");
        // Instagram and TikTok put the caption under the picture, the others above it
        boolean under = vm.platform() == Platform.INSTAGRAM || vm.platform() == Platform.TIKTOK;
        getChildren().setAll(under ? List.of(header, picture, caption) : List.of(header, caption, picture));
        vm.bodyProperty().addListener((obs, old, now) -> drawCaption());
        vm.chosen().addListener((javafx.collections.ListChangeListener<MediaChoice>) c -> drawCover());
        drawCaption();
        drawCover();
    }

    void refresh() {
        drawCaption();
        drawCover();
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && out.length() < 2) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.length() == 0 ? "R" : out.toString();
    }

    private void drawCaption() {
        String u = unit.get();
        account.setText(u.isBlank() ? m.get("preview.account") : u);
        String text = vm.bodyProperty().get();
        int fold = vm.rules().fold().orElse(0);
        int cut = fold > 0 && TextCounter.graphemes(text) > fold ? TextCounter.cutAfter(text, fold) : text.length();
        caption.getChildren().clear();
        int at = 0;
        for (CaptionFacts.Span s : CaptionFacts.spans(text, vm.platform())) {
            if (s.start() >= cut) {
                break;
            }
            add(text.substring(at, s.start()), false);
            add(text.substring(s.start(), Math.min(s.end(), cut)), true);
            at = Math.min(s.end(), cut);
        }
        if (at < cut) {
            add(text.substring(at, cut), false);
        }
        if (cut < text.length()) {
            Text more = new Text(m.get("preview.more"));
            more.getStyleClass().add("preview-more");
            caption.getChildren().add(more);
        }
    }

    private void add(String part, boolean link) {
        if (part.isEmpty()) {
            return;
        }
        Text t = new Text(part);
        t.getStyleClass().add(link ? "preview-link" : "preview-text");
        caption.getChildren().add(t);
    }

    private void drawCover() {
        cover.setImage(null);
        empty.setVisible(vm.chosen().isEmpty());
        if (vm.chosen().isEmpty()) {
            return;
        }
        MediaChoice first = vm.chosen().get(0);
        first.preview().or(first::thumbnail).ifPresent(file -> pictures.load(file, WIDTH * 2, WIDTH * 2, image -> {
            if (!vm.chosen().isEmpty() && vm.chosen().get(0) == first) {
                show(image);
            }
        }));
    }

    /** The picture cut to the platform's shape around its centre, as the feeds crop by default. */
    private void show(Image image) {
        double ratio = vm.rules().ratio();
        double w = image.getWidth();
        double h = image.getHeight();
        Rectangle2D view = w / h > ratio ? new Rectangle2D((w - h * ratio) / 2, 0, h * ratio, h)
                : new Rectangle2D(0, (h - w / ratio) / 2, w, w / ratio);
        cover.setViewport(view);
        cover.setImage(image);
    }
}
