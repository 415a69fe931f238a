package dev.kaikei.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 5 and DESIGN.md: a UI feature package (charge, checkout, history, customers, settings, endofday, …)
 * depends only on {@code ui.common} and the layers below, never on another feature or on the shell that holds them.
 */
class UiFeaturePackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kaikei");
    }

    @Test
    @DisplayName("feature packages do not borrow from each other (ui.common is what they share)")
    void featuresAreIndependent() {
        slices().matching("dev.kaikei.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("dev.kaikei.ui.common.."))
                .check(classes);
    }

    @Test
    @DisplayName("the shared plumbing knows no feature")
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage("dev.kaikei.ui.common..")
                .should().dependOnClassesThat(resideInAPackage("dev.kaikei.ui..")
                        .and(not(resideInAPackage("dev.kaikei.ui.common.."))))
                .check(classes);
    }

    @Test
    @DisplayName("no feature reaches up into the shell (window, screen factory, services record)")
    void featuresDoNotKnowTheShell() {
        noClasses().that().resideInAPackage("dev.kaikei.ui.*..")
                .should().dependOnClassesThat().resideInAPackage("dev.kaikei.ui")
                .check(classes);
    }
}
