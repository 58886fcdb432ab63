package id.rakit.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.TimeZones;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit profile as Settings keeps it, the hashtags as typed, and the logo's copy. */
class ProfileSettingsTest {

    @TempDir
    Path temp;

    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings(new KeyValueStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        });
    }

    @Test
    void theProfileComesBackAsSavedAndTheWelcomeIsAskedOnce() {
        Settings s = inMemory();
        assertThat(s.needsWelcome()).isTrue();
        assertThat(s.profile()).isEqualTo(UnitProfile.EMPTY);
        // a caption's history still names someone: the name the admin signed in to the computer with
        assertThat(s.adminName()).isEqualTo(System.getProperty("user.name", ""));
        UnitProfile p = new UnitProfile(" Diskominfotik Kota Padang ", "Rina Marlina", "RM", TimeZones.WITA,
                List.of(Platform.WEBSITE, Platform.INSTAGRAM), List.of("#PadangKota", "#Humas"),
                Optional.of(temp.resolve("profile/logo.png")));
        s.saveProfile(p);
        UnitProfile back = s.profile();
        assertThat(back.unitName()).isEqualTo("Diskominfotik Kota Padang");
        // the window's order, whatever order they were picked in
        assertThat(back.platforms()).containsExactly(Platform.INSTAGRAM, Platform.WEBSITE);
        assertThat(back.hashtags()).containsExactly("#PadangKota", "#Humas");
        assertThat(back.zone()).isEqualTo(TimeZones.WITA);
        assertThat(back.logo()).contains(temp.resolve("profile/logo.png").toAbsolutePath());
        assertThat(s.needsWelcome()).as("a unit with a name needs no welcome").isFalse();

        Settings skipped = inMemory();
        skipped.setWelcomed();
        assertThat(skipped.needsWelcome()).isFalse();
    }

    @Test
    void initialsLeaveTitlesOut() {
        assertThat(UnitProfile.initialsOf("Rina Marlina")).isEqualTo("RM");
        assertThat(UnitProfile.initialsOf("Drs. H. Ahmad Yani, M.Si.")).isEqualTo("AY");
        assertThat(UnitProfile.initialsOf("  ")).isEmpty();
        assertThat(UnitProfile.initialsOf("Made Wira Adi Putra Suardana")).isEqualTo("MWAP");
    }

    @Test
    void hashtagsAreReadAsOfficesWriteThem() {
        Hashtags.Parsed p = Hashtags.parse("#SumbarMaju, DiskominfotikSumbar ##Humas_Sumbar #sumbarmaju humas-sumbar #2024");
        assertThat(p.hashtags()).containsExactly("#SumbarMaju", "#DiskominfotikSumbar", "#Humas_Sumbar");
        assertThat(p.invalid()).containsExactly("humas-sumbar", "#2024");
        assertThat(Hashtags.parse("").hashtags()).isEmpty();
        assertThat(Hashtags.parse("#BanggaMelayaniBangsa #ÖsterreichHilft").invalid()).isEmpty();
    }

    @Test
    void theLogoIsCopiedInAndOnlyPicturesAreTaken() throws Exception {
        UnitLogo logos = new UnitLogo(temp.resolve("data"));
        Path copy = logos.store(Path.of("assets/rakit-256.png"));
        assertThat(copy).isEqualTo(temp.resolve("data/profile/logo.png"));
        assertThat(Files.mismatch(copy, Path.of("assets/rakit-256.png"))).isEqualTo(-1);
        Path jpeg = logos.store(Path.of("src/main/resources/id/rakit/example/contoh-01.jpg"));
        assertThat(jpeg.getFileName().toString()).isEqualTo("logo.jpg");
        assertThat(copy).as("one logo at a time").doesNotExist();

        Path text = Files.writeString(temp.resolve("logo.png"), "bukan gambar");
        Causes causes = new Causes(Messages.indonesian());
        assertThatThrownBy(() -> logos.store(text)).satisfies(e -> assertThat(causes.describe(e))
                .isEqualTo("Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca. Pilih logo dalam format PNG atau JPEG."));
        Path truncated = temp.resolve("cut.png");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(Path.of("assets/rakit-256.png")), 20));
        assertThatThrownBy(() -> logos.store(truncated)).satisfies(e -> assertThat(causes.describe(e)).startsWith("Berkas ini bukan gambar"));
        assertThatThrownBy(() -> logos.store(temp.resolve("gone.png")))
                .satisfies(e -> assertThat(causes.describe(e)).startsWith("Berkas atau folder tidak ditemukan"));
        logos.remove();
        assertThat(jpeg).doesNotExist();
    }
}
