package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference data of {@code data/reference/*.ttl} has the shapes of {@code docs/model.md} and the
 * facts users rely on: UN and alliance memberships, one ISO code per state, names in both languages.
 */
class ReferenceDataTest {

    private static final Path DIR = Path.of("data", "reference");
    private static final String STATE = CKG.ID + "state/";
    private static final String ORG = CKG.ID + "org/";

    private static Model reference;

    @BeforeAll
    static void load() throws IOException {
        reference = ModelFactory.createDefaultModel();
        for (Path file : files()) {
            RDFParser.source(file).lang(Lang.TTL).parse(reference);
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileParsesOnItsOwn() throws IOException {
        List<String> expected = List.of("agencies.ttl", "cities.ttl", "features.ttl", "organizations.ttl", "people.ttl", "regions.ttl", "states.ttl", "treaties.ttl");
        assertEquals(expected, files().stream().map(p -> p.getFileName().toString()).toList());
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(file).lang(Lang.TTL).parse(m);
            assertFalse(m.isEmpty(), file + " holds no triple");
        }));
    }

    @Test
    void theUnitedNationsHave193MemberStates() {
        Set<Resource> members = reference.listSubjectsWithProperty(CKG.memberOf, org("un")).toSet();
        assertEquals(193, members.size());
        assertTrue(members.stream().allMatch(m -> m.hasProperty(RDF.type, CKG.State)), "a UN member that is not a state");
        assertFalse(members.contains(state("VAT")), "the Holy See is an observer, not a member");
        assertFalse(members.contains(state("PSE")), "Palestine is an observer, not a member");
        assertFalse(members.contains(state("TWN")));
        assertFalse(members.contains(state("XKX")));
    }

    @Test
    void theSecurityCouncilHasTheFivePermanentMembersAndIsPartOfTheUn() {
        assertEquals(Set.of("CHN", "FRA", "GBR", "RUS", "USA"), memberCodes("unsc"));
        assertTrue(org("unsc").hasProperty(CKG.partOf, org("un")));
        assertTrue(org("unsc").hasProperty(RDFS.label, reference.createLiteral("Conseil de sécurité des Nations unies", "fr")));
    }

    @Test
    void everyStateHasAUniqueIsoCodeAndNamesInBothLanguages() {
        List<String> codes = new ArrayList<>();
        for (Resource state : states()) {
            String code = state.getRequiredProperty(CKG.isoCode).getString();
            assertTrue(code.matches("[A-Z]{3}"), state + ": ISO code " + code);
            assertEquals(STATE + code, state.getURI(), "the IRI carries the ISO code");
            codes.add(code);
            assertFalse(literals(state, RDFS.label.getURI(), "fr").isEmpty(), state + " has no @fr label");
            assertFalse(literals(state, RDFS.label.getURI(), "en").isEmpty(), state + " has no @en label");
            assertFalse(literals(state, CKG.demonym.getURI(), "fr").isEmpty(), state + " has no @fr demonym");
        }
        assertEquals(codes.size(), new TreeSet<>(codes).size(), "an ISO code used twice");
        assertEquals(201, codes.size(), "193 UN members, 2 observers, Kosovo, Taiwan and 4 historical states");
    }

    @Test
    void everyCurrentStateHasACapitalNamedInFrench() {
        for (Resource state : states()) {
            if (state.hasLiteral(CKG.historical, true)) {
                continue;
            }
            Resource capital = state.getPropertyResourceValue(CKG.capital);
            assertTrue(capital != null, state + " has no capital");
            assertTrue(capital.hasProperty(RDF.type, CKG.Settlement), capital + " is not a settlement");
            assertFalse(literals(capital, RDFS.label.getURI(), "fr").isEmpty(), capital + " has no @fr label");
        }
    }

    @Test
    void historicalStatesAreMarkedSo() {
        Set<String> historical = states().stream().filter(s -> s.hasLiteral(CKG.historical, true))
                .map(s -> s.getRequiredProperty(CKG.isoCode).getString()).collect(Collectors.toSet());
        assertEquals(Set.of("SUN", "YUG", "CSK", "DDR"), historical);
    }

    @Test
    void theFrenchDemonymOfKyrgyzstanHasEveryForm() {
        assertEquals(Set.of("kirghize", "kirghizes", "kirghiz"), literals(state("KGZ"), CKG.demonym.getURI(), "fr"));
        assertEquals(Set.of("ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"),
                literals(state("CIV"), CKG.demonym.getURI(), "fr"));
    }

    @Test
    void theCstoWasFoundedIn1992WithSixMembers() {
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), memberCodes("csto"));
        Literal founded = org("csto").getRequiredProperty(CKG.foundedIn).getLiteral();
        assertEquals("1992", founded.getLexicalForm());
        assertEquals(XSDDatatype.XSDgYear.getURI(), founded.getDatatypeURI());
        assertTrue(org("csto").hasProperty(RDF.type, CKG.Alliance));
        assertEquals(Set.of("OTSC"), literals(org("csto"), CKG.acronym.getURI(), "fr"));
        assertEquals(Set.of("CSTO"), literals(org("csto"), CKG.acronym.getURI(), "en"));
    }

    @Test
    void natoHas32MembersAndTheEu27() {
        assertEquals(32, memberCodes("nato").size());
        assertEquals(27, memberCodes("eu").size());
    }

    @Test
    void everyMembershipIsOfADeclaredAllianceOrInternationalOrganization() {
        for (Statement st : reference.listStatements(null, CKG.memberOf, (RDFNode) null).toList()) {
            Resource org = st.getResource();
            assertTrue(org.hasProperty(RDF.type, CKG.Alliance) || org.hasProperty(RDF.type, CKG.InternationalOrganization),
                    st + ": the object is not a declared alliance or international organisation");
            assertTrue(st.getSubject().hasProperty(RDF.type, CKG.State), st + ": the member is not a declared state");
        }
    }

    @Test
    void theArmedGroupsAndForcesTheGoldFilesAssumeAreDeclared() {
        Resource armedGroup = reference.createResource(CKG.NS + "ArmedGroup");
        for (String slug : List.of("m23", "fdlr", "tplf", "hezbollah", "hamas", "wagner")) {
            assertTrue(org(slug).hasProperty(RDF.type, armedGroup), slug + " is not a ckg:ArmedGroup");
            assertFalse(literals(org(slug), RDFS.label.getURI(), "fr").isEmpty(), slug + " has no @fr label");
            assertFalse(literals(org(slug), RDFS.label.getURI(), "en").isEmpty(), slug + " has no @en label");
        }
        Map<String, String> forces = Map.of("unifil", "un", "monusco", "un", "minusma", "un", "kfor", "nato",
                "eufor-althea", "eu", "atmis", "african-union");
        forces.forEach((force, owner) -> {
            assertTrue(org(force).hasProperty(RDF.type, CKG.ArmedForces), force + " is not a ckg:ArmedForces");
            assertTrue(org(force).hasProperty(CKG.partOf, org(owner)), force + " is not part of " + owner);
        });
        assertTrue(org("srpska-lista").hasProperty(RDF.type, CKG.Organization));
    }

    @Test
    void theArmeniaRussiaTreatyOf1997HasItsTwoParties() {
        Resource treaty = reference.getResource(CKG.ID + "treaty/armenia-russia-friendship-1997");
        assertTrue(treaty.hasProperty(RDF.type, CKG.Treaty));
        assertEquals("1997", treaty.getRequiredProperty(CKG.signedIn).getLiteral().getLexicalForm());
        Set<Resource> parties = reference.listSubjectsWithProperty(CKG.partyTo, treaty).toSet();
        assertEquals(Set.of(state("ARM"), state("RUS")), parties);
    }

    @Test
    void everyObjectOfAReferenceLinkIsDeclared() {
        for (var p : List.of(CKG.partyTo, CKG.basedIn, CKG.affiliatedWith, CKG.capital, CKG.locatedIn, CKG.partOf)) {
            for (Statement st : reference.listStatements(null, p, (RDFNode) null).toList()) {
                assertTrue(st.getObject().isURIResource() && st.getResource().hasProperty(RDF.type), st + ": undeclared object");
                assertTrue(st.getSubject().hasProperty(RDF.type), st + ": undeclared subject");
            }
        }
    }

    @Test
    void noEntityHasTwoLabelsInOneLanguage() {
        // (an IRI written twice merges two entries, and two entities when they differ: « RSF » was Reporters sans
        // frontières and the Sudanese Rapid Support Forces at once)
        Map<String, Long> labels = reference.listStatements(null, RDFS.label, (RDFNode) null).toList().stream()
                .filter(st -> st.getSubject().isURIResource())
                .collect(Collectors.groupingBy(st -> st.getSubject().getURI() + " @" + st.getLiteral().getLanguage(), Collectors.counting()));
        assertEquals(Map.of(), labels.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void noTwoEntitiesShareAFrenchLabel() {
        Map<String, Set<Resource>> byLabel = new HashMap<>();
        for (Statement st : reference.listStatements(null, RDFS.label, (RDFNode) null).toList()) {
            if ("fr".equals(st.getLiteral().getLanguage())) {
                byLabel.computeIfAbsent(st.getString(), k -> new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI())))
                        .add(st.getSubject());
            }
        }
        Map<String, Set<Resource>> shared = byLabel.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), shared);
    }

    private static List<Resource> states() {
        return reference.listSubjectsWithProperty(RDF.type, CKG.State).toList();
    }

    private static Resource state(String iso) {
        return reference.getResource(STATE + iso);
    }

    private static Resource org(String slug) {
        return reference.getResource(ORG + slug);
    }

    private static Set<String> memberCodes(String orgSlug) {
        return reference.listSubjectsWithProperty(CKG.memberOf, org(orgSlug)).toList().stream()
                .map(r -> r.getURI().substring(STATE.length())).collect(Collectors.toSet());
    }

    private static Set<String> literals(Resource subject, String property, String lang) {
        return subject.listProperties(reference.getProperty(property)).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> lang.equals(l.getLanguage())).map(Literal::getString).collect(Collectors.toSet());
    }
}
