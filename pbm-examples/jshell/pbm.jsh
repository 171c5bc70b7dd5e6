// pbm.jsh: pbm in JShell. `./pbm jshell` starts JShell with pbm on the class path and this script,
// which imports the API and defines a few helpers:
//
//   var projects = county()                     the built-in sample county (998 projects, 150 units)
//   var projects = load("county.json")          a pbm/1 document; every rejected record is listed
//   println(evaluate(projects, XINJIANG))       a BatchResult: grades, mean score, vetoes, budget
//   println(compare(projects, MOF_2020, MOF_2020.withGradeScale(GradeScale.NATIONAL.withLowerBound(Grade.FAIR, Score.of(70))))
//                                               the what-if: the projects whose grade or budget changes
//   policy("my-policy.json")                    a pbm-policy/1 file, or a preset: policy("xinjiang")
//   explain(projects, XINJIANG, "659999-2021-0018")   one project's trail of rules
//
// The presets MOF_2020 and XINJIANG are imported. Results print in Chinese; render(Locale.ENGLISH)
// gives English. JShell shows at most 1000 characters of a value: println(result) prints it whole
// (println and print come from JShell's PRINTING startup, which pbm jshell loads too).

import io.pbm.core.*;
import io.pbm.core.budget.*;
import io.pbm.core.evaluation.*;
import io.pbm.core.goal.*;
import io.pbm.core.grade.*;
import io.pbm.core.project.*;
import io.pbm.rules.*;
import io.pbm.rules.evaluation.*;
import io.pbm.rules.explain.*;
import io.pbm.rules.linkage.*;
import io.pbm.rules.pipeline.*;
import io.pbm.rules.policy.*;
import io.pbm.rules.veto.*;
import io.pbm.io.*;
import io.pbm.io.policy.*;
import io.pbm.io.project.*;
import io.pbm.io.result.*;
import io.pbm.examples.sample.*;
import static io.pbm.rules.policy.Presets.MOF_2020;
import static io.pbm.rules.policy.Presets.XINJIANG;

/** Projects with where they came from; prints as a count, not as 998 project values. */
record Projects(String source, List<Project> list, List<RejectedRecord> rejected) implements Iterable<Project> {
    public Iterator<Project> iterator() { return list.iterator(); }
    public int size() { return list.size(); }
    public Project get(int index) { return list.get(index); }
    public Project get(String id) {
        return list.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no project " + id + " in " + source));
    }
    public String toString() {
        StringBuilder text = new StringBuilder().append(list.size()).append("个项目，")
                .append(list.stream().map(Project::unit).distinct().count()).append("个预算单位：").append(source);
        if (!rejected.isEmpty()) {
            text.append("\n无法读取的记录：").append(rejected.size()).append("个");
            rejected.forEach(r -> text.append("\n  ").append(r.render(Locale.SIMPLIFIED_CHINESE).strip().replace("\n", "\n  ")));
        }
        return text.toString();
    }
}

/** The built-in sample county: 998 projects of 150 units, the same every time (pbm demo's). */
Projects county() {
    return new Projects(SampleCounty.description(Locale.SIMPLIFIED_CHINESE), SampleCounty.projects(), List.of());
}

/** A pbm/1 document: its projects, and every record that could not be read with all its problems. */
Projects load(String file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)))) {
        ProjectDocument document = ProjectReader.of().read(in);
        return new Projects(file, document.projects(), document.rejected());
    }
}

/** A preset (mof-2020, xinjiang) or a pbm-policy/1 file, which may extend a preset. */
Policy policy(String presetOrFile) throws IOException {
    Path file = Path.of(presetOrFile);
    if (!Files.isRegularFile(file)) {
        return PolicyFile.preset(presetOrFile);
    }
    try (InputStream in = Files.newInputStream(file)) {
        return PolicyFile.read(in);
    }
}

/** The whole pipeline over a batch: results, exclusions (R-PLAN-4), rejections and the summary. */
BatchResult evaluate(Iterable<? extends Project> projects, Policy policy) {
    return Pbm.evaluateAll(projects, policy);
}

/** The what-if: the batch under two policies, the summaries side by side and every project that changes. */
PolicyComparison compare(Iterable<? extends Project> projects, Policy first, Policy second) {
    return Pbm.compare(projects, first, second);
}

/** Prints one project's outcome under a policy with its trail of rules: why 中 and not 良. */
void explain(Projects projects, Policy policy, String id) {
    ProjectOutcome outcome = Pbm.evaluate(projects.get(id), policy);
    System.out.println(outcome.asResult().map(ProjectResult::explain).orElseGet(outcome::toString));
}
