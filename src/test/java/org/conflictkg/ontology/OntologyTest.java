package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ontology ({@code ontology/conflict-kg.ttl}) keeps the promise of the public vocabulary, declares
 * every constant of {@link CKG}, and the lexicon ({@code ontology/lexicon-fr.ttl}) is complete enough
 * for the loader to read: every concept labelled, in a scheme, with the property its scheme needs.
 */
class OntologyTest {

    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ID = CKG.ID;

    /* The public vocabulary (vocabulary.md), written out by hand so that the test runs without it. */
    private static final Set<String> VOCABULARY_CLASSES = Set.of(
            "Actor", "State", "Person", "Organization", "Alliance", "InternationalOrganization",
            "GovernmentBody", "ArmedForces", "NewsAgency", "Place", "Region", "Settlement", "Treaty",
            "Event", "Incident", "Shelling", "ArmedClash", "DroneStrike", "Offensive", "Deployment", "Unrest",
            "AssistanceRequest", "PhoneCall", "Meeting", "Agreement", "Ceasefire", "Claim", "Report");
    private static final Set<String> VOCABULARY_OBJECT_PROPERTIES = Set.of(
            "memberOf", "partyTo", "alliedWith", "partOf", "affiliatedWith", "locatedIn", "attacker", "target",
            "place", "weapon", "claimant", "accuses", "about", "reportedVia", "requester", "addressee", "invokes",
            "participant", "mentions");
    private static final Set<String> VOCABULARY_DATATYPE_PROPERTIES = Set.of("foundedIn", "quote", "topic", "isoCode");

    /* The subclass structure of vocabulary.md (plus our extensions), child to ancestor. */
    private static final Map<String, String> SUBCLASS_OF = Map.ofEntries(
            Map.entry("State", "Actor"), Map.entry("Person", "Actor"), Map.entry("Organization", "Actor"),
            Map.entry("Alliance", "Organization"), Map.entry("InternationalOrganization", "Organization"),
            Map.entry("GovernmentBody", "Organization"), Map.entry("ArmedForces", "Organization"),
            Map.entry("NewsAgency", "Organization"), Map.entry("ArmedGroup", "Organization"),
            Map.entry("Region", "Place"), Map.entry("Settlement", "Place"),
            Map.entry("AdministrativeRegion", "Region"),
            Map.entry("Incident", "Event"), Map.entry("Shelling", "Incident"), Map.entry("ArmedClash", "Incident"),
            Map.entry("DroneStrike", "Incident"), Map.entry("Offensive", "Incident"),
            Map.entry("Deployment", "Incident"), Map.entry("Unrest", "Incident"), Map.entry("AirStrike", "Incident"),
            Map.entry("AssistanceRequest", "Event"), Map.entry("PhoneCall", "Event"), Map.entry("Meeting", "Event"),
            Map.entry("Agreement", "Event"), Map.entry("Ceasefire", "Agreement"), Map.entry("Accession", "Agreement"),
            Map.entry("Dispute", "Event"));

    private static final Path VOCABULARY_MD = Path.of("../shared/spec/vocabulary.md");

    private static Model ontology;
    private static Model lexicon;

    @BeforeAll
    static void load() {
        ontology = turtle("ontology/conflict-kg.ttl");
        lexicon = turtle("ontology/lexicon-fr.ttl");
    }

    private static Model turtle(String file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(Path.of(file)).lang(Lang.TURTLE).parse(model);
        return model;
    }

    private static Resource ckg(String local) {
        return ResourceFactory.createResource(CKG.NS + local);
    }

    @Nested
    class PublicVocabulary {

