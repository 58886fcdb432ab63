package id.rakit.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rakit.store.Database;
import id.rakit.store.SqlitePostRepository;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of posts, on a real database, with autosave's clock moved by hand. */
class PostServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private final ManualScheduler clock = new ManualScheduler();
    private final AtomicBoolean diskFull = new AtomicBoolean();
    private PostService service;
    private PostRepository stored;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("rakit.db"));
        stored = new SqlitePostRepository(db);
        // the same repository, except that every write fails while the "disk" is full
        PostRepository failing = (PostRepository) Proxy.newProxyInstance(PostRepository.class.getClassLoader(),
                new Class<?>[] {PostRepository.class}, (proxy, method, args) -> {
                    if (diskFull.get() && method.getName().startsWith("save")) {
                        throw new IllegalStateException("No space left on device");
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        service = new PostService(failing, new Autosave(Autosave.Timing.STANDARD, clock),
                Clock.fixed(Instant.parse("2024-09-17T03:00:00Z"), ZoneOffset.UTC),
                new PostService.Defaults(() -> TimeZones.DEFAULT, () -> "Diskominfotik", () -> "Rina"));
    }

    @AfterEach
    void close() {
        service.close();
        db.close();
    }

    @Test
    void anEditIsOnDiskWithinASecondAndReadsSeeItBeforeThat() {
        Post p = service.createDraft();
        service.editDetails(p.id(), p.details().withTitle("Gubernur Resmikan Jembatan"));
        service.editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Gubernur meresmikan jembatan.");
        // not written yet, but every read already sees it
        assertThat(stored.find(p.id()).orElseThrow().details().title()).isEmpty();
        assertThat(service.find(p.id()).orElseThrow().details().title()).isEqualTo("Gubernur Resmikan Jembatan");
        assertThat(service.find(p.id()).orElseThrow().caption()).isEqualTo("Gubernur meresmikan jembatan.");
        clock.advance(1_000);
        assertThat(stored.find(p.id()).orElseThrow().details().title()).isEqualTo("Gubernur Resmikan Jembatan");
        assertThat(service.history(p.id(), Platform.GENERAL, CaptionField.BODY)).singleElement()
                .satisfies(r -> assertThat(r.author()).isEqualTo("Rina"));
    }

    @Test
    void whileTheDiskRefusesEditsStayPendingReadableAndExportsRefuse() {
        Post p = service.createDraft();
        diskFull.set(true);
        service.editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Tulisan yang tidak boleh hilang");
        clock.advance(2_000);
        assertThat(service.saveState().kind()).isEqualTo(Autosave.State.Kind.FAILED);
        assertThat(service.hasUnsaved(p.id())).isTrue();
        assertThat(service.find(p.id()).orElseThrow().caption()).isEqualTo("Tulisan yang tidak boleh hilang");
        assertThat(service.flush()).isFalse();
        assertThatThrownBy(() -> service.flushOrThrow(p.id())).isInstanceOf(UnsavedEditsException.class)
                .hasRootCauseMessage("No space left on device");

        diskFull.set(false);
        clock.advance(60_000);
        assertThat(service.saveState()).isEqualTo(Autosave.State.SAVED);
        assertThat(stored.find(p.id()).orElseThrow().caption()).isEqualTo("Tulisan yang tidak boleh hilang");
        service.flushOrThrow(p.id());
    }

    @Test
    void aNewDraftTakesTheLastUnitAndAnEmptyDraftIsUsedInsteadOfAddingAnother() {
        Post first = service.createDraft();
        assertThat(first.details().unit()).isEqualTo("Diskominfotik");
        assertThat(service.createDraft().id()).as("the empty draft again").isEqualTo(first.id());
        service.editDetails(first.id(), first.details().withTitle("Banjir Agam").withUnit("BPBD Sumatera Barat"));
        Post second = service.createDraft();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.details().unit()).isEqualTo("BPBD Sumatera Barat");
        assertThat(service.search(PostQuery.ALL)).hasSize(2);
    }

    @Test
    void aDuplicateCopiesTheDetailsAndCaptionsButNotTheEvidence() {
        Post p = service.create(new PostDetails("Festival Tabuik", "Dinas Pariwisata", "Tabuik",
                Optional.of(LocalDateTime.parse("2024-09-17T09:00")), Optional.empty(), TimeZones.DEFAULT, "Pariaman",
                Optional.empty()));
        service.editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Ribuan warga memadati pantai.");
        service.chooseTargets(p.id(), List.of(Platform.INSTAGRAM, Platform.X));
        service.editText(p.id(), Platform.X, CaptionField.BODY, "Tabuik 2024 #Pariaman");
        service.editAltText(p.id(), Platform.GENERAL, 99, "tidak ada bukti 99");
        Post copy = service.duplicate(p.id(), t -> "Salinan " + t);
        assertThat(copy.id()).isNotEqualTo(p.id());
        assertThat(copy.details().title()).isEqualTo("Salinan Festival Tabuik");
        assertThat(copy.details().eventStart()).isEqualTo(p.details().eventStart());
        assertThat(copy.composition().master()).isEqualTo("Ribuan warga memadati pantai.");
        assertThat(copy.composition().targets()).containsExactly(Platform.INSTAGRAM, Platform.X);
        assertThat(copy.composition().body(Platform.X)).isEqualTo("Tabuik 2024 #Pariaman");
        assertThat(copy.composition().altText()).isEmpty();
        assertThat(service.search(PostQuery.ALL).stream().filter(s -> s.id() == copy.id()).findFirst().orElseThrow()
                .evidenceCount()).isZero();
    }

    @Test
    void aPostGoesToTheBinWithItsPendingEditsAndComesBackWithThem() {
        Post p = service.createDraft();
        service.editDetails(p.id(), p.details().withTitle("Akan dihapus"));
        service.moveToBin(p.id());
        assertThat(service.search(PostQuery.ALL)).isEmpty();
        assertThat(service.find(p.id()).orElseThrow().inBin()).isTrue();
        service.restore(p.id());
        assertThat(service.search(PostQuery.ALL)).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Akan dihapus"));
    }

    @Test
    void aPlatformResetToTheMasterDropsItsPendingEdit() {
        Post p = service.createDraft();
        service.editText(p.id(), Platform.GENERAL, CaptionField.BODY, "Umum");
        service.editText(p.id(), Platform.THREADS, CaptionField.BODY, "Khusus Threads");
        service.followMaster(p.id(), Platform.THREADS);
        clock.advance(2_000);
        Composition c = service.find(p.id()).orElseThrow().composition();
        assertThat(c.variant(Platform.THREADS).followsMaster()).isTrue();
        assertThat(c.body(Platform.THREADS)).isEqualTo("Umum");
    }

    @Test
    void statusMovesAreWrittenAtOnce() {
        Post p = service.createDraft();
        service.markReady(p.id());
        assertThat(stored.find(p.id()).orElseThrow().status()).isEqualTo(PostStatus.READY);
        service.markPublished(p.id(), new Publication("https://x.com/diskominfo/status/1", java.time.LocalDate.parse("2024-09-18")));
        Post published = stored.find(p.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publication()).map(Publication::link).contains("https://x.com/diskominfo/status/1");
    }
}
