package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Problem;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * A platform's photos and videos: the ones that go, in order (drag to reorder; the first is the
 * cover), then the ones left out, each with one click to put it in or take it out. Clicking a photo
 * shows its alt text below the strip.
 */
final class MediaStrip extends VBox {

    static final double TILE = 88;
    private static final String DRAG_PREFIX = "rakit-media:";

    private final PlatformCaptionViewModel vm;
    private final Messages m;
    private final Pictures pictures;
    private final HBox tiles = new HBox(8);
    private final Label count = new Label();
    private final Hyperlink followOrder = new Hyperlink();
    private final Label altLabel = new Label();
    private final TextField alt = new TextField();
    private final VBox altBox;
    private MediaChoice editing;
    private boolean showingAlt;
    private String altProblems = "[]";

    MediaStrip(PlatformCaptionViewModel vm, Messages m, Pictures pictures) {
        this.vm = vm;
        this.m = m;
        this.pictures = pictures;
        String code = vm.platform().code();
        getStyleClass().add("media-strip");
        setSpacing(6);
        Label heading = new Label(m.get("compose.media.heading"));
        heading.getStyleClass().add(Css.SECTION);
        count.setId("mediaCount-" + code);
        count.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        followOrder.setText(m.get("compose.media.followOrder"));
        followOrder.setId("mediaFollow-" + code);
        followOrder.getStyleClass().add(Styles.TEXT_SMALL);
        followOrder.visibleProperty().bind(vm.followsPostOrderProperty().not());
        followOrder.managedProperty().bind(followOrder.visibleProperty());
        followOrder.setOnAction(e -> vm.followPostOrder());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, heading, count, grow, followOrder);
        top.setAlignment(Pos.BASELINE_LEFT);

        tiles.setId("media-" + code);
        tiles.setPadding(new Insets(2));
        tiles.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(TILE + 26);
        scroll.setPrefHeight(TILE + 26);
        scroll.getStyleClass().addAll("edge-to-edge", "media-scroll");

        alt.setId("altText-" + code);
        alt.setPromptText(m.get("compose.alt.prompt"));
        alt.textProperty().addListener((obs, old, now) -> {
            if (!showingAlt && editing != null) {
                vm.setAltText(editing, id.rakit.post.Platform.GENERAL, now);
            }
        });
        altLabel.getStyleClass().add(Styles.TEXT_SMALL);
        altBox = new VBox(4, altLabel, alt);
        altBox.setVisible(false);
        altBox.managedProperty().bind(altBox.visibleProperty());

