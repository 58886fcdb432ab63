package id.rakit.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * One camera or phone, as photo tools tell them apart: make, model and, where the file gives
 * it, the body serial number. Clock corrections are remembered per camera.
 */
public record CameraId(String make, String model, Optional<String> serial) {

    public CameraId {
        make = make == null ? "" : make.strip();
        model = model == null ? "" : model.strip();
        serial = serial == null ? Optional.empty() : serial.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The camera that made a file, if the file names one. */
    public static Optional<CameraId> of(MediaInfo info) {
        if (info.make().isEmpty() && info.model().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CameraId(info.make().orElse(""), info.model().orElse(""), info.serial()));
    }

    /** A stable key for storage: case and spacing differences between files do not matter. */
    public String key() {
        return (make + "|" + model + "|" + serial.orElse("")).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "Canon EOS RP (SN 1234)" for people. */
    public String label() {
        String name = model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT)) || make.isEmpty()
                ? model : make + " " + model;
        return serial.map(s -> name + " (SN " + s + ")").orElse(name).strip();
    }
}
