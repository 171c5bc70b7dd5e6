package io.pbm.io.json;

/**
 * Marks a written value whose components are alternatives of ONE member of the document — a target
 * written as a JSON number (checked by the decimal grammar) or as a string (checked by its length).
 * A constraint on a component is reported at the member, not beneath it.
 */
public interface Alternatives {}
