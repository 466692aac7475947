package org.conflictkg.server;

import static org.conflictkg.server.ServerFixture.REPORT;
import static org.conflictkg.server.ServerFixture.SHA;
import static org.conflictkg.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.vocab.CKG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server over HTTP: pages, content negotiation, search, and the safety defaults. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictServerTest {
    private static final String ARM = CKG.ID + "state/ARM";
    private ConflictServer server;
    private int port;

    @BeforeAll
    void start() {
        server = ConflictServer.create().dataset(ServerFixture.store()).port(0).build().start();
        port = server.port();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private Document page(String path, String language) throws Exception {
        HttpResponse<String> response = get(port, path, "Accept", "text/html", "Accept-Language", language);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    @Nested
    class ContentNegotiation {
        /* ARM's triples in the fixture: 9 with it as subject (one inferred), 7 with it as object. */
        @ParameterizedTest
        @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
        void oneUrlGivesEveryRdfFormat(String type) throws Exception {
            HttpResponse<String> response = get(port, "/id/state/ARM", "Accept", type);
            assertEquals(200, response.statusCode());
            assertEquals(type, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).parse(graph);
            Node arm = NodeFactory.createURI(ARM);
            assertEquals(16, graph.size());
            assertTrue(graph.contains(arm, RDFS.label.asNode(), NodeFactory.createLiteralLang("Arménie", "fr")));
            assertTrue(graph.contains(arm, CKG.memberOf.asNode(), NodeFactory.createURI(CKG.ID + "org/csto")));
            assertTrue(graph.contains(NodeFactory.createURI(CKG.ID + "place/yerevan"), CKG.locatedIn.asNode(), arm));
        }

        @Test
        void browsersGetHtmlAndUnknownTypesAreRefused() throws Exception {
            HttpResponse<String> html = get(port, "/id/state/ARM", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertEquals("text/html", html.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(406, get(port, "/id/state/ARM", "Accept", "image/png").statusCode());
            assertEquals(404, get(port, "/id/state/XXX", "Accept", "text/turtle").statusCode());
        }
    }

    @Nested
    class ResourcePages {
        @Test
        void labelAndTypesFollowAcceptLanguage() throws Exception {
            Document fr = page("/id/state/ARM", "fr-FR,fr;q=0.9");
            assertEquals("Arménie", fr.selectFirst("h1").text());
            assertEquals(List.of("État"), fr.select("p.types a").eachText());
            Document en = page("/id/state/ARM", "en-GB,en;q=0.8");
            assertEquals("Armenia", en.selectFirst("h1").text());
            assertEquals(List.of("State"), en.select("p.types a").eachText());
            Document de = page("/id/state/ARM", "de");
            assertEquals("Armenia", de.selectFirst("h1").text(), "no German label: English comes next");
        }

        @Test
        void statementsSayWhetherTheyAreStatedOrInferred() throws Exception {
            Document doc = page("/id/state/ARM", "en");
            Element allied = row(doc, "allied with");
            assertEquals("/id/state/RUS", allied.select("td").get(1).selectFirst("a").attr("href"));
            assertEquals("inferred", allied.selectFirst("td:eq(2) span").text());
            Element member = row(doc, "member of");
            assertEquals("stated", member.selectFirst("td:eq(2) span").text());
            Set<String> incoming = doc.select("h2:contains(Incoming) + table a").eachAttr("href").stream()
                    .filter(h -> h.startsWith("/id/state/") || h.startsWith("/id/place/")).collect(Collectors.toSet());
            assertEquals(Set.of("/id/state/RUS", "/id/place/yerevan"), incoming);
        }

        @Test
        void reportedFactsShowTheirReportAndSentence() throws Exception {
            Document rus = page("/id/state/RUS", "en");
            Element member = row(rus, "member of");
            assertEquals(List.of("/id/report/" + SHA), member.select("a.report-link").eachAttr("href"));
            assertEquals("Selon Tass, l'Arménie a bombardé des positions à Lachin.",
                    member.selectFirst("blockquote .exact").text());
            Document event = page("/id/report/" + SHA + "/event/1", "en");
            assertEquals(List.of("Selon Tass, l'Arménie a bombardé des positions à Lachin."),
                    event.select("h2:contains(Evidence) ~ blockquote .exact").eachText());
        }

        @Test
        void reportPageLinksEveryMentionAndShowsScriptAsText() throws Exception {
            HttpResponse<String> response = get(port, "/id/report/" + SHA, "Accept", "text/html");
            assertFalse(response.body().contains("<script>alert(1)</script>"), "the report's markup must be escaped");
            Document doc = Jsoup.parse(response.body());
            Element text = doc.selectFirst(".report-text");
            assertEquals("Selon Tass, l'Arménie a bombardé des positions à Lachin. <script>alert(1)</script> Erevan dément.",
                    text.wholeText());
            assertTrue(text.select("script").isEmpty());
            assertEquals(List.of("Tass", "Arménie", "Lachin", "Erevan"), text.select("a.mention").eachText());
            assertEquals(List.of("/id/org/tass", "/id/state/ARM", "/id/place/lachin", "/id/state/ARM"),
                    text.select("a.mention").eachAttr("href"));
            assertEquals("Lachin : échanges de tirs <b>à la frontière</b>", doc.selectFirst("h1").text());
        }

        private Element row(Document doc, String property) {
            return doc.select("table.statements tr").stream()
                    .filter(tr -> !tr.select("td").isEmpty() && tr.selectFirst("td").text().equals(property))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + property));
        }
    }

    @Nested
    class HomeAndSearch {
        @Test
        void homeListsReportsAndCounts() throws Exception {
            Document doc = page("/", "en");
            assertEquals(List.of("/id/report/" + SHA), doc.select("ul.reports a").eachAttr("href"));
            Element states = doc.select("table.counts tr").stream()
                    .filter(tr -> tr.text().startsWith("State ")).findFirst().orElseThrow();
            assertEquals("3", states.selectFirst("td.num").text());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Arménie", "armenie", "ARMÉNIE", "republique d'armenie"})
        void searchIgnoresCaseAndAccents(String q) throws Exception {
            Document doc = page("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "fr");
            assertEquals(List.of("/id/state/ARM"), doc.select("ul.hits a.hit").eachAttr("href"));
        }

        @Test
        void searchFindsAcronymsAndTreatsQuotesAsText() throws Exception {
            assertEquals(List.of("/id/org/csto"), page("/search?q=otsc", "fr").select("ul.hits a.hit").eachAttr("href"));
            Document odd = page("/search?q=" + URLEncoder.encode("\"} ?s ?p ?o {", StandardCharsets.UTF_8), "fr");
            assertTrue(odd.select("ul.hits li").isEmpty());
        }

        @Test
        void graphDataGivesTheNeighbourhoodColouredByClass() throws Exception {
            HttpResponse<String> response = get(port, "/graph/data?iri=" + URLEncoder.encode(ARM, StandardCharsets.UTF_8));
            var json = org.apache.jena.atlas.json.JSON.parse(response.body());
            Map<String, String> groups = json.get("nodes").getAsArray().stream()
                    .map(n -> n.getAsObject().get("data").getAsObject())
                    .collect(Collectors.toMap(d -> d.get("id").getAsString().value(), d -> d.get("group").getAsString().value()));
            assertEquals(Map.of(ARM, "state", CKG.ID + "state/RUS", "state", CKG.ID + "place/yerevan", "place",
                    CKG.ID + "org/csto", "organization", "http://www.wikidata.org/entity/Q399", "other",
                    REPORT + "/event/1", "event", REPORT + "/claim/1", "claim"), groups);
        }

        @Test
        void graphDataOfAReportShowsItsEventsClaimsAndFacts() throws Exception {
            HttpResponse<String> response = get(port, "/graph/data?report=" + SHA);
            var json = org.apache.jena.atlas.json.JSON.parse(response.body());
            Set<String> nodes = json.get("nodes").getAsArray().stream()
                    .map(n -> n.getAsObject().get("data").getAsObject().get("id").getAsString().value())
                    .collect(Collectors.toSet());
            assertEquals(Set.of(REPORT + "/event/1", REPORT + "/claim/1", ARM, CKG.ID + "place/lachin",
                    CKG.ID + "org/tass", CKG.ID + "state/RUS", CKG.ID + "org/csto"), nodes);
            // attacker, place, claimant, accuses, about, reportedVia, memberOf
            assertEquals(7, json.get("edges").getAsArray().size());
        }
    }

    @Nested
    class Fuseki {
        @Test
        void standardEndpointsKeepWorking() throws Exception {
            String ask = URLEncoder.encode("ASK { GRAPH ?g { ?s a <" + CKG.State.getURI() + "> } }", StandardCharsets.UTF_8);
            for (String path : List.of("/kg/sparql?query=" + ask, "/kg/query?query=" + ask)) {
                HttpResponse<String> response = get(port, path, "Accept", "application/sparql-results+json");
                assertEquals(200, response.statusCode(), path);
                assertTrue(response.body().contains("true"), response.body());
            }
            HttpResponse<String> graph = get(port, "/kg/get?graph=" + URLEncoder.encode(CKG.GRAPH + "inferred", StandardCharsets.UTF_8),
                    "Accept", "application/n-triples");
            assertEquals(200, graph.statusCode());
            assertEquals(2, graph.body().lines().filter(l -> !l.isBlank()).count());
        }

        @Test
        void serviceIsRefusedWithoutSendingARequest() throws Exception {
            try (ServerSocket listener = new ServerSocket(0)) {
                listener.setSoTimeout(1000);
                String query = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
                HttpResponse<String> response = post(port, "/kg/sparql", "application/sparql-query", query, null);
                assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
                assertTrue(response.body().contains("SERVICE"), response.body());
                assertThrows(SocketTimeoutException.class, listener::accept, "no request may reach the SERVICE address");
            }
        }

        @Test
        void writesAreRefusedWhenReadOnly() throws Exception {
            HttpResponse<String> response = post(port, "/kg/update", "application/sparql-update",
                    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", null);
            assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
            HttpResponse<String> put = post(port, "/kg/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null);
            assertTrue(put.statusCode() >= 400, "status " + put.statusCode());
            HttpResponse<String> ask = get(port, "/kg/sparql?query=" + URLEncoder.encode("ASK { { <urn:x:a> ?p ?o } UNION { GRAPH ?g { <urn:x:a> ?p ?o } } }",
                    StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            assertTrue(ask.body().contains("false"), ask.body());
        }

        @Test
        void corsIsOffByDefault() throws Exception {
            HttpResponse<String> response = get(port, "/kg/sparql?query=ASK%7B%7D", "Origin", "http://example.org");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Nested
    class Traversal {
        @ParameterizedTest
        @ValueSource(strings = {
            "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fpom.xml",
            "/static/%2E%2E%2F%2E%2E%2Fpom.xml", "/static/%252e%252e%252fpom.xml", "/static/..%5c..%5cpom.xml",
            "/static/page.html", "/static/../org/conflictkg/server/ConflictServer.class",
            "/webjars/../conflict-kg/web/page.html", "/webjars/zazuko__yasgui/4.5.0/package.json",
            "/webjars/cytoscape/3.33.1/dist/../package.json", "/static/style.css/../../../pom.xml",
            "/id/..%2f..%2fpom.xml", "/static/%c0%ae%c0%ae/pom.xml"})
        void nothingOutsideTheStaticFilesCanBeRead(String path) throws Exception {
            HttpResponse<String> response = get(port, path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " gave " + response.statusCode());
            assertFalse(response.body().contains("root:") || response.body().contains("<project")
                    || response.body().contains("<main>") || response.body().contains("\"name\""), path);
        }

        @Test
        void staticFilesAreServed() throws Exception {
            assertEquals(200, get(port, "/static/style.css").statusCode());
            assertEquals(200, get(port, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode());
            assertEquals(200, get(port, "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js").statusCode());
        }
    }

    @Nested
    class Options {
        @Test
        void updateNeedsAPasswordFile() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ConflictServer.create().dataset(ServerFixture.store()).port(0).update(true).build());
            assertTrue(e.getMessage().contains("password file"), e.getMessage());
        }

        @Test
        void updateWithCredentialsOnly(@TempDir Path dir) throws Exception {
            Path passwords = dir.resolve("passwords");
            Files.writeString(passwords, "# writers\nalice: s3cret\n");
            DatasetGraph dsg = ServerFixture.store();
            ConflictServer writable = ConflictServer.create().dataset(dsg).port(0).update(true).passwordFile(passwords).build().start();
            try {
                String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
                assertEquals(401, post(writable.port(), "/kg/update", "application/sparql-update", insert, null).statusCode());
                assertEquals(401, post(writable.port(), "/kg/update", "application/sparql-update", insert, "alice:wrong").statusCode());
                assertFalse(Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI("urn:x:g")).size() > 0));
                int ok = post(writable.port(), "/kg/update", "application/sparql-update", insert, "alice:s3cret").statusCode();
                assertTrue(ok == 200 || ok == 204, "status " + ok);
                assertEquals(1, (int) Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI("urn:x:g")).size()));
                assertEquals(401, post(writable.port(), "/kg/data?graph=urn:x:h", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null).statusCode());
                assertEquals(200, get(writable.port(), "/kg/sparql?query=ASK%7B%7D").statusCode(), "reading needs no login");
            } finally {
                writable.stop();
            }
        }

        @Test
        void corsOnWhenAskedFor() throws Exception {
            ConflictServer open = ConflictServer.create().dataset(ServerFixture.store()).port(0).cors(true).build().start();
            try {
                HttpResponse<String> response = get(open.port(), "/kg/sparql?query=ASK%7B%7D", "Origin", "http://example.org");
                assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            } finally {
                open.stop();
            }
        }

        @Test
        void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
            DatasetGraph big = DatasetFactory.createTxnMem().asDatasetGraph();
            Node g = NodeFactory.createURI("urn:x:big");
            Txn.executeWrite(big, () -> {
                for (int i = 0; i < 3000; i++) {
                    big.add(g, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p" + (i % 7)),
                            NodeFactory.createURI("urn:x:o" + (i % 11)));
                }
            });
            ConflictServer slow = ConflictServer.create().dataset(big).port(0).timeout(Duration.ofSeconds(1)).build().start();
            try {
                // 3000^4 rows to count: it cannot finish, so only the timeout can end it.
                String query = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m } }";
                HttpResponse<String> response = post(slow.port(), "/kg/sparql", "application/sparql-query", query, null);
                assertTrue(response.statusCode() >= 500, "status " + response.statusCode() + ": " + response.body());
            } finally {
                slow.stop();
            }
        }

        @Test
        void bindsLoopbackByDefault() throws Exception {
            ConflictServer local = ConflictServer.create().dataset(ServerFixture.store()).port(0).build();
            var connector = (org.eclipse.jetty.server.ServerConnector) fusekiOf(local).getJettyServer().getConnectors()[0];
            assertEquals("127.0.0.1", connector.getHost());
            ConflictServer any = ConflictServer.create().dataset(ServerFixture.store()).host("0.0.0.0").port(0).build();
            var anyConnector = (org.eclipse.jetty.server.ServerConnector) fusekiOf(any).getJettyServer().getConnectors()[0];
            assertEquals("0.0.0.0", anyConnector.getHost());
        }

        private org.apache.jena.fuseki.main.FusekiServer fusekiOf(ConflictServer server) throws Exception {
            var field = ConflictServer.class.getDeclaredField("fuseki");
            field.setAccessible(true);
            return (org.apache.jena.fuseki.main.FusekiServer) field.get(server);
        }
    }

    static HttpResponse<String> post(int port, String path, String type, String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
