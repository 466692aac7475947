package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratchet file: per-set defaults, per-category overrides, missing sets. */
class RatchetTest {
    private static ReportEvaluation report(String set, Map<Category, Counts> counts) {
        return new ReportEvaluation("r", set, new Scores(counts), List.of(), List.of(), List.of());
    }

    @Test
    void reportsEveryScoreBelowItsMinimumAndEverySetWithoutReports(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ratchet.properties");
        Files.writeString(file, "seed.*=1.0\ndev.*=0.0\ndev.incidents=0.5\nheldout.total=0.0\n");
        // seed: one missed claim -> claims F1 0, total F1 = 2*1*(2/3)/(5/3) = 0.8.
        // dev: incidents P = 1/3, R = 1/2 -> F1 0.4 < 0.5.
        Evaluation e = new Evaluation(List.of(
                report("seed", Map.of(Category.STATE, new Counts(2, 0, 0), Category.CLAIM, new Counts(0, 0, 1))),
                report("dev", Map.of(Category.INCIDENT, new Counts(1, 2, 1)))));
        assertEquals(List.of(
                "dev incidents: F1 0.400 below the ratchet 0.500",
                "heldout: no report with a gold file in this set",
                "seed claims: F1 0.000 below the ratchet 1.000",
                "seed total: F1 0.800 below the ratchet 1.000"),
                Ratchet.read(file).violations(e));
    }

    @Test
    void anUnknownCategoryIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ratchet.properties");
        Files.writeString(file, "dev.incidnets=0.5\n");
        assertThrows(IllegalArgumentException.class, () -> Ratchet.read(file));
    }
}
