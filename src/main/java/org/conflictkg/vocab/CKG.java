package org.conflictkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The conflict-kg ontology as constants, written the way Jena writes {@code org.apache.jena.vocabulary.RDFS}.
 * The ontology file {@code ontology/conflict-kg.ttl} is the source of truth; a test checks that every
 * constant here is declared there.
 */
public final class CKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";
    /** Base of every resource IRI ({@code id/state/ARM}, {@code id/report/...}). */
    public static final String ID = "https://w3id.org/conflict-kg/id/";
    /** Base of every named graph IRI. */
    public static final String GRAPH = "https://w3id.org/conflict-kg/graph/";

    /** @return the namespace */
    public static String getURI() {
        return NS;
    }

    private CKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes

    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource ArmedForces = resource("ArmedForces");
    public static final Resource ArmedGroup = resource("ArmedGroup");
    public static final Resource NewsAgency = resource("NewsAgency");
    public static final Resource Place = resource("Place");
    public static final Resource Region = resource("Region");
    public static final Resource AdministrativeRegion = resource("AdministrativeRegion");
    public static final Resource Settlement = resource("Settlement");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource MutualAssistanceTreaty = resource("MutualAssistanceTreaty");
    public static final Resource Event = resource("Event");
    public static final Resource Incident = resource("Incident");
    public static final Resource Shelling = resource("Shelling");
    public static final Resource ArmedClash = resource("ArmedClash");
    public static final Resource DroneStrike = resource("DroneStrike");
    public static final Resource AirStrike = resource("AirStrike");
    public static final Resource Offensive = resource("Offensive");
    public static final Resource Deployment = resource("Deployment");
    public static final Resource Unrest = resource("Unrest");
    public static final Resource AssistanceRequest = resource("AssistanceRequest");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Ceasefire = resource("Ceasefire");
    public static final Resource Accession = resource("Accession");
    public static final Resource Dispute = resource("Dispute");
    public static final Resource Claim = resource("Claim");
    public static final Resource Report = resource("Report");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    /** The class of the three speech cue kinds below (values of {@link #cueKind}). */
    public static final Resource CueKind = resource("CueKind");
    public static final Resource SpeechVerb = resource("SpeechVerb");
    public static final Resource AccusationVerb = resource("AccusationVerb");
    public static final Resource SourceMarker = resource("SourceMarker");

    // SKOS schemes of the extraction lexicon

    public static final Resource WeaponScheme = resource("WeaponScheme");
    public static final Resource EventTriggerScheme = resource("EventTriggerScheme");
    public static final Resource SpeechCueScheme = resource("SpeechCueScheme");
    public static final Resource ActorHeadScheme = resource("ActorHeadScheme");
    public static final Resource OfficeScheme = resource("OfficeScheme");
    public static final Resource OutcomeScheme = resource("OutcomeScheme");

    // Properties

    public static final Property memberOf = property("memberOf");
    public static final Property foundedIn = property("foundedIn");
    public static final Property partyTo = property("partyTo");
    public static final Property alliedWith = property("alliedWith");
    public static final Property partOf = property("partOf");
    public static final Property affiliatedWith = property("affiliatedWith");
    public static final Property locatedIn = property("locatedIn");
    public static final Property attacker = property("attacker");
    public static final Property target = property("target");
    public static final Property place = property("place");
    public static final Property weapon = property("weapon");
    public static final Property claimant = property("claimant");
    public static final Property accuses = property("accuses");
    public static final Property about = property("about");
    public static final Property reportedVia = property("reportedVia");
    public static final Property quote = property("quote");
    public static final Property requester = property("requester");
    public static final Property addressee = property("addressee");
    public static final Property invokes = property("invokes");
    public static final Property participant = property("participant");
    public static final Property topic = property("topic");
    public static final Property mentions = property("mentions");
    public static final Property isoCode = property("isoCode");
    public static final Property demonym = property("demonym");
    public static final Property capital = property("capital");
    public static final Property acronym = property("acronym");
    public static final Property signedIn = property("signedIn");
    public static final Property basedIn = property("basedIn");
    public static final Property historical = property("historical");
    public static final Property dissolvedIn = property("dissolvedIn");
    public static final Property evokes = property("evokes");
    public static final Property cueKind = property("cueKind");
    public static final Property denotesClass = property("denotesClass");
    public static final Property speaksFor = property("speaksFor");
    public static final Property ofState = property("ofState");
    public static final Property needsObject = property("needsObject");
    public static final Property needsSubject = property("needsSubject");
    public static final Property stateless = property("stateless");
    public static final Property ownerIsTarget = property("ownerIsTarget");
    public static final Property namedByQualifiers = property("namedByQualifiers");
    public static final Property needsInfinitive = property("needsInfinitive");
    public static final Property capitalizedName = property("capitalizedName");
    public static final Property onEverySide = property("onEverySide");
    public static final Property introducesName = property("introducesName");
    public static final Property strikeKind = property("strikeKind");
    public static final Property keepsKind = property("keepsKind");
    public static final Property namesByFirstWord = property("namesByFirstWord");
    public static final Property seatOfGovernment = property("seatOfGovernment");
    public static final Property decidedBy = property("decidedBy");
    public static final Property disputedTerritory = property("disputedTerritory");
    public static final Property outcome = property("outcome");
    public static final Property placeText = property("placeText");
    public static final Property dateText = property("dateText");
    public static final Property date = property("date");
    public static final Property trigger = property("trigger");
    public static final Property evidence = property("evidence");
    public static final Property inReport = property("inReport");
    public static final Property denotes = property("denotes");
    public static final Property text = property("text");
    public static final Property sha256 = property("sha256");
    public static final Property counterClaim = property("counterClaim");
    public static final Property accusedFromContext = property("accusedFromContext");
    public static final Property roleFromContext = property("roleFromContext");
    public static final Property holdsOffice = property("holdsOffice");
}
