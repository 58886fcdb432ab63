package id.rakit.ui.compose;

import id.rakit.ui.common.BackgroundTask;
import id.rakit.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composer's pictures (media strip, previews), decoded in the background and kept a while. */
final class Pictures {

    private static final Logger LOG = LoggerFactory.getLogger(Pictures.class);
    /** The pixels kept decoded: about 48 MB, some thirty previews or three hundred thumbnails. */
    private static final long MAX_PIXELS = 12_000_000;

    private final TaskExecutor tasks;
    private final Map<String, Image> cache = new LinkedHashMap<>(32, 0.75f, true);
    private long pixels;

    Pictures(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** The picture at {@code file} fitted into width x height; {@code show} runs on the UI thread. */
    void load(Path file, double width, double height, Consumer<Image> show) {
        String key = file + "@" + width + "x" + height;
        Image cached = cache.get(key);
        if (cached != null) {
            show.accept(cached);
            return;
        }
        tasks.run(BackgroundTask.of("decode a picture for the composer",
                        () -> new Image(file.toUri().toString(), width, height, true, true, false))
                .onSuccess(image -> {
                    keep(key, image);
                    show.accept(image);
                })
                // the frame stays empty; the log has the cause
                .onFailure(error -> LOG.debug("picture {} not decoded", file, error)));
    }

    private void keep(String key, Image image) {
        if (cache.put(key, image) == null) {
            pixels += size(image);
        }
        var eldest = cache.entrySet().iterator();
        while (pixels > MAX_PIXELS && eldest.hasNext()) {
            Image gone = eldest.next().getValue();
            eldest.remove();
            pixels -= size(gone);
        }
    }

    private static long size(Image image) {
        return (long) image.getWidth() * (long) image.getHeight();
    }
}
