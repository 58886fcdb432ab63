package id.rakit.ui.drafts;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.post.Platform;
import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.ui.common.Css;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The posts on the left: a search field, a status filter, the list, and the bin. */
public final class DraftListView extends VBox {

    private final DraftListViewModel vm;
    private final EvidenceTexts texts;
    private final ListView<PostSummary> list;
    private boolean syncing;

    /**
     * @param brand    the application's name, at the top
     * @param newPost  the button that starts a new post, under it
     * @param language the language switch, at the bottom
     */
    public DraftListView(DraftListViewModel vm, EvidenceTexts texts, Node brand, javafx.scene.control.Button newPost,
                         Node language) {
        this.vm = vm;
        this.texts = texts;
        var m = texts.messages();
        getStyleClass().add("draft-list");
        setSpacing(8);
        setPadding(new Insets(12));

        Label heading = new Label();
        heading.getStyleClass().add(Css.HEADING);
        heading.textProperty().bind(vm.binProperty().map(b -> m.get(b ? "drafts.bin.heading" : "drafts.heading")));

        CustomTextField search = new CustomTextField();
        search.setId("draftSearch");
        search.setTooltip(id.rakit.ui.common.Shortcuts.SEARCH.tooltip(m));
        search.setPromptText(m.get("drafts.search"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ComboBox<Optional<PostStatus>> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().add(Optional.empty());
        for (PostStatus s : PostStatus.values()) {
            status.getItems().add(Optional.of(s));
        }
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<PostStatus> s) {
                return s == null || s.isEmpty() ? m.get("drafts.status.all") : m.get("status." + s.get().name());
            }

            @Override
            public Optional<PostStatus> fromString(String s) {
                return Optional.empty();
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        ComboBox<Optional<Platform>> platform = new ComboBox<>();
        platform.setId("platformFilter");
        platform.getItems().add(Optional.empty());
        Platform.targets().forEach(p -> platform.getItems().add(Optional.of(p)));
        platform.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Platform> p) {
                return p == null || p.isEmpty() ? m.get("drafts.platform.all") : m.get("platform." + p.get().code());
            }

            @Override
            public Optional<Platform> fromString(String s) {
                return Optional.empty();
            }
        });
        platform.valueProperty().bindBidirectional(vm.platformProperty());
        ComboBox<DraftListViewModel.Period> period = new ComboBox<>();
        period.setId("periodFilter");
        period.getItems().setAll(DraftListViewModel.Period.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(DraftListViewModel.Period p) {
                return p == null ? "" : m.get("drafts.period." + p.name());
            }

            @Override
            public DraftListViewModel.Period fromString(String s) {
                return DraftListViewModel.Period.ALL;
            }
        });
        period.valueProperty().bindBidirectional(vm.periodProperty());
        platform.setMaxWidth(Double.MAX_VALUE);
        period.setMaxWidth(Double.MAX_VALUE);
        VBox moreFilters = new VBox(6, platform, period);

        ToggleButton filters = new ToggleButton(null, new FontIcon(MaterialDesignF.FILTER_VARIANT));
        filters.setId("moreFilters");
        filters.getStyleClass().addAll(Styles.BUTTON_ICON);
        filters.setTooltip(new javafx.scene.control.Tooltip(m.get("drafts.filters")));
        filters.setMinWidth(Region.USE_PREF_SIZE);
        // the platform and date filters stay out of the way until asked for, and while they filter
        moreFilters.visibleProperty().bind(filters.selectedProperty().and(vm.binProperty().not()));
        moreFilters.managedProperty().bind(moreFilters.visibleProperty());
        Runnable markFilters = () -> filters.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"),
                vm.platformProperty().get().isPresent() || vm.periodProperty().get() != DraftListViewModel.Period.ALL);
        vm.platformProperty().addListener((obs, old, now) -> markFilters.run());
        vm.periodProperty().addListener((obs, old, now) -> markFilters.run());
        HBox filterRow = new HBox(6, status, filters);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        filterRow.visibleProperty().bind(vm.binProperty().not());
        filterRow.managedProperty().bind(filterRow.visibleProperty());

        javafx.scene.control.Button showMore = new javafx.scene.control.Button();
        showMore.setId("showMore");
        showMore.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        showMore.setMaxWidth(Double.MAX_VALUE);
        showMore.textProperty().bind(vm.moreProperty().map(n -> m.get("drafts.more",
                Math.min(n.intValue(), DraftListViewModel.PAGE), n.intValue())));
        showMore.visibleProperty().bind(vm.moreProperty().greaterThan(0));
        showMore.managedProperty().bind(showMore.visibleProperty());
        showMore.setOnAction(e -> vm.showMore());

        list = new ListView<>(vm.drafts());
        list.setId("draftList");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Css.MUTED);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.binProperty().get() ? "drafts.bin.empty"
                : vm.queryProperty().get().isBlank() && !vm.filtered() ? "drafts.empty"
                : "drafts.noMatch"), vm.binProperty(), vm.queryProperty(), vm.statusProperty(), vm.platformProperty(),
                vm.periodProperty()));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new PostCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && now.id() != vm.openIdProperty().get()) {
                vm.open(now);
            }
        });
        list.setOnKeyPressed(e -> {
            PostSummary p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.DELETE && !vm.binProperty().get()) {
                vm.moveToBin(p);
                e.consume();
            }
        });
        // the list replaces its items on refresh: keep the highlight on the open post
        vm.drafts().addListener((ListChangeListener<PostSummary>) c -> syncSelection());
        vm.openIdProperty().addListener((obs, old, now) -> syncSelection());
        VBox.setVgrow(list, Priority.ALWAYS);

        ToggleButton bin = new ToggleButton();
        bin.setId("binToggle");
        bin.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        bin.textProperty().bind(Bindings.createStringBinding(() -> vm.binProperty().get() ? m.get("drafts.bin.back")
                : m.get("drafts.bin.open", vm.binCountProperty().get()), vm.binProperty(), vm.binCountProperty()));
        bin.selectedProperty().bindBidirectional(vm.binProperty());
        bin.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        bin.setMinWidth(Region.USE_PREF_SIZE);
        Label binNote = new Label(m.get("drafts.bin.note"));
        binNote.setWrapText(true);
        binNote.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
        binNote.visibleProperty().bind(vm.binProperty());
        binNote.managedProperty().bind(binNote.visibleProperty());
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add(Css.PROBLEM);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        newPost.setMaxWidth(Double.MAX_VALUE);
        newPost.setTooltip(new javafx.scene.control.Tooltip(m.get("main.newPost.shortcut")));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox footer = new HBox(8, bin, grow, language);
        footer.setAlignment(Pos.CENTER_LEFT);
        heading.setPadding(new Insets(4, 0, 0, 0));
        getChildren().addAll(brand, newPost, heading, search, filterRow, moreFilters, binNote, list, showMore, problem,
                footer);
    }

    private void syncSelection() {
        syncing = true;
        try {
            long open = vm.openIdProperty().get();
            Optional<PostSummary> shown = vm.drafts().stream().filter(p -> p.id() == open).findFirst();
            if (shown.isPresent()) {
                list.getSelectionModel().select(shown.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    /** One post: its title (two lines at most), its date and evidence, and its status. */
    private final class PostCell extends ListCell<PostSummary> {
        private final Label title = new Label();
        private final Label line = new Label();
        private final Label status = new Label();
        private final VBox box;
        private final MenuItem open = new MenuItem();
        private final MenuItem duplicate = new MenuItem();
        private final MenuItem toBin = new MenuItem();
        private final MenuItem restore = new MenuItem();
        private final ContextMenu postMenu = new ContextMenu(open, duplicate, toBin);
        private final ContextMenu binMenu = new ContextMenu(restore);

        PostCell() {
            var m = texts.messages();
            // cells as wide as the list, never wider: long titles wrap, no sideways scrolling
            setPrefWidth(0);
            title.getStyleClass().addAll(Styles.TEXT_BOLD, "post-title");
            title.setWrapText(true);
            // the cell's height is asked for without a width: give the title the list's width so it wraps
            title.maxWidthProperty().bind(list.widthProperty().subtract(34));
            title.prefWidthProperty().bind(title.maxWidthProperty());
            title.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().addAll(Css.MUTED, Styles.TEXT_SMALL);
            line.setMinWidth(0);
            status.getStyleClass().addAll(Css.BADGE, "status-badge");
            // the status is read first and never cut; the date and count give way
            status.setMinWidth(Region.USE_PREF_SIZE);
            HBox meta = new HBox(6, status, line);
            meta.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, title, meta);
            open.setText(m.get("drafts.menu.open"));
            open.setOnAction(e -> act(vm::open));
            duplicate.setText(m.get("drafts.menu.duplicate"));
            duplicate.setGraphic(new FontIcon(MaterialDesignC.CONTENT_COPY));
            duplicate.setOnAction(e -> act(vm::duplicate));
            toBin.setText(m.get("drafts.menu.bin"));
            toBin.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
            toBin.setOnAction(e -> act(vm::moveToBin));
            restore.setText(m.get("drafts.menu.restore"));
            restore.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
            restore.setOnAction(e -> act(vm::restore));
            setOnMouseClicked(e -> {
                if (getItem() == null) {
                    return;
                }
                if (e.getButton() == MouseButton.PRIMARY) {
                    vm.open(getItem());
                } else if (e.getButton() == MouseButton.SECONDARY && getContextMenu() != null
                        && !getContextMenu().isShowing()) {
                    // where the system sends no menu request for a right click (a touch screen, a remote desktop)
                    getContextMenu().show(this, e.getScreenX(), e.getScreenY());
                }
            });
        }

        private void act(java.util.function.Consumer<PostSummary> command) {
            if (getItem() != null) {
                command.accept(getItem());
            }
        }

        @Override
        protected void updateItem(PostSummary p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            var m = texts.messages();
            title.setText(p.title().isBlank() ? m.get("post.untitled") : p.title());
            if (p.deletedAt().isPresent()) {
                line.setText(m.get("drafts.bin.deleted",
                        texts.date(p.deletedAt().get().atZone(ZoneId.systemDefault()).toLocalDate())));
            } else {
                String when = p.eventStart().map(t -> texts.date(t.toLocalDate())).orElse(m.get("post.noDate"));
                line.setText(when + " · " + m.get("drafts.evidenceCount", p.evidenceCount()));
            }
            boolean showStatus = p.status() != PostStatus.DRAFT && p.deletedAt().isEmpty();
            status.setText(m.get("status." + p.status().name()));
            status.getStyleClass().removeAll("status-READY", "status-EXPORTED", "status-PUBLISHED");
            status.getStyleClass().add("status-" + p.status().name());
            status.setVisible(showStatus);
            status.setManaged(showStatus);
            setGraphic(box);
            setContextMenu(p.deletedAt().isPresent() ? binMenu : postMenu);
        }
    }
}
