package id.rakit.settings;

import id.rakit.post.TimeZones;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The admin's preferences and profile: language, time zone, unit, name. Indonesian and WIB by default. */
public final class Settings {

    static final String LANGUAGE = "ui.language";
    static final String ZONE = "time.zone";
    static final String UNIT = "profile.unit";
    static final String ADMIN = "profile.admin";
    static final String LAST_POST = "ui.lastPost";
    static final String EXPORT_FOLDER = "export.folder";

    private final KeyValueStore store;

    public Settings(KeyValueStore store) {
        this.store = store;
    }

    public Locale language() {
        return store.get(LANGUAGE).map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("id-ID"));
    }

    public void setLanguage(Locale locale) {
        store.put(LANGUAGE, locale.toLanguageTag());
    }

    public ZoneId zone() {
        return store.get(ZONE).flatMap(Settings::zoneOf).orElse(TimeZones.DEFAULT);
    }

    public void setZone(ZoneId zone) {
        store.put(ZONE, zone.getId());
    }

    public String unitName() {
        return store.get(UNIT).orElse("");
    }

    public void setUnitName(String unit) {
        store.put(UNIT, unit == null ? "" : unit.strip());
    }

    /**
     * The admin's name, for the history of who changed a caption: the one given to Rakit, else
     * the name the admin signed in to the computer with.
     */
    public String adminName() {
        return store.get(ADMIN).filter(n -> !n.isBlank()).orElseGet(() -> System.getProperty("user.name", ""));
    }

    public void setAdminName(String name) {
        store.put(ADMIN, name == null ? "" : name.strip());
    }

    /** The post that was open when Rakit last closed, to open it again. */
    public Optional<Long> lastPost() {
        return store.get(LAST_POST).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public void setLastPost(long id) {
        store.put(LAST_POST, Long.toString(id));
    }

    /** Where the last bundle went; the next export starts there. */
    public Optional<Path> exportFolder() {
        return store.get(EXPORT_FOLDER).flatMap(v -> {
            try {
                return Optional.of(Path.of(v));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        });
    }

    public void setExportFolder(Path folder) {
        store.put(EXPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    private static Optional<ZoneId> zoneOf(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
