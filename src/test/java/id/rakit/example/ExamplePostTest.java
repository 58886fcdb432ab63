package id.rakit.example;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.evidence.CheckedItem;
import id.rakit.evidence.Flag;
import id.rakit.evidence.Standing;
import id.rakit.evidence.Verdict;
import id.rakit.i18n.EvidenceTexts;
import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.Post;
import id.rakit.post.PostQuery;
import id.rakit.settings.UnitProfile;
import id.rakit.ui.Workbench;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example post teaches every verdict and flag, one photo each, through the real import and checks. */
class ExamplePostTest {

    @TempDir
    Path temp;

    @Test
    void everyVerdictAndFlagShowsOnItsOwnPhoto() throws Exception {
        try (Workbench w = new Workbench(temp)) {
            w.settings.saveProfile(new UnitProfile("Diskominfotik Provinsi Sumatera Barat", "Rina Marlina", "RM",
                    id.rakit.post.TimeZones.DEFAULT, List.of(Platform.INSTAGRAM, Platform.WEBSITE),
                    List.of("#SumbarMaju"), Optional.empty()));
            ExamplePost examples = new ExamplePost(w.posts, w.ingest, w.evidence, w.settings);
            Post main = examples.create(Messages.indonesian());

            assertThat(main.details().title()).startsWith("Contoh:");
            assertThat(main.details().unit()).isEqualTo("Diskominfotik Provinsi Sumatera Barat");
            assertThat(main.composition().targets()).containsExactly(Platform.INSTAGRAM, Platform.WEBSITE);
            assertThat(main.caption()).endsWith("#SumbarMaju");
            assertThat(w.settings.examplePosts()).hasSize(2).first().isEqualTo(main.id());

            Map<String, CheckedItem> byName = w.evidence.check(main).stream()
                    .collect(Collectors.toMap(c -> c.item().originalName(), Function.identity()));
            assertThat(byName).hasSize(10);
            EvidenceTexts texts = new EvidenceTexts(Messages.indonesian());

            assertShows(byName.get("contoh-01.jpg"), Standing.PASSED, Verdict.Kind.ON_TIME, Set.of());
            assertShows(byName.get("contoh-02.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.OUTSIDE_WINDOW, Set.of());
            assertThat(texts.verdict(byName.get("contoh-02.jpg").result().verdict().orElseThrow()))
                    .isEqualTo("2 hari sebelum acara");
            assertShows(byName.get("contoh-03.jpg"), Standing.ACCEPTED, Verdict.Kind.OUTSIDE_WINDOW, Set.of());
            assertThat(texts.verdict(byName.get("contoh-03.jpg").result().verdict().orElseThrow()))
                    .isEqualTo("1 jam 10 menit setelah acara");
            assertThat(byName.get("contoh-03.jpg").item().acceptedReason()).get().asString().startsWith("Contoh:");
            assertShows(byName.get("contoh-04.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.NO_TIMESTAMP,
                    Set.of(Flag.METADATA_STRIPPED));
            assertShows(byName.get("contoh-05.jpg"), Standing.PASSED, Verdict.Kind.ON_TIME, Set.of(Flag.ZONE_ASSUMED));
            assertShows(byName.get("contoh-06.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.ON_TIME, Set.of(Flag.EDITED));
            assertShows(byName.get("contoh-07.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.ON_TIME,
                    Set.of(Flag.CLOCK_MISMATCH));
            assertShows(byName.get("contoh-08.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.ON_TIME, Set.of(Flag.GPS_FAR));
            assertShows(byName.get("contoh-09.jpg"), Standing.PASSED, Verdict.Kind.ON_TIME, Set.of());
            assertThat(byName.get("contoh-09.jpg").result().correction()).contains(Duration.ofHours(1));
            assertShows(byName.get("contoh-10.jpg"), Standing.NEEDS_REVIEW, Verdict.Kind.ON_TIME, Set.of(Flag.REUSED));

            // together the photos show every flag there is
            Set<Flag> all = EnumSet.noneOf(Flag.class);
            byName.values().forEach(c -> c.result().findings().forEach(f -> all.add(f.flag())));
            assertThat(all).containsExactlyInAnyOrder(Flag.values());
        }
    }

    private static void assertShows(CheckedItem item, Standing standing, Verdict.Kind verdict, Set<Flag> flags) {
        String name = item.item().originalName();
        assertThat(item.standing()).as(name).isEqualTo(standing);
        assertThat(item.result().verdict()).as(name).get().extracting(Verdict::kind).isEqualTo(verdict);
        assertThat(item.result().findings().stream().map(f -> f.flag()).collect(Collectors.toSet())).as(name)
                .isEqualTo(flags);
    }

    @Test
    void removingSendsBothExamplesToTheBinAndForgetsTheirCamera() throws Exception {
        try (Workbench w = new Workbench(temp)) {
            ExamplePost examples = new ExamplePost(w.posts, w.ingest, w.evidence, w.settings);
            Post main = examples.create(Messages.of(java.util.Locale.ENGLISH));
            assertThat(main.details().title()).startsWith("Example:");
            // no platforms in the profile: the example shows the two most offices use
            assertThat(main.composition().targets()).containsExactly(Platform.INSTAGRAM, Platform.FACEBOOK);
            assertThat(examples.present()).hasSize(2);

            List<Long> removed = examples.remove();

            assertThat(removed).hasSize(2).contains(main.id());
            assertThat(examples.present()).isEmpty();
            assertThat(w.settings.examplePosts()).isEmpty();
            assertThat(w.posts.search(PostQuery.ALL)).isEmpty();
            assertThat(w.evidence.clockCorrection(ExamplePost.SLOW_CAMERA)).isEmpty();
            // and it can be made again, the bin's copies not counted as used before
            Post again = examples.create(Messages.indonesian());
            assertThat(w.evidence.check(again)).filteredOn(c -> c.result().has(Flag.REUSED)).singleElement()
                    .extracting(c -> c.item().originalName()).isEqualTo("contoh-10.jpg");
        }
    }
}
