package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.report.ReportFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the first report for real, into a TDB2 store, as a user does with {@code load}. */
class LoadingRealReportsTest {
    static final Path FIRST_REPORT = Path.of("data/reports/armenia-azerbaijan-2022-fr.txt");

    @TempDir
    Path dir;

    @Test
    void loadingTheFirstReportTwiceLeavesTheStoreUnchanged() {
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("kg"))) {
            graph.load(FIRST_REPORT);
            Set<Quad> once = quads(graph);
            graph.load(FIRST_REPORT);
            assertEquals(once, quads(graph));
            assertTrue(once.size() > 1000, "the report and the reference data are in the store");
        }
    }

    @Test
    void theSameTextUnderAnotherNameIsTheSameReport() throws IOException {
        Path copy = dir.resolve("copie.txt");
        Files.copy(FIRST_REPORT, copy);
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("kg"))) {
            graph.load(FIRST_REPORT);
            long reports = reports(graph);
            graph.load(copy);
            assertEquals(reports, reports(graph));
        }
    }

    @Test
    void aReportThatCannotBeReadLeavesTheStoreAsItWas() throws IOException {
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = dir.resolve("vide.txt");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("kg"))) {
            graph.load(FIRST_REPORT);
            Set<Quad> before = quads(graph);
            ReportFormatException b = assertThrows(ReportFormatException.class, () -> graph.load(binary));
            assertEquals("report " + binary + ": binary data (NUL byte at offset 4), not text", b.getMessage());
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> graph.load(empty));
            assertEquals("report " + empty + ": is empty", e.getMessage());
            assertEquals(before, quads(graph));
        }
    }

    private static Set<Quad> quads(ConflictGraph graph) {
        return Txn.calculateRead(graph.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            graph.dataset().asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    private static long reports(ConflictGraph graph) {
        QueryResult.Select r = (QueryResult.Select) graph.query(
                "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?r WHERE { ?r a ckg:Report }");
        return r.rows().size();
    }
}
