package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.conflictkg.eval.Category;
import org.conflictkg.eval.Counts;
import org.conflictkg.eval.Scores;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The evaluate command's options and its table. */
class EvaluateCommandTest {
    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new EvaluateCommand());
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--help"));
        for (String option : new String[] {"--gold", "--reports", "--details", "--check", "--version"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void theTableHasOneRowPerCategoryAndAMicroAveragedTotal() {
        StringWriter out = new StringWriter();
        Scores scores = new Scores(Map.of(Category.STATE, new Counts(3, 1, 0), Category.INCIDENT, new Counts(1, 1, 2)));
        EvaluateCommand.printTable(new PrintWriter(out, true), scores);
        String[] lines = out.toString().split("\n");
        assertEquals(Category.values().length + 2, lines.length);
        // State: P 3/4, R 3/3, F1 6/7; incidents: P 1/2, R 1/3, F1 0.4; total: P 4/6, R 4/6.
        assertEquals("  State             0.75  1.00  0.86     3/3         4", lines[1]);
        assertEquals("  incidents         0.50  0.33  0.40     1/3         2", lines[1 + Category.INCIDENT.ordinal()]);
        assertEquals("  total (micro)     0.67  0.67  0.67     4/6         6", lines[lines.length - 1]);
    }
}
