package io.pbm.io.json;

import io.pbm.core.Labelled;

/**
 * The kinds of JSON value, and what a member expects, named in the message's language: a reading
 * problem says "weight must be a decimal (a string or a number), not an object".
 */
public enum JsonType implements Labelled {
    /** A JSON object. */
    OBJECT("对象", "an object"),
    /** A JSON array. */
    ARRAY("数组", "an array"),
    /** A JSON string. */
    STRING("字符串", "a string"),
    /** A JSON number. */
    NUMBER("数字", "a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("布尔值（true 或 false）", "true or false"),
    /** {@code null}. */
    NULL("null", "null"),
    /** Expected: a whole number, as a number or a string of digits. */
    INTEGER("整数", "a whole number"),
    /** Expected: a plain decimal, as a string or a number. */
    DECIMAL("十进制数（字符串或数字）", "a decimal (a string or a number)"),
    /** Expected: a target or actual, as a string or a number. */
    STRING_OR_NUMBER("字符串或数字", "a string or a number"),
    /** Found: a member the document gives a second time. */
    REPEATED("重复出现的成员", "a repeated member");

    private final String label;
    private final String englishLabel;

    JsonType(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }
}
