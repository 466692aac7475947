package org.conflictkg.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a whole evaluation run: one {@link ReportEvaluation} per report that has a gold
 * file, in report name order.
 *
 * @param reports the per-report comparisons
 * @param failures the reports whose extraction threw, in report name order; each is also among
 *     {@code reports}, scored as an empty extraction
 */
public record Evaluation(List<ReportEvaluation> reports, List<ExtractionFailure> failures) {
    public Evaluation {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
    }

    /** A run in which every extraction succeeded. */
    public Evaluation(List<ReportEvaluation> reports) {
        this(reports, List.of());
    }

    /** @return the summed (micro-averaged) scores of each set, by set name in alphabetical order */
    public Map<String, Scores> bySet() {
        Map<String, Scores> sets = new TreeMap<>();
        for (ReportEvaluation r : reports) {
            sets.merge(r.set(), r.scores(), Scores::plus);
        }
        return Collections.unmodifiableMap(sets);
    }
}
