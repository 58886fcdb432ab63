package id.rakit.compose;

import java.util.List;

/** The templates the admin wrote. */
public interface TemplateRepository {

    List<Template> all();

    /** Saves a new template (id 0) or changes one; returns it with its id. */
    Template save(Template template);

    void deleteTemplate(long id);
}
