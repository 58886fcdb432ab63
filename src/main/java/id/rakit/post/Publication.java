package id.rakit.post;

import java.time.LocalDate;
import java.util.Objects;

/** Where and when the admin published the post, pasted back after uploading it by hand. */
public record Publication(String link, LocalDate date) {

    public Publication {
        link = Objects.requireNonNullElse(link, "").strip();
        Objects.requireNonNull(date, "date");
    }
}
