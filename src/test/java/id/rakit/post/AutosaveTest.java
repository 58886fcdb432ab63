package id.rakit.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final Autosave autosave = new Autosave(Autosave.Timing.STANDARD, clock);
    /** What reached the disk, as "key=value@millis". */
    private final List<String> disk = new CopyOnWriteArrayList<>();

    private void type(String key, String value) {
        autosave.schedule(key, () -> disk.add(key + "=" + value + "@" + clock.nowMillis()));
    }

    @Test
    void aBurstOfEditsIsWrittenOnceWithTheLastValueWhenTheTypingPauses() {
        for (String text : List.of("G", "Gu", "Gub", "Gubernur")) {
            type("caption", text);
            clock.advance(50);
        }
        clock.advance(400);
        assertThat(disk).containsExactly("caption=Gubernur@550");
        assertThat(autosave.state()).isEqualTo(Autosave.State.SAVED);
    }

    @Test
    void steadyTypingIsWrittenAtLeastOnceASecondSoACrashLosesNoMore() {
        // 30 seconds of typing, a key every 150 ms, with no pause long enough for the quiet delay
        long lastWrite = 0;
        long longestUnsaved = 0;
        for (int i = 0; i < 200; i++) {
            type("caption", "x".repeat(i + 1));
            int before = disk.size();
            clock.advance(150);
            if (disk.size() > before) {
                lastWrite = clock.nowMillis();
            }
            longestUnsaved = Math.max(longestUnsaved, clock.nowMillis() - lastWrite);
        }
        assertThat(disk.size()).isGreaterThanOrEqualTo(27);
        assertThat(longestUnsaved).isLessThanOrEqualTo(1150);
    }

    @Test
    void eachFieldHasItsOwnTimerSoTypingInOneNeverHoldsBackAnother() {
        type("title", "Gubernur Resmikan Jembatan");
        for (int i = 0; i < 20; i++) {
            clock.advance(100);
            type("caption", "Gubernur meresmikan " + i);
        }
        assertThat(disk.get(0)).isEqualTo("title=Gubernur Resmikan Jembatan@400");
    }

    @Test
    void aFailedWriteStaysPendingIsTriedAgainAndTheNewestEditWinsWhenTheDiskRecovers() {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        List<Autosave.State> states = new ArrayList<>();
        autosave.addListener(states::add);
        List<String> written = new ArrayList<>();
        autosave.schedule("caption", () -> {
            if (diskFull.get()) {
                throw new IllegalStateException("disk full");
            }
            written.add("first");
        });
        clock.advance(400);
        assertThat(autosave.state().kind()).isEqualTo(Autosave.State.Kind.FAILED);
        assertThat(autosave.state().failure()).get().extracting(Throwable::getMessage).isEqualTo("disk full");
        assertThat(autosave.flush()).as("flush says the edit is not on disk").isFalse();

        clock.advance(5_000);
        assertThat(autosave.state().kind()).as("still failing, still pending").isEqualTo(Autosave.State.Kind.FAILED);
        autosave.schedule("caption", () -> {
            if (diskFull.get()) {
                throw new IllegalStateException("disk full");
            }
            written.add("second");
        });
        diskFull.set(false);
        clock.advance(40_000);
        assertThat(written).containsExactly("second");
        assertThat(autosave.state()).isEqualTo(Autosave.State.SAVED);
        assertThat(autosave.flush()).isTrue();
        assertThat(states).extracting(Autosave.State::kind).contains(Autosave.State.Kind.PENDING,
                Autosave.State.Kind.FAILED).last().isEqualTo(Autosave.State.Kind.SAVED);
    }

    @Test
    void retriesComeLaterAndLaterNotInALoop() {
        List<Long> tries = new ArrayList<>();
        autosave.schedule("caption", () -> {
            tries.add(clock.nowMillis());
            throw new IllegalStateException("read-only");
        });
        clock.advance(120_000);
        assertThat(tries).hasSizeBetween(6, 12);
        assertThat(tries.get(2) - tries.get(1)).isGreaterThan(tries.get(1) - tries.get(0));
    }

    @Test
    void flushWritesWhatIsPendingAtOnceAndOneFailureDoesNotStopTheOthers() {
        type("title", "judul");
        autosave.schedule("venue", () -> {
            throw new IllegalStateException("disk full");
        });
        type("caption", "isi");
        assertThat(autosave.flush()).isFalse();
        assertThat(disk).containsExactlyInAnyOrder("title=judul@0", "caption=isi@0");
        assertThat(autosave.state().pending()).isEqualTo(1);
        assertThat(autosave.flush(k -> k.equals("title"))).isTrue();
    }

    @Test
    void aCancelledEditIsNeverWritten() {
        type("caption", "akan dibatalkan");
        autosave.cancel("caption");
        clock.advance(2_000);
        assertThat(disk).isEmpty();
        assertThat(autosave.state()).isEqualTo(Autosave.State.SAVED);
    }

    @Test
    void closingWritesEverythingAndAnEditAfterThatIsWrittenAtOnce() {
        type("caption", "terakhir");
        autosave.close();
        assertThat(disk).containsExactly("caption=terakhir@0");
        type("caption", "setelah tutup");
        assertThat(disk).hasSize(2);
    }

    @Test
    void theRealSaveThreadWritesWhatFlushAsksFor() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        try (Autosave real = new Autosave(new Autosave.Timing(Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofMillis(10), Duration.ofMillis(50)))) {
            real.schedule("caption", () -> written.add("Gubernur"));
            assertThat(real.flush()).isTrue();
        }
        assertThat(written).containsExactly("Gubernur");
    }
}
