/**
 * The JSON machinery of pbm-io's readers, not exported: Jackson's streaming parser set to pbm's limits,
 * records read into small token trees that keep numbers as text, Bean Validation of written records
 * with located problems.
 */
@NullMarked
package io.pbm.io.json;

import org.jspecify.annotations.NullMarked;
