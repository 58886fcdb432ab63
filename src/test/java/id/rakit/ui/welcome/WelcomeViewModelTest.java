package id.rakit.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.example.ExamplePost;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.settings.UnitLogo;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three steps, each complete before the next, and a welcome that ends with the profile saved. */
class WelcomeViewModelTest {

    @TempDir
    Path temp;

    private final List<Optional<Post>> ended = new ArrayList<>();

    private WelcomeViewModel welcome(Workbench w) {
        return new WelcomeViewModel(new WelcomeViewModel.Services(w.settings,
                new ExamplePost(w.posts, w.ingest, w.evidence, w.settings), new UnitLogo(temp), w.tasks), w.messages,
                ended::add);
    }

    @Test
    void eachStepAsksForWhatItNeeds() {
        try (Workbench w = new Workbench(temp)) {
            WelcomeViewModel vm = welcome(w);
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(WelcomeViewModel.UNIT);
            assertThat(vm.problemProperty().get()).isEqualTo("Isi nama OPD, mis. Diskominfotik Provinsi Sumatera Barat. "
                    + "Isi nama Anda; nama ini tercatat pada riwayat versi keterangan.");
            vm.form().unitNameProperty().set("Diskominfo Kota Bukittinggi");
            assertThat(vm.problemProperty().get()).as("mended at once").doesNotContain("OPD");
            vm.form().adminNameProperty().set("Yusuf Hamdani");
            assertThat(vm.problemProperty().get()).isEmpty();
            assertThat(vm.form().initialsProperty().get()).isEqualTo("YH");
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(WelcomeViewModel.CHANNELS);

            vm.form().hashtagsProperty().set("#Bukittinggi jam-gadang");
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(WelcomeViewModel.CHANNELS);
            assertThat(vm.problemProperty().get()).contains("jam-gadang");
            vm.form().hashtagsProperty().set("#Bukittinggi #JamGadang");
            vm.form().platforms().get(Platform.TIKTOK).set(true);
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(WelcomeViewModel.START);
            assertThat(vm.summaryProperty().get()).contains("Diskominfo Kota Bukittinggi", "Yusuf Hamdani (YH)",
                    "WIB (UTC+7)", "TikTok", "#Bukittinggi #JamGadang");
            vm.back();
            assertThat(vm.stepProperty().get()).isEqualTo(WelcomeViewModel.CHANNELS);
        }
    }

    @Test
    void finishingSavesTheProfileAndMakesTheExample() {
        try (Workbench w = new Workbench(temp)) {
            WelcomeViewModel vm = welcome(w);
            vm.form().unitNameProperty().set("Diskominfo Kota Bukittinggi");
            vm.form().adminNameProperty().set("Yusuf Hamdani");
            vm.form().platforms().get(Platform.INSTAGRAM).set(true);
            vm.finish();
            assertThat(ended).singleElement().satisfies(made -> assertThat(made).hasValueSatisfying(
                    p -> assertThat(p.details().unit()).isEqualTo("Diskominfo Kota Bukittinggi")));
            assertThat(w.settings.needsWelcome()).isFalse();
            assertThat(w.settings.profile().platforms()).containsExactly(Platform.INSTAGRAM);
            assertThat(w.settings.lastPost()).contains(ended.get(0).get().id());
            assertThat(w.posts.search(PostQuery.ALL)).hasSize(2);
        }
    }

    @Test
    void withoutTheExampleNoPostIsMade() {
        try (Workbench w = new Workbench(temp)) {
            WelcomeViewModel vm = welcome(w);
            vm.form().unitNameProperty().set("Diskominfo Kota Bukittinggi");
            vm.form().adminNameProperty().set("Yusuf Hamdani");
            vm.makeExampleProperty().set(false);
            vm.finish();
            assertThat(ended).containsExactly(Optional.empty());
            assertThat(w.posts.search(PostQuery.ALL)).isEmpty();
            assertThat(w.settings.unitName()).isEqualTo("Diskominfo Kota Bukittinggi");
        }
    }

    @Test
    void aFullDiskIsNamedAndTheWelcomeStays() {
        try (Workbench w = new Workbench(temp)) {
            WelcomeViewModel vm = welcome(w);
            vm.form().unitNameProperty().set("Diskominfo Kota Bukittinggi");
            vm.form().adminNameProperty().set("Yusuf Hamdani");
            w.diskFull.set(true);
            vm.finish();
            assertThat(ended).isEmpty();
            assertThat(vm.problemProperty().get()).startsWith("Unggahan contoh tidak dapat dibuat. Disk penuh.");
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }
}
