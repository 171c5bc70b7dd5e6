package io.pbm.rules.explain;

import io.pbm.core.Labelled;
import io.pbm.core.grade.GradeBand;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * A set of message texts in Chinese and English, by key: pbm-rules' own (read once from this module's
 * resources), or those of a module built on pbm-rules that reports in the same shape — pbm-io's
 * reading problems ({@code decimal.grammar} …) live in pbm-io's resources and render through an
 * instance of this class that pbm-io reads and passes to {@link #message}.
 *
 * <p>A text is a pattern with {@code {0}}, {@code {1}} … for the arguments; an argument is rendered
 * with {@code toString()}, a {@link Labelled} constant with its label in the message's language. A key
 * without a text renders as the key and its raw arguments, so a missing text never hides what
 * happened. ResourceBundle is not used: its fallback to the machine's default locale would make output
 * depend on the machine, and its Control is not available in named modules.
 *
 * <p>Equality is identity: each set of texts is read once and shared.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageTexts {

    /** pbm-rules' own texts. */
    static final MessageTexts RULES = new MessageTexts("pbm-rules", load("messages_zh.properties"),
            load("messages_en.properties"));

    private final String name;
    private final Map<String, String> chinese;
    private final Map<String, String> english;
    private final Map<String, Object[]> chinesePatterns;
    private final Map<String, Object[]> englishPatterns;

    private MessageTexts(String name, Map<String, String> chinese, Map<String, String> english) {
        this.name = name;
        this.chinese = chinese;
        this.english = english;
        this.chinesePatterns = compile(chinese);
        this.englishPatterns = compile(english);
    }

    /**
     * Obtains a set of texts.
     *
     * @param name  what the texts belong to, such as {@code pbm-io}, not null
     * @param chinese  the Chinese texts by key, not null
     * @param english  the English texts by key, not null
     * @return the texts, holding copies of the maps
     */
    public static MessageTexts of(String name, Map<String, String> chinese, Map<String, String> english) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(chinese, "chinese is null");
        Objects.requireNonNull(english, "english is null");
        return new MessageTexts(name, Map.copyOf(chinese), Map.copyOf(english));
    }

    /**
     * Reads a set of texts from two properties files in UTF-8 — the caller opens its own resources, so
     * that a named module's encapsulated resources stay its own.
     *
     * @param name  what the texts belong to, not null
     * @param chinese  the Chinese properties, not null; closed by this method
     * @param english  the English properties, not null; closed by this method
     * @return the texts
     * @throws UncheckedIOException if a stream cannot be read
     */
    public static MessageTexts read(String name, InputStream chinese, InputStream english) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(chinese, "chinese is null");
        Objects.requireNonNull(english, "english is null");
        return new MessageTexts(name, read(chinese), read(english));
    }

    /**
     * A message rendered from these texts.
     *
     * @param key  the key, not null
     * @param args  the arguments
     * @return the message
     */
    public Message message(String key, Object... args) {
        Objects.requireNonNull(args, "args is null");
        return new Message(key, java.util.Arrays.asList(args), this);
    }

    /**
     * What the texts belong to.
     *
     * @return the name, such as {@code pbm-rules}
     */
    public String name() {
        return name;
    }

    /**
     * The keys that have a text in a language — for tests that every key has both.
     *
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return the keys
     */
    public Set<String> keys(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        return texts(locale).keySet();
    }

    /**
     * Renders a key and its arguments.
     *
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @param key  the key, not null
     * @param args  the arguments, not null
     * @return the text
     */
    String render(Locale locale, String key, List<Object> args) {
        boolean english = "en".equals(locale.getLanguage());
        Object[] pattern = (english ? englishPatterns : chinesePatterns).get(key);
        if (pattern == null) {
            // A missing text must never hide what happened: show the key and the raw arguments.
            return key + args;
        }
        if (pattern.length == 1 && pattern[0] instanceof String constant) {
            return constant;
        }
        StringBuilder out = new StringBuilder(64);
        for (Object part : pattern) {
            if (part instanceof String literal) {
                out.append(literal);
            } else {
                int index = (Integer) part;
                out.append(index < args.size() ? text(args.get(index), english) : "{" + index + "}");
            }
        }
        return out.toString();
    }

    /**
     * Every text cut once into its literal parts (strings) and argument indexes (integers), so that
     * rendering a message — once per trace step of every project written — does not scan its pattern.
     */
    private static Map<String, Object[]> compile(Map<String, String> texts) {
        Map<String, Object[]> compiled = new HashMap<>();
        texts.forEach((key, pattern) -> compiled.put(key, compile(pattern)));
        return Map.copyOf(compiled);
    }

    private static Object[] compile(String pattern) {
        List<Object> parts = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(Integer.parseInt(pattern, i + 1, close, 10));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    /**
     * A labelled constant (a grade, a category) speaks the message's language, and so do a nested
     * message (rendered from its own texts), a grade band ({@code good [80.00, 90.00)}) and a list
     * (joined with the language's semicolon); anything else is itself.
     */
    private static String text(Object arg, boolean english) {
        if (arg instanceof Labelled labelled) {
            return english ? labelled.englishLabel() : labelled.label();
        }
        if (arg instanceof Message nested) {
            return nested.render(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
        if (arg instanceof GradeBand band) {
            return text(band.grade(), english) + " [" + band.lower() + ", " + band.upper() + (band.isTop() ? "]" : ")");
        }
        if (arg instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                joined.append(joined.length() == 0 ? "" : english ? "; " : "；").append(text(element, english));
            }
            return joined.toString();
        }
        return String.valueOf(arg);
    }

    Map<String, String> texts(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> load(String name) {
        InputStream in = MessageTexts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("pbm-rules is missing its resource " + name);
        }
        return read(in);
    }

    private static Map<String, String> read(InputStream stream) {
        Properties properties = new Properties();
        try (InputStream in = stream) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return Map.copyOf(texts);
    }

    @Override
    public String toString() {
        return "MessageTexts " + name;
    }
}
