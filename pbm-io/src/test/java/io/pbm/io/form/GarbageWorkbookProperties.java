package io.pbm.io.form;

import io.pbm.core.FiscalYear;
import io.pbm.io.DocumentException;
import io.pbm.io.hostile.Garbage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Garbage through the form reader (issue #8, "Fuzzing"): random bytes; the test workbooks cut short or
 * with bytes changed; and the test workbooks unzipped, one part of their package cut short, changed or
 * left out, and zipped again — so that the damage reaches the XML behind a sound zip. Read whole,
 * streamed and with its sheets listed ({@link FormReader#readWorkbook}): only a {@link DocumentException}
 * may escape, and every workbook read loses no form sheet ({@link Garbage#check}). A workbook is slower
 * to open than JSON, so fewer tries.
 */
class GarbageWorkbookProperties {

    private static final List<byte[]> WORKBOOKS = List.of(resource("trio.xlsx"), resource("several-projects.xlsx"),
            resource("national-merged.xlsx"), resource("problems.xlsx"));

    private static final FormDefaults DEFAULTS = FormDefaults.NONE.withYear(FiscalYear.of(2023))
            .withIds(FormDefaults.Ids.FILE_AND_SHEET);

    @Provide
    Arbitrary<byte[]> workbooks() {
        Arbitrary<byte[]> workbook = Arbitraries.of(WORKBOOKS);
        return Arbitraries.oneOf(
                Garbage.bytes(300),
                Garbage.bytes(200).map(b -> concat(new byte[] {'P', 'K', 3, 4}, b)),
                workbook.flatMap(Garbage::damaged),
                workbook.flatMap(GarbageWorkbookProperties::partDamaged));
    }

    /** The workbook's package with one part damaged (cut short or changed) or left out, zipped again. */
    private static Arbitrary<byte[]> partDamaged(byte[] workbook) {
        Map<String, byte[]> parts = unzip(workbook);
        List<String> names = new ArrayList<>(parts.keySet());
        return Arbitraries.of(names).flatMap(name -> Arbitraries.oneOf(
                Garbage.damaged(parts.get(name)).map(Optional::of), Arbitraries.just(Optional.<byte[]>empty()))
                .map(damaged -> {
                    Map<String, byte[]> copy = new LinkedHashMap<>(parts);
                    damaged.ifPresentOrElse(bytes -> copy.put(name, bytes), () -> copy.remove(name));
                    return zip(copy);
                }));
    }

    @Property(tries = 60)
    void garbageIsReadWithNothingLostOrRefusedWithADocumentException(@ForAll("workbooks") byte[] workbook) {
        FormReader reader = FormReader.of();
        Garbage.check(() -> reader.read(new ByteArrayInputStream(workbook), "t.xlsx", DEFAULTS),
                () -> reader.stream(new ByteArrayInputStream(workbook), "t.xlsx", DEFAULTS));
    }

    @Property(tries = 30)
    void garbageListedSheetBySheetIsReadOrRefusedWithADocumentException(@ForAll("workbooks") byte[] workbook,
            @ForAll boolean labelledIds) {
        FormDefaults defaults = labelledIds ? FormDefaults.NONE : DEFAULTS;
        try {
            FormWorkbook read = FormReader.of().readWorkbook(new ByteArrayInputStream(workbook), "t.xlsx", defaults);
            Garbage.checkInputOrder(read.document().records());
        } catch (DocumentException refused) {
            Garbage.checkRefusal(refused);
        }
    }

    private static Map<String, byte[]> unzip(byte[] workbook) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static byte[] resource(String name) {
        try (InputStream in = GarbageWorkbookProperties.class.getResourceAsStream("/forms/" + name)) {
            return Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException("no " + name)).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
