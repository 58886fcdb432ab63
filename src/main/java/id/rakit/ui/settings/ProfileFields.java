package id.rakit.ui.settings;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.TimeZones;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The parts of the profile form that are made in code, for the welcome and Pengaturan alike. */
public final class ProfileFields {

    static final double LOGO_SIDE = 64;

    private ProfileFields() {
    }

    /** WIB, WITA, WIT as three choices, bound to the form's zone. */
    public static HBox zones(ProfileForm form, Messages m, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(16);
        box.setAlignment(Pos.CENTER_LEFT);
        for (ZoneId zone : TimeZones.INDONESIA) {
            RadioButton choice = new RadioButton(m.get("zone." + zone.getId().replace('/', '.')));
            choice.setId(idPrefix + "Zone" + TimeZones.abbreviation(zone, java.time.Instant.EPOCH));
            choice.setUserData(zone);
            choice.setToggleGroup(group);
            box.getChildren().add(choice);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(form.zoneProperty().get())));
        show.run();
        form.zoneProperty().addListener((obs, old, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.zoneProperty().set((ZoneId) now.getUserData());
            }
        });
        return box;
    }

    /** One check box per platform, bound to the form. */
    public static FlowPane platforms(ProfileForm form, Messages m, String idPrefix) {
        FlowPane pane = new FlowPane(16, 8);
        for (Platform p : Platform.targets()) {
            CheckBox box = new CheckBox(m.get("platform." + p.code()));
            box.setId(idPrefix + "Platform-" + p.code());
            box.selectedProperty().bindBidirectional(form.platforms().get(p));
            pane.getChildren().add(box);
        }
        return pane;
    }

    /**
     * The logo: a small preview (loaded in the background), "Pilih logo…" and "Hapus", and why a
     * picked file was not taken.
     */
    public static VBox logo(ProfileForm form, Messages m, Pickers pickers, Consumer<Path> choose, Runnable remove,
                            ReadOnlyStringProperty problem, String idPrefix) {
        ImageView preview = new ImageView();
        preview.setFitWidth(LOGO_SIDE);
        preview.setFitHeight(LOGO_SIDE);
        preview.setPreserveRatio(true);
        FontIcon none = new FontIcon(MaterialDesignI.IMAGE_OUTLINE);
        none.getStyleClass().add("logo-none");
        StackPane frame = new StackPane(none, preview);
        frame.getStyleClass().add("logo-frame");
        frame.setMinSize(LOGO_SIDE + 8, LOGO_SIDE + 8);
        frame.setMaxSize(LOGO_SIDE + 8, LOGO_SIDE + 8);
        Runnable show = () -> {
            Optional<Path> logo = form.logoProperty().get();
            // a new Image each time: the copy keeps its name when the logo is replaced
            preview.setImage(logo.map(p -> new Image(p.toUri().toString(), LOGO_SIDE * 2, LOGO_SIDE * 2, true, true, true))
                    .orElse(null));
            none.setVisible(logo.isEmpty());
        };
        show.run();
        form.logoProperty().addListener((obs, old, now) -> show.run());

        Button pick = new Button(m.get("settings.logo.choose"));
        pick.setId(idPrefix + "ChooseLogo");
        pick.setOnAction(e -> pickers.image(m.get("settings.logo.title")).ifPresent(choose));
        Button drop = new Button(m.get("settings.logo.remove"));
        drop.setId(idPrefix + "RemoveLogo");
        drop.getStyleClass().add(Styles.FLAT);
        drop.disableProperty().bind(form.logoProperty().map(Optional::isEmpty));
        Label hint = new Label(m.get("settings.logo.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox buttons = new VBox(6, new HBox(8, pick, drop), hint);
        HBox row = new HBox(12, frame, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        Label why = new Label();
        why.setWrapText(true);
        why.getStyleClass().add("problem-text");
        why.textProperty().bind(problem);
        why.visibleProperty().bind(problem.isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        return new VBox(6, row, why);
    }
}
