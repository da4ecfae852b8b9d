package org.clausewise.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DESIGN.md: only ui touches JavaFX; dependencies point one way. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clausewise");
    }

    @Test
    void nothingOutsideUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.clausewise.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.clausewise.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.ingest..", "org.clausewise.compare..", "org.clausewise.corpus..",
                        "org.clausewise.export..", "org.clausewise.cli..", "org.clausewise.ui..",
                        "org.clausewise.lineage..", "org.clausewise.present..", "org.clausewise.brief..")
                .check(classes);
    }

    /**
     * What is shown of a comparison is decided in present, from model, compare and lineage only;
     * the drawers (export, cli, ui) use it, and nothing it uses may use it back.
     */
    @Test
    void presentUsesOnlyModelCompareAndLineage() {
        noClasses().that().resideInAPackage("org.clausewise.present..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.ingest..", "org.clausewise.corpus..", "org.clausewise.export..",
                        "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.clausewise.model..", "org.clausewise.compare..",
                        "org.clausewise.lineage..", "org.clausewise.ingest..", "org.clausewise.corpus..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.present..")
                .check(classes);
    }

    /** The PDF draws the presentation; it does not decide again what a row shows. */
    @Test
    void exportDrawsThePresentation() {
        noClasses().that().resideInAPackage("org.clausewise.export..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.ingest..", "org.clausewise.corpus..", "org.clausewise.lineage..",
                        "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
    }

    @Test
    void ingestAndCompareUseOnlyModel() {
        noClasses().that().resideInAnyPackage("org.clausewise.ingest..", "org.clausewise.compare..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.corpus..", "org.clausewise.export..", "org.clausewise.cli..",
                        "org.clausewise.ui..", "org.clausewise.lineage..", "org.clausewise.present..")
                .check(classes);
        noClasses().that().resideInAPackage("org.clausewise.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.compare..")
                .check(classes);
        noClasses().that().resideInAPackage("org.clausewise.compare..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.ingest..")
                .check(classes);
    }

    @Test
    void onlyUiUsesUiAndCliIsNotUsedByTheCore() {
        noClasses().that().resideOutsideOfPackage("org.clausewise.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.clausewise.cli..", "org.clausewise.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.cli..")
                .check(classes);
    }

    /** The session brief is made from the corpus, compare and present; only the drawers use it. */
    @Test
    void briefIsMadeFromTheCoreAndUsedOnlyByTheDrawers() {
        noClasses().that().resideInAPackage("org.clausewise.brief..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.export..", "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.clausewise.brief..", "org.clausewise.cli..",
                        "org.clausewise.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.brief..")
                .check(classes);
    }

    @Test
    void filesDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.clausewise.files..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.model..", "org.clausewise.ingest..", "org.clausewise.compare..",
                        "org.clausewise.corpus..", "org.clausewise.present..", "org.clausewise.export..",
                        "org.clausewise.lineage..", "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
    }
}
