package io.pbm.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.core.JsonParser;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * pbm-io reads numbers as text: no binary floating point anywhere, and no call that makes the JSON
 * parser build a number (json-contract.md, "Decimals": pbm never reads them into double, and checks the
 * grammar on the characters first). Only the result workbook's cells hold a double, because POI's do.
 */
class ArchitectureTest {

    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pbm.io");

    @Test
    void noDoubleOrFloat() {
        // The one exception: a spreadsheet cell holds a double, so the result workbook's cell writer converts
        // an exact decimal at POI's boundary (and nowhere else).
        noClasses().that().doNotHaveFullyQualifiedName("io.pbm.io.result.Cells").should().dependOnClassesThat().areAssignableTo(double.class)
                .orShould().dependOnClassesThat().areAssignableTo(float.class)
                .orShould().dependOnClassesThat().areAssignableTo(Double.class)
                .orShould().dependOnClassesThat().areAssignableTo(Float.class)
                .because("amounts, weights, scores and ratios are exact decimals (R-SCORE-ROUND)")
                .check(IO);
    }

    @Test
    void theParserNeverBuildsANumber() {
        noClasses().should().callMethod(JsonParser.class, "getNumberValue")
                .orShould().callMethod(JsonParser.class, "getDecimalValue")
                .orShould().callMethod(JsonParser.class, "getDoubleValue")
                .orShould().callMethod(JsonParser.class, "getFloatValue")
                .orShould().callMethod(JsonParser.class, "getBigIntegerValue")
                .orShould().callMethod(JsonParser.class, "getIntValue")
                .orShould().callMethod(JsonParser.class, "getLongValue")
                .orShould().callMethod(JsonParser.class, "getValueAsDouble")
                .because("a number's characters are checked against the decimal grammar before any number is built")
                .check(IO);
    }

    @Test
    void coreAndRulesStayFreeOfJacksonAndHibernateValidator() {
        JavaClasses pbm = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pbm.core", "io.pbm.rules");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.hibernate..", "io.pbm.io..")
                .check(pbm);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic()
                .should().beFinal()
                .because("readers and writers run on many threads at once; shared state must not change")
                .check(IO);
    }
}
