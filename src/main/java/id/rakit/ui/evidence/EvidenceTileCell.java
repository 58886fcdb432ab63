package id.rakit.ui.evidence;

import atlantafx.base.theme.Styles;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Verdict;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.ui.common.Css;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * One tile: the picture, the capture time in the event's zone, one badge that says where the item
 * stands, and one chip per kind of flag. Its nodes are made once; {@code updateItem} only sets
 * their state, and the tile keeps one fixed size whatever it shows, so the grid never has to lay
 * itself out again while the admin looks at it.
 */
final class EvidenceTileCell extends GridCell<EvidenceTileModel> {

    static final double WIDTH = TileImages.TILE_W + 16;
    static final double HEIGHT = TileImages.TILE_H + 110;
    /** Room for the chips in a tile, less the "+2" that stands for the ones left out. */
    private static final double CHIP_ROOM = TileImages.TILE_W - 30;
    private static final int CHIPS = 3;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final List<String> BADGE_KINDS = List.of(Css.BADGE_OK, Css.BADGE_BAD, Css.BADGE_NEUTRAL,
            Css.BADGE_WARN, Css.BADGE_ACCEPTED);
    private static final List<String> CHIP_KINDS = List.of("flag-info", "flag-warn", "flag-bad");

    private final EvidenceGalleryViewModel vm;
    private final EvidenceTexts texts;
    private final TileImages pictures;
    private final Supplier<ZoneId> zone;
    private final ImageView image = new ImageView();
    private final FontIcon placeholder = new FontIcon(MaterialDesignI.IMAGE_OUTLINE);
    /** An icon, not a ProgressIndicator (its animated skin costs every cell more than it shows), made when needed. */
    private FontIcon working;
    /** A video's length, made for the first video the cell shows. */
    private Label duration;
    private final StackPane picture;
    private final Label name = new Label();
    private final Label time = new Label();
    private final Label badge = new Label();
    private final FontIcon acceptedIcon = new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE);
    private final List<Label> chips = new ArrayList<>();
    private final Label more = new Label();
    /** What hovering over the tile tells: the name, what the badge means, each flag explained. */
    private String tipText = "";
    private Tooltip tip;
    private final VBox box;
    private final InvalidationListener redraw = o -> draw();
    private final InvalidationListener selection = o -> markSelected();
    private EvidenceTileModel shown;
    /** The tile whose changes the cell redraws: the one it shows, while the cell is in a window. */
    private EvidenceTileModel followed;
    private ContextMenu menu;
    private String badgeDetail = "";

    EvidenceTileCell(EvidenceGalleryViewModel vm, EvidenceTexts texts, TileImages pictures, Supplier<ZoneId> zone) {
        this.vm = vm;
        this.texts = texts;
        this.pictures = pictures;
        this.zone = zone;
        getStyleClass().add("evidence-tile");
        image.setFitWidth(TileImages.TILE_W);
        image.setFitHeight(TileImages.TILE_H);
        image.setPreserveRatio(true);
        placeholder.getStyleClass().add("tile-placeholder");
        picture = new StackPane(placeholder, image);
        picture.getStyleClass().add("tile-picture");
        picture.setMinSize(TileImages.TILE_W, TileImages.TILE_H);
        picture.setMaxSize(TileImages.TILE_W, TileImages.TILE_H);
        name.getStyleClass().addAll("tile-name", Styles.TEXT_SMALL);
        time.getStyleClass().addAll("tile-time", Styles.TEXT_SMALL);
        badge.getStyleClass().add(Css.BADGE);
        for (Label l : List.of(name, time, badge)) {
            l.setMaxWidth(TileImages.TILE_W);
            l.setWrapText(false);
        }
        // a long verdict ("1 hari 22 jam sebelum acara") takes two lines; the tile keeps its size
        badge.setWrapText(true);
        badge.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox flags = new HBox(4);
        flags.getStyleClass().add("tile-flags");
        for (int i = 0; i < CHIPS; i++) {
            Label chip = new Label();
            chip.getStyleClass().add("flag-chip");
            chip.setMinWidth(0);  // a long last chip is cut with "…" inside the tile, never beyond it
            chips.add(chip);
            flags.getChildren().add(chip);
        }
        more.getStyleClass().addAll("flag-chip", "flag-more");
        more.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        flags.getChildren().add(more);
        Rectangle clip = new Rectangle(TileImages.TILE_W, 24);
        flags.setClip(clip);
        flags.setMinHeight(20);
        flags.setPrefHeight(20);
        flags.setMaxHeight(20);
        box = new VBox(3, picture, name, time, badge, flags);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMinSize(TileImages.TILE_W, HEIGHT - 16);
        box.setPrefSize(TileImages.TILE_W, HEIGHT - 16);
        box.setMaxSize(TileImages.TILE_W, HEIGHT - 16);

        // one tooltip for the whole tile, made when first hovered: most tiles never are
        setOnMouseEntered(e -> {
            if (tip == null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(380);
                Tooltip.install(this, tip);
            }
            tip.setText(tipText);
        });
        setOnContextMenuRequested(e -> {
            if (shown != null) {
                vm.selectedProperty().set(shown);
                menu().show(this, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (getItem() == null) {
                return;
            }
            vm.selectedProperty().set(getItem());
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !menu().isShowing()) {
                menu().show(this, e.getScreenX(), e.getScreenY());
            }
        });
        vm.selectedProperty().addListener(new WeakInvalidationListener(selection));
        // the grid drops cells without emptying them (a row left with fewer tiles, cells made anew):
        // one out of the window stops following its tile, which would otherwise keep it alive
        sceneProperty().addListener((o, old, now) -> {
            boolean back = now != null && shown != null && followed != shown;
            follow();
            if (back) {
                draw();  // what changed while it was away
            }
        });
    }

    private void follow() {
        EvidenceTileModel next = getScene() == null ? null : shown;
        if (next == followed) {
            return;
        }
        if (followed != null) {
            followed.revisionProperty().removeListener(redraw);
        }
        followed = next;
        if (followed != null) {
            followed.revisionProperty().addListener(redraw);
        }
    }

    /** The tile's menu, made the first time it is asked for: most tiles are never right-clicked. */
    private ContextMenu menu() {
        if (menu == null) {
            var m = texts.messages();
            MenuItem remove = new MenuItem(m.get("tile.menu.remove"), new FontIcon(MaterialDesignF.FILE_REMOVE_OUTLINE));
            remove.setOnAction(e -> act(vm::remove));
            MenuItem accept = new MenuItem(m.get("details.accept"));
            accept.setOnAction(e -> act(vm::accept));
            MenuItem clock = new MenuItem(m.get("details.clock"));
            clock.setOnAction(e -> act(vm::correctClock));
            menu = new ContextMenu(accept, clock, remove);
            menu.setOnShowing(e -> {
                Optional<CheckedItem> c = shown == null ? Optional.empty() : shown.checkedProperty().get();
                accept.setVisible(c.map(i -> i.result().needsAttention()).orElse(false));
                clock.setVisible(c.flatMap(i -> id.rakit.evidence.CameraId.of(i.item().media())).isPresent());
            });
        }
        return menu;
    }

    private void act(java.util.function.Consumer<EvidenceTileModel> command) {
        if (shown != null) {
            command.accept(shown);
        }
    }

    private void markSelected() {
        pseudoClassStateChanged(SELECTED, shown != null && vm.selectedProperty().get() == shown);
    }

    @Override
    public void updateItem(EvidenceTileModel item, boolean empty) {
        super.updateItem(item, empty);
        EvidenceTileModel next = empty ? null : item;
        if (next == shown) {
            return;  // the same tile: its own listeners already redraw it when it changes
        }
        shown = next;
        follow();
        // the tile's nodes stay in the cell: taking them out and back would restyle every one of them
        if (getGraphic() != box) {
            setGraphic(box);
        }
        box.setVisible(shown != null);
        if (shown == null) {
            markSelected();
            return;
        }
        markSelected();
        draw();
    }

    private void draw() {
        EvidenceTileModel t = shown;
        if (t == null) {
            return;
        }
        var m = texts.messages();
        name.setText(t.name());
        EvidenceTileModel.Stage stage = t.stageProperty().get();
        boolean busy = stage == EvidenceTileModel.Stage.WORKING;
        if (busy && working == null) {
            working = new FontIcon(MaterialDesignT.TIMER_SAND);
            working.getStyleClass().add("tile-working");
            picture.getChildren().add(working);
        }
        if (working != null) {
            working.setVisible(busy);
        }
        drawPicture(t);
        Optional<CheckedItem> checked = t.checkedProperty().get();
        time.setText("");
        Map<String, String> flags = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        if (checked.isEmpty()) {
            if (t.problemProperty().get().isPresent() && stage == EvidenceTileModel.Stage.FAILED) {
                FileProblem problem = t.problemProperty().get().get();
                setBadge(m.get(problem.messageKey() + ".short"), Css.BADGE_BAD,
                        texts.problem(problem, Optional.empty(), Optional.empty()), false);
            } else {
                String text = switch (stage) {
                    case QUEUED -> m.get("tile.queued");
                    case WORKING -> m.get("tile.working");
                    case CANCELLED -> m.get("tile.cancelled");
                    case ALREADY_IN_POST -> m.get("tile.alreadyInPost");
                    default -> "";
                };
                setBadge(text, Css.BADGE_NEUTRAL, "", false);
            }
            setChips(flags, kinds);
            return;
        }
        CheckedItem c = checked.get();
        var media = c.item().media();
        if (!media.isMedia()) {
            FileProblem problem = media.mainProblem().orElse(FileProblem.READ_FAILED);
            setBadge(m.get(problem.messageKey() + ".short"), Css.BADGE_BAD,
                    texts.problem(problem, media.width(), media.height()), false);
            setChips(flags, kinds);
            return;
        }
        if (c.copyProblem().isPresent()) {
            // Rakit's own copy is gone or changed: that comes before anything the checks say
            FileProblem problem = c.copyProblem().get();
            setBadge(m.get(problem.messageKey() + ".short"), Css.BADGE_BAD,
                    texts.problem(problem, Optional.empty(), Optional.empty()), false);
            setChips(flags, kinds);
            return;
        }
        Optional<Verdict> verdict = c.result().verdict();
        time.setText(c.result().captureTime().map(ct -> texts.captureTime(ct, zone.get()))
                .orElse(m.get("verdict.NO_TIMESTAMP")));
        switch (c.standing()) {
            case PASSED -> setBadge(m.get("verdict.ON_TIME"), Css.BADGE_OK, "", false);
            case ACCEPTED -> setBadge(m.get("tile.accepted"), Css.BADGE_ACCEPTED,
                    m.get("tile.acceptedReason", c.item().acceptedReason().orElse("")), true);
            case NEEDS_REVIEW -> {
                if (verdict.isPresent() && verdict.get().kind() == Verdict.Kind.OUTSIDE_WINDOW) {
                    setBadge(texts.verdict(verdict.get()), Css.BADGE_BAD, "", false);
                } else if (verdict.isPresent() && verdict.get().kind() == Verdict.Kind.NO_TIMESTAMP) {
                    setBadge(texts.verdict(verdict.get()), Css.BADGE_WARN, "", false);
                } else {
                    setBadge(m.get("tile.review"), Css.BADGE_WARN, "", false);
                }
            }
            default -> setBadge("", Css.BADGE_NEUTRAL, "", false);
        }
        for (FileProblem problem : media.problems()) {
            if (problem != FileProblem.EXTENSION_MISMATCH) {  // told in the details; the file itself is fine
                flags.merge(m.get(problem.messageKey() + ".short"), texts.problem(problem, media.width(), media.height()),
                        (a, b) -> a + "\n" + b);
                kinds.putIfAbsent(m.get(problem.messageKey() + ".short"),
                        problem == FileProblem.NO_PREVIEW ? "flag-info" : "flag-bad");
            }
        }
        c.result().correction().ifPresent(d -> {
            flags.put(m.get("tile.corrected"), m.get(d.isNegative() ? "details.correction.ahead" : "details.correction.behind",
                    texts.duration(d.abs())));
            kinds.put(m.get("tile.corrected"), "flag-info");
        });
        for (Finding f : c.result().findings()) {
            // one chip per kind: five reuses are one "Sudah dipakai" with all five in its tooltip
            flags.merge(texts.flagName(f), texts.flagExplanation(f), (a, b) -> a + "\n" + b);
            kinds.putIfAbsent(texts.flagName(f), f.flag() == Flag.ZONE_ASSUMED ? "flag-info" : "flag-warn");
        }
        setChips(flags, kinds);
    }

    /** Sets the one style of a kind a node has, touching its style classes only when it changes (each change restyles it). */
    private static void restyle(Label node, List<String> kinds, String kind) {
        if (node.getStyleClass().contains(kind)) {
            return;
        }
        node.getStyleClass().removeAll(kinds);
        node.getStyleClass().add(kind);
    }

    private void setBadge(String text, String kind, String tooltip, boolean accepted) {
        badge.setText(text);
        restyle(badge, BADGE_KINDS, kind);
        badge.setVisible(!text.isEmpty());
        badgeDetail = tooltip.isEmpty() ? text : tooltip;
        badge.setGraphic(accepted ? acceptedIcon : null);
    }

    /** The chips that fit whole, and "+2" for the rest; the details pane lists them all. */
    private void setChips(Map<String, String> flags, Map<String, String> kinds) {
        List<String> names = new ArrayList<>(flags.keySet());
        int shownChips = 0;
        double used = 0;
        double room = names.size() <= 1 ? TileImages.TILE_W : CHIP_ROOM;
        while (shownChips < Math.min(CHIPS, names.size())) {
            double w = chipWidth(names.get(shownChips));
            boolean last = shownChips == names.size() - 1;
            if (used + w > (last ? TileImages.TILE_W : room) && shownChips > 0) {
                break;
            }
            used += w + 4;
            shownChips++;
        }
        for (int i = 0; i < CHIPS; i++) {
            Label chip = chips.get(i);
            boolean on = i < shownChips;
            chip.setVisible(on);
            chip.setManaged(on);
            if (on) {
                chip.setText(names.get(i));
                restyle(chip, CHIP_KINDS, kinds.get(names.get(i)));
            }
        }
        int rest = names.size() - shownChips;
        more.setVisible(rest > 0);
        more.setManaged(rest > 0);
        if (rest > 0) {
            more.setText("+" + rest);
        }
        List<String> lines = new ArrayList<>();
        lines.add(shown == null ? "" : shown.name());
        if (!badgeDetail.isEmpty()) {
            lines.add(badgeDetail);
        }
        for (String n : names) {
            lines.add("• " + n + ": " + flags.get(n));
        }
        tipText = String.join("\n", lines);
        if (tip != null) {
            tip.setText(tipText);
        }
    }

    /** How wide a chip with this text is: measured once per text with the chips' font. */
    private double chipWidth(String text) {
        javafx.scene.text.Font font = chips.get(0).getFont();
        return CHIP_WIDTHS.computeIfAbsent(text + "@" + font.getSize(), key -> {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
            measure.setFont(font);
            return measure.getLayoutBounds().getWidth() + 14;
        });
    }

    private static final Map<String, Double> CHIP_WIDTHS = new java.util.HashMap<>();

    /** "▶ 1:05" for a video's length. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("▶ %d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("▶ %d:%02d", s / 60, s % 60);
    }

    /** The embedded picture is stored as the sensor saw it: turn it as the photo's orientation says. */
    private void turnUpright(int orientation) {
        image.setRotate(switch (orientation) {
            case 3, 4 -> 180;
            case 5, 6 -> 90;
            case 7, 8 -> 270;
            default -> 0;
        });
        image.setScaleX(orientation == 2 || orientation == 4 || orientation == 5 || orientation == 7 ? -1 : 1);
    }

    private void drawPicture(EvidenceTileModel t) {
        var media = t.checkedProperty().get().map(c -> c.item().media());
        boolean video = media.map(x -> x.mediaType() == MediaType.VIDEO).orElse(false);
        boolean broken = t.stageProperty().get() == EvidenceTileModel.Stage.FAILED;
        placeholder.setIconCode(broken ? MaterialDesignF.FILE_ALERT_OUTLINE
                : video ? MaterialDesignV.VIDEO_OUTLINE : MaterialDesignI.IMAGE_OUTLINE);
        Optional<Double> seconds = media.filter(x -> x.mediaType() == MediaType.VIDEO).flatMap(x -> x.durationSeconds());
        if (seconds.isPresent() && duration == null) {
            duration = new Label();
            duration.getStyleClass().add("tile-duration");
            StackPane.setAlignment(duration, Pos.BOTTOM_LEFT);
            picture.getChildren().add(duration);
        }
        if (duration != null) {
            duration.setText(seconds.map(EvidenceTileCell::clock).orElse(""));
            duration.setVisible(seconds.isPresent());
        }
        image.setRotate(0);
        image.setScaleX(1);
        if (t.thumbnailProperty().get().isPresent()) {
            pictures.tile(t.thumbnailProperty().get().get(), img -> {
                if (shown == t) {
                    image.setImage(img);
                }
            });
        } else if (t.quickLookProperty().get().isPresent()) {
            var look = t.quickLookProperty().get().get();
            image.setImage(null);
            pictures.quickLook(look.jpeg(), img -> {
                if (shown == t && t.thumbnailProperty().get().isEmpty()) {
                    image.setImage(img);
                    turnUpright(look.orientation());
                }
            });
        } else {
            image.setImage(null);
        }
    }
}
