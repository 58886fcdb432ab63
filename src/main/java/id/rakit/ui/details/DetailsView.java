package id.rakit.ui.details;

import id.rakit.i18n.Messages;
import id.rakit.post.TimeZones;
import id.rakit.ui.common.Css;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "Rincian" tab: the post's title and unit, the event's time and place. Bound to its view model. */
public final class DetailsView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @FXML private TextField title;
    @FXML private TextField unit;
    @FXML private TextField eventName;
    @FXML private TextField startDate;
    @FXML private DatePicker startPicker;
    @FXML private TextField startTime;
    @FXML private TextField endDate;
    @FXML private DatePicker endPicker;
    @FXML private TextField endTime;
    @FXML private ComboBox<ZoneId> zone;
    @FXML private TextField venue;
    @FXML private TextField venueLocation;
    @FXML private Label wholeDay;
    @FXML private VBox problems;

    private final Parent root;

    public DetailsView(DetailsViewModel vm, Messages messages) {
        FXMLLoader loader = new FXMLLoader(DetailsView.class.getResource("/id/rakit/ui/details/DetailsView.fxml"),
                messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.getStylesheets().add(Css.sheet(DetailsView.class, "/id/rakit/ui/details/details.css"));

        title.textProperty().bindBidirectional(vm.titleProperty());
        unit.textProperty().bindBidirectional(vm.unitProperty());
        eventName.textProperty().bindBidirectional(vm.eventNameProperty());
        startDate.textProperty().bindBidirectional(vm.startDateProperty());
        startTime.textProperty().bindBidirectional(vm.startTimeProperty());
        endDate.textProperty().bindBidirectional(vm.endDateProperty());
        endTime.textProperty().bindBidirectional(vm.endTimeProperty());
        venue.textProperty().bindBidirectional(vm.venueProperty());
        venueLocation.textProperty().bindBidirectional(vm.venueLocationProperty());
        calendar(startPicker, startDate, messages);
        calendar(endPicker, endDate, messages);

        zone.getItems().setAll(TimeZones.INDONESIA);
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId z) {
                return z == null ? "" : messages.get("zone." + z.getId().replace('/', '.'));
            }

            @Override
            public ZoneId fromString(String s) {
                return null;
            }
        });
        zone.valueProperty().bindBidirectional(vm.zoneProperty());

        wholeDay.visibleProperty().bind(vm.wholeDayProperty());
        wholeDay.managedProperty().bind(vm.wholeDayProperty());
        wholeDay.textProperty().bind(vm.startDateProperty().map(d -> messages.get("details.wholeDay", d.strip())));
        vm.titleFocusRequestsProperty().addListener((obs, old, now) -> title.requestFocus());
        vm.problems().addListener((ListChangeListener<DetailsViewModel.Problem>) c -> showProblems(vm, messages));
    }

    public Parent root() {
        return root;
    }

    /** The picker only offers a calendar; the chosen day is written into the date field. */
    private static void calendar(DatePicker picker, TextField field, Messages messages) {
        picker.setEditable(false);
        picker.setFocusTraversable(false);
        picker.setPromptText("");
        picker.getEditor().setFocusTraversable(false);
        picker.setAccessibleText(messages.get("details.calendar"));
        picker.setOnShowing(e -> picker.setValue(DetailsViewModel.date(field.getText()).orElse(null)));
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && picker.isShowing()) {
                field.setText(DetailsViewModel.dateText(now));
            }
        });
        picker.setOnHidden(e -> {
            if (picker.getValue() != null) {
                field.setText(DetailsViewModel.dateText(picker.getValue()));
            }
        });
    }

    private void showProblems(DetailsViewModel vm, Messages messages) {
        problems.getChildren().setAll(vm.problems().stream().map(p -> {
            Label l = new Label(messages.get(p.key(), p.typed()));
            l.getStyleClass().add(Css.PROBLEM);
            l.setWrapText(true);
            return l;
        }).toList());
        Set<String> keys = vm.problems().stream().map(DetailsViewModel.Problem::key).collect(Collectors.toSet());
        mark(startDate, keys.contains("details.problem.startDate"));
        mark(endDate, keys.contains("details.problem.endDate"));
        mark(startTime, keys.contains("details.problem.startTime"));
        mark(endTime, keys.contains("details.problem.endTime") || keys.contains("details.problem.endBeforeStart"));
        mark(venueLocation, keys.contains("details.problem.location"));
    }

    private static void mark(TextField field, boolean invalid) {
        field.pseudoClassStateChanged(INVALID, invalid);
    }
}
