package dev.kaikei.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.kaikei.architecture.fixture.RogueScreenBuilder;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.ui.ShellModel;
import dev.kaikei.ui.UiServices;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.endofday.EndOfDayViewModel;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 1: one composition root ({@code dev.kaikei.app}) builds the services and hands them to the screens;
 * the window is a thin shell over a toolkit-free {@link ShellModel}; one factory wires every screen.
 */
class CompositionRootTest {

    private static final String APP = "dev.kaikei.app..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kaikei");
    }

    @Test
    @DisplayName("the payment engine and the app's journal are built only in the composition root")
    void servicesBuiltInTheRoot() {
        noClasses().that().resideOutsideOfPackage(APP)
                .should().callConstructorWhere(constructorOf(PaymentEngine.class))
                .because("a second engine would poll and journal the same payments twice")
                .check(classes);
        // The self-test's throwaway journal in a temporary directory is the one other journal.
        noClasses().that().resideOutsideOfPackages(APP, "dev.kaikei.journal..").and()
                .doNotHaveFullyQualifiedName("dev.kaikei.cli.SelfTestCommand")
                .should().callMethod(Journal.class, "open", Path.class, JournalOptions.class)
                .orShould().callMethod(Journal.class, "open", Path.class)
                .check(classes);
    }

    @Test
    @DisplayName("what the screens get is put together only in the composition root")
    void screensGetTheirServicesFromTheRoot() {
        noClasses().that().resideOutsideOfPackage(APP)
                .should().callMethod(UiServices.class, "builder", CheckoutService.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage(APP)
                .and().doNotHaveFullyQualifiedName(UiServices.Builder.class.getName())
                .should().callConstructorWhere(constructorOf(UiServices.class))
                .check(classes);
    }

    @Test
    @DisplayName("the app has one manager-PIN guard, built by the composition root, so a lockout covers every prompt")
    void onePinGuard() {
        noClasses().that().resideOutsideOfPackage(APP)
                .and().doNotHaveFullyQualifiedName(UiServices.Builder.class.getName())
                .and().doNotBelongToAnyOf(ManagerPinGuard.class)
                .should().callConstructorWhere(constructorOf(ManagerPinGuard.class))
                .check(classes);
    }

    @Test
    @DisplayName("the command line opens the cashier app through the composition root, never the UI itself")
    void cliGoesThroughTheRoot() {
        noClasses().that().resideInAPackage("dev.kaikei.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.kaikei.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.kaikei.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(APP, "dev.kaikei.cli..")
                .check(classes);
    }

    @Test
    @DisplayName("the shell's model is toolkit-free: properties and collections only, no node, stage or scene")
    void shellModelIsToolkitFree() {
        noClasses().that().belongToAnyOf(ShellModel.class)
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .check(classes);
    }

    @Test
    @DisplayName("every screen's view and view model are built by ScreenFactory (or inside their own package)")
    void oneScreenFactory() {
        screensBuiltBy("dev.kaikei.ui.ScreenFactory").check(classes);
    }

    @Test
    @DisplayName("the screen rule catches a view model built outside the factory")
    void screenRuleCanFail() {
        JavaClasses rogue = new ClassFileImporter().importClasses(RogueScreenBuilder.class, EndOfDayViewModel.class);
        EvaluationResult result = screensBuiltBy("dev.kaikei.ui.ScreenFactory").evaluate(rogue);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("RogueScreenBuilder")
                .contains("EndOfDayViewModel");
    }

    private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?> type) {
        return DescribedPredicate.describe("a constructor of " + type.getSimpleName(),
                call -> call.getTargetOwner().isEquivalentTo(type));
    }

    /** Views and view models of a UI feature package are constructed only by {@code factory} or their own package. */
    static ArchRule screensBuiltBy(String factory) {
        Pattern screenClass = Pattern.compile("dev\\.kaikei\\.ui\\.(?!common\\.)[a-z]+\\.[A-Za-z]+(View|ViewModel)");
        return classes().that().resideInAPackage("dev.kaikei..")
                .should(new ArchCondition<>("construct screens only in " + factory) {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (JavaConstructorCall call : origin.getConstructorCallsFromSelf()) {
                            JavaClass built = call.getTargetOwner();
                            boolean screen = screenClass.matcher(built.getName()).matches();
                            boolean allowed = origin.getName().equals(factory)
                                    || origin.getPackageName().equals(built.getPackageName());
                            if (screen && !allowed) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                        + ": screens are wired in " + factory));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }
}
