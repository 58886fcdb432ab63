package id.rakit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.compose.TextDiff.Run;
import id.rakit.compose.TextDiff.Run.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String join(List<Run> runs) {
        return String.join("", runs.stream().map(Run::text).toList());
    }

    @Test
    void wordsThatWentAndCameAreMarkedOnTheirSide() {
        TextDiff.SideBySide d = TextDiff.compare("Gubernur meresmikan jembatan lama", "Gubernur meresmikan jembatan baru hari ini");
        assertThat(d.older()).contains(new Run(Kind.REMOVED, "lama"));
        assertThat(d.newer()).anyMatch(r -> r.kind() == Kind.ADDED && r.text().contains("baru"));
        assertThat(d.older()).noneMatch(r -> r.kind() == Kind.ADDED);
        assertThat(d.newer()).noneMatch(r -> r.kind() == Kind.REMOVED);
        assertThat(d.same()).isFalse();
    }

    @Test
    void eachSideReadsBackAsItsVersionExactly() {
        String older = "Baris satu\n\nBaris  dua 🇮🇩 #Tagar";
        String newer = "Baris satu\nBaris dua 👍🏽 #Tagar\tbaru";
        TextDiff.SideBySide d = TextDiff.compare(older, newer);
        assertThat(join(d.older())).isEqualTo(older);
        assertThat(join(d.newer())).isEqualTo(newer);
    }

    @Test
    void theSameTextIsSaidToBeTheSame() {
        assertThat(TextDiff.compare("sama", "sama").same()).isTrue();
        assertThat(TextDiff.compare("", "").same()).isTrue();
    }
}
