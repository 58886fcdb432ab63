package id.rakit.settings;

import id.rakit.post.Platform;
import id.rakit.post.TimeZones;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The admin's preferences and the unit's profile: language, time zone, unit, name, initials,
 * platforms, hashtags, logo, and the folders Rakit writes to. Indonesian and WIB by default.
 * Every read goes to the store, so a change takes effect at the next read, without a restart.
 */
public final class Settings {

    static final String LANGUAGE = "ui.language";
    static final String TEXT_SIZE = "ui.textSize";
    /** The reading sizes Ctrl+plus and Ctrl+minus step through, in percent of the usual. */
    public static final int TEXT_SMALLEST = 80;
    public static final int TEXT_LARGEST = 160;
    static final String ZONE = "time.zone";
    static final String UNIT = "profile.unit";
    static final String ADMIN = "profile.admin";
    static final String INITIALS = "profile.initials";
    static final String PLATFORMS = "profile.platforms";
    static final String HASHTAGS = "profile.hashtags";
    static final String LOGO = "profile.logo";
    static final String WELCOMED = "welcome.done";
    static final String EXAMPLE_POSTS = "example.posts";
    static final String LAST_POST = "ui.lastPost";
    static final String EXPORT_FOLDER = "export.folder";
    static final String BACKUP_FOLDER = "backup.folder";

    private final KeyValueStore store;

    public Settings(KeyValueStore store) {
        this.store = store;
    }

    public Locale language() {
        return store.get(LANGUAGE).map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("id-ID"));
    }

    /** The window's text size in percent of the usual (100), as the admin last set it. */
    public int textSize() {
        try {
            int size = store.get(TEXT_SIZE).map(Integer::parseInt).orElse(100);
            return Math.max(TEXT_SMALLEST, Math.min(TEXT_LARGEST, size));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public void setTextSize(int percent) {
        store.put(TEXT_SIZE, Integer.toString(Math.max(TEXT_SMALLEST, Math.min(TEXT_LARGEST, percent))));
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

    /** The admin's name as given to Rakit (the profile); blank until the welcome or Pengaturan asks it. */
    public String adminName() {
        return store.get(ADMIN).orElse("");
    }

    /**
     * Who a change is recorded for in a caption's history: the admin's name, else the name the
     * admin signed in to the computer with.
     */
    public String author() {
        String name = adminName();
        return name.isBlank() ? System.getProperty("user.name", "") : name;
    }

    public void setAdminName(String name) {
        store.put(ADMIN, name == null ? "" : name.strip());
    }

    /** The admin's initials, as a press release signs off ("RM"); empty until given. */
    public String initials() {
        return store.get(INITIALS).orElse("");
    }

    public void setInitials(String initials) {
        store.put(INITIALS, initials == null ? "" : initials.strip());
    }

    /** The platforms the unit posts to, in the window's order: a new draft goes to these. */
    public List<Platform> platforms() {
        String codes = store.get(PLATFORMS).orElse("");
        List<Platform> out = new ArrayList<>();
        for (String code : codes.split(",")) {
            Platform.fromCode(code.strip()).filter(p -> p != Platform.GENERAL).ifPresent(out::add);
        }
        return Platform.targets().stream().filter(out::contains).toList();
    }

    public void setPlatforms(List<Platform> platforms) {
        store.put(PLATFORMS, String.join(",", Platform.targets().stream().filter(platforms::contains)
                .map(Platform::code).toList()));
    }

    /** The unit's official hashtags, each with its "#" ({@link Hashtags#parse}). */
    public List<String> hashtags() {
        String text = store.get(HASHTAGS).orElse("");
        return text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    public void setHashtags(List<String> hashtags) {
        store.put(HASHTAGS, String.join(" ", hashtags));
    }

    /** The unit's logo, as Rakit keeps its own copy of it ({@link UnitLogo}). */
    public Optional<Path> logo() {
        return store.get(LOGO).filter(v -> !v.isBlank()).flatMap(Settings::pathOf);
    }

    public void setLogo(Optional<Path> logo) {
        store.put(LOGO, logo.map(p -> p.toAbsolutePath().toString()).orElse(""));
    }

    /**
     * The whole profile at once, as the welcome and Pengaturan show it: what the admin gave, and
     * nothing in place of a name not given (not the computer's sign-in name, which only
     * {@link #author()} falls back on, for the history of a caption).
     */
    public UnitProfile profile() {
        return new UnitProfile(unitName(), store.get(ADMIN).orElse(""), initials(), zone(), platforms(), hashtags(),
                logo());
    }

    public void saveProfile(UnitProfile profile) {
        setUnitName(profile.unitName());
        setAdminName(profile.adminName());
        setInitials(profile.initials());
        setZone(profile.zone());
        setPlatforms(profile.platforms());
        setHashtags(profile.hashtags());
        setLogo(profile.logo());
    }

    /**
     * Whether the first-run welcome is still to be shown: the unit has no name yet and the admin
     * has neither finished nor skipped the welcome.
     */
    public boolean needsWelcome() {
        return unitName().isBlank() && !store.get(WELCOMED).map(Boolean::parseBoolean).orElse(false);
    }

    public void setWelcomed() {
        store.put(WELCOMED, "true");
    }

    /** The posts Rakit made as examples (to mark them and to remove them together). */
    public List<Long> examplePosts() {
        List<Long> out = new ArrayList<>();
        for (String id : store.get(EXAMPLE_POSTS).orElse("").split(",")) {
            try {
                if (!id.isBlank()) {
                    out.add(Long.parseLong(id.strip()));
                }
            } catch (NumberFormatException e) {
                // a damaged value names no post
            }
        }
        return out;
    }

    public void setExamplePosts(List<Long> ids) {
        store.put(EXAMPLE_POSTS, String.join(",", ids.stream().map(String::valueOf).toList()));
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
        return store.get(EXPORT_FOLDER).flatMap(Settings::pathOf);
    }

    public void setExportFolder(Path folder) {
        store.put(EXPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    /** Where backups of the data folder go; empty until the admin picks one. */
    public Optional<Path> backupFolder() {
        return store.get(BACKUP_FOLDER).filter(v -> !v.isBlank()).flatMap(Settings::pathOf);
    }

    public void setBackupFolder(Path folder) {
        store.put(BACKUP_FOLDER, folder.toAbsolutePath().toString());
    }

    private static Optional<Path> pathOf(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zoneOf(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
