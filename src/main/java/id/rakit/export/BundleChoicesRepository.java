package id.rakit.export;

import java.time.Instant;
import java.util.Optional;

/** Where each post's bundle choices are kept between exports and sessions. */
public interface BundleChoicesRepository {

    Optional<BundleChoices> find(long postId);

    void save(long postId, BundleChoices choices, Instant now);
}
