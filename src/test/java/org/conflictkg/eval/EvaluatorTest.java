package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring rules of data/gold/README.md, on small hand-made gold and "extracted" graphs. */
class EvaluatorTest {
    private static final String PREFIXES = """
            @prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
            @base <https://w3id.org/conflict-kg/id/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    /* Reference data: the states are typed there, never in a report graph. */
    private static final Model BACKGROUND = turtle("""
            <state/ARM> a ckg:State . <state/AZE> a ckg:State . <state/RUS> a ckg:State .
            <org/tass> a ckg:NewsAgency . <org/interfax> a ckg:NewsAgency . <org/csto> a ckg:Alliance .
            """);

    private static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + body), null, "TTL");
        return m;
    }

    private static Scores score(String gold, String extracted) {
        Evaluator evaluator = Evaluator.create().gold(Path.of(".")).reports(Path.of("."))
                .extraction(p -> ModelFactory.createDefaultModel()).background(BACKGROUND).build();
        return evaluator.compare("r.txt", "dev", turtle(gold), turtle(extracted)).scores();
    }

    @Nested
    class Entities {
        @Test
        void matchByIriWithinTheirTypeSoAWrongTypeCountsOnBothSides() {
            Scores s = score("""
                    <state/ARM> a ckg:State . <state/AZE> a ckg:State .
                    <body/AZE/ministere-de-la-defense> a ckg:GovernmentBody ; ckg:partOf <state/AZE> .
                    <person/nikol-pashinyan> a ckg:Person .
                    """, """
                    <report/h> a ckg:Report ; ckg:mentions <state/ARM> , <state/AZE> ,
                        <body/AZE/ministere-de-la-defense> , <person/someone-else> .
                    <body/AZE/ministere-de-la-defense> a ckg:ArmedForces .
                    <person/someone-else> a ckg:Person .
                    """);
            assertEquals(new Counts(2, 0, 0), s.of(Category.STATE));
            assertEquals(new Counts(0, 0, 1), s.of(Category.GOVERNMENT_BODY));
            assertEquals(new Counts(0, 1, 0), s.of(Category.ARMED_FORCES));
            assertEquals(new Counts(0, 1, 1), s.of(Category.PERSON));
            assertEquals(new Counts(2, 2, 2), s.total());
        }

        @Test
        void anAllianceIsAnOrganizationAndAnAgencyIsNot() {
            Scores s = score("<org/csto> a ckg:Alliance . <org/tass> a ckg:NewsAgency .",
                    "<report/h> ckg:mentions <org/csto> , <org/tass> .");
            assertEquals(new Counts(1, 0, 0), s.of(Category.ORGANIZATION));
            assertEquals(new Counts(1, 0, 0), s.of(Category.NEWS_AGENCY));
        }
    }

    @Nested
    class Incidents {
        @Test
        void actorsAgreeAtTheLevelOfTheirStateAndAGenericIncidentAcceptsAnySubclass() {
            Scores s = score("""
                    [ a ckg:Shelling ; ckg:attacker <body/ARM/forces-armees> ; ckg:target <body/AZE/forces-armees> ;
                      ckg:place <place/dashkesan> , <place/lachin> ] .
                    [ a ckg:Incident ; ckg:participant <state/ARM> , <state/AZE> ] .
                    """, """
                    <report/h/event/1> a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:target <x/unit> ;
                      ckg:place <place/lachin> , <place/dashkesan> ; ckg:weapon <weapon/mortar> .
                    <x/unit> ckg:partOf <state/AZE> .
                    <report/h/event/2> a ckg:ArmedClash ; ckg:participant <state/AZE> , <state/ARM> .
                    <report/h/event/3> a ckg:Shelling ; ckg:attacker <state/AZE> .
                    """);
            assertEquals(new Counts(2, 1, 0), s.of(Category.INCIDENT));
            assertEquals(2.0 / 3, s.of(Category.INCIDENT).precision(), 1e-12);
            assertEquals(1.0, s.of(Category.INCIDENT).recall(), 1e-12);
        }

        @Test
        void aPersonTakesTheStateTheGoldGivesBeforeTheReferenceDatas() {
            // (the bundled reference data knows Mahmoud Ali Youssouf's office of today, at the African Union; a gold
            // about 2008 gives Djibouti, whose foreign minister he then was)
            Evaluator evaluator = Evaluator.create().gold(Path.of(".")).reports(Path.of("."))
                    .extraction(p -> ModelFactory.createDefaultModel()).build();
            Scores s = evaluator.compare("r.txt", "dev", turtle("""
                    <person/mahmoud-ali-youssouf> a ckg:Person ; ckg:affiliatedWith <state/DJI> .
                    [ a ckg:AssistanceRequest ; ckg:requester <person/mahmoud-ali-youssouf> ; ckg:addressee <org/unsc> ] .
                    """), turtle("<e/1> a ckg:AssistanceRequest ; ckg:requester <state/DJI> ; ckg:addressee <org/unsc> .")).scores();
            assertEquals(new Counts(1, 0, 0), s.of(Category.APPEAL));
        }

        @Test
        void placesAreComparedAsWholeSets() {
            Scores s = score("[ a ckg:Shelling ; ckg:place <place/dashkesan> , <place/lachin> ] .",
                    "<e/1> a ckg:Shelling ; ckg:place <place/lachin> .");
            assertEquals(new Counts(0, 1, 1), s.of(Category.INCIDENT));
        }

        @Test
        void aSpecificGoldClassIsNotSatisfiedByAnotherIncidentClass() {
            Scores s = score("[ a ckg:Shelling ; ckg:attacker <state/ARM> ] .",
                    "<e/1> a ckg:ArmedClash ; ckg:attacker <state/ARM> .");
            assertEquals(new Counts(0, 1, 1), s.of(Category.INCIDENT));
        }

        @Test
        void pairingMaximisesMatchesWhateverTheOrder() {
            // The loose gold item could take either extracted item; only a maximum matching leaves
            // <e/1> to the strict one.
            Scores s = score("""
                    [ a ckg:Shelling ; ckg:attacker <state/ARM> ] .
                    [ a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:place <place/lachin> ] .
                    """, """
                    <e/1> a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:place <place/lachin> .
                    <e/2> a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:place <place/kalbajar> .
                    """);
            assertEquals(new Counts(2, 0, 0), s.of(Category.INCIDENT));
        }
    }

    @Nested
    class ClaimsAndEvents {
        @Test
        void everyRoleTheGoldStatesMustHoldTheSameKeys() {
            Scores s = score("""
                    [ a ckg:Claim ; ckg:claimant <body/AZE/ministere-de-la-defense> ; ckg:accuses <state/ARM> ;
                      ckg:reportedVia <org/tass> , <org/interfax> ] .
                    [ a ckg:Claim ; ckg:claimant <body/ARM/ministere-de-la-defense> ; ckg:accuses <state/AZE> ] .
                    """, """
                    <c/1> a ckg:Claim ; ckg:claimant <body/AZE/ministere-de-la-defense> ;
                      ckg:accuses <body/ARM/forces-armees> ; ckg:reportedVia <org/tass> .
                    <c/2> a ckg:Claim ; ckg:claimant <body/ARM/conseil-des-ministres> ; ckg:accuses <state/AZE> ;
                      ckg:reportedVia <org/tass> .
                    """);
            // c/1 lacks Interfax; c/2's claimant is another Armenian body (same state) and its
            // agency is a role the second gold claim leaves open.
            assertEquals(new Counts(1, 1, 1), s.of(Category.CLAIM));
        }

        @Test
        void anActorTheGoldNamesKeepsTheGoldsStateWhateverOfficeTheExtractionFound() {
            // The extraction names the right minister but found no office for him, and gave the
            // other person a wrong one: both are still the gold's actors. An actor the gold does
            // not name is lifted through the extracted graph only, and an unknown person matches
            // no state.
            Scores s = score("""
                    <person/jeyhun-bayramov> ckg:affiliatedWith <state/AZE> .
                    <person/ararat-mirzoyan> ckg:affiliatedWith <state/ARM> .
                    [ a ckg:Meeting ; ckg:participant <person/jeyhun-bayramov> , <person/ararat-mirzoyan> ] .
                    [ a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:accuses <state/ARM> ] .
                    [ a ckg:Claim ; ckg:claimant <state/RUS> ] .
                    """, """
                    <person/ararat-mirzoyan> ckg:affiliatedWith <state/RUS> .
                    <e/1> a ckg:Meeting ; ckg:participant <person/jeyhun-bayramov> , <person/ararat-mirzoyan> .
                    <c/1> a ckg:Claim ; ckg:claimant <person/jeyhun-bayramov> ; ckg:accuses <body/ARM/forces-armees> .
                    <c/2> a ckg:Claim ; ckg:claimant <person/sergei-lavrov> .
                    """);
            assertEquals(new Counts(1, 0, 0), s.of(Category.CALL_MEETING));
            assertEquals(new Counts(1, 1, 1), s.of(Category.CLAIM));
            assertEquals(new Counts(0, 1, 2), s.of(Category.OFFICE));
        }

        @Test
        void appealsCallsAgreementsAndDisputesAreScoredApart() {
            Scores s = score("""
                    [ a ckg:AssistanceRequest ; ckg:requester <state/ARM> ; ckg:addressee <state/RUS> , <org/csto> ] .
                    [ a ckg:PhoneCall ; ckg:participant <person/nikol-pashinyan> , <person/vladimir-putin> ] .
                    <person/nikol-pashinyan> ckg:affiliatedWith <state/ARM> .
                    <person/vladimir-putin> ckg:affiliatedWith <state/RUS> .
                    [ a ckg:Ceasefire ; ckg:participant <state/ARM> , <state/AZE> ] .
                    [ a ckg:Dispute ; ckg:participant <state/ARM> , <state/AZE> ; ckg:disputedTerritory <place/nagorno-karabakh> ] .
                    """, """
                    <e/1> a ckg:AssistanceRequest ; ckg:requester <body/ARM/conseil-de-securite> ; ckg:addressee <state/RUS> .
                    <e/2> a ckg:Meeting ; ckg:participant <state/ARM> , <state/RUS> .
                    <e/3> a ckg:Agreement ; ckg:participant <state/ARM> , <state/AZE> .
                    <e/4> a ckg:Dispute ; ckg:participant <state/ARM> , <state/AZE> ; ckg:disputedTerritory <place/nagorno-karabakh> .
                    """);
            assertEquals(new Counts(0, 1, 1), s.of(Category.APPEAL), "the CSTO is missing");
            assertEquals(new Counts(0, 1, 1), s.of(Category.CALL_MEETING), "a meeting is not a phone call");
            assertEquals(new Counts(0, 1, 1), s.of(Category.AGREEMENT), "an agreement is not necessarily a ceasefire");
            assertEquals(new Counts(1, 0, 0), s.of(Category.DISPUTE));
            // The gold states the two affiliations; the extraction none.
            assertEquals(new Counts(0, 0, 2), s.of(Category.OFFICE));
        }
    }

    @Nested
    class NearMisses {
        private List<NearMiss> nearMisses(String gold, String extracted) {
            Evaluator evaluator = Evaluator.create().gold(Path.of(".")).reports(Path.of("."))
                    .extraction(p -> ModelFactory.createDefaultModel()).background(BACKGROUND).build();
            return evaluator.compare("r.txt", "dev", turtle(gold), turtle(extracted)).nearMisses();
        }

        @Test
        void aMissedFactIsPairedWithTheClosestExtractedFactThatSharesAFiller() {
            List<NearMiss> misses = nearMisses("""
                    [ a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:place <place/dashkesan> , <place/lachin> ] .
                    """, """
                    <e/1> a ckg:ArmedClash ; ckg:participant <state/ARM> .
                    <e/2> a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:place <place/lachin> .
                    """);
            assertEquals(1, misses.size());
            assertEquals(Category.INCIDENT, misses.get(0).category());
            assertEquals(Optional.of("ckg:Shelling attacker=id:state/ARM place=id:place/lachin"), misses.get(0).closest());
            assertEquals(List.of("place fewer"), misses.get(0).differences());
        }

        @Test
        void eachDifferenceIsNamedClassFirstThenRolesInOrder() {
            List<NearMiss> misses = nearMisses("""
                    [ a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:accuses <state/ARM> ; ckg:reportedVia <org/tass> ] .
                    [ a ckg:Shelling ; ckg:attacker <state/ARM> ; ckg:target <state/AZE> ; ckg:weapon <weapon/mortar> ] .
                    """, """
                    <c/1> a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:reportedVia <org/tass> , <org/interfax> .
                    <e/1> a ckg:ArmedClash ; ckg:attacker <state/ARM> ; ckg:target <state/RUS> ; ckg:weapon <weapon/mortar> .
                    """);
            assertEquals(List.of(List.of("class", "target other"), List.of("accuses missing", "reportedVia more")),
                    misses.stream().map(NearMiss::differences).toList());
        }

        @Test
        void aFactSharingNoFillerWithAnyExtractedFactIsNotNear() {
            List<NearMiss> misses = nearMisses("""
                    [ a ckg:PhoneCall ; ckg:participant <state/ARM> , <state/RUS> ] .
                    """, """
                    <e/1> a ckg:PhoneCall ; ckg:participant <state/AZE> .
                    """);
            assertEquals(1, misses.size());
            assertFalse(misses.get(0).isNear());
            assertEquals(List.of(), misses.get(0).differences());
        }

        @Test
        void oneExtractedFactIsTheNearMissOfOneGoldFactOnly() {
            List<NearMiss> misses = nearMisses("""
                    [ a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:accuses <state/ARM> ; ckg:reportedVia <org/interfax> ] .
                    [ a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:accuses <state/RUS> ; ckg:reportedVia <org/tass> ] .
                    """, """
                    <c/1> a ckg:Claim ; ckg:claimant <state/AZE> ; ckg:reportedVia <org/tass> .
                    """);
            // The second gold claim is closer (one difference against two): it takes the extracted claim.
            assertEquals(List.of(false, true), misses.stream().map(NearMiss::isNear).toList());
        }

        @Test
        void matchedFactsAndEntitiesAreNoNearMisses() {
            List<NearMiss> misses = nearMisses("""
                    <state/ARM> a ckg:State . <person/nikol-pashinyan> a ckg:Person .
                    [ a ckg:Shelling ; ckg:attacker <state/ARM> ] .
                    """, """
                    <report/h> ckg:mentions <state/ARM> .
                    <e/1> a ckg:Shelling ; ckg:attacker <state/ARM> .
                    """);
            assertEquals(List.of(), misses);
        }
    }

    @Nested
    class PlainFacts {
        @Test
        void membershipsFoundingsOfficesAndSymmetricAlliances() {
            Scores s = score("""
                    <state/ARM> ckg:memberOf <org/csto> . <state/RUS> ckg:memberOf <org/csto> .
                    <org/csto> ckg:foundedIn "1992"^^xsd:gYear .
                    <person/vladimir-putin> ckg:affiliatedWith <state/RUS> .
                    <state/RUS> ckg:alliedWith <state/ARM> .
                    """, """
                    <state/ARM> ckg:memberOf <org/csto> . <state/AZE> ckg:memberOf <org/csto> .
                    <org/csto> ckg:foundedIn "1992"^^xsd:gYear .
                    <person/vladimir-putin> ckg:affiliatedWith <body/RUS/presidence> .
                    <state/RUS> ckg:alliedWith <state/ARM> . <state/ARM> ckg:alliedWith <state/RUS> .
                    """);
            assertEquals(new Counts(1, 1, 1), s.of(Category.MEMBERSHIP));
            assertEquals(new Counts(1, 0, 0), s.of(Category.FOUNDING));
            assertEquals(new Counts(1, 0, 0), s.of(Category.OFFICE));
            assertEquals(new Counts(1, 0, 0), s.of(Category.ALLIANCE));
        }
    }

    @Nested
    class Scoring {
        @Test
        void precisionRecallAndF1FollowTheirDefinitions() {
            Counts c = new Counts(3, 1, 2);
            assertEquals(0.75, c.precision(), 1e-12);
            assertEquals(0.6, c.recall(), 1e-12);
            assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-12);
        }

        @Test
        void emptyOnBothSidesIsPerfectAndEmptyOnOneSideIsZero() {
            assertEquals(1.0, Counts.ZERO.f1());
            assertEquals(0.0, new Counts(0, 2, 0).f1());
            assertEquals(0.0, new Counts(0, 0, 2).f1());
        }

        @Test
        void totalIsTheMicroAverage() {
            Scores s = new Scores(Map.of(Category.STATE, new Counts(4, 0, 0), Category.CLAIM, new Counts(0, 1, 3)));
            assertEquals(new Counts(4, 1, 3), s.total());
            assertEquals(0.8, s.total().precision(), 1e-12);
            assertEquals(4.0 / 7, s.total().recall(), 1e-12);
        }
    }

    @Nested
    class Runs {
        @Test
        void reportsArePairedWithGoldByNameAndFoldersNameTheSets(@TempDir Path dir) throws IOException {
            Path reports = Files.createDirectories(dir.resolve("reports/dev/heldout"));
            Path gold = Files.createDirectories(dir.resolve("gold"));
            Files.writeString(dir.resolve("reports/a-fr.txt"), "A");
            Files.writeString(dir.resolve("reports/dev/b-fr.html"), "B");
            Files.writeString(reports.resolve("c-fr.txt"), "C");
            Files.writeString(dir.resolve("reports/dev/no-gold-fr.txt"), "D");
            for (String name : List.of("a-fr", "b-fr", "c-fr")) {
                Files.writeString(gold.resolve(name + ".gold.ttl"), PREFIXES + "<state/ARM> a ckg:State .");
            }
            // The fake extractor finds Armenia only in the report whose text is "A".
            Evaluation e = Evaluator.create().gold(gold).reports(dir.resolve("reports")).background(BACKGROUND)
                    .extraction(p -> turtle(readUnchecked(p).equals("A") ? "<report/r> ckg:mentions <state/ARM> ." : ""))
                    .build().evaluate();
            assertEquals(List.of("a-fr.txt:seed", "b-fr.html:dev", "c-fr.txt:heldout"),
                    e.reports().stream().map(r -> r.report() + ":" + r.set()).toList());
            assertEquals(new Counts(1, 0, 0), e.bySet().get("seed").of(Category.STATE));
            assertEquals(new Counts(0, 0, 1), e.bySet().get("dev").of(Category.STATE));
            assertEquals(List.of("State: iri=id:state/ARM"), e.reports().get(1).missed());
        }

        @Test
        void everyGoldFileScoresPerfectlyAgainstItself() throws IOException {
            // Reading and matching are one procedure for both sides: a graph equal to the gold
            // must find every item and nothing else, whatever its blank nodes.
            Evaluation e = Evaluator.create().background(BACKGROUND)
                    .extraction(p -> org.apache.jena.riot.RDFDataMgr.loadModel(
                            "data/gold/" + p.getFileName().toString().replaceAll("\\.(txt|html)$", "") + ".gold.ttl"))
                    .build().evaluate();
            for (ReportEvaluation r : e.reports()) {
                assertEquals(List.of(), r.missed(), r.report());
                assertEquals(List.of(), r.spurious(), r.report());
                assertEquals(1.0, r.scores().total().f1(), r.report());
            }
            assertEquals(true, e.reports().stream().anyMatch(r -> r.report().equals("armenia-azerbaijan-2022-fr.txt")));
        }

        @Test
        void aReportTheExtractorFailsOnIsScoredEmptyAndNamedWhileTheOthersAreScored(@TempDir Path dir) throws IOException {
            Path reports = Files.createDirectories(dir.resolve("reports"));
            Path gold = Files.createDirectories(dir.resolve("gold"));
            for (String name : List.of("a-fr", "b-fr")) {
                Files.writeString(reports.resolve(name + ".txt"), name);
                Files.writeString(gold.resolve(name + ".gold.ttl"), PREFIXES + "<state/ARM> a ckg:State .");
            }
            IllegalStateException bug = new IllegalStateException("index 3 out of bounds");
            Evaluation e = Evaluator.create().gold(gold).reports(reports).background(BACKGROUND)
                    .extraction(p -> {
                        if (p.getFileName().toString().startsWith("a")) {
                            throw bug;
                        }
                        return turtle("<report/r> ckg:mentions <state/ARM> .");
                    })
                    .build().evaluate();
            assertEquals(List.of(new ExtractionFailure("a-fr.txt", bug)), e.failures());
            assertEquals(List.of("a-fr.txt", "b-fr.txt"), e.reports().stream().map(ReportEvaluation::report).toList());
            assertEquals(new Counts(0, 0, 1), e.reports().get(0).scores().of(Category.STATE));
            assertEquals(new Counts(1, 0, 0), e.reports().get(1).scores().of(Category.STATE));
        }

        @Test
        void aGoldFileWithoutItsReportIsAnError(@TempDir Path dir) throws IOException {
            Path reports = Files.createDirectories(dir.resolve("reports"));
            Path gold = Files.createDirectories(dir.resolve("gold"));
            Files.writeString(gold.resolve("lost-fr.gold.ttl"), PREFIXES);
            Evaluator evaluator = Evaluator.create().gold(gold).reports(reports).background(BACKGROUND)
                    .extraction(p -> ModelFactory.createDefaultModel()).build();
            assertThrows(IllegalStateException.class, evaluator::evaluate);
        }

        private static String readUnchecked(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }
}
