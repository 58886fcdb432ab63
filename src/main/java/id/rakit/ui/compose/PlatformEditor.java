package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Problem;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import id.rakit.post.CaptionField;
import id.rakit.post.Platform;
import id.rakit.ui.common.Css;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * One platform's tab in "Tulis": whether it follows the master caption, its title and first
 * comment where the platform has them, the caption with its count, its photos and videos, and
 * what still needs fixing there.
 */
final class PlatformEditor extends ScrollPane {

    /** The problems shown in the list under the photos, not on a text field. */
    private static final Set<Problem.Code> NOT_ON_A_FIELD = EnumSet.of(Problem.Code.EMPTY, Problem.Code.NO_TITLE,
            Problem.Code.TOO_MANY_MEDIA, Problem.Code.MIXED_MEDIA, Problem.Code.VIDEO_ONLY, Problem.Code.NO_MEDIA,
            Problem.Code.NO_ALT_TEXT, Problem.Code.ALT_TEXT_TOO_LONG);

    private final VBox problems = new VBox(4);

    PlatformEditor(PlatformCaptionViewModel p, Messages m, Pictures pictures, Consumer<TextInputControl> focused,
                   HistoryOpener history) {
        Platform platform = p.platform();
        String code = platform.code();
        String name = m.get("platform." + code);
        ValidationSupport support = new ValidationSupport();

        Label state = new Label();
        state.setId("follows-" + code);
        state.setWrapText(true);
        state.textProperty().bind(p.followsMasterProperty().map(f ->
                f ? m.get("compose.follows") : m.get("compose.own", name)));
        state.getStyleClass().add(Css.MUTED);
        HBox.setHgrow(state, Priority.ALWAYS);
        Button reset = new Button(m.get("compose.reset"), new FontIcon(MaterialDesignL.LINK_VARIANT));
        reset.setId("reset-" + code);
        reset.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        reset.visibleProperty().bind(p.followsMasterProperty().not());
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setOnAction(e -> p.resetToMaster());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Button versions = new Button(m.get("compose.history"), new FontIcon(MaterialDesignH.HISTORY));
        versions.setId("history-" + code);
        versions.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        versions.setMinWidth(Region.USE_PREF_SIZE);
        versions.setOnAction(e -> history.open(platform, CaptionField.BODY));
        HBox top = new HBox(8, state, reset);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, top);
        box.setPadding(new Insets(10, 12, 12, 0));
        if (platform.hasTitle()) {
            TextField title = new TextField();
            title.setId("title-" + code);
            title.setPromptText(m.get("compose.title.prompt." + code));
            title.textProperty().bindBidirectional(p.titleProperty());
            track(title, focused);
            Label label = new Label(m.get("compose.title." + code));
            label.setLabelFor(title);
            box.getChildren().addAll(label, title, new FieldCheck(support, title, p.titleReportProperty(), m,
                    "title-" + code));
        }
        TextArea body = new TextArea();
        body.setId("body-" + code);
        body.setWrapText(true);
        body.setPrefRowCount(9);
        body.textProperty().bindBidirectional(p.bodyProperty());
        track(body, focused);
        if (platform.hasTitle()) {
            Label label = new Label(m.get("compose.body." + code));
            label.setLabelFor(body);
            box.getChildren().add(label);
        }
        FieldCheck bodyCheck = new FieldCheck(support, body, p.bodyReportProperty(), m, "body-" + code);
        HBox.setHgrow(bodyCheck, Priority.ALWAYS);
        HBox under = new HBox(8, bodyCheck, versions);
        under.setAlignment(Pos.TOP_LEFT);
        box.getChildren().addAll(body, under);
        if (p.rules().firstComment().isPresent()) {
            TextArea comment = new TextArea();
            comment.setId("firstComment-" + code);
            comment.setWrapText(true);
            comment.setPrefRowCount(2);
            comment.setPromptText(m.get("compose.firstComment.prompt"));
            comment.textProperty().bindBidirectional(p.firstCommentProperty());
            track(comment, focused);
            Label label = new Label(m.get("compose.firstComment"));
            label.setLabelFor(comment);
            box.getChildren().addAll(label, comment, new FieldCheck(support, comment, p.commentReportProperty(), m,
                    "firstComment-" + code));
        }
        box.getChildren().add(new MediaStrip(p, m, pictures));
        problems.setId("problems-" + code);
        problems.managedProperty().bind(problems.visibleProperty());
        box.getChildren().add(problems);
        p.problems().addListener((ListChangeListener<Problem>) c -> showProblems(p, m));
        showProblems(p, m);

        setContent(box);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
    }

    private void showProblems(PlatformCaptionViewModel p, Messages m) {
        ProblemTexts texts = new ProblemTexts(m);
        problems.getChildren().clear();
        for (Problem problem : p.problems()) {
            if (NOT_ON_A_FIELD.contains(problem.code())) {
                Label line = new Label(texts.describe(problem), new FontIcon(problem.blocking()
                        ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignA.ALERT_OUTLINE));
                line.setWrapText(true);
                line.getStyleClass().add(problem.blocking() ? Css.PROBLEM : "warning-text");
                problems.getChildren().add(line);
            }
        }
        problems.setVisible(!problems.getChildren().isEmpty());
    }

    private static void track(TextInputControl field, Consumer<TextInputControl> focused) {
        field.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                focused.accept(field);
            }
        });
    }

    /** Opens the history of one caption text. */
    @FunctionalInterface
    interface HistoryOpener {
        void open(Platform platform, CaptionField field);
    }
}
