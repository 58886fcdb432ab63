package id.rakit.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.Flag;
import id.rakit.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bantuan explains every sign a tile can show and lists the shortcuts that work, in both languages. */
class HelpViewModelTest {

    @Test
    void everyFlagAndBadgeIsExplainedWithWhatToDo() {
        for (Messages m : new Messages[] {Messages.indonesian(), Messages.of(Locale.ENGLISH)}) {
            HelpViewModel help = new HelpViewModel(m);
            assertThat(help.steps()).hasSize(5);
            assertThat(help.flags()).extracting(HelpViewModel.Sign::label).containsAll(
                    Arrays.stream(Flag.values()).map(f -> m.get("flag." + f.name())).toList());
            assertThat(help.flags()).extracting(HelpViewModel.Sign::label).contains(m.get("tile.corrected"));
            assertThat(help.badges()).extracting(HelpViewModel.Sign::label).contains(m.get("verdict.ON_TIME"),
                    m.get("verdict.NO_TIMESTAMP"), m.get("tile.review"), m.get("tile.accepted"));
            for (HelpViewModel.Sign s : help.badges().size() > 0 ? concat(help) : new HelpViewModel.Sign[0]) {
                assertThat(s.meaning()).as(s.label()).isNotBlank().doesNotStartWith("!");
                assertThat(s.action()).as(s.label()).isNotBlank().doesNotStartWith("!");
            }
        }
        assertThat(new HelpViewModel(Messages.indonesian()).badges().get(1).label()).isEqualTo("2 hari sebelum acara");
    }

    private static HelpViewModel.Sign[] concat(HelpViewModel help) {
        return java.util.stream.Stream.concat(help.badges().stream(), help.flags().stream())
                .toArray(HelpViewModel.Sign[]::new);
    }

    @Test
    void onlyTheShortcutsThatWorkAreListed() {
        HelpViewModel help = new HelpViewModel(Messages.indonesian());
        assertThat(help.shortcuts()).extracting(HelpViewModel.Key::action).contains("Unggahan baru", "Ekspor bundel",
                "Cari unggahan", "Bukti berikutnya", "Perbesar teks", "Perkecil teks");
        assertThat(help.shortcuts()).extracting(HelpViewModel.Key::keys).contains("Ctrl+N", "Ctrl+E", "Ctrl+F", "F1",
                "Esc", "Alt+1 … Alt+9");
    }
}
