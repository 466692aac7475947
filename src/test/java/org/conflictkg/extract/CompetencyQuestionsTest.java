package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.RDFNode;
import org.conflictkg.ConflictGraph;
import org.conflictkg.QueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every competency question of the first report (shared/seed/competency-questions.md), asked with
 * its query file from data/queries/ on the graph built from that report and the reference data.
 * Each expected answer is written here from the question's expected answer and the report's text.
 */
class CompetencyQuestionsTest {
    static final Path REPORT = Path.of("data/reports/armenia-azerbaijan-2022-fr.txt");
    static final String ID = "https://w3id.org/conflict-kg/id/";
    static ConflictGraph graph;
    static String text;

    @BeforeAll
    static void load() throws IOException {
        graph = ConflictGraph.inMemory();
        graph.load(REPORT);
        text = Files.readString(REPORT, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                q("q01-csto-members.rq", rows -> assertEquals(
                        Set.of("state/ARM", "state/RUS", "state/BLR", "state/KAZ", "state/KGZ", "state/TJK"), values(rows, "state"))),
                q("q02-csto-founded.rq", rows -> assertEquals(Set.of("1992"), values(rows, "year"))),
                q("q03-treaty-invoked.rq", rows -> assertEquals(Set.of("treaty/armenia-russia-friendship-1997"), values(rows, "treaty"))),
                q("q04-appeal-addressees.rq", rows -> assertEquals(
                        Set.of("state/RUS", "org/csto", "org/unsc"), values(rows, "addressee"))),
                q("q05-appeal-decided-announced.rq", rows -> {
                    assertEquals(Set.of("body/ARM/conseil-de-securite"), values(rows, "decidedBy"));
                    assertEquals(Set.of("body/ARM/conseil-des-ministres"), values(rows, "announcedBy"));
                }),
                q("q06-azerbaijani-mod-incidents.rq", rows -> {
                    assertEquals(Set.of("https://w3id.org/conflict-kg/ontology#Shelling"), values(rows, "type"));
                    assertEquals(Set.of("state/ARM"), values(rows, "attackerState"));
                    assertEquals(Set.of("state/AZE"), values(rows, "targetState"));
                    assertEquals(Set.of("place/dashkasan-region", "place/lachin-region", "place/kalbajar-region"), values(rows, "place"));
                    assertEquals(Set.of("weapon/mortar", "weapon/various-calibre-weapons"), values(rows, "weapon"));
                    assertEquals(Set.of("outcome/casualties", "outcome/material-damage"), values(rows, "outcome"));
                }),
                q("q07-armenian-mod-incidents.rq", rows -> {
                    assertEquals(Set.of("https://w3id.org/conflict-kg/ontology#Shelling"), values(rows, "type"));
                    assertEquals(Set.of("state/AZE"), values(rows, "attackerState"));
                    assertEquals(Set.of("weapon/drone"), values(rows, "weapon"));
                    // « dans trois directions »; the mirror-report sentence puts the accusation « à la frontière ».
                    assertEquals(Set.of("dans trois directions", "à la frontière"), values(rows, "placeText"));
                }),
                q("q08-mutual-accusations.rq", rows -> assertEquals(
                        Set.of("body/ARM/ministere-de-la-defense -> state/AZE", "body/AZE/ministere-de-la-defense -> state/ARM"),
                        pairs(rows, "accuser", "accused"))),
                q("q09-news-agencies.rq", rows -> assertEquals(Set.of(
                        "body/ARM/ministere-de-la-defense -> org/tass -> false",
                        "body/ARM/ministere-de-la-defense -> org/interfax -> false",
                        "body/AZE/ministere-de-la-defense -> org/tass -> false",
                        "body/AZE/ministere-de-la-defense -> org/interfax -> false",
                        "body/ARM/conseil-des-ministres -> org/tass -> true"), pairs(rows, "claimant", "agency", "aboutCall"))),
                q("q10-phone-call.rq", rows -> assertEquals(Set.of(
                        "person/nikol-pashinyan -> office/prime-minister -> state/ARM -> person/vladimir-putin -> office/president"
                                + " -> state/RUS -> l’escalade à la frontière entre l’Arménie et l’Azerbaïdjan"),
                        pairs(rows, "caller", "callerOffice", "callerState", "callee", "calleeOffice", "calleeState", "topic"))),
                q("q11-pashinyan-statement.rq", rows -> {
                    String quote = text.substring(text.indexOf("Le Premier ministre a donné"), text.indexOf("», lit-on")).strip();
                    assertEquals(Set.of(quote.replace("\u00A0", "")), values(rows, "quote").stream()
                            .map(q -> q.replace("\u00A0", "")).collect(Collectors.toSet()));
                    assertEquals(Set.of("state/AZE"), values(rows, "accused"));
                    assertEquals(Set.of("state/AZE"), values(rows, "attackerState"));
                    assertEquals(Set.of("weapon/artillery", "weapon/large-calibre-weapons"), values(rows, "weapon"));
                }),
                q("q12-dispute.rq", rows -> {
                    assertEquals(Set.of("state/ARM", "state/AZE"), values(rows, "party"));
                    assertEquals(Set.of("place/nagorno-karabakh"), values(rows, "territory"));
                    assertEquals(Set.of("state/AZE"), values(rows, "locatedIn"));
                    assertEquals(Set.of("une enclave à majorité arménienne en Azerbaïdjan à l’origine de deux conflits, "
                            + "dont le dernier s’est déroulé en 2020"), values(rows, "description"));
                }),
                q("q13-traditional-ally.rq", rows -> assertEquals(Set.of("state/RUS"), values(rows, "ally"))),
                q("q14-agreement.rq", rows -> {
                    assertEquals(Set.of("state/ARM", "state/RUS"), values(rows, "participant"));
                    String measures = text.substring(text.indexOf("des mesures pour"), text.indexOf("»", text.indexOf("des mesures pour")) + 1);
                    assertEquals(Set.of(measures), values(rows, "topic"));
                }),
                q("q15-provenance.rq", rows -> {
                    String sentence = text.substring(text.indexOf("L’OTSC mentionné par Erevan"), text.indexOf("Tadjikistan.") + 12);
                    Set<String> kazakhstan = rows.stream()
                            .filter(r -> r.get("subject").toString().equals(ID + "state/KAZ"))
                            .map(r -> r.get("sentence").asLiteral().getString() + " @" + r.get("start").asLiteral().getInt())
                            .collect(Collectors.toSet());
                    assertEquals(Set.of(sentence + " @" + text.indexOf(sentence)), kazakhstan);
                    for (Map<String, RDFNode> r : rows) {
                        int s = r.get("start").asLiteral().getInt();
                        int e = r.get("end").asLiteral().getInt();
                        assertEquals(text.substring(s, e), r.get("sentence").asLiteral().getString(), "offsets point at the sentence");
                    }
                }),
                q("q16-regions.rq", rows -> assertEquals(
                        Set.of("place/dashkasan-region -> state/AZE", "place/lachin-region -> state/AZE", "place/kalbajar-region -> state/AZE"),
                        pairs(rows, "region", "state"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void competencyQuestionIsAnsweredExactly(String file, Consumer<List<Map<String, RDFNode>>> expectation) throws IOException {
        String sparql = Files.readString(Path.of("data/queries", file), StandardCharsets.UTF_8);
        QueryResult.Select result = (QueryResult.Select) graph.query(sparql);
        expectation.accept(result.rows());
    }

    @Test
    void everyQueryFileHasAnExpectedAnswer() throws IOException {
        Set<String> tested = questions().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("data/queries"))) {
            assertEquals(files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(tested));
        }
    }

    @Test
    void noDateIsInventedWhenTheReportGivesNone() {
        QueryResult.Ask dated = (QueryResult.Ask) graph.query("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                ASK { GRAPH ?g { { ?e ckg:date ?d } UNION { ?r dcterms:issued ?d } } }""");
        assertFalse(dated.answer());
        QueryResult.Ask relative = (QueryResult.Ask) graph.query("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                ASK { ?agreement a ckg:Agreement ; ckg:dateText "ce matin"@fr }""");
        assertTrue(relative.answer(), "« Ce matin » is kept as text");
    }

    private static Arguments q(String file, Consumer<List<Map<String, RDFNode>>> expectation) {
        return Arguments.of(file, expectation);
    }

    /** The distinct values of one variable: IRIs under id/ shortened, literals as their text. */
    static Set<String> values(List<Map<String, RDFNode>> rows, String var) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, RDFNode> row : rows) {
            RDFNode n = row.get(var);
            if (n != null) {
                out.add(show(n));
            }
        }
        return out;
    }

    static Set<String> pairs(List<Map<String, RDFNode>> rows, String... vars) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, RDFNode> row : rows) {
            out.add(Stream.of(vars).map(v -> row.get(v) == null ? "-" : show(row.get(v))).collect(Collectors.joining(" -> ")));
        }
        return out;
    }

    private static String show(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString().replace(ID, "");
    }
}
