package id.rakit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The allowed directions: app -> ui, cli -> services -> domain; JavaFX only in ui and app. */
class LayeringTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.rakit");
    }

    @Test
    void javaFxStaysInTheUiAndTheLauncher() {
        noClasses().that().resideOutsideOfPackages("id.rakit.ui..", "id.rakit.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theUiNeverTouchesTheDatabase() {
        noClasses().that().resideInAPackage("id.rakit.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "id.rakit.store..")
                .check(classes);
    }

    @Test
    void postsHaveOneWriter() {
        // only the post service (and the store that implements it, and the wiring) sees the repository
        noClasses().that().resideOutsideOfPackages("id.rakit.post..", "id.rakit.store..", "id.rakit.app..")
                .should().dependOnClassesThat().areAssignableTo(id.rakit.post.PostRepository.class)
                .check(classes);
        noClasses().that().resideInAPackage("id.rakit.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void onlyTheTaskExecutorHopsToTheUiThread() {
        noClasses().that().doNotHaveFullyQualifiedName("id.rakit.ui.common.FxTaskExecutor")
                .and().resideOutsideOfPackage("id.rakit.app..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfStorageScreensOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("id.rakit.post..", "id.rakit.evidence..", "id.rakit.export..",
                        "id.rakit.library..", "id.rakit.i18n..", "id.rakit.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rakit.store..", "id.rakit.ui..",
                        "id.rakit.cli..", "id.rakit.app..", "java.sql..")
                .check(classes);
    }

    @Test
    void libraryTypesStayBehindOurOwnTypes() {
        noClasses().that().resideOutsideOfPackages("id.rakit.evidence.metadata..")
                .should().dependOnClassesThat().resideInAPackage("com.drew..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("id.rakit.evidence.rendition..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jcodec..", "com.twelvemonkeys..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void theCommandLineReachesStorageOnlyThroughItsServices() {
        noClasses().that().resideInAPackage("id.rakit.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rakit.store..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theCommandLineAndTheWindowAreSeparate() {
        noClasses().that().resideInAPackage("id.rakit.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rakit.ui..", "id.rakit.app..")
                .check(classes);
        noClasses().that().resideInAPackage("id.rakit.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rakit.cli..", "id.rakit.app..")
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTracesOrWritesToTheConsoleOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("id.rakit.cli..", "id.rakit.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
