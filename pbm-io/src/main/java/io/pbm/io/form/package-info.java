/**
 * The national Excel forms (.xlsx). Placeholder: see FormReader.
 */
@NullMarked
package io.pbm.io.form;

import org.jspecify.annotations.NullMarked;
