package id.rakit.evidence.metadata;

import id.rakit.evidence.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFormatTest {

    @ParameterizedTest
    @CsvSource({"'qt  ', MOV", "isom, MP4", "mp42, MP4", "3gp4, 3GP", "'M4V ', M4V", "heic, HEIC", "mif1, HEIF",
            "'crx ', CR3", "avif, AVIF", "'M4A ', M4A"})
    void isoMediaByMajorBrand(String brand, String format) {
        assertThat(ContentFormat.detect(head("\0\0\0\u0018ftyp" + brand + "\0\0\0\0isom"))).isEqualTo(format);
    }

    @Test
    void quickTimeWithoutFileTypeBox() {
        assertThat(ContentFormat.detect(head("\0\0\0\u0008wide\0\0\0\u0010mdat"))).isEqualTo("MOV");
    }

    @Test
    void signatures() {
        assertThat(ContentFormat.detect(head("\u00FF\u00D8\u00FF\u00E1\0\u0010Exif\0\0"))).isEqualTo("JPEG");
        assertThat(ContentFormat.detect(head("II*\0\u0008\0\0\0"))).isEqualTo("TIFF");
        assertThat(ContentFormat.detect(head("FOVb\u0003\0\u0002\0"))).isEqualTo("X3F");
        assertThat(ContentFormat.detect(head("RIFF\u0010\0\0\0AVI LIST"))).isEqualTo("AVI");
        assertThat(ContentFormat.detect(head("RIFF\u0010\0\0\0WEBPVP8 "))).isEqualTo("WEBP");
        assertThat(ContentFormat.detect(head("\u001A\u0045\u00DF\u00A3\u0093\u0042\u0082\u0088matroska")))
                .isEqualTo("MKV");
        assertThat(ContentFormat.detect(head("GIF89a\u0001\0\u0001\0"))).isEqualTo("GIF");
        assertThat(ContentFormat.detect(head("Rapat hari Senin jam sembilan"))).isEqualTo(ContentFormat.UNKNOWN);
    }

    @Test
    void whatRakitTakes() {
        assertThat(ContentFormat.kindOf("HEIC")).isEqualTo(MediaType.PHOTO);
        assertThat(ContentFormat.kindOf("NEF")).isEqualTo(MediaType.PHOTO);
        assertThat(ContentFormat.kindOf("3GP")).isEqualTo(MediaType.VIDEO);
        assertThat(ContentFormat.kindOf("AVI")).isEqualTo(MediaType.VIDEO);
        assertThat(ContentFormat.kindOf("GIF")).isEqualTo(MediaType.UNSUPPORTED);
        assertThat(ContentFormat.kindOf("MKV")).isEqualTo(MediaType.UNSUPPORTED);
    }

    @Test
    void namesThatFit() {
        assertThat(ContentFormat.extensionFits("JPEG", "thm")).isTrue();
        assertThat(ContentFormat.extensionFits("MOV", "mp4")).isTrue();
        assertThat(ContentFormat.extensionFits("HEIF", "heic")).isTrue();
        assertThat(ContentFormat.extensionFits("NEF", "nef")).isTrue();
        assertThat(ContentFormat.extensionFits("PNG", "jpg")).isFalse();
        assertThat(ContentFormat.extensionFits("JPEG", "heic")).isFalse();
        assertThat(ContentFormat.extensionFits("JPEG", "")).isTrue();
        assertThat(ContentFormat.tiffFlavour("arw")).isEqualTo("ARW");
        assertThat(ContentFormat.tiffFlavour("tif")).isEqualTo("TIFF");
        assertThat(ContentFormat.extensionOf("IMG_0001.JPG")).isEqualTo("jpg");
        assertThat(ContentFormat.extensionOf(".hidden")).isEmpty();
    }

    private static byte[] head(String latin1) {
        return Arrays.copyOf(latin1.getBytes(StandardCharsets.ISO_8859_1), 64);
    }
}
