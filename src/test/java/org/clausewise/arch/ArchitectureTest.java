package org.clausewise.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of decision 0001 (and 0014 for the newer packages): only ui touches JavaFX;
 * dependencies point one way, so no two packages, however deep, depend on each other.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clausewise");
    }

    /** model, ingest, compare, corpus, lineage, present, export, cli, ui: a one-way graph. */
    @Test
    void featuresFormNoCycles() {
        slices().matching("org.clausewise.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Finer: every package is a slice of its own, sub-packages too. A feature package under ui
     * (ui.history, ui.viewer...) does not reach back into the window that holds it: what the
     * window wires up lives in ui itself (HistoryActions, AmendActions), what all screens share in ui.theme.
     */
    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.clausewise.(**)").should().beFreeOfCycles().check(classes);
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
                        "org.clausewise.lineage..", "org.clausewise.present..", "org.clausewise.brief..", "org.clausewise.amend..")
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

    /**
     * Amendments are applied on the model alone; the window and the command line compare and show
     * the result, so nothing else in the core depends on it.
     */
    @Test
    void amendUsesOnlyModelAndOnlyTheDrawersUseIt() {
        noClasses().that().resideInAPackage("org.clausewise.amend..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.ingest..", "org.clausewise.compare..", "org.clausewise.corpus..",
                        "org.clausewise.lineage..", "org.clausewise.present..", "org.clausewise.export..",
                        "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.clausewise.amend..", "org.clausewise.cli..",
                        "org.clausewise.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.clausewise.amend..")
                .check(classes);
    }

    /** The library, series and timeline: read texts and compare them, nothing that draws them. */
    @Test
    void corpusAndItsSearchUseOnlyTheCore() {
        noClasses().that().resideInAPackage("org.clausewise.corpus..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.lineage..", "org.clausewise.present..", "org.clausewise.export..",
                        "org.clausewise.cli..", "org.clausewise.ui..")
                .check(classes);
    }

    /** Clause histories are built from the library and the comparison only. */
    @Test
    void lineageUsesOnlyModelCompareAndCorpus() {
        noClasses().that().resideInAPackage("org.clausewise.lineage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.clausewise.present..", "org.clausewise.export..", "org.clausewise.cli..",
                        "org.clausewise.ui..")
                .check(classes);
    }

    /** The one atomic-file helper knows files, not resolutions: anything may use it. */
    @Test
    void filesDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.clausewise.files..")
                .should().dependOnClassesThat(resideInAPackage("org.clausewise..")
                        .and(resideOutsideOfPackage("org.clausewise.files..")))
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Benches are developer tools (decision 0014): they live in src/bench/java, which the tests
     * compile as test sources, so none is among the classes imported here, the app's own. A bench
     * left in src/main/java would be installed with the app.
     */
    @Test
    void noBenchIsShipped() {
        noClasses().should().haveSimpleNameEndingWith("Bench")
                .orShould().haveSimpleName("BenchCommand")
                .because("benches belong in src/bench/java (see the cli package-info)")
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
