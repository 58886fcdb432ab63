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

    static final double TILE_W = 176;
    static final double TILE_H = 132;
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

    /** The tile picture for a thumbnail file; {@code show} runs on the UI thread. */
    void tile(Path thumbnail, Consumer<Image> show) {
        Image cached = cache.get(thumbnail);
        if (cached != null) {
            show.accept(cached);
            return;
        }
        // Image's own background loading decodes on JavaFX's loader threads, not the UI thread
        Image image = new Image(thumbnail.toUri().toString(), TILE_W, TILE_H, true, true, true);
        cache.put(thumbnail, image);
        show.accept(image);
    }

    /** A larger picture (the preview) for the details pane. */
    Image large(Path preview, double width, double height) {
        return new Image(preview.toUri().toString(), width, height, true, true, true);
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
