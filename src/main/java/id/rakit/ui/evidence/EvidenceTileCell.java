package id.rakit.ui.evidence;

import atlantafx.base.theme.Styles;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.Flag;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.Verdict;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.ui.common.Css;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** One tile: the picture, the capture time in the event's zone, the verdict badge and the flags. */
final class EvidenceTileCell extends GridCell<EvidenceTileModel> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final EvidenceGalleryViewModel vm;
    private final EvidenceTexts texts;
    private final TileImages pictures;
    private final Supplier<ZoneId> zone;
    private final ImageView image = new ImageView();
    private final FontIcon placeholder = new FontIcon(MaterialDesignI.IMAGE_OUTLINE);
    private final ProgressIndicator working = new ProgressIndicator();
    private final Label duration = new Label();
    private final Label name = new Label();
    private final Label time = new Label();
    private final Label verdict = new Label();
    private final FlowPane flags = new FlowPane(4, 4);
    private final VBox box;
    private final InvalidationListener redraw = o -> draw();
    private EvidenceTileModel shown;

    EvidenceTileCell(EvidenceGalleryViewModel vm, EvidenceTexts texts, TileImages pictures, Supplier<ZoneId> zone) {
        this.vm = vm;
        this.texts = texts;
        this.pictures = pictures;
        this.zone = zone;
        getStyleClass().add("evidence-tile");
        image.setFitWidth(TileImages.TILE_W);
        image.setFitHeight(TileImages.TILE_H);
        image.setPreserveRatio(true);
        working.setMaxSize(28, 28);
        placeholder.getStyleClass().add("tile-placeholder");
        duration.getStyleClass().add("tile-duration");
        StackPane.setAlignment(duration, Pos.BOTTOM_LEFT);
        StackPane picture = new StackPane(placeholder, image, working, duration);
        picture.getStyleClass().add("tile-picture");
        picture.setMinSize(TileImages.TILE_W, TileImages.TILE_H);
        picture.setMaxSize(TileImages.TILE_W, TileImages.TILE_H);
        name.getStyleClass().addAll("tile-name", Styles.TEXT_SMALL);
        time.getStyleClass().addAll("tile-time", Styles.TEXT_SMALL);
        verdict.getStyleClass().add(Css.BADGE);
        verdict.setWrapText(true);
        verdict.setMaxWidth(TileImages.TILE_W);
        // a long verdict wraps onto a second line instead of being cut
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box = new VBox(4, picture, name, time, verdict, flags);
        box.setAlignment(Pos.TOP_LEFT);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                vm.selectedProperty().set(getItem());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> pseudoClassStateChanged(SELECTED, now != null && now == getItem()));
    }

    @Override
    protected void updateItem(EvidenceTileModel item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.stageProperty().removeListener(redraw);
            shown.checkedProperty().removeListener(redraw);
            shown.thumbnailProperty().removeListener(redraw);
            shown.quickLookProperty().removeListener(redraw);
            shown.problemProperty().removeListener(redraw);
        }
        shown = empty ? null : item;
        if (shown == null) {
            setGraphic(null);
            pseudoClassStateChanged(SELECTED, false);
            return;
        }
        shown.stageProperty().addListener(redraw);
        shown.checkedProperty().addListener(redraw);
        shown.thumbnailProperty().addListener(redraw);
        shown.quickLookProperty().addListener(redraw);
        shown.problemProperty().addListener(redraw);
        setGraphic(box);
        pseudoClassStateChanged(SELECTED, vm.selectedProperty().get() == shown);
        draw();
    }

    private void draw() {
        EvidenceTileModel t = shown;
        if (t == null) {
            return;
        }
        var m = texts.messages();
        name.setText(t.name());
        name.setTooltip(new Tooltip(t.name()));
        EvidenceTileModel.Stage stage = t.stageProperty().get();
        working.setVisible(stage == EvidenceTileModel.Stage.WORKING);
        drawPicture(t);
        Optional<CheckedItem> checked = t.checkedProperty().get();
        verdict.getStyleClass().removeAll(Css.BADGE_OK, Css.BADGE_BAD, Css.BADGE_NEUTRAL, Css.BADGE_WARN);
        verdict.setVisible(true);
        verdict.setManaged(true);
        flags.getChildren().clear();
        time.setText("");
        verdict.setGraphic(null);
        if (checked.isEmpty()) {
            if (t.problemProperty().get().isPresent()) {
                var problem = t.problemProperty().get().get();
                verdict.setText(m.get(problem.messageKey() + ".short"));
                verdict.setTooltip(new Tooltip(texts.problem(problem, Optional.empty(), Optional.empty())));
                verdict.getStyleClass().add(Css.BADGE_BAD);
            } else {
                verdict.setText(switch (stage) {
                    case QUEUED -> m.get("tile.queued");
                    case WORKING -> m.get("tile.working");
                    case CANCELLED -> m.get("tile.cancelled");
                    default -> "";
                });
                verdict.getStyleClass().add(Css.BADGE_NEUTRAL);
            }
            return;
        }
        CheckedItem c = checked.get();
        if (!c.item().media().isMedia()) {
            var media = c.item().media();
            var problem = media.mainProblem().orElseThrow();
            verdict.setText(m.get(problem.messageKey() + ".short"));
            verdict.setTooltip(new Tooltip(texts.problem(problem, media.width(), media.height())));
            verdict.getStyleClass().add(Css.BADGE_BAD);
            return;
        }
        // without a capture time the badge says so when there is an event; the line says it otherwise
        time.setText(c.result().captureTime().map(ct -> texts.captureTime(ct, zone.get()))
                .orElse(c.result().verdict().isPresent() ? "" : m.get("tile.noTime")));
        Optional<Verdict> v = c.result().verdict();
        if (v.isPresent()) {
            verdict.setText(texts.verdict(v.get()));
            verdict.getStyleClass().add(switch (v.get().kind()) {
                case ON_TIME -> Css.BADGE_OK;
                case OUTSIDE_WINDOW -> Css.BADGE_BAD;
                case NO_TIMESTAMP -> Css.BADGE_WARN;
            });
        } else {
            // no event yet: the gallery says so once, not on every tile
            verdict.setText("");
        }
        verdict.setVisible(!verdict.getText().isEmpty());
        verdict.setManaged(verdict.isVisible());
        if (c.item().acceptedReason().isPresent()) {
            verdict.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
            verdict.setTooltip(new Tooltip(m.get("tile.accepted", c.item().acceptedReason().get())));
        } else {
            verdict.setTooltip(null);
        }
        for (var problem : c.item().media().problems()) {
            if (problem == id.rakit.evidence.FileProblem.EXTENSION_MISMATCH) {
                continue;  // told in the details; the file itself is fine
            }
            Label chip = new Label(m.get(problem.messageKey() + ".short"));
            chip.getStyleClass().addAll("flag-chip", problem == id.rakit.evidence.FileProblem.NO_PREVIEW
                    ? "flag-info" : "flag-bad");
            chip.setTooltip(new Tooltip(texts.problem(problem, c.item().media().width(), c.item().media().height())));
            flags.getChildren().add(chip);
        }
        c.result().correction().ifPresent(d -> {
            Label chip = new Label(m.get("tile.corrected"));
            chip.getStyleClass().addAll("flag-chip", "flag-info");
            chip.setTooltip(new Tooltip(m.get(d.isNegative() ? "details.correction.ahead" : "details.correction.behind",
                    texts.duration(d.abs()))));
            flags.getChildren().add(chip);
        });
        for (Finding f : c.result().findings()) {
            Label chip = new Label(texts.flagName(f));
            chip.getStyleClass().addAll("flag-chip", f.flag() == Flag.ZONE_ASSUMED ? "flag-info" : "flag-warn");
            chip.setTooltip(new Tooltip(texts.flagExplanation(f)));
            flags.getChildren().add(chip);
        }
    }

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
        boolean video = media.map(m -> m.mediaType() == MediaType.VIDEO).orElse(false);
        boolean broken = t.stageProperty().get() == EvidenceTileModel.Stage.FAILED;
        placeholder.setIconCode(broken ? MaterialDesignF.FILE_ALERT_OUTLINE
                : video ? MaterialDesignV.VIDEO_OUTLINE : MaterialDesignI.IMAGE_OUTLINE);
        Optional<Double> seconds = media.filter(m -> m.mediaType() == MediaType.VIDEO).flatMap(m -> m.durationSeconds());
        duration.setText(seconds.map(EvidenceTileCell::clock).orElse(""));
        duration.setVisible(seconds.isPresent());
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
