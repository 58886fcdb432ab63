package id.rakit.ui.welcome;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A line across the top of the window while an example post is open: what it is, and its removal. */
public final class ExampleBanner extends HBox {

    public ExampleBanner(ExampleBannerModel model, Messages m) {
        setId("exampleBanner");
        getStyleClass().add("example-banner");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 14, 6, 14));
        FontIcon icon = new FontIcon(MaterialDesignS.SCHOOL_OUTLINE);
        Label text = new Label(m.get("example.banner"));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button(m.get("settings.example.remove"));
        remove.setId("removeExampleBanner");
        remove.getStyleClass().addAll(Styles.SMALL);
        remove.setOnAction(e -> model.remove());
        getChildren().addAll(icon, text, remove);
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
        getStylesheets().add(ExampleBanner.class.getResource("/id/rakit/ui/welcome/welcome.css").toExternalForm());
    }
}
