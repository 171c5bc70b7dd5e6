/**
 * pbm-io: where outside data meets pbm — the JSON contract, policy files, Excel forms and CSV, with
 * every problem reported at its location.
 */
module io.pbm.io {
    requires transitive io.pbm.rules;

    // Exports arrive with the packages of the rules and I/O issues.
}
