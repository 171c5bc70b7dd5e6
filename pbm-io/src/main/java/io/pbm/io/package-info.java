/**
 * Reading outside data into pbm: the limits a reader puts on a document ({@link io.pbm.io.ReadLimits}),
 * the codes of every reading problem ({@link io.pbm.io.ReadingCode}) and the failure of a document that
 * cannot be read at all ({@link io.pbm.io.DocumentException}). Readers live in
 * {@code io.pbm.io.project} (pbm/1 documents), {@code io.pbm.io.form} (the national Excel forms, read into
 * the same records) and {@code io.pbm.io.policy} (pbm-policy/1 files).
 */
@NullMarked
package io.pbm.io;

import org.jspecify.annotations.NullMarked;
