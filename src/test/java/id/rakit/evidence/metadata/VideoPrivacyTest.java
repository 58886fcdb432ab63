package id.rakit.evidence.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where and by whom a phone video was shot goes; every other byte stays where it was. */
class VideoPrivacyTest {

    static final Path PHONE = Path.of("src/test/resources/fixtures/bundle/phone-location.mp4");

    @TempDir
    Path temp;

    @Test
    void locationAndOwnerBoxesBecomeFreeSpaceOfTheSameSize() throws Exception {
        Path copy = Files.copy(PHONE, temp.resolve("copy.mp4"));
        assertThat(new MetadataReader().read(copy).gps()).isPresent();

        List<String> removed = MetadataReader.removeLocationAndOwner(copy);

        assertThat(removed).containsExactlyInAnyOrder("UserData auth", "UserData \u00a9xyz",
                "Keys com.apple.quicktime.author", "Keys com.apple.quicktime.location.ISO6709");
        byte[] before = Files.readAllBytes(PHONE);
        byte[] after = Files.readAllBytes(copy);
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed++;
            }
        }
        assertThat(changed).as("only the metadata changed").isBetween(20, 200);
        String text = new String(after, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Andi Saputra").doesNotContain("100.4172");
        var info = new MetadataReader().read(copy);
        assertThat(info.gps()).isEmpty();
        assertThat(info.make()).contains("Apple");
        assertThat(info.captureTime()).isPresent();
        assertThat(info.rotation()).isEqualTo(new MetadataReader().read(PHONE).rotation());

        // a second pass finds nothing more, and a file that is not ISO media is left alone
        assertThat(MetadataReader.removeLocationAndOwner(copy)).isEmpty();
        Path text2 = Files.writeString(temp.resolve("catatan.mp4"), "bukan video");
        assertThat(MetadataReader.removeLocationAndOwner(text2)).isEmpty();
        assertThat(Files.readString(text2)).isEqualTo("bukan video");
    }
}
