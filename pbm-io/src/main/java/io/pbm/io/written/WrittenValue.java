package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.decimal;

import io.pbm.core.DecimalText;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.io.json.Alternatives;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Node;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A target or actual as written: the characters of a JSON number, held to the decimal grammar, or a
 * string as forms write it ({@code ≧735人次}), held to its length. Exactly one is set.
 *
 * @param number  the characters of a number, or null
 * @param text  the string, or null
 */
record WrittenValue(@Decimal @Nullable String number, @Size(max = IndicatorValue.MAX_LENGTH) @Nullable String text)
        implements Alternatives, PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return decimal(number, false, DecimalText.MAX_DECIMALS) && PlainlyValid.text(text, false, IndicatorValue.MAX_LENGTH);
    }

    /** The value of a string or number node, or null for none. */
    static @Nullable WrittenValue of(@Nullable Node node) {
        if (node instanceof Node.Num number) {
            return new WrittenValue(number.text(), null);
        }
        return node instanceof Node.Str string ? new WrittenValue(null, string.text()) : null;
    }

    /** The characters written. */
    String written() {
        return number != null ? number : String.valueOf(text);
    }
}
