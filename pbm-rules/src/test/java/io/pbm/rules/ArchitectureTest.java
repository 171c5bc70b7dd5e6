package io.pbm.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture of pbm-core and pbm-rules as tests (architecture.md): dependencies point one way,
 * money and scores are never binary floating point, and the rules are pure — no I/O, no clock, no
 * unseeded randomness, no mutable static state — and its values, results and policies are immutable.
 */
class ArchitectureTest {

    private static final JavaClasses PBM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pbm.core", "io.pbm.rules");

    @Test
    void coreAndRulesImportNothingFromIoOrExamples() {
        noClasses().that().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pbm.io..", "io.pbm.examples..")
                .check(PBM);
    }

    @Test
    void coreImportsNothingFromRules() {
        noClasses().that().resideInAPackage("io.pbm.core..")
                .should().dependOnClassesThat().resideInAPackage("io.pbm.rules..")
                .check(PBM);
    }

    @Test
    void noDoubleOrFloatInCoreAndRules() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .should().dependOnClassesThat().areAssignableTo(double.class)
                .orShould().dependOnClassesThat().areAssignableTo(float.class)
                .orShould().dependOnClassesThat().areAssignableTo(Double.class)
                .orShould().dependOnClassesThat().areAssignableTo(Float.class)
                .because("money, weights, scores and ratios are exact decimals (R-SCORE-ROUND)");
        rule.check(PBM);
    }

    @Test
    void rulesDoNoIo() {
        noClasses().that().resideInAPackage("io.pbm.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
                .because("pbm-rules is pure: its messages come from its own resources, nothing else is read or written")
                .check(PBM);
    }

    @Test
    void rulesReadNoClockAndNoUnseededRandomness() {
        noClasses().that().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.LocalDate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.LocalDateTime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random")
                .because("an engine is a function of (input, policy); randomness comes seeded from the caller")
                .check(PBM);
    }

    @Test
    void noMutableStaticStateInCoreAndRules() {
        fields().that().areStatic()
                .and().areDeclaredInClassesThat().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .should().beFinal()
                .because("engines are shared between threads: a static field that can change is a race")
                .check(PBM);
        noFields().that().areStatic().and().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .should().haveRawType(java.util.ArrayList.class)
                .orShould().haveRawType(java.util.HashMap.class)
                .orShould().haveRawType(java.util.HashSet.class)
                .orShould().haveRawType(java.util.List.class)
                .orShould().haveRawType(java.util.Map.class)
                .orShould().haveRawType(java.util.Set.class)
                .orShould().haveRawType(java.util.Collection.class)
                .orShould().haveRawType(Object[].class)
                .because("a public constant that is a mutable container is public mutable state")
                .check(PBM);
    }

    @Test
    void valuesResultsAndPoliciesAreImmutable() {
        fields().that().areNotStatic()
                .and().areDeclaredInClassesThat().resideInAnyPackage("io.pbm.core..", "io.pbm.rules..")
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
                .and().areDeclaredInClassesThat().areNotNestedClasses()
                // Immutables clears its construction-time shim once a value is built.
                .and().doNotHaveName("initShim")
                // The duplicate-id registry is an accumulator a reader owns, documented as not thread-safe.
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("io.pbm.core.project.ProjectIds")
                .should().beFinal()
                .because("a value, result or policy never changes once built (architecture.md); builders and"
                        + " the engines' private working state are the only mutable things")
                .check(PBM);
    }
}