        @Test
        void theOntologyHeaderNamesItsIriVersionLicenceAndTitles() {
            Resource header = ontology.createResource("https://w3id.org/conflict-kg/ontology");
            assertTrue(ontology.contains(header, RDF.type, OWL.Ontology));
            assertTrue(ontology.contains(header, OWL.versionInfo, (RDFNode) null));
            assertTrue(ontology.contains(header, DCTerms.license,
                    ontology.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
            assertEquals(Set.of("en", "fr"), languages(header, DCTerms.title));
            assertEquals(Set.of("en", "fr"), languages(header, DCTerms.description));
        }

        @Test
        void everyVocabularyClassIsAnOwlClass() {
            assertDeclaredAs(VOCABULARY_CLASSES, OWL.Class);
        }

        @Test
        void everyVocabularyPropertyHasItsOwlKind() {
            assertDeclaredAs(VOCABULARY_OBJECT_PROPERTIES, OWL.ObjectProperty);
            assertDeclaredAs(VOCABULARY_DATATYPE_PROPERTIES, OWL.DatatypeProperty);
        }

        /* CI keeps the shared spec beside the clone; there the test also reads the file itself, so
           that a term added to the contract cannot be forgotten here. */
        @Test
        void everyTermOfVocabularyMdIsKnownToThisTestAndDeclared() throws IOException {
            if (!Files.exists(VOCABULARY_MD)) {
                return;
            }
            Set<String> terms = new TreeSet<>();
            Matcher m = Pattern.compile("ckg:([A-Za-z][A-Za-z0-9]*)")
                    .matcher(Files.readString(VOCABULARY_MD, StandardCharsets.UTF_8));
            while (m.find()) {
                terms.add(m.group(1));
            }
            Set<String> known = new HashSet<>(VOCABULARY_CLASSES);
            known.addAll(VOCABULARY_OBJECT_PROPERTIES);
            known.addAll(VOCABULARY_DATATYPE_PROPERTIES);
            Set<String> unknown = new TreeSet<>(terms);
            unknown.removeAll(known);
            assertEquals(Set.of(), unknown, "terms of vocabulary.md missing from the hard-coded lists");
            for (String term : terms) {
                boolean isClass = Character.isUpperCase(term.charAt(0));
                Resource r = ckg(term);
                assertTrue(isClass ? ontology.contains(r, RDF.type, OWL.Class)
                        : ontology.contains(r, RDF.type, OWL.ObjectProperty)
                                || ontology.contains(r, RDF.type, OWL.DatatypeProperty),
                        "ckg:" + term + " not declared with its kind");
            }
        }

        @Test
        void theSubclassStructureOfTheVocabularyHolds() {
            List<String> broken = new ArrayList<>();
            SUBCLASS_OF.forEach((child, ancestor) -> {
                if (!superclasses(ckg(child)).contains(ckg(ancestor))) {
                    broken.add(child + " ⊄ " + ancestor);
                }
            });
            assertEquals(List.of(), broken);
        }

        @Test
        void classesAreAlignedWithSemAndProv() {
            assertTrue(superclasses(CKG.Event).contains(ontology.createResource(SEM + "Event")));
            assertTrue(superclasses(CKG.Shelling).contains(ontology.createResource(SEM + "Event")));
            assertTrue(superclasses(CKG.Actor).contains(ontology.createResource(SEM + "Actor")));
            assertTrue(superclasses(CKG.State).contains(ontology.createResource(PROV + "Agent")));
            assertTrue(superclasses(CKG.Settlement).contains(ontology.createResource(SEM + "Place")));
            assertTrue(superclasses(CKG.Report).contains(ontology.createResource(PROV + "Entity")));
            assertTrue(superclasses(CKG.Claim).contains(ontology.createResource(PROV + "Entity")));
            assertTrue(ontology.contains(CKG.place, RDFS.subPropertyOf, ontology.createResource(SEM + "hasPlace")));
            assertTrue(ontology.contains(CKG.participant, RDFS.subPropertyOf, ontology.createResource(SEM + "hasActor")));
        }

        @Test
        void propertyCharacteristicsAreDeclared() {
            assertTrue(ontology.contains(CKG.alliedWith, RDF.type, OWL.SymmetricProperty));
            assertTrue(ontology.contains(CKG.counterClaim, RDF.type, OWL.SymmetricProperty));
            assertTrue(ontology.contains(CKG.locatedIn, RDF.type, OWL.TransitiveProperty));
            assertTrue(ontology.contains(CKG.isoCode, RDF.type, OWL.FunctionalProperty));
            assertTrue(ontology.contains(CKG.sha256, RDF.type, OWL.FunctionalProperty));
            assertTrue(ontology.contains(CKG.acronym, RDFS.subPropertyOf, SKOS.altLabel));
        }

        private void assertDeclaredAs(Set<String> terms, Resource type) {
            Set<String> missing = terms.stream().filter(t -> !ontology.contains(ckg(t), RDF.type, type))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), missing, "not declared as " + type.getLocalName());
        }
    }

