package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sys.JenaSystem;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gold file is well formed: it parses, its report exists, it uses only the gold terms of
 * data/gold/README.md, and its IRIs have the shapes of docs/model.md (so that they can meet the
 * extractor's IRIs at all).
 */
class GoldFilesTest {
    static {
        // Jena's vocabulary classes need the subsystem started before their first use.
        JenaSystem.init();
    }

    private static final Path GOLD = Path.of("data/gold");
    private static final Path REPORTS = Path.of("data/reports");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IRI = Pattern.compile(Pattern.quote(CKG.ID)
            + "(state/[A-Z]{3}|body/([A-Z]{3}/)?" + SLUG + "|(org|person|place|treaty|weapon)/" + SLUG + ")");
    private static Set<String> terms() {
        return Set.of(RDF.type.getURI(), CKG.partOf.getURI(), CKG.memberOf.getURI(),
            CKG.foundedIn.getURI(), CKG.affiliatedWith.getURI(), CKG.alliedWith.getURI(), CKG.attacker.getURI(),
            CKG.target.getURI(), CKG.participant.getURI(), CKG.place.getURI(), CKG.weapon.getURI(),
            CKG.claimant.getURI(), CKG.accuses.getURI(), CKG.reportedVia.getURI(), CKG.requester.getURI(),
            CKG.addressee.getURI(), CKG.invokes.getURI(), CKG.decidedBy.getURI(), CKG.disputedTerritory.getURI());
    }

    static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(p -> p.toString().endsWith(".gold.ttl")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("goldFiles")
    void isWellFormed(Path gold) throws IOException {
        String slug = gold.getFileName().toString().replace(".gold.ttl", "");
        try (Stream<Path> files = Files.walk(REPORTS)) {
            assertEquals(1, files.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(slug + ".txt") || n.equals(slug + ".html");
            }).count(), "one report named " + slug + ".txt or .html");
        }
        Model model = RDFDataMgr.loadModel(gold.toString());
        List<String> problems = new ArrayList<>();
        for (Statement s : model.listStatements().toList()) {
            if (!terms().contains(s.getPredicate().getURI())) {
                problems.add("term " + s.getPredicate());
            }
            check(s.getSubject(), problems);
            if (s.getPredicate().equals(RDF.type)) {
                if (!s.getObject().isURIResource() || !s.getResource().getURI().startsWith(CKG.NS)) {
                    problems.add("type " + s.getObject());
                }
            } else if (!s.getObject().isLiteral()) {
                check(s.getObject(), problems);
            }
            if (s.getPredicate().equals(CKG.partOf)) {
                String body = s.getSubject().getURI();
                String state = s.getResource().getURI();
                boolean ofState = state.startsWith(CKG.ID + "state/");
                if (ofState != body.matches(Pattern.quote(CKG.ID) + "body/[A-Z]{3}/.*")
                        || ofState && !body.startsWith(CKG.ID + "body/" + state.substring(state.length() - 3) + "/")) {
                    problems.add(body + " is not part of " + state);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(model.contains(null, RDF.type, CKG.State), "names at least one state");
    }

    private static void check(RDFNode node, List<String> problems) {
        if (node.isURIResource() && !IRI.matcher(node.asResource().getURI()).matches()) {
            problems.add("IRI " + node);
        }
    }
}
