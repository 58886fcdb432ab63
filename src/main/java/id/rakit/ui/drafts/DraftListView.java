package id.rakit.ui.drafts;

import atlantafx.base.theme.Styles;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.ui.common.Css;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The drafts on the left: a search field and the list. */
public final class DraftListView extends VBox {

    public DraftListView(DraftListViewModel vm, EvidenceTexts texts) {
        var m = texts.messages();
        getStyleClass().add("draft-list");
        setSpacing(8);
        setPadding(new Insets(12));

        CustomTextField search = new CustomTextField();
        search.setId("draftSearch");
        search.setPromptText(m.get("drafts.search"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ListView<PostSummary> list = new ListView<>(vm.drafts());
        list.setId("draftList");
        list.setPlaceholder(new Label(m.get("drafts.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // cells as wide as the list, never wider: long titles are cut with "…", no sideways scrolling
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PostSummary p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(p.title().isBlank() ? m.get("post.untitled") : p.title());
                title.getStyleClass().add(Styles.TEXT_BOLD);
                String when = p.eventStart().map(t -> texts.date(t.toLocalDate())).orElse(m.get("post.noDate"));
                Label line = new Label(when + " · " + m.get("drafts.evidenceCount", p.evidenceCount())
                        + (p.status() == PostStatus.EXPORTED ? " · " + m.get("drafts.exported") : ""));
                line.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
                VBox box = new VBox(2, title, line);
                setGraphic(box);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        // the list replaces its items on refresh: keep the highlighted row on the open post
        vm.drafts().addListener((javafx.collections.ListChangeListener<PostSummary>) c -> {
            PostSummary s = vm.selectedProperty().get();
            if (s != null) {
                vm.drafts().stream().filter(p -> p.id() == s.id()).findFirst()
                        .ifPresent(p -> list.getSelectionModel().select(p));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label(m.get("drafts.heading"));
        heading.getStyleClass().add(Css.HEADING);
        getChildren().addAll(heading, search, list);
    }
}
