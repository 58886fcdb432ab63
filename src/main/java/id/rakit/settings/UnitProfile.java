package id.rakit.settings;

import id.rakit.post.Platform;
import id.rakit.post.TimeZones;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who posts: the unit (OPD), its admin, the zone its events are in, where it posts, its official
 * hashtags and its logo. Asked for by the welcome, changed later in Pengaturan.
 *
 * @param initials  the admin's initials, e.g. "RM" for Rina Marlina
 * @param hashtags  each with its "#", as {@link Hashtags#parse} gives them
 * @param logo      Rakit's own copy of the logo (see {@link UnitLogo})
 */
public record UnitProfile(String unitName, String adminName, String initials, ZoneId zone, List<Platform> platforms,
                          List<String> hashtags, Optional<Path> logo) {

    public static final UnitProfile EMPTY = new UnitProfile("", "", "", TimeZones.DEFAULT, List.of(), List.of(),
            Optional.empty());

    public UnitProfile {
        unitName = Objects.requireNonNullElse(unitName, "").strip();
        adminName = Objects.requireNonNullElse(adminName, "").strip();
        initials = Objects.requireNonNullElse(initials, "").strip();
        zone = Objects.requireNonNullElse(zone, TimeZones.DEFAULT);
        platforms = List.copyOf(platforms);
        hashtags = List.copyOf(hashtags);
        logo = Objects.requireNonNullElse(logo, Optional.empty());
    }

    /** "Rina Marlina" gives "RM"; "Drs. H. Ahmad Yani, M.Si." gives "AY": titles are not initials. */
    public static String initialsOf(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("[\\s,]+")) {
            if (word.isEmpty() || word.endsWith(".") || word.contains(".")) {
                continue;  // Drs., H., S.Kom., M.Si.: academic and religious titles
            }
            int first = word.codePointAt(0);
            if (Character.isLetter(first)) {
                out.appendCodePoint(Character.toUpperCase(first));
            }
        }
        return out.length() > 4 ? out.substring(0, 4) : out.toString();
    }
}
