package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor, run on every report of data/reports that has a gold file, keeps at least the
 * F1 scores written in data/gold/ratchet.properties. A failure lists each score that dropped.
 */
class EvaluationRatchetTest {
    @Test
    void noScoreDropsBelowTheRatchet() {
        Evaluation evaluation = Evaluator.create().gold(Path.of("data/gold")).reports(Path.of("data/reports"))
                .build().evaluate();
        List<String> violations = Ratchet.read(Path.of("data/gold/ratchet.properties")).violations(evaluation);
        StringBuilder why = new StringBuilder("scores below the ratchet:\n");
        for (ReportEvaluation r : evaluation.reports()) {
            r.missed().forEach(m -> why.append("  ").append(r.report()).append(" missed ").append(m).append('\n'));
            r.spurious().forEach(s -> why.append("  ").append(r.report()).append(" spurious ").append(s).append('\n'));
        }
        assertEquals(List.of(), violations, why.toString());
    }
}
