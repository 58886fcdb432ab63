package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.FieldReport;
import id.rakit.compose.Problem;
import id.rakit.i18n.Messages;
import id.rakit.i18n.ProblemTexts;
import id.rakit.ui.common.Css;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A text field's count and problems, from the latest background check: the counter under it
 * ("297 / 280 · 2 tagar"), the first problem in words, and the ControlsFX decoration on the field.
 */
final class FieldCheck extends VBox {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final Label count = new Label();
    private final Label problem = new Label();

    FieldCheck(ValidationSupport support, Control field, ObservableValue<Optional<FieldReport>> report, Messages m,
               String id) {
        count.setId("count-" + id);
        count.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL, "field-count");
        problem.setId("problem-" + id);
        problem.getStyleClass().addAll(Css.PROBLEM, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(count, problem);
        ProblemTexts texts = new ProblemTexts(m);
        support.registerValidator(field, false, (Control c, Object value) -> report.getValue()
                .flatMap(r -> r.problems().stream().findFirst())
                .map(p -> ValidationResult.fromMessageIf(c, texts.describe(p),
                        p.blocking() ? Severity.ERROR : Severity.WARNING, true))
                .orElseGet(ValidationResult::new));
        report.addListener((obs, old, now) -> {
            show(now, m, texts);
            support.revalidate(field);
        });
        show(report.getValue(), m, texts);
    }

    private void show(Optional<FieldReport> report, Messages m, ProblemTexts texts) {
        count.setText(report.map(r -> CaptionCounter.line(m, r)).orElse(""));
        count.pseudoClassStateChanged(OVER, report.map(FieldReport::overLimit).orElse(false));
        Optional<Problem> first = report.flatMap(r -> r.problems().stream().findFirst());
        problem.setText(first.map(texts::describe).orElse(""));
        problem.setVisible(first.isPresent());
    }
}
