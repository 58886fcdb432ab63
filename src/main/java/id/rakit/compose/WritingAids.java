package id.rakit.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes writing faster: the unit's snippets and the templates, the example shipped with Rakit
 * first. Reads and writes the database: never on the UI thread.
 */
public final class WritingAids {

    static final String EXAMPLE = "/id/rakit/compose/templates/rilis-pers.txt";

    private final SnippetRepository snippets;
    private final TemplateRepository templates;

    public WritingAids(SnippetRepository snippets, TemplateRepository templates) {
        this.snippets = snippets;
        this.templates = templates;
    }

    public List<Snippet> snippets(String unit) {
        return snippets.forUnit(unit);
    }

    public Snippet save(Snippet snippet) {
        if (snippet.name().isEmpty() || snippet.text().isBlank()) {
            throw new IllegalArgumentException("a snippet needs a name and a text");
        }
        return snippets.save(snippet);
    }

    public void deleteSnippet(long id) {
        snippets.delete(id);
    }

    /** The example press release first, then the admin's own. */
    public List<Template> templates() {
        List<Template> out = new ArrayList<>();
        out.add(example());
        out.addAll(templates.all());
        return out;
    }

    public Template save(Template template) {
        if (template.builtIn()) {
            throw new IllegalArgumentException("the example template is not changed; save a copy");
        }
        if (template.name().isEmpty() || template.text().isBlank()) {
            throw new IllegalArgumentException("a template needs a name and a text");
        }
        return templates.save(template);
    }

    public void deleteTemplate(long id) {
        templates.deleteTemplate(id);
    }

    /** The province's press-release style: a dateline, the body, "Baca juga", closing initials. */
    public static Template example() {
        try (InputStream in = WritingAids.class.getResourceAsStream(EXAMPLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return new Template(0, "Rilis pers (contoh)", text, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXAMPLE, e);
        }
    }
}
