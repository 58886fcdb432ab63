package id.rakit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rakit.export.BundleChoices;
import id.rakit.export.BundleChoicesRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bundle choices as one JSON document per post. */
public final class SqliteBundleChoices implements BundleChoicesRepository {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteBundleChoices.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;

    public SqliteBundleChoices(Database db) {
        this.db = db;
    }

    @Override
    public Optional<BundleChoices> find(long postId) {
        Optional<String> json = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT choices FROM bundle_choice WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json.get(), BundleChoices.class));
        } catch (JsonProcessingException e) {
            // choices a later release wrote differently: start again from the post's own
            LOG.warn("bundle choices of post {} unreadable, starting afresh: {}", postId, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(long postId, BundleChoices choices, Instant now) {
        String json;
        try {
            json = JSON.writeValueAsString(choices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundle choices cannot be written as JSON", e);
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO bundle_choice (post_id, choices, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(post_id) DO UPDATE SET choices = excluded.choices, updated_at = excluded.updated_at""")) {
                ps.setLong(1, postId);
                ps.setString(2, json);
                ps.setString(3, now.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
