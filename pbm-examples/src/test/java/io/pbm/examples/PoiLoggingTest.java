package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * json-contract.md: a document the command line cannot read gives one line on stderr, no stack trace.
 * POI reports a damaged workbook's XML (hostile corpus: {@code xlsx/content-types-invalid-utf8.xlsx})
 * through its Log4j logger before pbm refuses the workbook, so that logger must be off: the level of
 * Log4j's simple logger comes from {@code log4j2.simplelog.properties}, not from
 * {@code log4j2.component.properties} — where it was set first, and ignored.
 */
class PoiLoggingTest {

    @Test
    void poisXmlLoggerIsOffSoADamagedWorkbookPrintsNoStackTrace() {
        assertFalse(LogManager.getLogger("org.apache.poi.util.XMLHelper").isEnabled(Level.FATAL));
    }
}
