package id.rakit.settings;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The admin's preferences: language, time zone and unit name. Indonesian and WIB by default. */
public final class Settings {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    static final String LANGUAGE = "ui.language";
    static final String ZONE = "time.zone";
    static final String UNIT = "profile.unit";

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
        return store.get(ZONE).flatMap(Settings::zoneOf).orElse(DEFAULT_ZONE);
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

    private static Optional<ZoneId> zoneOf(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
