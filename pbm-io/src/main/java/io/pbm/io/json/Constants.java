package io.pbm.io.json;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enumerations a pbm document names, each read by its own {@code parse} — the contract's
 * upper-case constant ({@code GENERAL_PUBLIC}, {@code >=}), and the Chinese labels of forms
 * ({@code 一般公共预算}, {@code ≥}). Enumerations without a {@code parse} of their own (policy choices,
 * months, rounding modes) are read by constant name.
 */
public final class Constants {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(FundCategory.class, FundCategory::parse),
            Map.entry(EvaluationKind.class, EvaluationKind::parse),
            Map.entry(Evaluator.class, Evaluator::parse),
            Map.entry(Level1.class, Level1::parse),
            Map.entry(Level2.class, Level2::parse),
            Map.entry(Comparison.class, Comparison::parse),
            Map.entry(QualitativeAchievement.class, QualitativeAchievement::parse),
            Map.entry(Grade.class, Grade::parse),
            Map.entry(FrameSection.class, FrameSection::parse),
            Map.entry(FrameFormula.class, FrameFormula::parse),
            Map.entry(BudgetAction.class, BudgetAction::parse),
            Map.entry(ExAnteConclusion.class, ExAnteConclusion::parse));

    /** The spellings of the contract — constant names, and comparison symbols — looked up before any parser. */
    private static final Map<Class<?>, Map<String, Enum<?>>> EXACT = exact();

    private Constants() {}

    private static Map<Class<?>, Map<String, Enum<?>>> exact() {
        Map<Class<?>, Map<String, Enum<?>>> exact = new java.util.HashMap<>();
        for (Class<?> type : PARSERS.keySet()) {
            Map<String, Enum<?>> names = new java.util.HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                names.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            exact.put(type, Map.copyOf(names));
        }
        Map<String, Enum<?>> comparisons = new java.util.HashMap<>(exact.get(Comparison.class));
        for (Comparison comparison : Comparison.values()) {
            comparisons.put(comparison.symbol(), comparison);
        }
        exact.put(Comparison.class, Map.copyOf(comparisons));
        return Map.copyOf(exact);
    }

    /**
     * Reads a constant.
     *
     * @param <E>  the enumeration
     * @param type  the enum class
     * @param text  the text, not null
     * @return the constant
     * @throws InvalidValueException if the text names none
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        Map<String, Enum<?>> exact = EXACT.get(type);
        Enum<?> known = exact == null ? null : exact.get(text);
        if (known != null) {
            return type.cast(known);
        }
        Function<String, ?> parser = PARSERS.get(type);
        if (parser != null) {
            return type.cast(parser.apply(text));
        }
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidValueException(type.getSimpleName(), text, valid(type));
    }

    /**
     * Whether a text names a constant.
     *
     * @param type  the enum class
     * @param text  the text
     * @return true if {@link #parse} accepts it
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static boolean accepts(Class<? extends Enum<?>> type, String text) {
        try {
            parse((Class) type, text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The constants of an enumeration as the contract writes them, for a message.
     *
     * @param type  the enum class
     * @return such as {@code SELF, DEPARTMENT, FINANCE}
     */
    public static String valid(Class<? extends Enum<?>> type) {
        if (type == Comparison.class) {
            return Arrays.stream(Comparison.values()).map(Comparison::symbol).collect(Collectors.joining(", "));
        }
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Checks that an enumeration is one this class reads.
     *
     * @param type  the enum class
     * @throws IllegalArgumentException if it is not an enum
     */
    static void require(Class<? extends Enum<?>> type) {
        if (!type.isEnum()) {
            throw new IllegalArgumentException(type + " is not an enum");
        }
    }
}
