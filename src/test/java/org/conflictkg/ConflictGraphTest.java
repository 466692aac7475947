package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.ReportFormatException;
import org.conflictkg.server.ConflictServer;
import org.conflictkg.store.TestReports;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictGraphTest {
    /** The states the test's reports (or a write that got through) added, not the reference ones. */
    private static final String STATES = "PREFIX ckg: <" + CKG.NS + "> SELECT ?s ?iso { ?s a ckg:State ; ckg:isoCode ?iso "
            + TestReports.NOT_IN_REFERENCE + " } ORDER BY ?iso";

    @TempDir
    Path dir;

    static ConflictGraph twoStates() {
        ConflictGraph kg = ConflictGraph.inMemory();
        kg.load(TestReports.report("aaaa", "id:state/AAA a ckg:State ; ckg:isoCode \"AAA\" ."));
        kg.load(TestReports.report("bbbb", "id:state/BBB a ckg:State ; ckg:isoCode \"BBB\" ."));
        return kg;
    }

    static Resource state(String iso) {
        return ModelFactory.createDefaultModel().createResource(CKG.ID + "state/" + iso);
    }

    @Nested
    class Querying {
        @Test
        void aSelectGivesEveryRowAcrossReports() {
            try (ConflictGraph kg = twoStates()) {
                QueryResult.Select r = (QueryResult.Select) kg.query(STATES);
                assertEquals(List.of("s", "iso"), r.variables());
                Model m = ModelFactory.createDefaultModel();
                assertEquals(List.of(
                        Map.<String, RDFNode>of("s", state("AAA"), "iso", m.createLiteral("AAA")),
                        Map.<String, RDFNode>of("s", state("BBB"), "iso", m.createLiteral("BBB"))), r.rows());
            }
        }

        @Test
        void anAskAndAConstructAnswer() {
            try (ConflictGraph kg = twoStates()) {
                assertEquals(new QueryResult.Ask(true),
                        kg.query("ASK { <" + CKG.ID + "state/AAA> a <" + CKG.NS + "State> }"));
                assertEquals(new QueryResult.Ask(false),
                        kg.query("ASK { <" + CKG.ID + "state/AAA> a <" + CKG.NS + "Treaty> }"));
                Model built = ((QueryResult.Graph) kg.query("CONSTRUCT { ?s <urn:x:code> ?iso } WHERE { ?s <"
                        + CKG.NS + "isoCode> ?iso " + TestReports.NOT_IN_REFERENCE + " }")).model();
                Model expected = ModelFactory.createDefaultModel();
                expected.add(state("AAA"), expected.createProperty("urn:x:code"), "AAA");
                expected.add(state("BBB"), expected.createProperty("urn:x:code"), "BBB");
                assertTrue(expected.isIsomorphicWith(built));
            }
        }

        @Test
        void resultsOutliveTheStore() {
            QueryResult.Select r;
            try (ConflictGraph kg = ConflictGraph.open(dir.resolve("kg"))) {
                kg.load(TestReports.report("aaaa", "id:state/AAA a ckg:State ; ckg:isoCode \"AAA\" ."));
                r = (QueryResult.Select) kg.query(STATES);
            }
            assertEquals("AAA", r.rows().get(0).get("iso").asLiteral().getLexicalForm());
        }

        @Test
        void aMalformedQueryIsOneLineNamingWhere() {
            try (ConflictGraph kg = twoStates()) {
                SparqlException e = assertThrows(SparqlException.class, () -> kg.query("SELECT ?s WHERE { ?s ?p }"));
                assertTrue(e.getMessage().startsWith("query: "), e.getMessage());
                assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
            }
        }

        @Test
        void anUpdateIsNotAQuery() {
            try (ConflictGraph kg = twoStates()) {
                assertThrows(SparqlException.class, () -> kg.query("DELETE WHERE { ?s ?p ?o }"));
                assertEquals(2, ((QueryResult.Select) kg.query(STATES)).rows().size());
            }
        }
    }

    @Test
    void loadingAMissingFileSaysWhichFile() {
        try (ConflictGraph kg = ConflictGraph.inMemory()) {
            Path missing = dir.resolve("absent.txt");
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> kg.load(missing));
            assertEquals("report " + missing + ": no such file", e.getMessage());
        }
    }

    @Test
    void theServerAnswersQueriesAndRefusesUpdates() throws Exception {
        try (ConflictGraph kg = twoStates()) {
            ConflictServer server = kg.serve(0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/kg";
                assertEquals(Set.of(List.of(CKG.ID + "state/AAA", "AAA"), List.of(CKG.ID + "state/BBB", "BBB")),
                        selectOverHttp(http, base));

                String update = "INSERT DATA { GRAPH <" + CKG.GRAPH + "report/evil> { <urn:x:a> a <" + CKG.NS + "State> ; <"
                        + CKG.NS + "isoCode> \"EVL\" } }";
                for (String endpoint : List.of("/update", "/sparql")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + endpoint))
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                    assertTrue(r.statusCode() >= 300, endpoint + " answered " + r.statusCode());
                }
                assertEquals(2, selectOverHttp(http, base).size());
                assertEquals(2, ((QueryResult.Select) kg.query(STATES)).rows().size());
            } finally {
                server.stop();
            }
        }
    }

    private static Set<List<String>> selectOverHttp(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create(base + "/sparql?query=" + URLEncoder.encode(STATES, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        Set<List<String>> rows = new HashSet<>();
        for (JsonValue row : json.get("results").getAsObject().get("bindings").getAsArray()) {
            JsonObject b = row.getAsObject();
            rows.add(List.of(b.get("s").getAsObject().get("value").getAsString().value(),
                    b.get("iso").getAsObject().get("value").getAsString().value()));
        }
        return rows;
    }
}
