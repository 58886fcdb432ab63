package id.rakit.ui.export;

import id.rakit.evidence.rendition.PublishedPhotos;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A photo with the part a platform will show drawn on it: the rest is dimmed, and a click or a
 * drag moves the part (its middle follows the pointer, kept inside the photo). The crop is
 * remembered when the pointer is let go.
 */
final class CropPane extends VBox {

    static final double WIDTH = 380;
    static final double HEIGHT = 285;

    private final ExportViewModel vm;
    private final ImageView image = new ImageView();
    private final Rectangle crop = new Rectangle();
    private final Rectangle[] dim = {new Rectangle(), new Rectangle(), new Rectangle(), new Rectangle()};
    private final Pane overlay = new Pane();
    private final Label empty;
    private double centreX = 0.5;
    private double centreY = 0.5;

    CropPane(ExportViewModel vm, Messages m) {
        this.vm = vm;
        setSpacing(6);
        image.setPreserveRatio(true);
        image.setFitWidth(WIDTH);
        image.setFitHeight(HEIGHT);
        crop.setId("cropFrame");
        crop.setFill(Color.TRANSPARENT);
        crop.setStroke(Color.WHITE);
        crop.setStrokeWidth(2);
        crop.getStrokeDashArray().setAll(6.0, 4.0);
        for (Rectangle r : dim) {
            r.setFill(Color.rgb(0, 0, 0, 0.55));
            r.setMouseTransparent(true);
        }
        crop.setMouseTransparent(true);
        overlay.getChildren().addAll(dim);
        overlay.getChildren().add(crop);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        empty = new Label(m.get("export.crop.empty"));
        empty.getStyleClass().add(Css.MUTED);
        empty.setWrapText(true);
        StackPane photo = new StackPane(image, overlay, empty);
        photo.setId("cropPhotoPane");
        photo.setAlignment(Pos.TOP_LEFT);
        photo.getStyleClass().add("crop-pane");
        photo.setMinSize(WIDTH, HEIGHT);
        photo.setPrefSize(WIDTH, HEIGHT);
        photo.setMaxSize(WIDTH, HEIGHT);
        Label hint = new Label(m.get("export.crop.hint"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        getChildren().addAll(photo, hint);

        image.setOnMousePressed(this::move);
        image.setOnMouseDragged(this::move);
        image.setOnMouseReleased(e -> {
            ExportViewModel.CropTarget target = vm.selectedCropProperty().get();
            if (target != null && image.getImage() != null) {
                move(e);
                vm.crop(target.evidenceId(), target.size(), centreX, centreY);
            }
        });
        vm.selectedCropProperty().addListener((obs, old, now) -> show(old, now));
        show(null, vm.selectedCropProperty().get());
    }

    private void show(ExportViewModel.CropTarget old, ExportViewModel.CropTarget now) {
        if (now == null) {
            image.setImage(null);
            overlay.setVisible(false);
            empty.setVisible(true);
            return;
        }
        empty.setVisible(false);
        centreX = now.centre().x();
        centreY = now.centre().y();
        if (old != null && old.evidenceId() == now.evidenceId() && image.getImage() != null) {
            draw(now);
            return;
        }
        image.setImage(null);
        overlay.setVisible(false);
        vm.preview(now, WIDTH * 2, HEIGHT * 2, picture -> {
            ExportViewModel.CropTarget current = vm.selectedCropProperty().get();
            if (current != null && current.evidenceId() == now.evidenceId()) {
                image.setImage(picture);
                draw(current);
            }
        });
    }

    private void move(MouseEvent e) {
        ExportViewModel.CropTarget target = vm.selectedCropProperty().get();
        double[] shown = shownSize();
        if (target == null || shown == null) {
            return;
        }
        centreX = Math.max(0, Math.min(1, e.getX() / shown[0]));
        centreY = Math.max(0, Math.min(1, e.getY() / shown[1]));
        draw(target);
    }

    /** The picture's size on screen, or null while there is none. */
    private double[] shownSize() {
        Image picture = image.getImage();
        if (picture == null || picture.getWidth() <= 0) {
            return null;
        }
        double scale = Math.min(WIDTH / picture.getWidth(), HEIGHT / picture.getHeight());
        return new double[] {picture.getWidth() * scale, picture.getHeight() * scale};
    }

    private void draw(ExportViewModel.CropTarget target) {
        double[] shown = shownSize();
        if (shown == null) {
            overlay.setVisible(false);
            return;
        }
        int w = (int) Math.round(shown[0]);
        int h = (int) Math.round(shown[1]);
        int outW = (int) Math.round(1000 * target.ratio());
        PublishedPhotos.Region r = PublishedPhotos.region(new PublishedPhotos.Crop(Math.max(1, outW), 1000, centreX,
                centreY), w, h);
        crop.setX(r.x());
        crop.setY(r.y());
        crop.setWidth(r.width());
        crop.setHeight(r.height());
        dim[0].setX(0);
        dim[0].setY(0);
        dim[0].setWidth(w);
        dim[0].setHeight(r.y());
        dim[1].setX(0);
        dim[1].setY(r.y() + r.height());
        dim[1].setWidth(w);
        dim[1].setHeight(h - r.y() - r.height());
        dim[2].setX(0);
        dim[2].setY(r.y());
        dim[2].setWidth(r.x());
        dim[2].setHeight(r.height());
        dim[3].setX(r.x() + r.width());
        dim[3].setY(r.y());
        dim[3].setWidth(w - r.x() - r.width());
        dim[3].setHeight(r.height());
        overlay.setVisible(true);
    }
}
