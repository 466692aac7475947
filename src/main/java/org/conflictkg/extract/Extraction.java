package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Sentence;

/**
 * What the extractors found in one report, before it becomes RDF. Events and claims are drafts
 * filled in while the report is read; the writer turns them into triples once reading is done.
 */
final class Extraction {
    /** An event the report states or a claim describes. */
    static final class Event {
        final Set<Resource> types = new LinkedHashSet<>();
        String trigger;
        /** The lexicon concept of the trigger (« embuscade », « violation de l'espace aérien »), when one told the event. */
        Resource triggerConcept;
        final Set<Resource> attackers = new LinkedHashSet<>();
        final Set<Resource> targets = new LinkedHashSet<>();
        final Set<Resource> places = new LinkedHashSet<>();
        final Set<Resource> weapons = new LinkedHashSet<>();
        /** Weapons only the name of a force says (« l'aviation », « la défense aérienne »): they tell the kind, they are no weapon. */
        final Set<Resource> weaponsOfNames = new LinkedHashSet<>();
        final Set<Resource> outcomes = new LinkedHashSet<>();
        final Set<Resource> participants = new LinkedHashSet<>();
        final Set<Resource> addressees = new LinkedHashSet<>();
        final Set<Resource> treaties = new LinkedHashSet<>();
        Resource requester;
        /** Those who ask with the requester, joined to it by « et » (« Les Émirats et l'Arabie saoudite ont demandé »). */
        final Set<Resource> coRequesters = new LinkedHashSet<>();
        Resource decidedBy;
        Resource disputedTerritory;
        String topic;
        final Set<String> placeTexts = new LinkedHashSet<>();
        String dateText;
        String date;
        final Set<Sentence> evidence = new LinkedHashSet<>();
        /** Named with a definite or demonstrative article (« l'accord », « cet accord »): maybe one told before. */
        boolean definite;
        /**
         * Told by « s'abattre sur » (« une douzaine de Tomahawk s'abattaient sur l'usine »): what falls upon a place strikes
         * it, so its means say its kind, though « abattre » (a craft shot down) keeps its own (ckg:keepsKind).
         */
        boolean fellUpon;
        /** Told by a weapon that strikes (« Une roquette a touché … »): maybe a detail of the attack told just before. */
        boolean weaponSubject;
        /**
         * A call or meeting its words tell in the infinitive after « après », « avant de », « pour », with no subject they name
         * (« « … », a-t-elle déclaré après s'être entretenue avec X »): the speaker of the statement it stands in took part.
         */
        boolean speakersOwn;
        /** The roles (ckg:target, ckg:participant, ckg:disputedTerritory) filled from the rest of the report, not the words. */
        final Set<Property> fromContext = new LinkedHashSet<>();
        /**
         * The pair a dispute's « les deux pays » was read as (« que les deux pays se disputent »): a guess from the states
         * named so far, which the report's two main adversaries override (Adversaries.sidesUnnamed).
         */
        final Set<Resource> sidesOfAnaphor = new LinkedHashSet<>();
    }

    /** Something an actor says. */
    static final class Claim {
        Resource claimant;
        final List<String> quotes = new ArrayList<>();
        final Set<Resource> accused = new LinkedHashSet<>();
        final List<Event> about = new ArrayList<>();
        final Set<Resource> agencies = new LinkedHashSet<>();
        Claim counterClaim;
        /** Made with an accusation verb (« Bichkek accuse Douchanbé »), the way a lead sums up a statement. */
        boolean accusation;
        /** Tells of the speaker's own deed (« a revendiqué des tirs », « a affirmé avoir détruit »). */
        boolean ownDeed;
        /** Said by the speaker of the statement before, named again by a pronoun (« Il a affirmé … »). */
        boolean continued;
        /** Its words speak of peace (« dialogue », « cessez-le-feu ») and call nothing hostile: they blame no one. */
        boolean conciliatory;
        /** Its accused is read from the report, not named by its words (Adversaries). */
        boolean accusedFromContext;
        final Set<Sentence> evidence = new LinkedHashSet<>();
    }

    /** A plain fact the text states (membership, founding year, alliance, location, affiliation). */
    record Fact(Resource subject, Property predicate, RDFNode object, Sentence evidence) {
    }

    final List<Event> events = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
}
