package id.rakit.ui.compose;

import atlantafx.base.theme.Styles;
import id.rakit.compose.Snippet;
import id.rakit.compose.Template;
import id.rakit.i18n.Messages;
import id.rakit.ui.common.Css;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The texts an admin puts in often, a click away: hashtag sets, mention lists and closing lines,
 * the first nine also on Alt+1 to Alt+9, and the templates.
 */
final class InsertPanel extends VBox {

    /** How many snippets have a shortcut (Alt+1 to Alt+9). */
    static final int SHORTCUTS = 9;

    private final ComposeViewModel vm;
    private final Messages m;
    private final Consumer<Snippet> insert;
    private final Consumer<Template> useTemplate;
    private final VBox snippetRows = new VBox(4);
    private final VBox templateRows = new VBox(4);

    InsertPanel(ComposeViewModel vm, Messages m, Consumer<Snippet> insert, Consumer<Template> useTemplate,
                Runnable manageSnippets) {
        this.vm = vm;
        this.m = m;
        this.insert = insert;
        this.useTemplate = useTemplate;
        setSpacing(8);
        setPadding(new Insets(10));
        getStyleClass().add("insert-panel");
        Label hint = new Label(m.get("snippet.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        snippetRows.setId("snippets");
        Button manage = new Button(m.get("snippet.manage"), new FontIcon(MaterialDesignC.COG_OUTLINE));
        manage.setId("manageSnippets");
        manage.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        manage.setOnAction(e -> manageSnippets.run());
        Label templatesHeading = new Label(m.get("template.heading"));
        templatesHeading.getStyleClass().add(Css.SECTION);
        templateRows.setId("templates");
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.snippets()));
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(hint, snippetRows, manage, templatesHeading, templateRows);
        vm.snippets().addListener((ListChangeListener<Snippet>) c -> drawSnippets());
        vm.templates().addListener((ListChangeListener<Template>) c -> drawTemplates());
        drawSnippets();
        drawTemplates();
    }

    /** The snippet on Alt+{@code n} (1-based), in the order shown. */
    java.util.Optional<Snippet> shortcut(int n) {
        List<Snippet> all = vm.snippets();
        return n >= 1 && n <= Math.min(SHORTCUTS, all.size()) ? java.util.Optional.of(all.get(n - 1))
                : java.util.Optional.empty();
    }

    private void drawSnippets() {
        snippetRows.getChildren().clear();
        Snippet.Kind shown = null;
        int n = 0;
        for (Snippet s : vm.snippets()) {
            n++;
            if (s.kind() != shown) {
                shown = s.kind();
                Label kind = new Label(m.get("snippet.kind." + s.kind().name()));
                kind.getStyleClass().add(Css.SECTION);
                snippetRows.getChildren().add(kind);
            }
            snippetRows.getChildren().add(row(s, n));
        }
        if (vm.snippets().isEmpty()) {
            Label none = new Label(m.get("snippet.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            snippetRows.getChildren().add(none);
        }
    }

    private HBox row(Snippet s, int n) {
        Button use = new Button(s.name());
        use.setId("snippet-" + n);
        use.getStyleClass().addAll(Styles.SMALL);
        use.setMaxWidth(Double.MAX_VALUE);
        use.setAlignment(Pos.CENTER_LEFT);
        use.setTextOverrun(OverrunStyle.ELLIPSIS);
        use.setTooltip(new Tooltip(s.text()));
        use.setOnAction(e -> insert.accept(s));
        HBox.setHgrow(use, Priority.ALWAYS);
        HBox row = new HBox(6, use);
        row.setAlignment(Pos.CENTER_LEFT);
        if (n <= SHORTCUTS) {
            Label key = new Label(m.get("snippet.shortcut", n));
            key.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL, "shortcut-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.getChildren().add(key);
        }
        return row;
    }

    private void drawTemplates() {
        templateRows.getChildren().clear();
        for (Template t : vm.templates()) {
            Button use = new Button(TemplateDialog.name(m, t), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
            use.setId(t.builtIn() ? "template-example" : "template-" + t.id());
            use.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            use.setMaxWidth(Double.MAX_VALUE);
            use.setAlignment(Pos.CENTER_LEFT);
            use.setOnAction(e -> useTemplate.accept(t));
            templateRows.getChildren().add(use);
        }
    }
}
