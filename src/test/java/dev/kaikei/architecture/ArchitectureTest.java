package dev.kaikei.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kaikei.journal.CallOutcome;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Enforces DESIGN.md's dependency rule: cli → app → ui → payment → {opa, journal}; core free of JavaFX; no cycles. */
class ArchitectureTest {

    /** States travel as the journal's enums from the journal to the screen (DESIGN.md), and nothing else of it. */
    private static final Set<String> STATE_ENUMS = Set.of(PaymentState.class.getName(),
            OperationState.class.getName(), OperationKind.class.getName(), CallOutcome.class.getName());
    private static final DescribedPredicate<JavaClass> JOURNAL_STATES = DescribedPredicate.describe(
            "the journal's state enums", c -> STATE_ENUMS.contains(c.getBaseComponentType().getName()));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kaikei");
    }

    @Test
    @DisplayName("core packages never import JavaFX")
    void coreHasNoJavaFx() {
        noClasses().that().resideInAnyPackage("dev.kaikei.opa..", "dev.kaikei.journal..", "dev.kaikei.payment..",
                        "dev.kaikei.simulator..", "dev.kaikei.config..", "dev.kaikei.paypayfile..",
                        "dev.kaikei.sale..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the PayPay client stands alone")
    void opaIsIndependent() {
        noClasses().that().resideInAPackage("dev.kaikei.opa..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.journal..", "dev.kaikei.payment..",
                        "dev.kaikei.ui..", "dev.kaikei.cli..", "dev.kaikei.simulator..", "dev.kaikei.config..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the simulator shares no code with the client (a signing bug cannot hide on both sides)")
    void simulatorIsIndependent() {
        noClasses().that().resideInAPackage("dev.kaikei.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.opa..", "dev.kaikei.journal..",
                        "dev.kaikei.payment..", "dev.kaikei.ui..", "dev.kaikei.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the journal knows nothing of HTTP, PayPay or the UI")
    void journalIsIndependent() {
        noClasses().that().resideInAPackage("dev.kaikei.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.opa..", "dev.kaikei.payment..",
                        "dev.kaikei.ui..", "dev.kaikei.cli..", "dev.kaikei.simulator..", "java.net.http..", "okhttp3..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("PayPay's transaction file is matched against the journal alone: no PayPay client, no UI")
    void paypayFileUsesOnlyTheJournal() {
        noClasses().that().resideInAPackage("dev.kaikei.paypayfile..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.opa..", "dev.kaikei.payment..",
                        "dev.kaikei.ui..", "dev.kaikei.cli..", "dev.kaikei.simulator..", "dev.kaikei.app..")
                .check(classes);
    }

    @Test
    @DisplayName("the domain never reaches up into the UI or the command line")
    void paymentDoesNotDependOnUi() {
        noClasses().that().resideInAPackage("dev.kaikei.payment..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.ui..", "dev.kaikei.cli..",
                        "dev.kaikei.simulator..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the UI uses the domain, never the client or the journal directly (only the journal's state enums)")
    void uiGoesThroughPayment() {
        noClasses().that().resideInAPackage("dev.kaikei.ui..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.kaikei.opa..", "dev.kaikei.journal..",
                        "dev.kaikei.cli..").and(not(JOURNAL_STATES)))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the composition root hands services to the screens, never touching the toolkit or the command line")
    void appDoesNotDependOnToolkitOrCli() {
        noClasses().that().resideInAPackage("dev.kaikei.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kaikei.cli..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the connection self-check is no screen: it never imports JavaFX or the UI")
    void selfCheckHasNoUi() {
        noClasses().that().resideInAPackage("dev.kaikei.selfcheck..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.kaikei.ui..", "dev.kaikei.cli..",
                        "dev.kaikei.journal..", "dev.kaikei.payment..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the UI reaches the self-check only through its report, never its PayPay client")
    void uiUsesOnlyTheSelfCheckReport() {
        noClasses().that().resideInAPackage("dev.kaikei.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.kaikei.selfcheck.PayPayConnectionCheck")
                .check(classes);
    }

    @Test
    @DisplayName("the sale model is pure values: it uses nothing of Kaikei's, so the journal, till and HQ can all share it")
    void saleIsALeaf() {
        noClasses().that().resideInAPackage("dev.kaikei.sale..")
                .should().dependOnClassesThat(resideInAPackage("dev.kaikei..")
                        .and(not(resideInAPackage("dev.kaikei.sale.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.sql..")
                .check(classes);
    }

    @Test
    @DisplayName("no package cycles")
    void noCycles() {
        slices().matching("dev.kaikei.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }
}
