package id.rakit.ui.post;

import id.rakit.i18n.Messages;
import id.rakit.post.Autosave;
import id.rakit.ui.common.Css;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The post form: details of the event and the caption. Thin: everything is bound to the view model. */
public final class PostEditorView {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"),
            ZoneId.of("Asia/Jayapura"));

    @FXML private Label saveState;
    @FXML private TextField title;
    @FXML private TextField unit;
    @FXML private TextField eventName;
    @FXML private DatePicker eventDate;
    @FXML private DatePicker endDate;
    @FXML private TextField startTime;
    @FXML private TextField endTime;
    @FXML private ComboBox<ZoneId> zone;
    @FXML private TextField venue;
    @FXML private TextField venueLocation;
    @FXML private VBox problems;
    @FXML private Label captionCount;
    @FXML private TextArea caption;

    private final Parent root;

    public PostEditorView(PostEditorViewModel vm, Messages messages) {
        FXMLLoader loader = new FXMLLoader(PostEditorView.class.getResource("/id/rakit/ui/post/PostEditorView.fxml"),
                messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.getStylesheets().add(Css.sheet(PostEditorView.class, "/id/rakit/ui/post/post-editor.css"));

        title.textProperty().bindBidirectional(vm.titleProperty());
        unit.textProperty().bindBidirectional(vm.unitProperty());
        eventName.textProperty().bindBidirectional(vm.eventNameProperty());
        startTime.textProperty().bindBidirectional(vm.startTimeProperty());
        endTime.textProperty().bindBidirectional(vm.endTimeProperty());
        venue.textProperty().bindBidirectional(vm.venueProperty());
        venueLocation.textProperty().bindBidirectional(vm.venueLocationProperty());
        caption.textProperty().bindBidirectional(vm.captionProperty());

        StringConverter<LocalDate> dates = dateConverter();
        for (DatePicker p : List.of(eventDate, endDate)) {
            p.setConverter(dates);
            commitTypedDateOnFocusLoss(p);
        }
        eventDate.valueProperty().bindBidirectional(vm.eventDateProperty());
        endDate.valueProperty().bindBidirectional(vm.endDateProperty());

        zone.getItems().setAll(ZONES);
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

        captionCount.textProperty().bind(vm.captionProperty().map(
                t -> messages.get("editor.caption.count", t.codePointCount(0, t.length()))));
        saveState.textProperty().bind(vm.saveStateProperty().map(s -> switch (s) {
            case PENDING -> messages.get("editor.saving");
            case SAVED -> messages.get("editor.saved");
            case FAILED -> messages.get("editor.saveFailed");
        }));
        vm.saveStateProperty().addListener((obs, old, now) ->
                saveState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"),
                        now == Autosave.State.FAILED));
        vm.titleFocusRequestsProperty().addListener((obs, old, now) -> title.requestFocus());
        vm.problems().addListener((ListChangeListener<String>) c -> showProblems(vm.problems(), messages));
    }

    public Parent root() {
        return root;
    }

    private void showProblems(List<String> keys, Messages messages) {
        problems.getChildren().setAll(keys.stream().map(k -> {
            Label l = new Label(messages.get(k));
            l.getStyleClass().add(Css.PROBLEM);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    /** dd/MM/yyyy as Indonesian offices write dates; also accepts d-M-yyyy and ISO. */
    static StringConverter<LocalDate> dateConverter() {
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<DateTimeFormatter> accepted = List.of(shown, DateTimeFormatter.ofPattern("d/M/yyyy"),
                DateTimeFormatter.ofPattern("d-M-yyyy"), DateTimeFormatter.ofPattern("d.M.yyyy"),
                DateTimeFormatter.ISO_LOCAL_DATE);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : shown.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter f : accepted) {
                    try {
                        return LocalDate.parse(s.strip(), f);
                    } catch (DateTimeParseException ignored) {
                        // try the next way of writing it
                    }
                }
                return null;
            }
        };
    }

    /** A date typed but not confirmed with Enter still counts when the admin moves on. */
    private static void commitTypedDateOnFocusLoss(DatePicker picker) {
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                String typed = picker.getEditor().getText();
                LocalDate parsed = picker.getConverter().fromString(typed);
                if (parsed != null || typed.isBlank()) {
                    picker.setValue(parsed);
                }
            }
        });
    }
}
