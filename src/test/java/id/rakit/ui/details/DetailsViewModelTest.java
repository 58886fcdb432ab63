package id.rakit.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.Post;
import id.rakit.post.PostDetails;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailsViewModelTest {

    @TempDir
    Path dir;

    Workbench bench;
    DetailsViewModel vm;
    Post post;

    @BeforeEach
    void open() {
        bench = new Workbench(dir);
        vm = new DetailsViewModel(bench.posts, bench.state);
        post = bench.posts.createDraft();
        bench.state.open(post);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private PostDetails saved() {
        bench.posts.flush();
        return bench.stored.find(post.id()).orElseThrow().details();
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsNamedAndNeverMovedToAnotherDay() {
        vm.startDateProperty().set("31/02/2024");
        assertThat(vm.problems()).containsExactly(new DetailsViewModel.Problem("details.problem.startDate", "31/02/2024"));
        assertThat(saved().eventStart()).as("nothing guessed").isEmpty();
        vm.startDateProperty().set("29/02/2024");
        assertThat(vm.problems()).isEmpty();
        assertThat(saved().eventStart()).contains(LocalDateTime.parse("2024-02-29T00:00"));
    }

    @Test
    void aTypedDateIsSavedWithoutEnterAndBlankTimesMeanTheWholeDay() {
        vm.startDateProperty().set("17/09/2024");
        assertThat(vm.wholeDayProperty().get()).isTrue();
        PostDetails d = saved();
        assertThat(d.eventStart()).contains(LocalDateTime.parse("2024-09-17T00:00"));
        assertThat(d.eventEnd()).contains(LocalDateTime.parse("2024-09-17T23:59:59"));
        vm.startTimeProperty().set("9.00");
        assertThat(vm.wholeDayProperty().get()).isFalse();
        assertThat(saved().eventStart()).contains(LocalDateTime.parse("2024-09-17T09:00"));
    }

    @Test
    void timesAndCoordinatesThatCannotBeReadAreNamedWithWhatWasTyped() {
        vm.startDateProperty().set("17/09/2024");
        vm.startTimeProperty().set("jam 9");
        vm.venueLocationProperty().set("Padang");
        assertThat(vm.problems()).extracting(DetailsViewModel.Problem::key)
                .containsExactly("details.problem.startTime", "details.problem.location");
        assertThat(vm.problems()).extracting(DetailsViewModel.Problem::typed).containsExactly("jam 9", "Padang");
        vm.startTimeProperty().set("14.00");
        vm.endTimeProperty().set("12.00");
        assertThat(vm.problems()).extracting(DetailsViewModel.Problem::key).contains("details.problem.endBeforeStart");
    }

    @Test
    void theFormFollowsTheOpenPostAndEditsGoToThePostTheyWereTypedInto() {
        vm.titleProperty().set("Pertama");
        Post second = bench.posts.create(PostDetails.empty("", post.details().eventZone()).withTitle("Kedua"));
        bench.state.open(second);
        assertThat(vm.titleProperty().get()).isEqualTo("Kedua");
        vm.titleProperty().set("Kedua diubah");
        bench.posts.flush();
        assertThat(bench.stored.find(post.id()).orElseThrow().details().title()).isEqualTo("Pertama");
        assertThat(bench.stored.find(second.id()).orElseThrow().details().title()).isEqualTo("Kedua diubah");
        assertThat(bench.state.openPost().orElseThrow().details().title()).isEqualTo("Kedua diubah");
    }

    @Test
    void aStoredEventReadsBackAsTyped() {
        vm.startDateProperty().set("17/09/2024");
        vm.startTimeProperty().set("09.00");
        vm.endTimeProperty().set("12.00");
        bench.posts.flush();
        bench.state.open(null);
        assertThat(vm.startDateProperty().get()).isEmpty();
        bench.state.open(bench.posts.find(post.id()).orElseThrow());
        assertThat(vm.startDateProperty().get()).isEqualTo("17/09/2024");
        assertThat(vm.startTimeProperty().get()).isEqualTo("09.00");
        assertThat(vm.endDateProperty().get()).isEmpty();
        assertThat(vm.endTimeProperty().get()).isEqualTo("12.00");
        assertThat(vm.isUntouched()).isFalse();
    }
}
