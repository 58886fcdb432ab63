package id.rakit.ui.evidence;

import atlantafx.base.theme.Styles;
import id.rakit.evidence.CameraId;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.Standing;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.library.MediaLibrary;
import id.rakit.ui.common.Css;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The selected item in full, beside the grid: the preview, where its time came from, every flag
 * with its explanation, and what the admin can do about it. It is rebuilt when the selection or
 * the selected item's checks change, not on every change of the list.
 */
final class EvidenceDetailsView extends VBox {

    static final double PREVIEW_W = 280;
    static final double PREVIEW_H = 210;

    private final EvidenceGalleryViewModel vm;
    private final EvidenceTexts texts;
    private final MediaLibrary library;
    private final TileImages pictures;
    private final Supplier<ZoneId> zone;
    private final ImageView preview = new ImageView();
    private final StackPane previewBox = new StackPane(preview);
    private final VBox facts = new VBox(6);
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Button accept = new Button();
    private final Button withdraw = new Button();
    private final Button clock = new Button();
    private final Button remove = new Button();
    private final FlowPane actions = new FlowPane(8, 6, accept, withdraw, clock, remove);
    private final Label empty = new Label();
    private final TextArea alt = new TextArea();
    private final VBox altBox;
    private boolean showingAlt;
    private final InvalidationListener redraw = o -> show();
    private EvidenceTileModel shown;

