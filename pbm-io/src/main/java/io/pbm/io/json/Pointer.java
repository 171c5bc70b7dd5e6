package io.pbm.io.json;

/**
 * JSON pointers (RFC 6901), the locations of reading problems: {@code /projects/3/indicators/0/weight}.
 */
public final class Pointer {

    private Pointer() {}

    /**
     * The pointer of a member.
     *
     * @param parent  the parent's pointer, empty for the document
     * @param name  the member's name, escaped here ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
     * @return the pointer
     */
    public static String member(String parent, String name) {
        return parent + "/" + (name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name
                : name.replace("~", "~0").replace("/", "~1"));
    }

    /**
     * The pointer of an array element.
     *
     * @param parent  the array's pointer
     * @param index  the index
     * @return the pointer
     */
    public static String element(String parent, int index) {
        return parent + "/" + index;
    }
}
