package id.rakit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest's bytes follow RFC 8785, so the same bundle always hashes and signs the same. */
class ManifestTest {

    static String canonical(String json) throws Exception {
        return new String(Manifest.canonical(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void theRfcsOwnExampleCanonicalisesAsTheRfcSays() throws Exception {
        // RFC 8785, section 3.2.2
        String input = "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + " \"literals\": [null, true, false]}";
        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,"
                + "0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void aManifestKeepsItsCoordinatesExactlyAndItsKeysSorted() throws Exception {
        Manifest m = new Manifest(Manifest.FORMAT, "Rakit test", "2024-09-17T06:00:00Z",
                new Manifest.PostInfo(7, "Rapat 🎉", "Diskominfo", "Rapat", "2024-09-17T09:00", null, "Asia/Jakarta", "Aula",
                        new Manifest.Location(-0.78331234567, 100.31671234)), List.of(), List.of(),
                List.of(new Manifest.FileInfo("x/01.jpg", 12345, "ab".repeat(32), "photo", "x", 3L)));
        String text = new String(m.canonicalBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"venueLocation\":{\"lat\":-0.78331234567,\"lon\":100.31671234}")
                .startsWith("{\"createdAt\":\"2024-09-17T06:00:00Z\",\"evidence\":[],\"files\":[{\"evidenceId\":3,")
                .contains("\"title\":\"Rapat 🎉\"").contains("\"eventEnd\":null");
        assertThat(Manifest.read(m.canonicalBytes())).isEqualTo(m);
        assertThat(canonical(text)).isEqualTo(text);
    }
}