    EvidenceDetailsView(EvidenceGalleryViewModel vm, EvidenceTexts texts, MediaLibrary library, TileImages pictures,
                        Supplier<ZoneId> zone) {
        this.vm = vm;
        this.texts = texts;
        this.library = library;
        this.pictures = pictures;
        this.zone = zone;
        var m = texts.messages();
        getStyleClass().add("evidence-details");
        setId("evidenceDetails");
        setPadding(new Insets(0));
        preview.setFitWidth(PREVIEW_W);
        preview.setFitHeight(PREVIEW_H);
        preview.setPreserveRatio(true);
        previewBox.getStyleClass().add("details-preview");
        previewBox.setMinSize(PREVIEW_W, PREVIEW_H);
        previewBox.setMaxSize(PREVIEW_W, PREVIEW_H);

        for (Button b : List.of(accept, withdraw, clock, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(Styles.SMALL);
        }
        accept.setId("acceptButton");
        accept.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        withdraw.setId("withdrawButton");
        withdraw.setText(m.get("details.withdraw"));
        withdraw.getStyleClass().add(Styles.FLAT);
        clock.setText(m.get("details.clock"));
        clock.setId("clockButton");
        clock.setGraphic(new FontIcon(MaterialDesignC.CLOCK_EDIT_OUTLINE));
        remove.setId("removeEvidence");
        remove.setGraphic(new FontIcon(MaterialDesignF.FILE_REMOVE_OUTLINE));
        remove.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        accept.setOnAction(e -> act(vm::accept));
        withdraw.setOnAction(e -> act(vm::withdrawAcceptance));
        clock.setOnAction(e -> act(vm::correctClock));
        remove.setOnAction(e -> act(vm::remove));
        actions.setAlignment(Pos.CENTER_LEFT);

        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "evidence-details");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        facts.setFillWidth(true);
        content.setPadding(new Insets(12));

        alt.setId("evidenceAltText");
        alt.setWrapText(true);
        alt.setPrefRowCount(2);
        alt.setPromptText(m.get("compose.alt.prompt"));
        alt.textProperty().addListener((obs, old, now) -> {
            if (!showingAlt && shown != null) {
                vm.setAltText(shown, now);
            }
        });
        Label altLabel = new Label(m.get("details.altText"));
        altLabel.getStyleClass().add(Css.SECTION);
        Label altHint = new Label(m.get("details.altText.hint"));
        altHint.setWrapText(true);
        altHint.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        altBox = new VBox(4, altLabel, alt, altHint);

        empty.setText(m.get("details.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Css.MUTED);
        empty.setPadding(new Insets(12));
        getChildren().setAll(scroll);
        content.getChildren().setAll(empty);
        vm.selectedProperty().addListener((obs, old, now) -> select(now));
    }

    private void act(java.util.function.Consumer<EvidenceTileModel> command) {
        EvidenceTileModel t = vm.selectedProperty().get();
        if (t != null) {
            command.accept(t);
        }
    }

    private void select(EvidenceTileModel tile) {
        if (shown != null) {
            shown.revisionProperty().removeListener(redraw);
        }
        shown = tile;
        if (tile != null) {
            tile.revisionProperty().addListener(redraw);
        }
        showingAlt = true;
        try {
            alt.setText(tile == null ? "" : vm.altText(tile));
        } finally {
            showingAlt = false;
        }
        show();
        // a new item starts at its top, not where the last one was left
        scroll.setVvalue(0);
    }

    private void show() {
        EvidenceTileModel tile = shown;
        if (tile == null) {
            preview.setImage(null);
            content.getChildren().setAll(empty);
            return;
        }
        var m = texts.messages();
        Optional<CheckedItem> checked = tile.checkedProperty().get();
        List<Node> lines = new ArrayList<>();
        Label title = new Label(tile.name());
        title.getStyleClass().add(Css.HEADING);
        title.setWrapText(true);
        javafx.scene.layout.FlowPane badges = new javafx.scene.layout.FlowPane(6, 4);
        content.getChildren().setAll(previewBox, title, badges, actions, facts);
        if (tile.itemId() >= 0 && checked.map(c -> c.item().media().mediaType() == id.rakit.evidence.MediaType.PHOTO)
                .orElse(false)) {
            content.getChildren().add(4, altBox);
        }
        preview.setImage(null);
        remove.setText(m.get(tile.itemId() >= 0 ? "details.remove" : "details.dismiss"));
        if (checked.isEmpty()) {
            tile.problemProperty().get().ifPresent(p ->
                    lines.add(problem(texts.problem(p, Optional.empty(), Optional.empty()))));
            facts.getChildren().setAll(lines);
            setActions(false, false, false, tile.stageProperty().get() != EvidenceTileModel.Stage.WORKING);
            return;
        }
        CheckedItem c = checked.get();
        MediaInfo media = c.item().media();
        // loaded in the background; a file without a preview simply shows an empty frame
        pictures.large(library.preview(c.item().sha256()), PREVIEW_W * 2, PREVIEW_H * 2, image -> {
            if (shown == tile) {
                preview.setImage(image);
            }
        });
        if (!media.isMedia()) {
            lines.add(problem(texts.problem(media.mainProblem().orElse(FileProblem.READ_FAILED), media.width(),
                    media.height())));
            facts.getChildren().setAll(lines);
            setActions(false, false, false, true);
            return;
        }
        c.copyProblem().ifPresent(p -> lines.add(problem(texts.problem(p, Optional.empty(), Optional.empty()))));
        Standing standing = c.standing();
        c.result().verdict().ifPresent(v -> {
            Label badge = new Label(texts.verdict(v));
            badge.getStyleClass().addAll(Css.BADGE, switch (v.kind()) {
                case ON_TIME -> Css.BADGE_OK;
                case OUTSIDE_WINDOW -> Css.BADGE_BAD;
                case NO_TIMESTAMP -> Css.BADGE_WARN;
            });
            badges.getChildren().add(badge);
        });
        if (standing == Standing.ACCEPTED) {
            Label accepted = new Label(m.get("tile.accepted"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
            accepted.getStyleClass().addAll(Css.BADGE, Css.BADGE_ACCEPTED);
            badges.getChildren().add(accepted);
        }
        if (c.result().captureTime().isPresent()) {
            var t = c.result().captureTime().get();
            lines.add(fact(m.get("details.taken"), texts.captureTime(t, zone.get())));
            lines.add(fact(m.get("details.recorded"), texts.asRecorded(media.captureTime().orElse(t))
                    + " · " + m.get("zoneSource." + t.zoneSource().code())));
            lines.add(fact(m.get("details.source"), t.source()));
        } else {
            lines.add(fact(m.get("details.taken"), m.get("details.noTime")));
        }
        c.result().correction().ifPresent(d -> lines.add(fact(m.get("details.correction"),
                m.get(d.isNegative() ? "details.correction.ahead" : "details.correction.behind",
                        texts.duration(d.abs())))));
        CameraId.of(media).ifPresent(cam -> lines.add(fact(m.get("details.camera"), cam.label())));
        if (media.width().isPresent() && media.height().isPresent()) {
            String size = media.width().get() + " × " + media.height().get()
                    + media.durationSeconds().map(s -> " · " + m.get("details.seconds", Math.round(s))).orElse("");
            lines.add(fact(m.get("details.size"), size + " · " + media.format()));
        }
        media.software().ifPresent(s -> lines.add(fact(m.get("details.software"), s)));
        c.item().acceptedReason().ifPresent(r -> lines.add(fact(m.get("details.acceptedReason"), r)));
        for (var p : media.problems()) {
            lines.add(note("• " + texts.problem(p, media.width(), media.height()), Css.MUTED));
        }
        for (Finding f : c.result().findings()) {
            lines.add(note("• " + texts.flagName(f) + ": " + texts.flagExplanation(f), "finding"));
        }
        facts.getChildren().setAll(lines);
        boolean accepted = c.item().acceptedReason().isPresent();
        setActions(accepted || c.result().needsAttention(), accepted, CameraId.of(media).isPresent(), true);
        accept.setText(m.get(accepted ? "details.acceptEdit" : "details.accept"));
    }

    private void setActions(boolean canAccept, boolean canWithdraw, boolean canClock, boolean canRemove) {
        accept.setVisible(canAccept);
        accept.setManaged(canAccept);
        withdraw.setVisible(canWithdraw);
        withdraw.setManaged(canWithdraw);
        clock.setVisible(canClock);
        clock.setManaged(canClock);
        remove.setVisible(canRemove);
        remove.setManaged(canRemove);
    }

    private static Node fact(String label, String value) {
        Label k = new Label(label);
        k.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        Label v = new Label(value);
        v.setWrapText(true);
        return new VBox(1, k, v);
    }

    private static Label note(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label problem(String text) {
        return note(text, Css.PROBLEM);
    }
}
