package org.clausewise.ingest.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The PDF reader is a leaf: {@code ingest} uses it, and it uses only PDFBox and the JDK, so no cycle can form. */
class PdfPackageTest {
    @Test
    void thePdfReaderUsesOnlyPdfBoxAndTheJdk() {
        classes().that().resideInAPackage("org.clausewise.ingest.pdf")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.clausewise.ingest.pdf", "java..",
                        "org.apache.pdfbox..", "org.apache.fontbox..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.clausewise.ingest.pdf"));
    }
}
