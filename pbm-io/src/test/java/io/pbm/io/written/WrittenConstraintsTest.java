package io.pbm.io.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.json.Alternatives;
import io.pbm.io.json.BeanCheck;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.PlainlyValid;
import io.pbm.io.json.RecordProblems;
import io.pbm.rules.explain.Problem;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation constraint on the written records fires — once, with its reading code, at its
 * JSON pointer. Records' accessors ({@code weight()}) are not getters, so a constraint that Hibernate
 * Validator did not read from the field would be a silent defect (architecture.md, "Bean Validation");
 * this test finds every constraint by reflection, breaks it alone in an otherwise valid record, and
 * checks the one problem it causes. A new constraint is tested without a new line here.
 */
class WrittenConstraintsTest {

    private static final WrittenValue VALUE = new WrittenValue(null, "≥10个");
    private static final WrittenIndicator INDICATOR = new WrittenIndicator("数量", "OUTPUT", "QUANTITY", ">=", "个",
            new WrittenValue("10", null), new WrittenValue(null, "9个"), "ACHIEVED", "1", "50", "说明", "40");
    private static final WrittenBudget BUDGET = new WrittenBudget("1.00", "1.00", "1.00", "1.00", "1.00", "说明", "9.5");
    private static final WrittenFindings FINDINGS = new WrittenFindings(true, false, false, 0, false);
    private static final WrittenHistory HISTORY = new WrittenHistory(List.of(2019), true, "FAIR");
    private static final WrittenExAnte EX_ANTE = new WrittenExAnte("20", "20", "20", "20", "20", true);
    private static final WrittenTransfer.Target TARGET = new WrittenTransfer.Target("数量", VALUE);
    private static final WrittenTransfer TRANSFER = new WrittenTransfer("T-1", List.of(TARGET));
    private static final WrittenFrameItem FRAME_ITEM = new WrittenFrameItem("DECISION", "立项依据充分性", "10", "8",
            "COMPLETION", ">=", VALUE, VALUE);
    private static final WrittenFlags FLAGS = new WrittenFlags(false, true, true, false);
    private static final WrittenProject PROJECT = new WrittenProject("p-1", "项目", "单位", 2023, "GENERAL_PUBLIC",
            "SELF", "UNIT", "目标", 1, FLAGS, BUDGET, List.of(INDICATOR), FINDINGS, HISTORY, EX_ANTE, TRANSFER, "95",
            List.of(FRAME_ITEM), "90", "GOOD");
    private static final WrittenUnit UNIT = new WrittenUnit("u-1", "单位", 2023, "SELF", "UNIT", "目标", 1, BUDGET,
            List.of(INDICATOR), FINDINGS);

    /** A valid instance of each written record. */
    private static final Map<Class<?>, Object> VALID = Map.ofEntries(
            Map.entry(WrittenValue.class, VALUE), Map.entry(WrittenIndicator.class, INDICATOR),
            Map.entry(WrittenBudget.class, BUDGET), Map.entry(WrittenFindings.class, FINDINGS),
            Map.entry(WrittenHistory.class, HISTORY), Map.entry(WrittenExAnte.class, EX_ANTE),
            Map.entry(WrittenTransfer.Target.class, TARGET), Map.entry(WrittenTransfer.class, TRANSFER),
            Map.entry(WrittenFrameItem.class, FRAME_ITEM), Map.entry(WrittenFlags.class, FLAGS),
            Map.entry(WrittenProject.class, PROJECT), Map.entry(WrittenUnit.class, UNIT));

    /** A record broken in one place, and the one problem that must follow. */
    private record Broken(Object record, String pointer, String code, String what) {}

    @Test
    void theValidRecordsHaveNoProblems() {
        VALID.forEach((type, record) -> assertEquals(List.of(), check(record), type.getSimpleName()));
    }

    @Test
    void theValidRecordsArePlainlyValidSoTheValidatorIsSkipped() {
        VALID.forEach((type, record) -> assertTrue(!(record instanceof PlainlyValid plain) || plain.plainlyValid(),
                type.getSimpleName()));
        assertTrue(VALID.values().stream().filter(r -> !(r instanceof PlainlyValid)).allMatch(r -> r == FLAGS),
                "every written record with constraints checks them by hand");
    }

    @Test
    void noBrokenRecordIsPlainlyValid() {
        VALID.keySet().stream().flatMap(type -> broken(type).stream()).forEach(broken ->
                assertTrue(!((PlainlyValid) broken.record).plainlyValid(), broken.what));
    }

