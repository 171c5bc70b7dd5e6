/**
 * Records as written, not exported: the members of a pbm/1 project or unit-wide record as a document
 * has them (texts, the characters of decimals) with their Bean Validation constraints, and their
 * assembly into pbm-core values with every problem located. The JSON reader ({@code io.pbm.io.project})
 * and the CSV reader ({@code io.pbm.io.csv}) both go through {@link io.pbm.io.written.WrittenRecords}.
 */
@NullMarked
package io.pbm.io.written;

import org.jspecify.annotations.NullMarked;
