package id.rakit.ui.settings;

import id.rakit.i18n.Messages;
import id.rakit.post.Platform;
import id.rakit.post.TimeZones;
import id.rakit.settings.Hashtags;
import id.rakit.settings.UnitProfile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The unit profile as a form, shared by the welcome and Pengaturan: the unit (OPD), the admin's
 * name and initials, the zone, the platforms, the official hashtags and the logo. The initials
 * follow the name until the admin writes other ones. Holds no node and touches no disk.
 */
public final class ProfileForm {

    /** Something in the form that cannot be used as it is: a message key and what was typed. */
    public record Problem(String key, String typed) {
        public String text(Messages m) {
            return m.get(key, typed);
        }
    }

    // Properties

    private final StringProperty unitName = new SimpleStringProperty(this, "unitName", "");

    /** The unit's name, e.g. "Diskominfotik Provinsi Sumatera Barat". */
    public StringProperty unitNameProperty() {
        return unitName;
    }

    private final StringProperty adminName = new SimpleStringProperty(this, "adminName", "");

    public StringProperty adminNameProperty() {
        return adminName;
    }

    private final StringProperty initials = new SimpleStringProperty(this, "initials", "");

    /** The admin's initials; they follow the name until the admin writes other ones. */
    public StringProperty initialsProperty() {
        return initials;
    }

    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", TimeZones.DEFAULT);

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    private final Map<Platform, BooleanProperty> platforms = new LinkedHashMap<>();

    /** One switch per platform a post can go to, in the window's order. */
    public Map<Platform, BooleanProperty> platforms() {
        return platforms;
    }

    private final StringProperty hashtags = new SimpleStringProperty(this, "hashtags", "");

    /** The hashtags as typed: "#SumbarMaju #KominfoSumbar". */
    public StringProperty hashtagsProperty() {
        return hashtags;
    }

    private final ObjectProperty<Optional<Path>> logo = new SimpleObjectProperty<>(this, "logo", Optional.empty());

    /** Rakit's copy of the logo, once one is chosen. */
    public ObjectProperty<Optional<Path>> logoProperty() {
        return logo;
    }

    public ProfileForm() {
        for (Platform p : Platform.targets()) {
            platforms.put(p, new SimpleBooleanProperty(this, p.code()));
        }
        adminName.addListener((obs, old, now) -> {
            String before = initials.get();
            if (before.isBlank() || before.equals(UnitProfile.initialsOf(old == null ? "" : old))) {
                initials.set(UnitProfile.initialsOf(now == null ? "" : now));
            }
        });
    }

    /** Every property of the form, to hear about any change. */
    public List<Observable> all() {
        List<Observable> out = new ArrayList<>(List.of(unitName, adminName, initials, zone, hashtags, logo));
        out.addAll(platforms.values());
        return out;
    }

    /** Shows {@code p} in the form. */
    public void load(UnitProfile p) {
        unitName.set(p.unitName());
        adminName.set(p.adminName());
        initials.set(p.initials());
        zone.set(p.zone());
        platforms.forEach((platform, on) -> on.set(p.platforms().contains(platform)));
        hashtags.set(String.join(" ", p.hashtags()));
        logo.set(p.logo());
    }

    /** What the form says now, the parts that cannot be used left out (see {@link #problems()}). */
    public UnitProfile profile() {
        List<Platform> chosen = platforms.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .toList();
        String shownInitials = validInitials(initials.get()) ? initials.get().strip().toUpperCase(java.util.Locale.ROOT)
                : "";
        return new UnitProfile(unitName.get(), adminName.get(), shownInitials, zone.get(), chosen,
                Hashtags.parse(hashtags.get()).hashtags(), logo.get());
    }

    /** What cannot be used as typed: initials and hashtags. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (!initials.get().isBlank() && !validInitials(initials.get())) {
            out.add(new Problem("profile.problem.initials", initials.get().strip()));
        }
        List<String> invalid = Hashtags.parse(hashtags.get()).invalid();
        if (!invalid.isEmpty()) {
            out.add(new Problem("profile.problem.hashtags", String.join(", ", invalid)));
        }
        return out;
    }

    /** The unit and the admin's name, which the welcome asks for before going on. */
    public List<Problem> missingNames() {
        List<Problem> out = new ArrayList<>();
        if (unitName.get().isBlank()) {
            out.add(new Problem("profile.problem.unit", ""));
        }
        if (adminName.get().isBlank()) {
            out.add(new Problem("profile.problem.admin", ""));
        }
        return out;
    }

    /** One to four letters. */
    static boolean validInitials(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty() && t.codePointCount(0, t.length()) <= 4 && t.codePoints().allMatch(Character::isLetter);
    }
}
