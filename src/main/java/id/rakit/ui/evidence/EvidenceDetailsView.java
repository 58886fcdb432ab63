package id.rakit.ui.evidence;

import atlantafx.base.theme.Styles;
import id.rakit.evidence.CameraId;
import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.Finding;
import id.rakit.evidence.MediaInfo;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.library.MediaLibrary;
import id.rakit.ui.common.Css;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The selected item in full: the preview, where its time came from, and what the admin can do. */
final class EvidenceDetailsView extends HBox {

    private static final double PREVIEW_W = 240;
    private static final double PREVIEW_H = 180;

    private final EvidenceGalleryViewModel vm;
    private final EvidenceTexts texts;
    private final MediaLibrary library;
    private final TileImages pictures;
    private final Supplier<ZoneId> zone;
    private final ImageView preview = new ImageView();
    private final VBox facts = new VBox(4);
    private final Button accept = new Button();
    private final Button withdraw = new Button();
    private final Button clock = new Button();
    private final Button remove = new Button();
    private final Label empty = new Label();

    EvidenceDetailsView(EvidenceGalleryViewModel vm, EvidenceTexts texts, MediaLibrary library, TileImages pictures,
                        Supplier<ZoneId> zone) {
        this.vm = vm;
        this.texts = texts;
        this.library = library;
        this.pictures = pictures;
        this.zone = zone;
        var m = texts.messages();
        getStyleClass().add("evidence-details");
        setSpacing(14);
        setPadding(new Insets(10, 12, 10, 12));
        preview.setFitWidth(PREVIEW_W);
        preview.setFitHeight(PREVIEW_H);
        preview.setPreserveRatio(true);
        StackPane previewBox = new StackPane(preview);
        previewBox.getStyleClass().add("details-preview");
        previewBox.setMinSize(PREVIEW_W, PREVIEW_H);
        previewBox.setMaxSize(PREVIEW_W, PREVIEW_H);

        for (Button b : java.util.List.of(accept, withdraw, clock, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(Styles.SMALL);
        }
        accept.setText(m.get("details.accept"));
        accept.setId("acceptButton");
        accept.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        withdraw.setText(m.get("details.withdraw"));
        withdraw.getStyleClass().add(Styles.FLAT);
        clock.setText(m.get("details.clock"));
        clock.setId("clockButton");
        clock.setGraphic(new FontIcon(MaterialDesignC.CLOCK_EDIT_OUTLINE));
        remove.setText(m.get("details.remove"));
        remove.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        accept.setOnAction(e -> act(vm::accept));
        withdraw.setOnAction(e -> act(vm::withdrawAcceptance));
        clock.setOnAction(e -> act(vm::correctClock));
        remove.setOnAction(e -> act(vm::remove));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, accept, withdraw, clock, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(facts);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(8, scroll, actions);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        empty.setText(m.get("details.none"));
        empty.getStyleClass().add(Css.MUTED);
        getChildren().setAll(empty);
        vm.selectedProperty().addListener((obs, old, now) -> show(now, previewBox, right));
        // checks change after a correction or an acceptance: redraw what is shown
        vm.tiles().addListener((javafx.collections.ListChangeListener<EvidenceTileModel>) c ->
                show(vm.selectedProperty().get(), previewBox, right));
    }

    private void act(java.util.function.Consumer<EvidenceTileModel> command) {
        EvidenceTileModel t = vm.selectedProperty().get();
        if (t != null) {
            command.accept(t);
        }
    }

    private void show(EvidenceTileModel tile, Node previewBox, Node right) {
        if (tile == null || !vm.tiles().contains(tile)) {
            getChildren().setAll(empty);
            return;
        }
        getChildren().setAll(previewBox, right);
        var m = texts.messages();
        Optional<CheckedItem> checked = tile.checkedProperty().get();
        List<Node> lines = new ArrayList<>();
        Label title = new Label(tile.name());
        title.getStyleClass().add(Css.HEADING);
        title.setWrapText(true);
        lines.add(title);
        preview.setImage(null);
        if (checked.isEmpty()) {
            tile.problemProperty().get().ifPresent(p ->
                    lines.add(problem(texts.problem(p, Optional.empty(), Optional.empty()))));
            facts.getChildren().setAll(lines);
            setActions(false, false, false, false);
            return;
        }
        CheckedItem c = checked.get();
        MediaInfo media = c.item().media();
        // loaded in the background; a file without a preview simply shows an empty frame
        Path previewFile = library.preview(c.item().sha256());
        preview.setImage(pictures.large(previewFile, PREVIEW_W * 2, PREVIEW_H * 2));
        if (!media.isMedia()) {
            lines.add(problem(texts.problem(media.mainProblem().orElseThrow(), media.width(), media.height())));
            facts.getChildren().setAll(lines);
            setActions(false, false, false, true);
            return;
        }
        c.result().verdict().ifPresent(v -> {
            Label badge = new Label(texts.verdict(v));
            badge.getStyleClass().addAll(Css.BADGE, switch (v.kind()) {
                case ON_TIME -> Css.BADGE_OK;
                case OUTSIDE_WINDOW -> Css.BADGE_BAD;
                case NO_TIMESTAMP -> Css.BADGE_WARN;
            });
            lines.add(badge);
        });
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
                    + media.durationSeconds().map(s -> " · " + texts.messages().get("details.seconds",
                    Math.round(s))).orElse("");
            lines.add(fact(m.get("details.size"), size + " · " + media.format()));
        }
        media.software().ifPresent(s -> lines.add(fact(m.get("details.software"), s)));
        for (var p : media.problems()) {
            Label note = new Label("• " + texts.problem(p, media.width(), media.height()));
            note.setWrapText(true);
            note.getStyleClass().add(Css.MUTED);
            lines.add(note);
        }
        for (Finding f : c.result().findings()) {
            Label l = new Label("• " + texts.flagName(f) + ": " + texts.flagExplanation(f));
            l.setWrapText(true);
            l.getStyleClass().add("finding");
            lines.add(l);
        }
        c.item().acceptedReason().ifPresent(r -> lines.add(fact(m.get("details.acceptedReason"), r)));
        facts.getChildren().setAll(lines);
        boolean accepted = c.item().acceptedReason().isPresent();
        setActions(accepted || c.result().needsAttention(), accepted, CameraId.of(media).isPresent(), true);
        accept.setText(m.get(c.item().acceptedReason().isPresent() ? "details.acceptEdit" : "details.accept"));
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
        k.getStyleClass().add(Css.MUTED);
        k.setMinWidth(130);
        Label v = new Label(value);
        v.setWrapText(true);
        HBox row = new HBox(8, k, v);
        return row;
    }

    private static Label problem(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Css.PROBLEM);
        return l;
    }
}
