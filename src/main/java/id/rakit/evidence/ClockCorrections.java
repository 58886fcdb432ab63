package id.rakit.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Remembered camera clock corrections, as photo desks keep them: the amount to add to a
 * camera's clock to get the real time (positive when the camera runs behind).
 */
public interface ClockCorrections {

    Optional<Duration> find(CameraId camera);

    Map<CameraId, Duration> all();

    void save(CameraId camera, Duration correction, Instant now);

    void remove(CameraId camera);
}
