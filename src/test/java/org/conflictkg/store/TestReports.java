package org.conflictkg.store;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.conflictkg.extract.ExtractedReport;
import org.conflictkg.vocab.CKG;

/** Small report graphs written by hand, standing in for the extractor's output. */
public final class TestReports {
    public static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX id: <https://w3id.org/conflict-kg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /**
     * A SPARQL filter keeping {@code ?s} only where the bundled reference data says nothing about it.
     * Every store starts with some two hundred reference states; a test's query ends with this to see
     * its own fixture subjects, and also anything else a report added, such as a write that got through.
     */
    public static final String NOT_IN_REFERENCE = "FILTER NOT EXISTS { GRAPH <" + CKG.GRAPH
            + "reference> { ?s ?referenceP ?referenceO } }";

    private TestReports() {
    }

    /** @return a report whose graph is {@code graph:report/{sha}} holding the given Turtle (prefixes ckg:, id:, rdfs:) */
    public static ExtractedReport report(String sha, String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(expand(PREFIXES + turtle)), null, "TTL");
        return new ExtractedReport(CKG.GRAPH + "report/" + sha, CKG.ID + "report/" + sha, sha + ".txt", model, 0, 0, 0);
    }

    /**
     * Turtle and SPARQL do not allow '/' in a prefixed name, so {@code id:state/AAA} is written out
     * as a full IRI before parsing.
     */
    public static String expand(String text) {
        return text.replaceAll("\\bid:([A-Za-z0-9/_-]+)", "<" + CKG.ID + "$1>");
    }

    /** Two states in one alliance, a village in a region in a state, a stated alliance one way. */
    public static ExtractedReport borderReport() {
        return report("aaaa", """
                id:report/aaaa a ckg:Report .
                id:org/pact a ckg:Alliance .
                id:state/AAA a ckg:State ; ckg:memberOf id:org/pact .
                id:state/BBB a ckg:State ; ckg:memberOf id:org/pact .
                id:state/CCC a ckg:State ; ckg:alliedWith id:state/AAA .
                id:place/village ckg:locatedIn id:place/region .
                id:place/region ckg:locatedIn id:state/CCC .
                """);
    }
}
