/**
 * pbm-io: where outside data meets pbm — the JSON contract (pbm/1 documents, pbm-policy/1 files, the
 * pbm-result/1, pbm-review/1, pbm-monitor/1 and pbm-audit/1 documents written by io.pbm.io.result), with
 * every problem reported at its location; the national Excel forms (io.pbm.io.form); the flat indicator
 * table and result tables as CSV (io.pbm.io.csv).
 */
module io.pbm.io {
    requires transitive io.pbm.rules;
    requires com.fasterxml.jackson.core;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports io.pbm.io;
    exports io.pbm.io.project;
    exports io.pbm.io.policy;
    exports io.pbm.io.result;
    exports io.pbm.io.csv;
    exports io.pbm.io.form;

    // Hibernate Validator reads the written records' fields and instantiates pbm-io's constraint validators.
    opens io.pbm.io.written to org.hibernate.validator;
    opens io.pbm.io.json to org.hibernate.validator;
}