    @Nested
    class Documentation {

        @Test
        void everyCkgConstantIsDeclaredInTheOntology() throws IllegalAccessException {
            List<String> undeclared = new ArrayList<>();
            for (Field f : CKG.class.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                Resource term = (Resource) f.get(null);
                Set<Resource> kinds = types(term);
                boolean ok = f.getType() == Property.class
                        ? kinds.contains(OWL.ObjectProperty) || kinds.contains(OWL.DatatypeProperty)
                                || kinds.contains(OWL.AnnotationProperty)
                        : kinds.contains(OWL.Class) || kinds.contains(SKOS.ConceptScheme)
                                || kinds.contains(OWL2.NamedIndividual);
                if (!ok) {
                    undeclared.add(f.getName());
                }
            }
            assertEquals(List.of(), undeclared);
        }

        @Test
        void everyTermOfTheNamespaceHasLabelAndCommentInEnglishAndFrench() {
            List<String> poor = new ArrayList<>();
            for (Resource term : ontology.listSubjects().toList()) {
                if (term.isURIResource() && term.getURI().startsWith(CKG.NS)
                        && !(languages(term, RDFS.label).containsAll(Set.of("en", "fr"))
                                && languages(term, RDFS.comment).containsAll(Set.of("en", "fr")))) {
                    poor.add(term.getLocalName());
                }
            }
            assertEquals(List.of(), poor);
        }

