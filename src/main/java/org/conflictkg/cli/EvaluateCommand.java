package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictkg.eval.Category;
import org.conflictkg.eval.Counts;
import org.conflictkg.eval.Evaluation;
import org.conflictkg.eval.Evaluator;
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
 * scores with the ratchet file and exits 1 when one has dropped.
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
        }
        if (details) {
            for (ReportEvaluation r : evaluation.reports()) {
                out.printf("%n%s [%s]%n", r.report(), r.set());
                r.missed().forEach(m -> out.println("  missed   " + m));
                r.spurious().forEach(s -> out.println("  spurious " + s));
            }
        }
        out.flush();
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

    /** Prints one row per category and a micro-averaged total row. */
    static void printTable(PrintWriter out, Scores scores) {
        out.printf("  %-16s %5s %5s %5s  %9s %6s%n", "category", "P", "R", "F1", "matched", "found");
        for (Category c : Category.values()) {
            row(out, c.label(), scores.of(c));
        }
        row(out, "total (micro)", scores.total());
    }

    private static void row(PrintWriter out, String label, Counts c) {
        out.printf(Locale.ROOT, "  %-16s %5.2f %5.2f %5.2f  %4d/%-4d %6d%n", label, c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives());
    }
}
