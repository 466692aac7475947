package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conflictkg.eval.Category;
import org.conflictkg.eval.Counts;
import org.conflictkg.eval.Evaluation;
import org.conflictkg.eval.Evaluator;
import org.conflictkg.eval.ExtractionFailure;
import org.conflictkg.eval.NearMiss;
import org.conflictkg.eval.Ratchet;
import org.conflictkg.eval.ReportEvaluation;
import org.conflictkg.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: runs the extractor on every report that has a gold annotation and prints
 * precision, recall and F1 per category and set. With {@code --check} it also compares the F1
 * scores with the ratchet file and exits 1 when one has dropped. A report the extractor fails on is
 * scored as an empty extraction and named on stderr, and the command then exits 1.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures extraction against the gold annotations: for each set of reports (seed, dev, "
                + "heldout) prints precision, recall and F1 per category (entities by type, memberships, "
                + "incidents, claims, ...) and their micro-average.",
            "Gold format and matching rules: data/gold/README.md."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "folder of *.gold.ttl files (default: ${DEFAULT-VALUE})")
    private Path gold = Path.of("data", "gold");

    @Option(names = "--reports", paramLabel = "DIR",
            description = "folder of reports, searched recursively; sub-folders name the sets (default: ${DEFAULT-VALUE})")
    private Path reports = Path.of("data", "reports");

    @Option(names = "--details", description = "also list, per report, the gold items missed and the items extracted in excess")
    private boolean details;

    @Option(names = "--near", description = "also print, per set, how many missed facts an extracted fact came close to "
            + "and what kept them apart (class, a role missing, fewer, more or other fillers): counts only, no item")
    private boolean near;

    @Option(names = "--check", description = "exit 1 when an F1 score is below DIR/ratchet.properties")
    private boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Evaluation evaluation = Evaluator.create().gold(gold).reports(reports).build().evaluate();
        for (Map.Entry<String, Scores> set : evaluation.bySet().entrySet()) {
            long n = evaluation.reports().stream().filter(r -> r.set().equals(set.getKey())).count();
            out.printf("%nset %s (%d report%s)%n", set.getKey(), n, n == 1 ? "" : "s");
            printTable(out, set.getValue());
            if (near) {
                printNearMisses(out, evaluation.reports().stream().filter(r -> r.set().equals(set.getKey())).toList());
            }
        }
        if (details) {
            for (ReportEvaluation r : evaluation.reports()) {
                out.printf("%n%s [%s]%n", r.report(), r.set());
                printMissed(out, r);
                r.spurious().forEach(s -> out.println("  spurious " + s));
            }
        }
        out.flush();
        if (!evaluation.failures().isEmpty()) {
            reportFailures(evaluation.failures());
            return Failures.FAILED;
        }
        if (check) {
            Path file = gold.resolve("ratchet.properties");
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("no ratchet file " + file);
                return 1;
            }
            List<String> violations = Ratchet.read(file).violations(evaluation);
            violations.forEach(v -> spec.commandLine().getErr().println(v));
            return violations.isEmpty() ? 0 : 1;
        }
        return 0;
    }

    /* After the tables, so that one extraction bug hides no other score; the run still fails. */
    private void reportFailures(List<ExtractionFailure> failures) {
        PrintWriter err = spec.commandLine().getErr();
        boolean verbose = Failures.verbose(spec.root().commandLine().getParseResult());
        for (ExtractionFailure f : failures) {
            err.println("conflict-kg: report " + f.report() + ": extraction failed, scored as empty: "
                    + Failures.message(f.cause()));
            if (verbose) {
                f.cause().printStackTrace(err);
            }
        }
        err.flush();
    }

    /** Prints one row per category and a micro-averaged total row. */
    static void printTable(PrintWriter out, Scores scores) {
        out.printf("  %-16s %5s %5s %5s  %9s %6s%n", "category", "P", "R", "F1", "matched", "found");
        for (Category c : Category.values()) {
            row(out, c.label(), scores.of(c));
        }
        row(out, "total (micro)", scores.total());
    }

    /** Per fact category: gold facts missed, how many had a near extracted fact, and what differed how often. */
    static void printNearMisses(PrintWriter out, List<ReportEvaluation> reports) {
        out.printf("  %-16s %6s %5s  %s%n", "near misses", "missed", "near", "what differs, among the near ones");
        for (Category c : Category.values()) {
            List<NearMiss> misses = reports.stream().flatMap(r -> r.nearMisses().stream())
                    .filter(m -> m.category() == c).toList();
            if (misses.isEmpty()) {
                continue;
            }
            Map<String, Long> differences = misses.stream().flatMap(m -> m.differences().stream())
                    .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
            String what = differences.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(d -> d.getKey() + " " + d.getValue()).collect(Collectors.joining(", "));
            out.printf("  %-16s %6d %5d  %s%n", c.label(), misses.size(), misses.stream().filter(NearMiss::isNear).count(), what);
        }
    }

    /* The near misses come in the order of the missed facts, after the missed entities. */
    private static void printMissed(PrintWriter out, ReportEvaluation r) {
        int next = 0;
        for (String m : r.missed()) {
            out.println("  missed   " + m);
            if (next < r.nearMisses().size()) {
                NearMiss nm = r.nearMisses().get(next);
                if (m.equals(nm.category().label() + ": " + nm.gold())) {
                    next++;
                    nm.closest().ifPresent(c -> out.println("    closest " + c + "  [" + String.join(", ", nm.differences()) + "]"));
                }
            }
        }
    }

    private static void row(PrintWriter out, String label, Counts c) {
        out.printf(Locale.ROOT, "  %-16s %5.2f %5.2f %5.2f  %4d/%-4d %6d%n", label, c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives());
    }
}
