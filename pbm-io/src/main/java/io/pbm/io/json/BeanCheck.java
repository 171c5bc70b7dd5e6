package io.pbm.io.json;

import io.pbm.core.DecimalText;
import io.pbm.io.ReadingCode;
import io.pbm.rules.explain.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation (Hibernate Validator) of the records a reader builds from a document — required
 * members, lengths, ranges, enumerations and the decimal grammar — with each violation turned into a
 * located reading problem: the violation's property path becomes a JSON pointer
 * ({@code indicators[0].weight} → {@code /projects/3/indicators/0/weight}), its constraint a
 * {@link ReadingCode}.
 *
 * <p>The records are Java records whose constraints sit on the components, which Hibernate Validator
 * reads from the fields: a record's accessor ({@code weight()}) is not a getter and is never read, so
 * a constraint is checked once. Every constraint of every record is tested to fire.
 *
 * <p>A record that is {@link PlainlyValid} is first checked by hand; only one that might break a
 * constraint goes through the validator, which then reports exactly what it always reports.
 *
 * <p>Messages are pbm's own, so the validator runs with {@link ParameterMessageInterpolator} and needs
 * no Expression Language; Hibernate Validator's start-up banner is kept off stderr unless the
 * application configured that logger itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BeanCheck {

    /** Held, so that the level set on it stays set. */
    private static final Logger BANNER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private static final Validator VALIDATOR = validator();

    private BeanCheck() {}

    private static Validator validator() {
        if (BANNER.getLevel() == null) {
            BANNER.setLevel(Level.WARNING);
        }
        return Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates a record and adds a located problem for each violation — except where a problem was
     * already found (a member of the wrong type is not also reported missing).
     *
     * @param bean  the record, not null
     * @param pointer  the record's location in the document, such as {@code /projects/3}
     * @param problems  where problems go
     */
    public static void check(Object bean, String pointer, RecordProblems problems) {
        Objects.requireNonNull(bean, "bean is null");
        if (bean instanceof PlainlyValid plain && plain.plainlyValid()) {
            // Nothing can fail: Hibernate Validator would cost more than the rest of the reading (issue 7).
            return;
        }
        List<Problem> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(bean)) {
            Located located = locate(violation, pointer);
            if (!problems.within(located.pointer)) {
                found.add(problem(violation, located));
            }
        }
        found.sort(Comparator.comparing(Problem::path, RecordProblems.POINTER_ORDER).thenComparing(Problem::code));
        found.forEach(problems::add);
    }

    /** A violation's JSON pointer and the name of the member it concerns. */
    private record Located(String pointer, String member) {}

    private static Located locate(ConstraintViolation<Object> violation, String base) {
        StringBuilder pointer = new StringBuilder(base);
        String member = "";
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(escape(node.getName()));
                names.add(node.getName());
                member = node.getName();
            }
        }
        if (violation.getLeafBean() instanceof Alternatives && !names.isEmpty()) {
            // The component is one form of the member written: report it at the member.
            int cut = pointer.lastIndexOf("/");
            pointer.setLength(cut);
            member = names.size() > 1 ? names.get(names.size() - 2) : member;
        }
        return new Located(pointer.toString(), member);
    }

    private static String escape(String name) {
        return Pointer.member("", name).substring(1);
    }

    private static Problem problem(ConstraintViolation<Object> violation, Located at) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            return ReadingCode.REQUIRED.problem(at.pointer, at.member);
        }
        if (constraint instanceof Size size) {
            int length = value instanceof Collection<?> c ? c.size() : String.valueOf(value).length();
            return ReadingCode.SIZE.problem(at.pointer, at.member, length, size.max());
        }
        if (constraint instanceof Min min) {
            return ReadingCode.RANGE.problem(at.pointer, at.member, value, ">= " + min.value());
        }
        if (constraint instanceof Max max) {
            return ReadingCode.RANGE.problem(at.pointer, at.member, value, "<= " + max.value());
        }
        if (constraint instanceof Decimal decimal) {
            return ReadingCode.DECIMAL_GRAMMAR.problem(at.pointer, at.member,
                    DecimalText.abbreviate(String.valueOf(value)), decimal.maxDecimals());
        }
        if (constraint instanceof ConstantOf constant) {
            return ReadingCode.ENUM_UNKNOWN.problem(at.pointer, at.member,
                    DecimalText.abbreviate(String.valueOf(value)), Constants.valid(constant.value()));
        }
        throw new IllegalStateException("no reading code for the constraint " + constraint.annotationType().getName());
    }
}
