package id.rakit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The platform data file: what the bundles rely on, each number with where it was published. */
class PlatformDataTest {

    final PlatformData data = PlatformData.standard();

    @Test
    void everyPlatformOfTheCommandLineIsThereInTheBundlesOrder() {
        assertThat(data.codes()).containsExactly("instagram", "instagram-story", "facebook", "x", "threads", "tiktok",
                "youtube", "whatsapp", "website");
        BundleTarget instagram = data.target("instagram").orElseThrow();
        assertThat(instagram.photos().sizes()).extracting(BundleTarget.FrameSize::name).containsExactly("4:5", "1:1", "1.91:1");
        assertThat(instagram.photos().size("4:5").orElseThrow().height()).isEqualTo(1350);
        assertThat(data.target("x").orElseThrow().mediaLimit()).contains(4);
        assertThat(data.target("x").orElseThrow().photos().maxBytes().value()).isEqualTo(5L * 1024 * 1024);
        assertThat(data.target("instagram-story").orElseThrow().storyLike()).isTrue();
        assertThat(data.target("youtube").orElseThrow().takesPhotos()).isFalse();
        assertThat(data.target("youtube").orElseThrow().caption().bytes()).isTrue();
    }

    @Test
    void aFolderTakesItsTextsAltTextAndMediaCountFromItsPlatformSoTheComposerAndTheBundleAgree() {
        id.rakit.compose.PlatformCatalog catalog = id.rakit.compose.PlatformCatalog.standard();
        for (BundleTarget t : data.targets()) {
            id.rakit.compose.PlatformRules rules = catalog.rules(t.platform());
            if (t.storyLike()) {
                assertThat(t.caption()).as(t.code()).isNull();
                assertThat(t.altText().accepted()).as(t.code()).isFalse();
                continue;
            }
            assertThat(t.mediaLimit().orElse(0)).as(t.code()).isEqualTo(rules.media().limit().value());
            assertThat(t.mixesPhotosAndVideo()).as(t.code()).isEqualTo(rules.media().mixed());
            assertThat(t.altText().accepted()).as(t.code()).isEqualTo(rules.altText().accepted());
            assertThat(t.caption().max().orElse(0)).as(t.code()).isEqualTo(rules.body().limit().value());
            assertThat(t.firstComment()).as(t.code()).isEqualTo(rules.firstComment().isPresent());
        }
        assertThat(data.target("website").orElseThrow().title()).isNotNull();
    }

    @Test
    void everyNumberSaysWhereItWasPublishedAndWhen() throws Exception {
        String json = new String(PlatformData.class.getResourceAsStream(id.rakit.compose.PlatformCatalog.FILE).readAllBytes(),
                StandardCharsets.UTF_8);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        java.util.List<String> unsourced = new java.util.ArrayList<>();
        tree.get("bundleFolders").forEach(t -> t.fields().forEachRemaining(f -> check(t.get("code").asText() + "." + f.getKey(),
                f.getValue(), unsourced)));
        assertThat(unsourced).isEmpty();
    }

    /** A number anywhere in the file sits beside a source and a check date. */
    private static void check(String path, com.fasterxml.jackson.databind.JsonNode node, java.util.List<String> unsourced) {
        if (node.isObject()) {
            if (node.has("value") && node.get("value").isNumber()
                    && (!node.hasNonNull("source") || !node.path("checked").asText().matches("\\d{4}-\\d{2}"))) {
                unsourced.add(path);
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("sizes")) {
                    check(path + "." + f.getKey(), f.getValue(), unsourced);
                }
            });
        }
    }

    @Test
    void aMisspeltFieldIsAnErrorNotSomethingIgnored() {
        String json = "{\"bundleFolders\": [{\"code\": \"x\", \"platform\": \"x\", \"safeMargn\": {\"value\": 4}}]}";
        assertThatThrownBy(() -> PlatformData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                id.rakit.compose.PlatformCatalog.standard()))
                .hasMessageContaining("safeMargn");
    }
}
