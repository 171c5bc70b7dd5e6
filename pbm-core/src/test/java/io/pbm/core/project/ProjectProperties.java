package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ids, names and budget units are stripped, whatever white space surrounds them. */
class ProjectProperties {

    @Property
    void idNameAndUnitAreStripped(@ForAll("padding") String before, @ForAll("padding") String after,
            @ForAll("names") String id, @ForAll("names") String name) {
        Project project = ProjectTest.minimal().id(before + id + after).name(after + name + before)
                .unit(BudgetUnit.of(before + name + after)).build();
        assertEquals(id, project.id());
        assertEquals(name, project.name());
        assertEquals(BudgetUnit.of(name), project.unit());
        assertEquals(ProjectTest.minimal().id(id).name(name).unit(BudgetUnit.of(name)).build(), project);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000').ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("焉耆县局工程-2023ab").ofMinLength(1).ofMaxLength(30);
    }
}
