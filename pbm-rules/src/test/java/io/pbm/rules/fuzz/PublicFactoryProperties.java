package io.pbm.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzing the public factories of pbm-core and pbm-rules (issue #8): every public static method whose
 * parameters are text, whole numbers or decimals — {@code Amount.parse}, {@code Score.of},
 * {@code IndicatorValue.parse}, {@code GradeScale.parse} … — found by scanning the exported classes, is
 * called with random and hostile values. It either returns, or throws what architecture.md documents:
 * an {@link IllegalArgumentException} (with a message), or a {@link NullPointerException} naming the
 * null argument. No {@code ArithmeticException}, {@code ClassCastException}, index error or bare
 * {@code NullPointerException} ever escapes.
 */
class PublicFactoryProperties {

    private static final Set<Class<?>> SIMPLE = Set.of(String.class, CharSequence.class, int.class, long.class,
            Integer.class, Long.class, BigDecimal.class, BigInteger.class);

    /** The factories under test, in a stable order so that a seed replays the same calls. */
    static final List<Method> FACTORIES = factories();

    private static List<Method> factories() {
        List<Method> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pbm.core", "io.pbm.rules")) {
            Class<?> loaded = type.reflect();
            if (!Modifier.isPublic(loaded.getModifiers()) || loaded.getSimpleName().startsWith("Immutable")) {
                continue;
            }
            for (Method method : loaded.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && method.getParameterCount() > 0
                        && !method.isSynthetic() && List.of(method.getParameterTypes()).stream().allMatch(SIMPLE::contains)) {
                    found.add(method);
                }
            }
        }
        found.sort(Comparator.comparing(Method::toGenericString));
        return List.copyOf(found);
    }

    @Property(tries = 1000)
    void everyFactoryReturnsOrThrowsADocumentedException(@ForAll("calls") Tuple.Tuple2<Integer, List<Object>> call)
            throws IllegalAccessException {
        Method factory = FACTORIES.get(call.get1());
        Object[] args = arguments(factory, call.get2());
        try {
            factory.invoke(null, args);
        } catch (IllegalArgumentException mismatch) {
            throw new AssertionError("cannot call " + factory + " with " + Arrays.asList(args), mismatch);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            String where = factory.getDeclaringClass().getSimpleName() + "." + factory.getName() + Arrays.asList(args);
            if (cause instanceof IllegalArgumentException) {
                assertTrue(cause.getMessage() != null && !cause.getMessage().isBlank(), where + ": no message");
            } else if (cause instanceof NullPointerException) {
                assertTrue(cause.getMessage() != null && cause.getMessage().endsWith("is null"),
                        where + ": " + cause.getMessage());
                assertTrue(Arrays.asList(args).contains(null), where + ": NullPointerException without a null argument");
            } else {
                fail(where + " threw " + cause, cause);
            }
        }
    }

    @Property(tries = 1)
    void theScanFindsTheFactories() {
        List<String> names = FACTORIES.stream().map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertTrue(names.containsAll(List.of("Amount.parse", "Score.of", "IndicatorValue.parse", "GradeScale.parse",
                "Ratio.parse", "FiscalYear.of", "Weight.of")), names::toString);
        assertFalse(names.size() < 20, names::toString);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Integer, List<Object>>> calls() {
        Arbitrary<Object> anything = Arbitraries.oneOf(text(), Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast), Arbitraries.bigIntegers().map(Object.class::cast),
                decimals(), Arbitraries.just(null));
        return Arbitraries.integers().between(0, FACTORIES.size() - 1)
                .flatMap(i -> anything.list().ofSize(FACTORIES.get(i).getParameterCount()).map(args -> Tuple.of(i, args)));
    }

    private static Arbitrary<Object> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("", " ", "-", "0", "-0", "0.005", "1e999999999", "1E+5", "NaN", "Infinity", "-Infinity",
                        "9".repeat(10_000), "0." + "0".repeat(400) + "1", "≧735人次", "═100%", "≥95%", "≤0", "<-1",
                        "达成", "100", "100.000", "99.995", "2023", "优≥90;良≥80;中≥60;差<60", "60,80,90",
                        "\u0000", "１００", "١٠٠", "+5", "5.", ".5", "--5", "5-", "0x10"),
                Arbitraries.strings().withChars("0123456789.-+eE≥≤<>=%人次个 ").ofMaxLength(20))
                .map(Object.class::cast);
    }

    private static Arbitrary<Object> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().ofScale(2),
                Arbitraries.bigDecimals().ofScale(6),
                Arbitraries.of(new BigDecimal("1E+999999999"), new BigDecimal("1E-999999999"), new BigDecimal("-0.00"),
                        new BigDecimal("99.995"), new BigDecimal("1E+15"), new BigDecimal("-1E+15")))
                .map(Object.class::cast);
    }

    /** Fits each random value to the parameter's type, so that every call reaches the factory's own checks. */
    private static Object[] arguments(Method factory, List<Object> values) {
        Class<?>[] types = factory.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = fit(types[i], values.get(i));
        }
        return args;
    }

    private static Object fit(Class<?> type, Object value) {
        if (value == null) {
            if (type == int.class) {
                return Integer.valueOf(0);
            }
            return type == long.class ? Long.valueOf(0) : null;
        }
        String text = value.toString();
        if (type == String.class || type == CharSequence.class) {
            return text;
        }
        BigInteger whole = value instanceof BigDecimal d ? wholePart(d) : value instanceof String
                ? BigInteger.valueOf(text.hashCode()) : new BigInteger(text);
        if (type == int.class || type == Integer.class) {
            return whole.intValue();
        }
        if (type == long.class || type == Long.class) {
            return whole.longValue();
        }
        if (type == BigInteger.class) {
            return whole;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(whole);
    }

    /** The whole part, with extreme exponents kept extreme but cheap (a factory taking a decimal gets it as is). */
    private static BigInteger wholePart(BigDecimal value) {
        int magnitude = value.precision() - value.scale();
        if (magnitude > 40) {
            return BigInteger.TEN.pow(40).multiply(BigInteger.valueOf(value.signum()));
        }
        return magnitude < -40 ? BigInteger.ZERO : value.toBigInteger();
    }
}
