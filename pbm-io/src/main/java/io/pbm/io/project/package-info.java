/**
 * Reading pbm/1 documents (json-contract.md) into pbm-core projects and unit-wide records, streaming,
 * with every problem of a record reported at its location: {@link io.pbm.io.project.ProjectReader}.
 */
@NullMarked
package io.pbm.io.project;

import org.jspecify.annotations.NullMarked;