        @Test
        void everyPropertyOfTheNamespaceStatesADomainOrARange() {
            List<String> bare = new ArrayList<>();
            for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty)) {
                for (Resource p : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                    if (!ontology.contains(p, RDFS.domain, (RDFNode) null) && !ontology.contains(p, RDFS.range, (RDFNode) null)) {
                        bare.add(p.getLocalName());
                    }
                }
            }
            assertEquals(List.of(), bare);
        }
    }

    @Nested
    class Lexicon {

        private static final Set<Resource> LEXICON_SCHEMES = Set.of(CKG.EventTriggerScheme, CKG.SpeechCueScheme,
                CKG.ActorHeadScheme, CKG.OfficeScheme, CKG.OutcomeScheme);

        private Model all() {
            return ModelFactory.createUnion(ontology, lexicon);
        }

        @Test
        void everyConceptHasOneFrenchAndOneEnglishPrefLabelAndADeclaredScheme() {
            Model all = all();
            List<String> faults = new ArrayList<>();
            for (Resource c : all.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
                List<String> prefLanguages = all.listObjectsOfProperty(c, SKOS.prefLabel).toList().stream()
                        .map(n -> n.asLiteral().getLanguage()).sorted().toList();
                if (!prefLanguages.equals(List.of("en", "fr"))) {
                    faults.add(c + " prefLabels " + prefLanguages);
                }
                List<RDFNode> schemes = all.listObjectsOfProperty(c, SKOS.inScheme).toList();
                if (schemes.size() != 1 || !ontology.contains(schemes.get(0).asResource(), RDF.type, SKOS.ConceptScheme)) {
                    faults.add(c + " schemes " + schemes);
                }
            }
            assertEquals(List.of(), faults);
        }

        @Test
        void lexiconConceptsLiveInLexiconSchemesAndWeaponsInTheWeaponScheme() {
            for (Resource c : lexicon.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
                assertTrue(LEXICON_SCHEMES.contains(c.getPropertyResourceValue(SKOS.inScheme)), c.toString());
            }
            for (Resource c : ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
                assertEquals(CKG.WeaponScheme, c.getPropertyResourceValue(SKOS.inScheme), c.toString());
                assertTrue(c.getURI().startsWith(ID + "weapon/"), c.toString());
            }
        }

        @Test
        void conceptIrisFollowTheirScheme() {
            Map<Resource, String> bases = Map.of(CKG.EventTriggerScheme, "trigger/", CKG.SpeechCueScheme, "speech/",
                    CKG.ActorHeadScheme, "head/", CKG.OfficeScheme, "office/", CKG.OutcomeScheme, "outcome/");
            for (Resource c : lexicon.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
                String base = ID + bases.get(c.getPropertyResourceValue(SKOS.inScheme));
                assertTrue(c.getURI().startsWith(base) && c.getURI().substring(base.length()).matches("[a-z0-9-]+"),
                        c.toString());
            }
        }

        @Test
        void everyTriggerEvokesOneDeclaredEventClass() {
            for (Resource c : concepts(CKG.EventTriggerScheme)) {
                List<RDFNode> evoked = lexicon.listObjectsOfProperty(c, CKG.evokes).toList();
                assertEquals(1, evoked.size(), c.toString());
                Resource cls = evoked.get(0).asResource();
                assertTrue(ontology.contains(cls, RDF.type, OWL.Class), c + " evokes undeclared " + cls);
                assertTrue(superclasses(cls).contains(CKG.Event), c + " evokes a non-event " + cls);
            }
        }

        @Test
        void everySpeechCueHasOneDeclaredCueKind() {
            Set<Resource> kinds = Set.of(CKG.SpeechVerb, CKG.AccusationVerb, CKG.SourceMarker);
            for (Resource kind : kinds) {
                assertTrue(ontology.contains(kind, RDF.type, CKG.CueKind), kind.toString());
            }
            for (Resource c : concepts(CKG.SpeechCueScheme)) {
                List<RDFNode> cue = lexicon.listObjectsOfProperty(c, CKG.cueKind).toList();
                assertEquals(1, cue.size(), c.toString());
                assertTrue(kinds.contains(cue.get(0).asResource()), c.toString());
            }
        }

        @Test
        void everyHeadDenotesOneDeclaredActorOrPlaceClass() {
            for (Resource c : concepts(CKG.ActorHeadScheme)) {
                List<RDFNode> denoted = lexicon.listObjectsOfProperty(c, CKG.denotesClass).toList();
                assertEquals(1, denoted.size(), c.toString());
                Resource cls = denoted.get(0).asResource();
                assertTrue(ontology.contains(cls, RDF.type, OWL.Class), c + " denotes undeclared " + cls);
                // (a head may denote a place of no more precise kind: « la base aérienne de Nevatim »)
                Set<Resource> up = new java.util.HashSet<>(superclasses(cls));
                up.add(cls);
                assertTrue(up.contains(CKG.Actor) || up.contains(CKG.Place), c + " denotes " + cls);
            }
        }

        @Test
        void theSeedReportsHeadsCarryTheirCanonicalSlugs() {
            // « unités de l'armée arménienne », « forces armées azerbaïdjanaises » name the same kind of body
            assertEquals("forces-armees", notation("head/armee"));
            assertEquals("ministere-de-la-defense", notation("head/ministere-de-la-defense"));
            assertEquals("conseil-de-securite", notation("head/conseil-de-securite"));
            assertTrue(lexicon.contains(lexicon.createResource(ID + "head/service-de-presse"), CKG.speaksFor,
                    lexicon.createTypedLiteral(true)));
        }

        @Test
        void weaponsNestUnderTheirBroaderKind() {
            for (String[] pair : List.of(new String[] {"mortar", "artillery"}, new String[] {"howitzer", "artillery"},
                    new String[] {"ballistic-missile", "missile"}, new String[] {"tank", "armoured-vehicle"})) {
                assertTrue(ontology.contains(ontology.createResource(ID + "weapon/" + pair[0]), SKOS.broader,
                        ontology.createResource(ID + "weapon/" + pair[1])), pair[0]);
            }
        }

        /* The loader matches normalised French, so two concepts of a scheme that normalise alike would
           make it guess; English labels are only compared lower-cased. (Two heads of which only one heads a proper name,
           ckg:capitalizedName, are told apart by the capital: « les Marines », « la marine ».) */
        @Test
        void noTwoConceptsOfASchemeShareALabel() {
            Model all = all();
            List<String> clashes = new ArrayList<>();
            for (Resource scheme : all.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
                Map<String, Resource> owner = new HashMap<>();
                for (Resource c : all.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
                    Set<String> keys = new HashSet<>();
                    for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                        for (RDFNode n : all.listObjectsOfProperty(c, p).toList()) {
                            Literal l = n.asLiteral();
                            keys.add(l.getLanguage() + ":" + ("fr".equals(l.getLanguage())
                                    ? normalise(l.getString()) : l.getString().toLowerCase(Locale.ROOT)));
                        }
                    }
                    for (String key : keys) {
                        Resource previous = owner.putIfAbsent(key, c);
                        boolean byCapital = previous != null && previous.hasLiteral(CKG.capitalizedName, true) != c.hasLiteral(CKG.capitalizedName, true);
                        if (previous != null && !byCapital) {
                            clashes.add(key + " in " + previous.getLocalName() + " and " + c.getLocalName());
                        }
                    }
                }
            }
            assertEquals(List.of(), clashes);
        }

        @Test
        void normalisationFoldsWhatTheLoaderFolds() {
            // the test's own normaliser must see through elision, accents and plural, or the check above proves nothing
            assertEquals(normalise("l'armée"), normalise("armées"));
            assertEquals(normalise("bombardement"), normalise("Bombardements"));
            assertFalse(normalise("tir").equals(normalise("tirs d'artillerie")));
        }

        private List<Resource> concepts(Resource scheme) {
            List<Resource> concepts = lexicon.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
            assertFalse(concepts.isEmpty(), "no concept in " + scheme);
            return concepts;
        }

        private String notation(String local) {
            return lexicon.getRequiredProperty(lexicon.createResource(ID + local), SKOS.notation).getString();
        }
    }

    @Nested
    class Reasoning {

        @Test
        void theMicroReasonerDerivesSymmetricAlliancesAndTransitiveLocations() {
            Model data = ModelFactory.createDefaultModel();
            Resource a = data.createResource(ID + "state/AAA");
            Resource b = data.createResource(ID + "state/BBB");
            Resource village = data.createResource(ID + "place/some-village");
            Resource district = data.createResource(ID + "place/some-district");
            data.add(a, CKG.alliedWith, b);
            data.add(village, CKG.locatedIn, district);
            data.add(district, CKG.locatedIn, a);
            data.add(village, RDF.type, CKG.Settlement);
            data.add(district, RDF.type, CKG.AdministrativeRegion);
            data.add(a, RDF.type, CKG.State);
            data.add(b, RDF.type, CKG.State);

            InfModel withOntology = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
                    ModelFactory.createUnion(ontology, data));
            assertTrue(withOntology.contains(b, CKG.alliedWith, a));
            assertTrue(withOntology.contains(village, CKG.locatedIn, a));
            assertTrue(withOntology.contains(district, RDF.type, CKG.Place));
            assertTrue(withOntology.validate().isValid());

            // the characteristics come from the ontology, not from the reasoner alone
            InfModel withoutOntology = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), data);
            assertFalse(withoutOntology.contains(b, CKG.alliedWith, a));
            assertFalse(withoutOntology.contains(village, CKG.locatedIn, a));
        }

        @Test
        void theMicroReasonerFindsTheOntologyAndLexiconConsistent() {
            InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
                    ModelFactory.createUnion(ontology, lexicon));
            assertTrue(inf.validate().isValid());
        }
    }

    private static Set<Resource> superclasses(Resource cls) {
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            for (RDFNode up : ontology.listObjectsOfProperty(todo.pop(), RDFS.subClassOf).toList()) {
                if (up.isURIResource() && seen.add(up.asResource())) {
                    todo.push(up.asResource());
                }
            }
        }
        return seen;
    }

    private static Set<Resource> types(Resource term) {
        return ontology.listObjectsOfProperty(term, RDF.type).toList().stream().map(RDFNode::asResource)
                .collect(Collectors.toSet());
    }

    private static Set<String> languages(Resource subject, Property p) {
        return ontology.listObjectsOfProperty(subject, p).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLanguage()).collect(Collectors.toSet());
    }

    private static final Pattern ELISION = Pattern.compile("^(l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)'");

    /* Close to what the loader does (Lucene's French elision, ASCII folding, FrenchLightStemmer) so that
       the clash check above sees what the loader will see. */
    private static String normalise(String label) {
        List<String> stems = new ArrayList<>();
        String text = label.toLowerCase(Locale.ROOT).replace('’', '\'').replace("œ", "oe");
        for (String token : text.split("[^\\p{L}\\p{N}']+")) {
            String bare = ELISION.matcher(token).replaceFirst("").replace("'", "");
            if (bare.isEmpty()) {
                continue;
            }
            String folded = Normalizer.normalize(bare, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            char[] chars = folded.toCharArray();
            stems.add(new String(chars, 0, new FrenchLightStemmer().stem(chars, chars.length)));
        }
        return String.join(" ", stems);
    }
}
