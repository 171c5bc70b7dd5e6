package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.pbm.io.project.ProjectReader;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streamed path — pbm/1 bytes read, evaluated under XINJIANG, written as pbm-result/1 — gives the
 * same bytes as before the reader and writer were made faster (issue 7): a 300-project province sample
 * with its data-entry mistakes ({@code pbm sample --projects 300 --units 30 --seed 7 --profile province
 * --with-errors}) and the result documents {@code pbm evaluate --policy xinjiang --format json} wrote for
 * it, in Chinese and in English, kept gzipped.
 */
class ResultBytesGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh, province-300-result-zh.json.gz", "en, province-300-result-en.json.gz"})
    void streamedResultIsByteIdenticalToTheGoldenDocument(String language, String golden) {
        byte[] input = gunzip("province-300.json.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.evaluate(ProjectReader.of(), new ByteArrayInputStream(input), Presets.XINJIANG, out,
                Locale.forLanguageTag(language));
        byte[] expected = gunzip(golden);
        byte[] actual = out.toByteArray();
        int at = firstDifference(expected, actual);
        if (at >= 0) {
            fail("the result differs from " + golden + " at byte " + at + ":\nexpected …"
                    + around(expected, at) + "…\nactual   …" + around(actual, at) + "…");
        }
        assertEquals(expected.length, actual.length);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 120);
        int to = Math.min(bytes.length, at + 120);
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(String name) {
        try (InputStream in = new GZIPInputStream(ResultBytesGoldenTest.class.getResourceAsStream("/golden/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
