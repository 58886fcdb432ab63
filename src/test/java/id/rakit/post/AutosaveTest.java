package id.rakit.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    @Test
    void aBurstOfEditsIsWrittenOnceWithTheLastValue() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        CountDownLatch saved = new CountDownLatch(1);
        try (Autosave autosave = new Autosave(Duration.ofMillis(100))) {
            autosave.addListener(s -> {
                if (s == Autosave.State.SAVED) {
                    saved.countDown();
                }
            });
            for (String text : List.of("G", "Gu", "Gub", "Gubernur")) {
                autosave.schedule("caption:1", () -> written.add(text));
            }
            assertThat(saved.await(1, TimeUnit.SECONDS)).as("saved within a second").isTrue();
        }
        assertThat(written).containsExactly("Gubernur");
    }

    @Test
    void flushWritesWhatIsPendingAtOnce() {
        List<String> written = new CopyOnWriteArrayList<>();
        Autosave autosave = new Autosave(Duration.ofHours(1));
        autosave.schedule("title:1", () -> written.add("title"));
        autosave.schedule("caption:1", () -> written.add("caption"));
        assertThat(autosave.hasPending()).isTrue();
        autosave.flush();
        assertThat(written).containsExactlyInAnyOrder("title", "caption");
        assertThat(autosave.hasPending()).isFalse();
        autosave.close();
    }

    @Test
    void aFailedWriteIsReportedAndTheOthersStillHappen() {
        List<String> written = new CopyOnWriteArrayList<>();
        List<Autosave.State> states = new CopyOnWriteArrayList<>();
        Autosave autosave = new Autosave(Duration.ofHours(1));
        autosave.addListener(states::add);
        autosave.schedule("a", () -> {
            throw new IllegalStateException("disk full");
        });
        autosave.schedule("b", () -> written.add("b"));
        autosave.close();
        assertThat(written).containsExactly("b");
        assertThat(states).endsWith(Autosave.State.FAILED);
    }
}
