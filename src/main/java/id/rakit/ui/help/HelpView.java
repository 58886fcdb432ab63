package id.rakit.ui.help;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Bantuan, as a page over the main window: one column to read down, the badges and flags drawn
 * exactly as the tiles draw them. Made in code: its rows come from the view model.
 */
public final class HelpView {

    private final BorderPane root = new BorderPane();

    public HelpView(HelpViewModel vm, Runnable onClose) {
        Messages m = vm.messages();
        root.setId("helpPage");
        root.getStyleClass().addAll("page", "help-page");
        root.getStylesheets().addAll(Css.sheet(HelpView.class, "/id/rakit/ui/settings/settings.css"),
                Css.sheet(HelpView.class, "/id/rakit/ui/evidence/evidence.css"),
                Css.sheet(HelpView.class, "/id/rakit/ui/help/help.css"));

        Button close = new Button(m.get("page.back"));
        close.setId("helpClose");
        close.getStyleClass().add(Styles.FLAT);
        close.setTooltip(new Tooltip(m.get("page.back.tooltip")));
        close.setOnAction(e -> onClose.run());
        Label title = new Label(m.get("help.title"));
        title.getStyleClass().add("page-title");
        HBox header = new HBox(12, close, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        root.setTop(header);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });

        VBox column = new VBox(12);
        column.getStyleClass().add("page-column");
        column.setMaxWidth(900);
        column.setPadding(new Insets(18, 28, 32, 28));
        Label intro = wrapped(m.get("help.intro"));
        column.getChildren().addAll(intro, section(m.get("help.steps.heading")), steps(vm.steps()),
                section(m.get("help.badges.heading")), wrapped(m.get("help.badges.intro")),
                signs(vm.badges(), m, true),
                section(m.get("help.flags.heading")), wrapped(m.get("help.flags.intro")),
                signs(vm.flags(), m, false),
                section(m.get("help.keys.heading")), keys(vm.shortcuts()),
                section(m.get("help.more.heading")), wrapped(m.get("help.more.text")));
        StackPane centred = new StackPane(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("helpScroll");
        root.setCenter(scroll);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                close.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.SECTION);
        l.setWrapText(true);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static GridPane steps(List<HelpViewModel.Step> steps) {
        GridPane grid = table(40);
        int row = 0;
        for (HelpViewModel.Step s : steps) {
            Label number = new Label(Integer.toString(s.number()));
            number.getStyleClass().add("help-step-number");
            number.setMinSize(28, 28);
            number.setAlignment(Pos.CENTER);
            Label title = new Label(s.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            VBox text = new VBox(2, title, wrapped(s.text()));
            grid.addRow(row++, number, text);
            GridPane.setValignment(number, VPos.TOP);
        }
        return grid;
    }

    /** Each sign drawn as on a tile, then what it means and what to do. */
    private static GridPane signs(List<HelpViewModel.Sign> signs, Messages m, boolean badges) {
        GridPane grid = table(200);
        grid.getStyleClass().add(badges ? "help-badges" : "help-flags");
        int row = 0;
        for (HelpViewModel.Sign s : signs) {
            Label sign = new Label(s.label());
            sign.getStyleClass().addAll(badges ? Css.BADGE : "flag-chip", s.style());
            sign.setMinWidth(Region.USE_PREF_SIZE);
            Label action = wrapped(m.get("help.do", s.action()));
            action.getStyleClass().add("help-action");
            VBox text = new VBox(3, wrapped(s.meaning()), action);
            grid.addRow(row++, sign, text);
            GridPane.setValignment(sign, VPos.TOP);
            GridPane.setHalignment(sign, HPos.LEFT);
        }
        return grid;
    }

    private static GridPane keys(List<HelpViewModel.Key> keys) {
        GridPane grid = table(200);
        int row = 0;
        for (HelpViewModel.Key k : keys) {
            Label key = new Label(k.keys());
            key.getStyleClass().add("help-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, wrapped(k.action()));
        }
        grid.setId("helpKeys");
        return grid;
    }

    private static GridPane table(double firstColumn) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        first.setPrefWidth(firstColumn);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        rest.setMinWidth(200);
        grid.getColumnConstraints().addAll(first, rest);
        return grid;
    }
}
