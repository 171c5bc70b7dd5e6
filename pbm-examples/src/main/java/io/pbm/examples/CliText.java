package io.pbm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The command line's own texts, in Chinese ({@code cli_zh.properties}) and English
 * ({@code cli_en.properties}): read as UTF-8 and chosen by the {@code --lang} option only, never by the
 * machine's locale. {@code {0}}, {@code {1}} … are replaced by the arguments as they print.
 */
final class CliText {

    private static final Properties ZH = load("cli_zh.properties");
    private static final Properties EN = load("cli_en.properties");

    private CliText() {}

    /**
     * Whether a locale asks for English.
     *
     * @param locale  the locale, not null
     * @return true for {@code en}
     */
    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /**
     * A text with its arguments.
     *
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param key  the key, not null
     * @param args  the arguments
     * @return the text; the key itself if neither file has it
     */
    static String get(Locale locale, String key, Object... args) {
        Objects.requireNonNull(key, "key is null");
        String text = (english(locale) ? EN : ZH).getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("pbm-examples is missing its resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
