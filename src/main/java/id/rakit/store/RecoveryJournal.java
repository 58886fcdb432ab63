package id.rakit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rakit.post.CaptionField;
import id.rakit.post.GeoPoint;
import id.rakit.post.Platform;
import id.rakit.post.PostDetails;
import id.rakit.post.PostRepository;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the admin's typing goes when the database cannot take it (read-only, damaged, its disk
 * full): a small file beside the database ({@code rakit.db.recovery}), written and synced with
 * each edit that fails, the newest text per field. The next start writes its edits into the
 * database and removes it; an edit that reaches the database later on its own is dropped from it.
 * Autosave still retries and still says the edit is not saved: this is what survives when the
 * window is closed or the machine goes off before the database takes it.
 */
public final class RecoveryJournal {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryJournal.class);
    public static final String SUFFIX = ".recovery";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    /** The newest edit of each field not yet in the database, in the order they were made. */
    private final Map<String, ObjectNode> pending = new LinkedHashMap<>();

    /** The journal beside {@code databaseFile}, with what an earlier session left in it. */
    public RecoveryJournal(Path databaseFile) {
        this.file = databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
        load();
    }

    public Path file() {
        return file;
    }

    /** Edits waiting in the journal. */
    public synchronized int size() {
        return pending.size();
    }

    /** What the next start found and did. */
    public record Replay(int written, int notWritten) {
    }

    /**
     * Writes every edit in the journal into {@code posts}; what is written leaves the journal,
     * what still fails stays for the next start (a post that no longer exists is dropped).
     */
    public synchronized Replay replay(PostRepository posts) {
        int written = 0;
        int failed = 0;
        for (Map.Entry<String, ObjectNode> e : new ArrayList<>(pending.entrySet())) {
            try {
                apply(posts, e.getValue());
                pending.remove(e.getKey());
                written++;
            } catch (StoreException ex) {
                failed++;
                LOG.warn("a recovered edit ({}) still cannot be written: {}", e.getKey(), ex.getMessage());
            } catch (RuntimeException ex) {
                // the post is gone (a restored backup without it): nothing to write it into
                pending.remove(e.getKey());
                failed++;
                LOG.warn("a recovered edit ({}) has no post to go into: {}", e.getKey(), ex.toString());
            }
        }
        save();
        if (written > 0) {
            LOG.info("{} edit(s) written from the recovery journal {}", written, file);
        }
        return new Replay(written, failed);
    }

    private static void apply(PostRepository posts, JsonNode e) {
        long post = e.get("post").asLong();
        Instant at = Instant.parse(e.get("at").asText());
        switch (e.get("op").asText()) {
            case "details" -> posts.saveDetails(post, details(e.get("details")), at);
            case "text" -> posts.saveText(post, platform(e.get("platform").asText()),
                    CaptionField.valueOf(e.get("field").asText()), e.get("text").asText(), at, e.get("author").asText(""));
            case "alt" -> posts.saveAltText(post, platform(e.get("platform").asText()), e.get("evidence").asLong(),
                    e.get("text").asText(), at);
            default -> throw new IllegalArgumentException("unknown edit " + e);
        }
    }

    /**
     * {@code posts} with every typed edit (details, caption texts, alt texts) that fails for a
     * storage reason kept in this journal before the failure goes on to autosave.
     */
    public PostRepository guard(PostRepository posts) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(posts, args);
                }
                ObjectNode edit = edit(method, args);
                try {
                    Object result = method.invoke(posts, args);
                    if (edit != null) {
                        written(edit.get("key").asText());
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    if (edit != null && e.getCause() instanceof StoreException) {
                        keep(edit);
                    }
                    throw e.getCause();
                }
            }
        };
        return (PostRepository) Proxy.newProxyInstance(PostRepository.class.getClassLoader(),
                new Class<?>[] {PostRepository.class}, handler);
    }

    /** The journal entry for a call that types something, or null for every other call. */
    private static ObjectNode edit(Method method, Object[] args) {
        ObjectNode e = JSON.createObjectNode();
        switch (method.getName()) {
            case "saveDetails" -> {
                if (args.length != 3 || !(args[1] instanceof PostDetails d) || !(args[2] instanceof Instant at)) {
                    return null;
                }
                e.put("key", "details:" + args[0]).put("op", "details").put("post", (Long) args[0])
                        .put("at", at.toString());
                e.set("details", json(d));
            }
            case "saveText" -> {
                if (args.length != 6 || !(args[1] instanceof Platform p) || !(args[2] instanceof CaptionField f)) {
                    return null;
                }
                e.put("key", "text:" + args[0] + ":" + p.code() + ":" + f.name()).put("op", "text")
                        .put("post", (Long) args[0]).put("platform", p.code()).put("field", f.name())
                        .put("text", String.valueOf(args[3])).put("at", args[4].toString())
                        .put("author", args[5] == null ? "" : args[5].toString());
            }
            case "saveAltText" -> {
                if (args.length != 5 || !(args[1] instanceof Platform p)) {
                    return null;
                }
                e.put("key", "alt:" + args[0] + ":" + p.code() + ":" + args[2]).put("op", "alt")
                        .put("post", (Long) args[0]).put("platform", p.code()).put("evidence", (Long) args[2])
                        .put("text", args[3] == null ? "" : args[3].toString()).put("at", args[4].toString());
            }
            default -> {
                return null;
            }
        }
        return e;
    }

    private synchronized void keep(ObjectNode edit) {
        pending.remove(edit.get("key").asText());
        pending.put(edit.get("key").asText(), edit);
        save();
    }

    private synchronized void written(String key) {
        if (pending.remove(key) != null) {
            save();
        }
    }

    /** The journal as it is now, whole and synced, or no file when nothing waits. */
    private void save() {
        try {
            if (pending.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder lines = new StringBuilder();
            for (ObjectNode e : pending.values()) {
                lines.append(JSON.writeValueAsString(e)).append('\n');
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the disk refuses even this: the edit is still on screen and autosave keeps trying
            LOG.error("cannot write the recovery journal {}", file, e);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node instanceof ObjectNode e && e.has("key")) {
                        pending.remove(e.get("key").asText());
                        pending.put(e.get("key").asText(), e);
                    }
                } catch (IOException e) {
                    // a line cut off by a crash while it was written: the lines before it stand
                    LOG.warn("unreadable line in {}", file);
                }
            }
        } catch (IOException e) {
            LOG.error("cannot read the recovery journal {}", file, e);
        }
    }

    private static ObjectNode json(PostDetails d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", d.title()).put("unit", d.unit()).put("eventName", d.eventName())
                .put("eventStart", d.eventStart().map(LocalDateTime::toString).orElse(null))
                .put("eventEnd", d.eventEnd().map(LocalDateTime::toString).orElse(null))
                .put("eventZone", d.eventZone().getId()).put("venue", d.venue());
        d.venueLocation().ifPresent(g -> n.put("lat", g.latitude()).put("lon", g.longitude()));
        return n;
    }

    private static PostDetails details(JsonNode n) {
        Optional<GeoPoint> where = n.hasNonNull("lat") && n.hasNonNull("lon")
                ? Optional.of(new GeoPoint(n.get("lat").asDouble(), n.get("lon").asDouble())) : Optional.empty();
        return new PostDetails(n.get("title").asText(""), n.get("unit").asText(""), n.get("eventName").asText(""),
                time(n, "eventStart"), time(n, "eventEnd"), ZoneId.of(n.get("eventZone").asText()),
                n.get("venue").asText(""), where);
    }

    private static Optional<LocalDateTime> time(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(LocalDateTime.parse(n.get(field).asText())) : Optional.empty();
    }

    private static Platform platform(String code) {
        for (Platform p : Platform.values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform " + code);
    }
}
