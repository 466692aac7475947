package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSetFormatter;
import org.conflictkg.ConflictGraph;
import org.conflictkg.QueryResult;
import org.conflictkg.store.HoldStore;
import org.conflictkg.store.TestReports;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    private static final String AAA = CKG.ID + "state/AAA";

    @TempDir
    Path dir;
    Path store;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void oneStateInAStore() {
        store = dir.resolve("kg");
        try (ConflictGraph kg = ConflictGraph.open(store)) {
            kg.load(TestReports.report("aaaa", "id:state/AAA a ckg:State ; ckg:isoCode \"AAA\" ."));
        }
    }

    @Nested
    class Usage {
        @Test
        void anUnknownOptionIsAUsageError() {
            Run r = run("query", "--store", store.toString(), "--colour", "ASK {}");
            assertEquals(2, r.exit());
            assertTrue(r.err().startsWith("Unknown option: '--colour'"), r.err());
        }

        @Test
        void noCommandIsAUsageError() {
            assertEquals(2, run().exit());
        }

        @Test
        void aQueryGivenTwiceIsAUsageError() {
            assertEquals(2, run("query", "--store", store.toString(), "--file", "q.rq", "ASK {}").exit());
        }

        @Test
        void helpListsTheCommands() {
            Run r = run("--help");
            assertEquals(0, r.exit());
            for (String command : List.of("extract", "load", "query", "serve")) {
                assertTrue(r.out().contains("  " + command + " "), r.out());
            }
        }
    }

    @Nested
    class Failing {
        @Test
        void aMissingReportIsOneLineNamingIt() {
            Path missing = dir.resolve("nowhere.txt");
            Run r = run("load", "--store", store.toString(), missing.toString());
            assertEquals(1, r.exit());
            assertEquals(List.of("conflict-kg: report " + missing + ": no such file"), r.errLines());
        }

        /*
         * A report under the size limit can still be more than the Java heap holds (a 3.6 MB report needs
         * over a gigabyte). A second JVM with a small heap loads one: one line naming the report and what to
         * do, exit code 1, and the store as it was.
         */
        @Test
        void aReportTooLargeForTheHeapIsOneLineAndLeavesTheStore() throws Exception {
            String seed = Files.readString(Path.of("../shared/seed/armenia-azerbaijan-2022-fr.txt"));
            Path big = dir.resolve("big.txt");
            Files.writeString(big, (seed + "\n\n").repeat(600));
            long graphsBefore = namedGraphs(store);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "load", "--store", store.toString(), big.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            List<String> err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("conflict-kg:") || l.contains("Exception") || l.contains("Error")).toList();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue());
            assertEquals(1, err.size(), () -> String.join("\n", err));
            assertTrue(err.get(0).startsWith("conflict-kg: report " + big + ": not enough memory to extract it (Java heap limit "),
                    err.get(0));
            assertEquals(graphsBefore, namedGraphs(store));
        }

        private static long namedGraphs(Path store) {
            try (ConflictGraph kg = ConflictGraph.open(store)) {
                QueryResult.Select graphs = (QueryResult.Select) kg.query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
                return ResultSetFormatter.consume(graphs.resultSet());
            }
        }

        @Test
        void extractingAMissingReportIsOneLineNamingIt() {
            Path missing = dir.resolve("nowhere.txt");
            Run r = run("extract", missing.toString());
            assertEquals(1, r.exit());
            assertEquals(List.of("conflict-kg: report " + missing + ": no such file"), r.errLines());
        }

        @Test
        void aMalformedQueryIsOneLine() {
            Run r = run("query", "--store", store.toString(), "SELECT ?s WHERE { ?s ?p }");
            assertEquals(1, r.exit());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("conflict-kg: query: "), r.err());
            assertTrue(r.err().contains("line 1, column"), r.err());
        }

        @Test
        void verboseAddsTheStackTrace() {
            Run r = run("--verbose", "query", "--store", store.toString(), "SELECT ?s WHERE { ?s ?p }");
            assertEquals(1, r.exit());
            assertTrue(r.errLines().size() > 1);
            assertTrue(r.err().contains("QueryParseException"), r.err());
        }

        @Test
        void verboseWorksAfterTheCommandToo() {
            Run r = run("query", "--store", store.toString(), "--verbose", "SELECT ?s WHERE { ?s ?p }");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("QueryParseException"), r.err());
        }

        @Test
        void aMissingQueryFileIsOneLineNamingIt() {
            Path q = dir.resolve("q.rq");
            Run r = run("query", "--store", store.toString(), "--file", q.toString());
            assertEquals(1, r.exit());
            assertEquals(List.of("conflict-kg: query file " + q + ": no such file"), r.errLines());
        }

        @Test
        void anEmptyQueryFileIsOneLineNamingIt() throws Exception {
            Path q = Files.writeString(dir.resolve("q.rq"), "  \n");
            Run r = run("query", "--store", store.toString(), "--file", q.toString());
            assertEquals(1, r.exit());
            assertEquals(List.of("conflict-kg: query file " + q + ": empty"), r.errLines());
        }

        @Test
        void queryingAStoreThatDoesNotExistSaysSo() {
            Path none = dir.resolve("none");
            Run r = run("query", "--store", none.toString(), "ASK {}");
            assertEquals(1, r.exit());
            assertEquals(List.of("conflict-kg: store " + none + ": no such directory; load reports into it first"),
                    r.errLines());
            assertTrue(Files.notExists(none));
        }

        @Test
        void aStoreInUseIsOneLine() throws Exception {
            try (HoldStore held = HoldStore.hold(store)) {
                Run r = run("query", "--store", store.toString(), "ASK {}");
                assertEquals(1, r.exit());
                assertEquals(List.of("conflict-kg: store " + store + ": in use by another process"), r.errLines());
            }
        }
    }

    @Nested
    class Answering {
        private static final String SELECT = "SELECT ?s ?iso { ?s <" + CKG.NS + "isoCode> ?iso "
                + TestReports.NOT_IN_REFERENCE + " }";

        @Test
        void selectAsCsv() {
            Run r = run("query", "--store", store.toString(), "--format", "csv", SELECT);
            assertEquals(0, r.exit(), r.err());
            assertEquals("s,iso\r\n" + AAA + ",AAA\r\n", r.out());
        }

        @Test
        void selectAsTsv() {
            Run r = run("query", "--store", store.toString(), "--format", "tsv", SELECT);
            assertEquals(0, r.exit(), r.err());
            assertEquals("?s\t?iso\n<" + AAA + ">\t\"AAA\"\n", r.out());
        }

        @Test
        void selectAsSparqlResultsJson() {
            Run r = run("query", "--store", store.toString(), "--format", "json", SELECT);
            assertEquals(0, r.exit(), r.err());
            JsonObject expected = JSON.parse("""
                    { "head": { "vars": [ "s", "iso" ] },
                      "results": { "bindings": [
                        { "s": { "type": "uri", "value": "%s" }, "iso": { "type": "literal", "value": "AAA" } } ] } }
                    """.formatted(AAA));
            assertEquals(expected, JSON.parse(r.out()));
        }

        @Test
        void askAsJson() {
            Run r = run("query", "--store", store.toString(), "--format", "json", "ASK { ?s ?p \"AAA\" }");
            assertEquals(0, r.exit(), r.err());
            assertEquals(JSON.parse("{ \"head\": {}, \"boolean\": true }"), JSON.parse(r.out()));
        }

        @Test
        void constructAsNTriples() throws Exception {
            Path q = Files.writeString(dir.resolve("q.rq"), "CONSTRUCT { ?s <urn:x:code> ?iso } WHERE { ?s <" + CKG.NS
                    + "isoCode> ?iso " + TestReports.NOT_IN_REFERENCE + " }");
            Run r = run("query", "--store", store.toString(), "--format", "csv", "--file", q.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("<" + AAA + "> <urn:x:code> \"AAA\" .\n", r.out());
        }
    }
}
