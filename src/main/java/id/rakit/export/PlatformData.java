package id.rakit.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every platform takes, from {@code platforms.json} beside this class: the one place a
 * maintainer edits when a platform changes its sizes or limits.
 */
public final class PlatformData {

    private static final String FILE = "platforms.json";
    private static volatile PlatformData standard;

    private final List<BundleTarget> targets;

    private record File(String about, @JsonProperty("targets") List<BundleTarget> targets) {
    }

    private PlatformData(List<BundleTarget> targets) {
        Set<String> codes = new HashSet<>();
        for (BundleTarget t : targets) {
            if (!codes.add(t.code())) {
                throw new IllegalArgumentException("platform " + t.code() + " appears twice in " + FILE);
            }
        }
        this.targets = List.copyOf(targets);
    }

    /** The data shipped with Rakit. */
    public static PlatformData standard() {
        PlatformData data = standard;
        if (data == null) {
            try (InputStream in = PlatformData.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException(FILE + " is missing from the build");
                }
                data = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FILE, e);
            }
            standard = data;
        }
        return data;
    }

    /** Reads a platform data file; a misspelt field is an error, not something to ignore. */
    public static PlatformData read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file = mapper.readValue(json, File.class);
        return new PlatformData(file.targets());
    }

    /** Every target in the file's order, which is the order of a bundle's folders and checklist. */
    public List<BundleTarget> targets() {
        return targets;
    }

    public Optional<BundleTarget> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The codes, for messages that list what is known. */
    public List<String> codes() {
        return targets.stream().map(BundleTarget::code).toList();
    }
}
