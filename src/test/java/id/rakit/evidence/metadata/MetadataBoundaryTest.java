package id.rakit.evidence.metadata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** metadata-extractor stays behind {@link MetadataReader}; the reader knows nothing of the UI. */
class MetadataBoundaryTest {

    private static final String PACKAGE = "id.rakit.evidence.metadata";
    private static final JavaClasses RAKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rakit");

    @Test
    void libraryTypesAreUsedOnlyInsideTheMetadataPackage() {
        noClasses().that().resideOutsideOfPackage(PACKAGE)
                .should().dependOnClassesThat().resideInAPackage("com.drew..")
                .check(RAKIT);
    }

    @Test
    void onlyTheReaderIsPublic() {
        classes().that().resideInAPackage(PACKAGE).and().arePublic()
                .should().haveSimpleName("MetadataReader")
                .check(RAKIT);
    }

    @Test
    void noUserInterfaceOrConsoleInTheReader() {
        noClasses().that().resideInAPackage(PACKAGE)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .orShould().accessField(System.class, "out")
                .check(RAKIT);
    }
}
