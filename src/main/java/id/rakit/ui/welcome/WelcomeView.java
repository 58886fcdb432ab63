package id.rakit.ui.welcome;

import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import id.rakit.ui.settings.Pickers;
import id.rakit.ui.settings.ProfileFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The first-run welcome: three steps in one card. Bound to its view model. */
public final class WelcomeView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");

    @FXML private Label appName;
    @FXML private Label stepCount;
    @FXML private HBox steps;
    @FXML private VBox unitStep;
    @FXML private VBox channelsStep;
    @FXML private VBox startStep;
    @FXML private TextField unitName;
    @FXML private TextField adminName;
    @FXML private TextField initials;
    @FXML private VBox zoneBox;
    @FXML private VBox platformBox;
    @FXML private TextField hashtags;
    @FXML private VBox logoBox;
    @FXML private Label summary;
    @FXML private ImageView summaryLogo;
    @FXML private CheckBox makeExample;
    @FXML private Label problem;
    @FXML private Button skip;
    @FXML private Button back;
    @FXML private Button next;
    @FXML private Button finish;

    private final Parent root;

    public WelcomeView(WelcomeViewModel vm, Messages m, Pickers pickers) {
        FXMLLoader loader = new FXMLLoader(WelcomeView.class.getResource("/id/rakit/ui/welcome/WelcomeView.fxml"),
                m.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.setId("welcome");
        root.getStylesheets().add(Css.sheet(WelcomeView.class, "/id/rakit/ui/welcome/welcome.css"));
        appName.setText(m.get("welcome.title"));

        var form = vm.form();
        unitName.textProperty().bindBidirectional(form.unitNameProperty());
        adminName.textProperty().bindBidirectional(form.adminNameProperty());
        initials.textProperty().bindBidirectional(form.initialsProperty());
        hashtags.textProperty().bindBidirectional(form.hashtagsProperty());
        zoneBox.getChildren().add(0, ProfileFields.zones(form, m, "welcome"));
        platformBox.getChildren().add(0, ProfileFields.platforms(form, m, "welcome"));
        logoBox.getChildren().add(ProfileFields.logo(form, m, pickers, vm::chooseLogo, vm::removeLogo,
                vm.logoProblemProperty(), "welcome"));
        summary.textProperty().bind(vm.summaryProperty());
        // loaded in the background, like every picture
        summaryLogo.imageProperty().bind(form.logoProperty().map(logo -> logo
                .map(p -> new Image(p.toUri().toString(), 128, 128, true, true, true)).orElse(null)));
        makeExample.selectedProperty().bindBidirectional(vm.makeExampleProperty());

        String[] names = {m.get("welcome.step.unit"), m.get("welcome.step.channels"), m.get("welcome.step.start")};
        Label[] pills = new Label[names.length];
        for (int i = 0; i < names.length; i++) {
            pills[i] = new Label((i + 1) + ". " + names[i]);
            pills[i].getStyleClass().add("welcome-step");
            steps.getChildren().add(pills[i]);
        }
        VBox[] panes = {unitStep, channelsStep, startStep};
        Runnable showStep = () -> {
            int now = vm.stepProperty().get();
            for (int i = 0; i < panes.length; i++) {
                panes[i].setVisible(i == now);
                pills[i].pseudoClassStateChanged(CURRENT, i == now);
                pills[i].pseudoClassStateChanged(FINISHED, i < now);
            }
            stepCount.setText(m.get("welcome.stepOf", now + 1, WelcomeViewModel.STEPS));
            boolean last = now == WelcomeViewModel.START;
            next.setVisible(!last);
            next.setManaged(!last);
            next.setDefaultButton(!last);
            finish.setVisible(last);
            finish.setManaged(last);
            finish.setDefaultButton(last);
            // "not now" belongs to the start; on the last step there is nothing left to skip
            skip.setVisible(now != WelcomeViewModel.START);
            focusFirst(now);
        };
        vm.stepProperty().addListener((obs, old, now) -> showStep.run());
        showStep.run();
        // the first field takes the typing as soon as the welcome is on screen
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                focusFirst(vm.stepProperty().get());
            }
        });

        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        next.setOnAction(e -> vm.next());
        back.setOnAction(e -> vm.back());
        finish.setOnAction(e -> vm.finish());
        skip.setOnAction(e -> vm.skip());
        finish.textProperty().bind(vm.busyProperty().map(b -> m.get(b ? "welcome.finishing" : "welcome.finish")));
        for (Button b : new Button[] {next, back, finish, skip}) {
            b.disableProperty().bind(vm.busyProperty().or(b == back
                    ? vm.stepProperty().isEqualTo(WelcomeViewModel.UNIT) : vm.busyProperty()));
        }
    }

    /** The first control of the step takes the keyboard: the unit's name, the zone, the finish button. */
    private void focusFirst(int step) {
        javafx.scene.Node first = switch (step) {
            case WelcomeViewModel.UNIT -> unitName;
            case WelcomeViewModel.CHANNELS -> ((HBox) zoneBox.getChildren().get(0)).getChildren().stream()
                    .filter(n -> n instanceof javafx.scene.control.RadioButton r && r.isSelected()).findFirst()
                    .orElse(hashtags);
            default -> finish;
        };
        first.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
