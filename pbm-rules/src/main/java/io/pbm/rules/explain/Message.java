package io.pbm.rules.explain;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A message kept as a key and its arguments, rendered to Chinese or English only when asked — so an
 * engine that produces a million results never formats a million sentences nobody reads.
 *
 * <p>Arguments are rendered with {@code toString()}, never with the locale's number format: 1930500.00
 * stays 1930500.00 in every language. Chinese is the default ({@link #toString()}); English when the
 * locale's language is {@code en}. The machine's default locale is never consulted.
 *
 * <p>The texts are pbm-rules' own unless the message was made by {@link MessageTexts#message} from
 * another module's texts (pbm-io's reading problems): a {@link Problem} has one shape whoever found it.
 *
 * <p>This class is immutable and thread-safe if its arguments are.
 *
 * @param key  the message key, such as {@code R-SCORE-GE.partial}
 * @param args  the arguments: the inputs the rule read and what it concluded
 * @param texts  the texts the key is rendered from
 */
public record Message(String key, List<Object> args, MessageTexts texts) {

    /**
     * Creates a message rendered from pbm-rules' texts.
     *
     * @param key  the key, not null
     * @param args  the arguments, not null; a null argument renders as {@code —}
     */
    public Message(String key, List<Object> args) {
        this(key, args, MessageTexts.RULES);
    }

    /**
     * Creates a message.
     *
     * @param key  the key, not null
     * @param args  the arguments, not null; a null argument renders as {@code —}
     * @param texts  the texts, not null
     */
    public Message {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(args, "args is null");
        Objects.requireNonNull(texts, "texts is null");
        // One immutable copy (List.copyOf keeps a list it made itself), nulls shown as —: messages are
        // made by the million, one for each trace step, so of's own copy is kept as it is.
        if (!(args instanceof Args)) {
            boolean blank = false;
            for (Object arg : args) {
                blank |= arg == null;
            }
            if (blank) {
                Object[] shown = args.toArray();
                for (int i = 0; i < shown.length; i++) {
                    if (shown[i] == null) {
                        shown[i] = "—";
                    }
                }
                args = List.of(shown);
            } else {
                args = List.copyOf(args);
            }
        }
    }

    /**
     * Obtains a message.
     *
     * @param key  the key, not null
     * @param args  the arguments
     * @return the message
     */
    public static Message of(String key, Object... args) {
        Objects.requireNonNull(args, "args is null");
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "—";
            }
        }
        return new Message(key, new Args(copy));
    }

    /** Arguments copied once by {@link #of}, nulls already shown as —; unmodifiable, equal to any list of them. */
    private static final class Args extends AbstractList<Object> implements RandomAccess {
        private final Object[] values;

        Args(Object[] values) {
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /**
     * Renders the message.
     *
     * @param locale  the language: English for {@code en}, Chinese otherwise; not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        return texts.render(locale, key, args);
    }

    /**
     * The message in Chinese.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
