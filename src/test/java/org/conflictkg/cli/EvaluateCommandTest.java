package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictkg.eval.Category;
import org.conflictkg.eval.Counts;
import org.conflictkg.eval.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void aReportTheExtractorRejectsIsNamedOnOneLineAfterTheTablesAndTheRunFails(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(reports.resolve("empty-fr.txt"), "");
        Files.writeString(reports.resolve("fine-fr.txt"), "Tension\n\nL'Arménie accuse l'Azerbaïdjan d'avoir bombardé Jermuk.\n");
        String armenia = "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n"
                + "<https://w3id.org/conflict-kg/id/state/ARM> a ckg:State .\n";
        Files.writeString(gold.resolve("empty-fr.gold.ttl"), armenia);
        Files.writeString(gold.resolve("fine-fr.gold.ttl"), armenia + "<https://w3id.org/conflict-kg/id/state/AZE> a ckg:State .\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertEquals(1, cmd.execute("evaluate", "--reports", reports.toString(), "--gold", gold.toString()));
        // Both reports are scored: the two states found in one, Armenia missed in the other.
        assertTrue(out.toString().contains("  State             1.00  0.67  0.80     2/3         2"), out.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("conflict-kg: report empty-fr.txt: extraction failed, scored as empty: "), lines.get(0));
        assertTrue(lines.get(0).contains("empty"), lines.get(0));
    }
}