        getChildren().addAll(top, scroll, altBox);
        vm.chosen().addListener((ListChangeListener<MediaChoice>) c -> draw());
        vm.left().addListener((ListChangeListener<MediaChoice>) c -> draw());
        // a photo's "no alt text" mark comes and goes with the checks
        vm.problems().addListener((ListChangeListener<Problem>) c -> {
            String now = vm.problems().stream().filter(p -> p.code() == Problem.Code.NO_ALT_TEXT).toList().toString();
            if (!now.equals(altProblems)) {
                altProblems = now;
                draw();
            }
        });
        draw();
    }

    private void draw() {
        tiles.getChildren().clear();
        int index = 0;
        for (MediaChoice item : vm.chosen()) {
            tiles.getChildren().add(tile(item, index++, true));
        }
        if (!vm.left().isEmpty()) {
            Label out = new Label(m.get("compose.media.left"));
            out.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL, "media-left-label");
            out.setWrapText(true);
            out.setMaxWidth(70);
            tiles.getChildren().add(out);
            for (MediaChoice item : vm.left()) {
                tiles.getChildren().add(tile(item, -1, false));
            }
        }
        if (vm.chosen().isEmpty() && vm.left().isEmpty()) {
            Label none = new Label(m.get("compose.media.none"));
            none.getStyleClass().add(Css.MUTED);
            tiles.getChildren().add(none);
        }
        var limit = vm.rules().media().limit();
        count.setText(limit.exists() ? m.get("compose.media.countLimited", vm.chosen().size(), limit.value())
                : m.get("compose.media.count", vm.chosen().size()));
        if (editing != null && !vm.chosen().contains(editing) && !vm.left().contains(editing)) {
            editing = null;
            altBox.setVisible(false);
        }
    }

    private StackPane tile(MediaChoice item, int index, boolean in) {
        ImageView view = new ImageView();
        view.setFitWidth(TILE);
        view.setFitHeight(TILE);
        view.setPreserveRatio(true);
        item.thumbnail().ifPresent(file -> pictures.load(file, TILE * 2, TILE * 2, view::setImage));
        StackPane tile = new StackPane(view);
        tile.getStyleClass().add("media-tile");
        tile.setId("mediaTile-" + vm.platform().code() + "-" + item.id());
        tile.setMinSize(TILE, TILE);
        tile.setMaxSize(TILE, TILE);
        if (!in) {
            tile.getStyleClass().add("media-tile-out");
        }
        if (!item.photo()) {
            FontIcon video = new FontIcon(MaterialDesignV.VIDEO_OUTLINE);
            video.getStyleClass().add("media-video-mark");
            StackPane.setAlignment(video, Pos.BOTTOM_LEFT);
            tile.getChildren().add(video);
        }
        if (in && index == 0) {
            Label cover = new Label(m.get("compose.media.cover"));
            cover.getStyleClass().addAll(Css.BADGE, "media-cover");
            StackPane.setAlignment(cover, Pos.TOP_LEFT);
            tile.getChildren().add(cover);
        } else if (in) {
            Label number = new Label(Integer.toString(index + 1));
            number.getStyleClass().addAll(Css.BADGE, Css.BADGE_NEUTRAL, "media-number");
            StackPane.setAlignment(number, Pos.TOP_LEFT);
            tile.getChildren().add(number);
        }
        if (item.photo() && vm.takesAltText() && in && vm.altText(item).isBlank()) {
            Label noAlt = new Label(m.get("compose.alt.missing"));
            noAlt.getStyleClass().addAll(Css.BADGE, Css.BADGE_WARN, "media-no-alt");
            StackPane.setAlignment(noAlt, Pos.BOTTOM_RIGHT);
            tile.getChildren().add(noAlt);
        }
        Button toggle = new Button(null, new FontIcon(in ? MaterialDesignC.CLOSE : MaterialDesignP.PLUS));
        toggle.setId((in ? "mediaOut-" : "mediaIn-") + vm.platform().code() + "-" + item.id());
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL, Styles.ROUNDED, "media-toggle");
        toggle.setTooltip(new Tooltip(m.get(in ? "compose.media.out" : "compose.media.in", item.name())));
        toggle.setOnAction(e -> vm.include(item, !in));
        var limit = vm.rules().media().limit();
        toggle.setDisable(!in && limit.exists() && vm.chosen().size() >= limit.value());
        StackPane.setAlignment(toggle, Pos.TOP_RIGHT);
        tile.getChildren().add(toggle);
        Tooltip.install(tile, new Tooltip(item.name()));
        if (in) {
            dragging(tile, item);
            ContextMenu menu = orderMenu(item, index);
            tile.setOnContextMenuRequested(e -> menu.show(tile, e.getScreenX(), e.getScreenY()));
            tile.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.SECONDARY) {
                    menu.show(tile, e.getScreenX(), e.getScreenY());
                } else {
                    editAlt(item);
                }
            });
        } else {
            tile.setOnMouseClicked(e -> editAlt(item));
        }
        return tile;
    }

    /** The same moves as dragging, for the keyboard and the mouse wheel people. */
    private ContextMenu orderMenu(MediaChoice item, int index) {
        MenuItem cover = new MenuItem(m.get("compose.media.makeCover"));
        cover.setDisable(index == 0);
        cover.setOnAction(e -> vm.move(item, 0));
        MenuItem earlier = new MenuItem(m.get("compose.media.earlier"));
        earlier.setDisable(index == 0);
        earlier.setOnAction(e -> vm.move(item, index - 1));
        MenuItem later = new MenuItem(m.get("compose.media.later"));
        later.setDisable(index == vm.chosen().size() - 1);
        later.setOnAction(e -> vm.move(item, index + 1));
        MenuItem out = new MenuItem(m.get("compose.media.out", item.name()));
        out.setOnAction(e -> vm.include(item, false));
        return new ContextMenu(cover, earlier, later, new SeparatorMenuItem(), out);
    }

    private void dragging(StackPane tile, MediaChoice item) {
        tile.setOnDragDetected(e -> {
            Dragboard board = tile.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + item.id());
            board.setContent(content);
            board.setDragView(tile.snapshot(null, null));
            e.consume();
        });
        tile.setOnDragOver(e -> {
            if (dragged(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        tile.setOnDragDropped(e -> {
            MediaChoice moved = dragged(e.getDragboard());
            boolean done = moved != null && moved != item;
            if (done) {
                vm.move(moved, vm.chosen().indexOf(item));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private MediaChoice dragged(Dragboard board) {
        if (!board.hasString() || !board.getString().startsWith(DRAG_PREFIX)) {
            return null;
        }
        String id = board.getString().substring(DRAG_PREFIX.length());
        return vm.chosen().stream().filter(c -> Long.toString(c.id()).equals(id)).findFirst().orElse(null);
    }

    private void editAlt(MediaChoice item) {
        if (!item.photo() || !vm.takesAltText()) {
            altBox.setVisible(false);
            editing = null;
            return;
        }
        editing = item;
        showingAlt = true;
        try {
            alt.setText(vm.altText(item));
        } finally {
            showingAlt = false;
        }
        altLabel.setText(m.get("compose.alt.label", item.name()));
        altBox.setVisible(true);
        alt.requestFocus();
    }
}