    @Test
    void everyConstraintFiresOnceWithItsCodeAtItsPointer() {
        List<Broken> cases = new ArrayList<>();
        VALID.keySet().forEach(type -> cases.addAll(broken(type)));
        assertTrue(cases.size() >= 90, "the constraints were found: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Broken broken : cases) {
            List<String> found = check(broken.record);
            List<String> expected = List.of(broken.code + " " + broken.pointer);
            if (!found.equals(expected)) {
                failures.add(broken.what + ": expected " + expected + " but found " + found);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyConstraintTypeOnTheRecordsHasAReadingCode() {
        List<Class<? extends Annotation>> used = VALID.keySet().stream().flatMap(t -> Arrays.stream(t.getRecordComponents()))
                .flatMap(c -> constraints(c).stream()).map(Annotation::annotationType).distinct().toList();
        assertTrue(List.of(NotNull.class, NotBlank.class, Size.class, Min.class, Max.class, Decimal.class,
                ConstantOf.class, Valid.class).containsAll(used), used.toString());
    }

    private static List<String> check(Object record) {
        RecordProblems problems = new RecordProblems();
        BeanCheck.check(record, "", problems);
        return problems.sorted().stream().map(p -> p.code() + " " + p.path()).collect(Collectors.toList());
    }

    /** Every record obtained from a valid one by breaking exactly one constraint (or cascading into one). */
    private static List<Broken> broken(Class<?> type) {
        List<Broken> cases = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String pointer = Alternatives.class.isAssignableFrom(type) ? "" : "/" + component.getName();
            String what = type.getSimpleName() + "." + component.getName();
            for (Annotation constraint : declared(component)) {
                if (constraint instanceof Valid) {
                    Broken inner = firstBroken(component.getType());
                    cases.add(new Broken(copy(type, i, inner.record), pointer + inner.pointer, inner.code,
                            what + " @Valid"));
                } else {
                    cases.add(new Broken(copy(type, i, violating(constraint)), pointer, code(constraint),
                            what + " @" + constraint.annotationType().getSimpleName()));
                }
            }
            for (Annotation constraint : elementConstraints(component)) {
                Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType())
                        .getActualTypeArguments()[0];
                if (constraint instanceof Valid) {
                    Broken inner = firstBroken(element);
                    cases.add(new Broken(copy(type, i, List.of(inner.record)), pointer + "/0" + inner.pointer,
                            inner.code, what + " <@Valid>"));
                } else {
                    cases.add(new Broken(copy(type, i, Arrays.asList(violating(constraint))), pointer + "/0",
                            code(constraint), what + " <@" + constraint.annotationType().getSimpleName() + ">"));
                }
            }
        }
        return cases;
    }

    /** The first way to break a record of a type, for a cascade into it. */
    private static Broken firstBroken(Class<?> type) {
        return broken(type).stream().filter(b -> !b.what.contains("@Valid")).findFirst().orElseThrow();
    }

    private static List<Annotation> constraints(RecordComponent component) {
        List<Annotation> all = new ArrayList<>(declared(component));
        all.addAll(elementConstraints(component));
        return all;
    }

    /** The constraints (and @Valid) on a component, which the compiler puts on its field. */
    private static List<Annotation> declared(RecordComponent component) {
        try {
            Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
            return Arrays.stream(field.getDeclaredAnnotations()).filter(WrittenConstraintsTest::isConstraint).toList();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    /** The constraints on a list component's element type. */
    private static List<Annotation> elementConstraints(RecordComponent component) {
        if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
            return Arrays.stream(list.getAnnotatedActualTypeArguments()[0].getAnnotations())
                    .filter(WrittenConstraintsTest::isConstraint).toList();
        }
        return List.of();
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation instanceof Valid || annotation.annotationType().isAnnotationPresent(Constraint.class);
    }

    private static Object violating(Annotation constraint) {
        if (constraint instanceof NotNull) {
            return null;
        }
        if (constraint instanceof NotBlank) {
            return " \t";
        }
        if (constraint instanceof Size size) {
            return "长".repeat(size.max() + 1);
        }
        if (constraint instanceof Min min) {
            return (int) min.value() - 1;
        }
        if (constraint instanceof Max max) {
            return (int) max.value() + 1;
        }
        if (constraint instanceof Decimal) {
            return "1e999999999";
        }
        if (constraint instanceof ConstantOf) {
            return "NO_SUCH_CONSTANT";
        }
        throw new AssertionError("no violating value for " + constraint);
    }

    private static String code(Annotation constraint) {
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            return "required";
        }
        if (constraint instanceof Size) {
            return "size";
        }
        if (constraint instanceof Min || constraint instanceof Max) {
            return "range";
        }
        return constraint instanceof Decimal ? "decimal.grammar" : "enum.unknown";
    }

    /** A copy of the valid record of a type with one component replaced. */
    private static Object copy(Class<?> type, int index, Object value) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = i == index ? value : components[i].getAccessor().invoke(VALID.get(type));
            }
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aProblemsMessageNamesTheMember() {
        RecordProblems problems = new RecordProblems();
        BeanCheck.check(copy(WrittenIndicator.class, 9, "1e5"), "/projects/4/indicators/2", problems);
        Problem problem = problems.sorted().get(0);
        assertEquals("/projects/4/indicators/2/weight", problem.path());
        assertEquals("weight: 1e5 is not a plain decimal (an optional -, at most 15 integer digits and 6 decimals, "
                + "no exponent)", problem.message().render(java.util.Locale.ENGLISH));
    }
}
