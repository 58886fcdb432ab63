package id.rakit.compose;

import java.util.List;

/** The admin's snippets. */
public interface SnippetRepository {

    /** The snippets of {@code unit} and those for every unit, by kind and in the admin's order. */
    List<Snippet> forUnit(String unit);

    /** Saves a new snippet (id 0) or changes one; returns it with its id. */
    Snippet save(Snippet snippet);

    void delete(long id);
}
