package id.rakit.ui.evidence;

import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * The pictures the grid shows, decoded off the UI thread at display size and kept in a bounded
 * cache, so a post with thousands of items never holds them all in memory.
 */
final class TileImages {

    static final double TILE_W = 168;
    static final double TILE_H = 126;
    private static final int MAX_CACHED = 300;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TileImages.class);

    private final TaskExecutor tasks;
    private final Map<Path, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            return size() > MAX_CACHED;
        }
    };

    private final Map<byte[], Image> quickLooks = new java.util.WeakHashMap<>();

    TileImages(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Thumbnails being decoded, with who waits for each. */
    private final Map<Path, java.util.List<Consumer<Image>>> decoding = new java.util.HashMap<>();

    /**
     * The tile picture for a thumbnail file; {@code show} runs on the UI thread, at once when the
     * picture is in the cache, else once it is decoded on a background thread. (JavaFX's own
     * background loading starts a thread per picture from the UI thread.)
     */
    void tile(Path thumbnail, Consumer<Image> show) {
        Image cached = cache.get(thumbnail);
        if (cached != null) {
            show.accept(cached);
            return;
        }
        java.util.List<Consumer<Image>> waiting = decoding.get(thumbnail);
        if (waiting != null) {
            waiting.add(show);
            return;
        }
        java.util.List<Consumer<Image>> first = new java.util.ArrayList<>();
        first.add(show);
        decoding.put(thumbnail, first);
        tasks.run(BackgroundTask.of("decode a thumbnail",
                        () -> new Image(thumbnail.toUri().toString(), TILE_W, TILE_H, true, true, false))
                .onSuccess(image -> {
                    cache.put(thumbnail, image);
                    decoding.remove(thumbnail).forEach(c -> c.accept(image));
                })
                // the tile keeps its placeholder; the log has the cause
                .onFailure(error -> {
                    decoding.remove(thumbnail);
                    LOG.debug("thumbnail {} not decoded", thumbnail, error);
                }));
    }

    /** A larger picture (the preview) for the details pane, decoded in the background. */
    void large(Path preview, double width, double height, Consumer<Image> show) {
        tasks.run(BackgroundTask.of("decode a preview",
                        () -> new Image(preview.toUri().toString(), width, height, true, true, false))
                .onSuccess(show)
                // a file without a preview simply shows an empty frame; the log has the cause
                .onFailure(error -> LOG.debug("preview {} not decoded", preview, error)));
    }

    /** The small JPEG found inside a file, decoded in the background. */
    void quickLook(byte[] jpeg, Consumer<Image> show) {
        Image cached = quickLooks.get(jpeg);
        if (cached != null) {
            show.accept(cached);
            return;
        }
        tasks.run(BackgroundTask.of("decode an embedded thumbnail",
                        () -> new Image(new ByteArrayInputStream(jpeg), TILE_W, TILE_H, true, true))
                .onSuccess(image -> {
                    quickLooks.put(jpeg, image);
                    show.accept(image);
                })
                // the tile keeps its placeholder until the real thumbnail is made; the log has the cause
                .onFailure(error -> LOG.debug("embedded thumbnail not decoded", error)));
    }
}
