package org.conflictkg;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: report text → extraction → store → server and CLI. A class that needs
 * something from a later stage means the design is wrong; this test keeps the layers in place.
 */
class LayersTest {
    @Test
    void eachStageDependsOnlyOnTheStagesBeforeIt() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conflictkg");
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("vocabulary").definedBy("org.conflictkg.vocab..", "org.conflictkg.ontology..")
                .layer("report").definedBy("org.conflictkg.report..")
                .layer("extract").definedBy("org.conflictkg.extract..")
                .layer("eval").definedBy("org.conflictkg.eval..")
                .layer("store").definedBy("org.conflictkg.store..")
                .layer("server").definedBy("org.conflictkg.server..")
                .layer("api").definedBy("org.conflictkg")
                .layer("cli").definedBy("org.conflictkg.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("server").mayOnlyBeAccessedByLayers("api", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("api", "cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("eval", "store", "api", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("extract", "eval", "store", "api", "cli")
                .check(classes);
    }
}
