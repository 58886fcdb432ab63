package id.rakit.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.example.ExamplePost;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.TimeZones;
import id.rakit.settings.UnitLogo;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pengaturan saves each change as it is made, and the rest of Rakit reads it at its next use. */
class SettingsViewModelTest {

    @TempDir
    Path temp;

    private SettingsViewModel page(Workbench w, List<Locale> switched) {
        return new SettingsViewModel(new SettingsViewModel.Services(w.settings,
                new ExamplePost(w.posts, w.ingest, w.evidence, w.settings), new UnitLogo(temp), w.tasks, w.state, temp,
                switched::add), w.messages);
    }

    @Test
    void aChangedProfileFeedsTheNextNewPost() {
        try (Workbench w = new Workbench(temp)) {
            SettingsViewModel vm = page(w, new ArrayList<>());
            ProfileForm form = vm.form();
            form.unitNameProperty().set("Diskominfo Kabupaten Agam");
            form.platforms().get(Platform.FACEBOOK).set(true);
            form.zoneProperty().set(TimeZones.WIT);
            assertThat(w.settings.unitName()).as("written after the typing pauses").isEmpty();
            w.tasks.runDelayed();
            assertThat(vm.savedProperty().get()).isEqualTo("Tersimpan");
            assertThat(w.settings.unitName()).isEqualTo("Diskominfo Kabupaten Agam");
            assertThat(w.settings.platforms()).containsExactly(Platform.FACEBOOK);
            assertThat(vm.changed()).isTrue();

            Post draft = w.posts.createDraft();
            assertThat(draft.details().unit()).isEqualTo("Diskominfo Kabupaten Agam");
            assertThat(draft.composition().targets()).containsExactly(Platform.FACEBOOK);
        }
    }

    @Test
    void whatCannotBeUsedIsNamedAndTheRestIsSaved() {
        try (Workbench w = new Workbench(temp)) {
            SettingsViewModel vm = page(w, new ArrayList<>());
            vm.form().hashtagsProperty().set("#AgamMaju humas agam!");
            vm.form().initialsProperty().set("R.M.");
            w.tasks.runDelayed();
            assertThat(vm.problemProperty().get()).contains("agam!").contains("\"R.M.\"");
            assertThat(w.settings.hashtags()).containsExactly("#AgamMaju", "#humas");
            assertThat(w.settings.initials()).isEmpty();
        }
    }

    @Test
    void closingWritesWhatIsStillWaiting() {
        try (Workbench w = new Workbench(temp)) {
            SettingsViewModel vm = page(w, new ArrayList<>());
            vm.form().adminNameProperty().set("Rina Marlina");
            vm.saveNow();
            assertThat(w.settings.adminName()).isEqualTo("Rina Marlina");
            assertThat(w.settings.initials()).isEqualTo("RM");
        }
    }

    @Test
    void foldersAndLanguage() {
        try (Workbench w = new Workbench(temp)) {
            List<Locale> switched = new ArrayList<>();
            SettingsViewModel vm = page(w, switched);
            assertThat(vm.exportFolderProperty().get()).isEmpty();
            vm.chooseExportFolder(temp.resolve("Bundel"));
            vm.chooseBackupFolder(temp.resolve("Cadangan"));
            assertThat(w.settings.exportFolder()).contains(temp.resolve("Bundel"));
            assertThat(w.settings.backupFolder()).contains(temp.resolve("Cadangan"));
            assertThat(vm.dataFolder()).isEqualTo(temp);

            vm.languageProperty().set(Locale.ENGLISH);
            assertThat(switched).containsExactly(Locale.ENGLISH);
        }
    }

    @Test
    void theExampleCanBeRemovedAndMadeAgain() {
        try (Workbench w = new Workbench(temp)) {
            SettingsViewModel vm = page(w, new ArrayList<>());
            assertThat(vm.examplePresentProperty().get()).isFalse();
            vm.createExample();
            assertThat(vm.examplePresentProperty().get()).isTrue();
            assertThat(w.state.openPost()).hasValueSatisfying(p -> assertThat(p.details().title()).startsWith("Contoh:"));
            vm.removeExample();
            assertThat(vm.examplePresentProperty().get()).isFalse();
            assertThat(w.state.openPost()).isEmpty();
            assertThat(w.state.newsProperty().get().text()).isEqualTo("Unggahan contoh dipindahkan ke Sampah.");
            // a fresh page reads it from the data
            assertThat(page(w, new ArrayList<>()).examplePresentProperty().get()).isFalse();
        }
    }

    @Test
    void aLogoThatIsNotAPictureIsRefusedWithItsReason() throws Exception {
        try (Workbench w = new Workbench(temp)) {
            SettingsViewModel vm = page(w, new ArrayList<>());
            vm.chooseLogo(java.nio.file.Files.writeString(temp.resolve("logo.png"), "teks"));
            assertThat(vm.logoProblemProperty().get()).startsWith("Logo tidak dipakai. Berkas ini bukan gambar PNG atau JPEG");
            assertThat(vm.form().logoProperty().get()).isEmpty();
            vm.chooseLogo(Path.of("assets/rakit-256.png"));
            assertThat(vm.logoProblemProperty().get()).isEmpty();
            w.tasks.runDelayed();
            assertThat(w.settings.logo()).contains(temp.resolve("profile/logo.png"));
        }
    }
}
