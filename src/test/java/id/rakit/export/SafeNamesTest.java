package id.rakit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from titles and original files, as Windows and Linux both accept them. */
class SafeNamesTest {

    static final LocalDate DAY = LocalDate.parse("2024-09-17");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Rapat Koordinasi Admin Medsos | 2024-09-17_rapat-koordinasi-admin-medsos",
        "CON | 2024-09-17_con",
        "con.txt | 2024-09-17_con-txt",
        "NUL | 2024-09-17_nul",
        "COM1 | 2024-09-17_com1",
        "LPT9. | 2024-09-17_lpt9",
        "'..' | 2024-09-17_unggahan-42",
        "../../etc/passwd | 2024-09-17_etc-passwd",
        "'a/b\\c:d*e?f\"g<h>i|j' | 2024-09-17_a-b-c-d-e-f-g-h-i-j",
        "'Selesai...   ' | 2024-09-17_selesai",
        "'   ' | 2024-09-17_unggahan-42",
        "日本語のタイトル | 2024-09-17_unggahan-42",
        "🎉🎉🎉 | 2024-09-17_unggahan-42",
        "Sosialisasi Perda No. 5/2024 — Kabupaten Agam | 2024-09-17_sosialisasi-perda-no-5-2024-kabupaten-agam",
        "Kunjungan Kerja ke Nagari Pariangan, Tanah Datar: Peresmian Balai Adat dan Penyerahan Bantuan | "
            + "2024-09-17_kunjungan-kerja-ke-nagari-pariangan-tanah-datar-peresmian",
        "Pelantikan Pejabat Eselon II Pemerintah Provinsi Sumatera Barat Tahun Anggaran 2024 | "
            + "2024-09-17_pelantikan-pejabat-eselon-ii-pemerintah-provinsi-sumatera",
        "Café «Bundo» Ñagari | 2024-09-17_cafe-bundo-nagari",
        "'\u0000\u0007tab\tnewline\n' | 2024-09-17_tab-newline"
    })
    void hostileTitlesGiveSafeFolderNames(String title, String expected) {
        String name = SafeNames.folderName(DAY, title, 42, SafeNames.MAX_SLUG);
        assertThat(name).isEqualTo(expected);
        assertThat(SafeNames.isSafe(name)).isTrue();
        assertThat(name).doesNotContain("/", "\\", "..").hasSizeLessThanOrEqualTo(11 + SafeNames.MAX_SLUG);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "IMG_0012.JPG | IMG_0012.JPG",
        "CON.jpg | _CON.jpg",
        "aux | _aux",
        "'com3 .mp4' | _com3 .mp4",
        "'foto: rapat?.jpg' | foto_ rapat_.jpg",
        "'akhir titik. ' | akhir titik",
        "'..' | berkas",
        "'../../rahasia.jpg' | .._.._rahasia.jpg",
        "'a<b>c|d*e\"f.png' | a_b_c_d_e_f.png"
    })
    void hostileFileNamesAreWrittenUnderSafeOnes(String original, String expected) {
        String name = SafeNames.fileName(original);
        assertThat(name).isEqualTo(expected);
        assertThat(SafeNames.isSafe(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con.txt", "Nul.jpg", "COM1", "lpt9.tar.gz", "COM¹", "CONIN$"})
    void windowsDeviceNamesAreReservedWhateverTheirCaseAndExtension(String name) {
        assertThat(SafeNames.isReserved(name)).isTrue();
        assertThat(SafeNames.isSafe(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console.jpg", "com10", "nullable", "CONTOH", "2024-09-17_con"})
    void namesThatOnlyLookLikeDevicesAreFine(String name) {
        assertThat(SafeNames.isReserved(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "akhir.", "akhir ", "a/b", "a\\b", "a:b", "a\u0001b"})
    void unsafeNamesAreRecognised(String name) {
        assertThat(SafeNames.isSafe(name)).isFalse();
    }
}
