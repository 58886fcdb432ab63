package id.rakit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.PostDetails;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTest {

    static final PostDetails POST = new PostDetails("Gubernur Resmikan Jembatan Batang Anai", "Diskominfotik Sumbar",
            "Peresmian Jembatan Batang Anai", Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.empty(),
            ZoneId.of("Asia/Jakarta"), "Nagari Kasang, Padang Pariaman", Optional.empty());

    @Test
    void thePostsFieldsAreFilledInIndonesian() {
        Template t = new Template(1, "Rilis", "{opd} menggelar {acara} di {lokasi}, {tanggal}, pukul {waktu}.", false);
        assertThat(t.fill(POST, Map.of())).isEqualTo("Diskominfotik Sumbar menggelar Peresmian Jembatan Batang Anai di "
                + "Nagari Kasang, Padang Pariaman, Selasa, 17 September 2024, pukul 09.00 WIB.");
        assertThat(t.ownFields()).isEmpty();
    }

    @Test
    void theTimeZoneOfTheEventNamesTheTime() {
        PostDetails makassar = new PostDetails("", "", "", Optional.of(LocalDateTime.parse("2024-09-17T14:30")),
                Optional.empty(), ZoneId.of("Asia/Makassar"), "", Optional.empty());
        assertThat(new Template(1, "t", "{waktu}", false).fill(makassar, Map.of())).isEqualTo("14.30 WITA");
    }

    @Test
    void theAdminsOwnFieldsAreAskedForAndAFieldLeftEmptyStaysVisible() {
        Template example = WritingAids.example();
        assertThat(example.ownFields()).contains("kota", "inisial", "baca_juga");
        String filled = example.fill(POST, Map.of("kota", "PADANG", "inisial", "Adpsb"));
        assertThat(filled).startsWith("PADANG – Diskominfotik Sumbar menggelar Peresmian Jembatan Batang Anai");
        assertThat(filled).contains("Baca juga: {baca_juga}").endsWith("(Adpsb)");
    }

    @Test
    void valuesWithDollarsAndBackslashesAreTakenAsWritten() {
        Template t = new Template(1, "t", "Anggaran {nilai}", false);
        assertThat(t.fill(POST, Map.of("nilai", "Rp1.500.000 $1 \\n"))).isEqualTo("Anggaran Rp1.500.000 $1 \\n");
    }

    @Test
    void aPostWithoutDateLeavesItsDateFieldsForTheAdmin() {
        PostDetails undated = PostDetails.empty("", ZoneId.of("Asia/Jakarta"));
        assertThat(new Template(1, "t", "{tanggal} {waktu}", false).fill(undated, Map.of())).isEqualTo("{tanggal} {waktu}");
    }
}
