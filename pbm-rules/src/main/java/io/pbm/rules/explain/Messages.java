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
import java.util.Properties;

/**
 * The message texts of pbm-rules in Chinese and English, read once from the module's own resources.
 * ResourceBundle is not used: its fallback to the machine's default locale would make output depend
 * on the machine, and its Control is not available in named modules.
 */
final class Messages {

    private static final Map<String, String> CHINESE = load("messages_zh.properties");
    private static final Map<String, String> ENGLISH = load("messages_en.properties");

    private Messages() {}

    static String render(Locale locale, String key, List<Object> args) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> texts = english ? ENGLISH : CHINESE;
        String pattern = texts.get(key);
        if (pattern == null) {
            // A missing text must never hide what happened: show the key and the raw arguments.
            return key + args;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(index < args.size() ? text(args.get(index), english) : "{" + index + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A labelled constant (a grade, a category) speaks the message's language, and so do a nested
     * message, a grade band
     * ({@code good [80.00, 90.00)}) and a list (joined with the language's semicolon); anything else is itself.
     */
    private static String text(Object arg, boolean english) {
        if (arg instanceof Labelled labelled) {
            return english ? labelled.englishLabel() : labelled.label();
        }
        if (arg instanceof Message nested) {
            return render(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, nested.key(), nested.args());
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

    static Map<String, String> texts(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
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
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("pbm-rules is missing its resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return Map.copyOf(texts);
    }
}
