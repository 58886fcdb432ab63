package id.rakit.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.PostStatus;
import id.rakit.post.PostSummary;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftListViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    DraftListViewModel vm;
    final List<String> asked = new ArrayList<>();

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2024, 9, 20);

    @BeforeEach
    void open() {
        bench = new Workbench(dir);
        vm = new DraftListViewModel(bench.posts, bench.tasks, bench.state, bench.messages,
                new DraftListViewModel.PostActions() {
                    public void open(long id) {
                        asked.add("open " + id);
                    }

                    public void duplicate(long id) {
                        asked.add("duplicate " + id);
                    }

                    public void moveToBin(long id) {
                        asked.add("bin " + id);
                    }

                    public void restore(long id) {
                        asked.add("restore " + id);
                    }
                }, () -> TODAY);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private long post(String title) {
        var p = bench.posts.createDraft();
        bench.posts.editDetails(p.id(), p.details().withTitle(title));
        bench.posts.flush();
        return p.id();
    }

    @Test
    void typingRunsOneSearchAfterThePauseNotOnePerKey() {
        post("Banjir Agam");
        post("Festival Tabuik");
        vm.refresh();
        assertThat(vm.drafts()).hasSize(2);
        for (String typed : List.of("t", "ta", "tab", "tabu")) {
            vm.queryProperty().set(typed);
        }
        assertThat(vm.drafts()).as("nothing searched while typing").hasSize(2);
        bench.tasks.runDelayed();
        assertThat(vm.drafts()).extracting(PostSummary::title).containsExactly("Festival Tabuik");
    }

    @Test
    void theBinShowsDeletedPostsAndTheStatusFilterNarrowsTheList() {
        long a = post("Banjir Agam");
        long b = post("Festival Tabuik");
        bench.posts.markReady(b);
        bench.posts.moveToBin(a);
        vm.refresh();
        assertThat(vm.drafts()).extracting(PostSummary::id).containsExactly(b);
        assertThat(vm.binCountProperty().get()).isEqualTo(1);
        vm.statusProperty().set(Optional.of(PostStatus.DRAFT));
        assertThat(vm.drafts()).isEmpty();
        vm.statusProperty().set(Optional.of(PostStatus.READY));
        assertThat(vm.drafts()).extracting(PostSummary::id).containsExactly(b);
        vm.binProperty().set(true);
        assertThat(vm.drafts()).extracting(PostSummary::id).containsExactly(a);
        vm.open(vm.drafts().get(0));
        assertThat(asked).as("a post in the bin is restored, not opened").isEmpty();
        vm.restore(vm.drafts().get(0));
        assertThat(asked).containsExactly("restore " + a);
    }

    @Test
    void theOpenPostIsTheOneTheListHighlights() {
        long a = post("Banjir Agam");
        bench.state.open(bench.posts.find(a).orElseThrow());
        assertThat(vm.openIdProperty().get()).isEqualTo(a);
        bench.state.open(null);
        assertThat(vm.openIdProperty().get()).isEqualTo(-1);
    }

    @Test
    void aListThatCannotBeReadSaysWhy() {
        post("Banjir Agam");
        bench.database.close();
        vm.refresh();
        assertThat(vm.problemProperty().get()).startsWith("Daftar unggahan tidak dapat dibaca.");
    }
}
