package dev.kaikei.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule behind "states are types, not strings": a non-private field or method (a record component's accessor
 * included) whose name says it holds a state (…state, …status, …kind, …outcome, …phase, and their plurals) must not
 * be a {@code String}, nor a container of strings. Words shown to a person are named for it ({@code stateText}).
 */
final class TypedStates {

    private static final Pattern STATE_NAME = Pattern.compile("(?i).*(state|status|kind|outcome|phase)(es|s)?");
    /**
     * PayPay's own status word, journaled verbatim as evidence of what PayPay said (its vocabulary differs per
     * endpoint); the journal's states are {@code PaymentState} / {@code OperationState}.
     */
    private static final Set<String> PAYPAY_WORDS = Set.of("paypayStatus", "withPaypayStatus");

    private TypedStates() {
    }

    static ArchRule rule(String... packages) {
        return ArchRuleDefinition.classes().that().resideInAnyPackage(packages)
                .should(holdStatesAsTypes())
                .allowEmptyShould(true);
    }

    static ArchCondition<JavaClass> holdStatesAsTypes() {
        return new ArchCondition<>("hold payment and operation states as enums, not strings") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                // What is private does not cross a layer; a record's components cross through their accessors.
                c.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.PRIVATE))
                        .forEach(f -> check(f, f.getType(), events));
                c.getMethods().stream().filter(m -> !m.getModifiers().contains(JavaModifier.PRIVATE))
                        .filter(m -> !m.getName().contains("$"))
                        .forEach(m -> check(m, m.getReturnType(), events));
            }

            private void check(JavaMember member, JavaType type, ConditionEvents events) {
                String name = member instanceof JavaMethod ? member.getName().replaceFirst("^get", "")
                        : member.getName();
                if (!STATE_NAME.matcher(name).matches() || PAYPAY_WORDS.contains(member.getName())
                        || member.getName().endsWith("Property") || !isStrings(type)) {
                    return;
                }
                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " holds a state as "
                        + type.getName() + ": use the enum (or name display words …Text)"));
            }
        };
    }

    private static boolean isStrings(JavaType type) {
        if (type.toErasure().isEquivalentTo(String.class)) {
            return true;
        }
        return type instanceof JavaParameterizedType p
                && p.getActualTypeArguments().stream().anyMatch(TypedStates::isStrings);
    }
}
