package dev.kaikei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.kaikei.architecture.fixture.StringlyPayment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 item 2: payment and operation states travel as enums from the journal to the screen. */
class TypedStatesTest {

    @Test
    @DisplayName("no String-typed state but in the PayPay simulator: journal to screen, the HQ sync format and HQ")
    void statesAreTypes() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kaikei");
        // The simulator keeps PayPay's own words: it stands in for the other side of PayPay's wire format. The HQ sync
        // format is ours, so its states are enums too (plain value types in dev.kaikei.sync.wire).
        classes().that().resideInAPackage("dev.kaikei..")
                .and().resideOutsideOfPackages("dev.kaikei.simulator..")
                .should(TypedStates.holdStatesAsTypes()).check(app);
    }

    @Test
    @DisplayName("the rule catches a String state, a String status in an Optional and a set of String states")
    void ruleCanFail() {
        JavaClasses wrong = new ClassFileImporter().importClasses(StringlyPayment.class);
        EvaluationResult result = TypedStates.rule("dev.kaikei.architecture.fixture..").evaluate(wrong);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("StringlyPayment.state()", "StringlyPayment.refundStatus()", "StringlyPayment.states()")
                .doesNotContain("stateText", "merchantPaymentId");
    }
}
