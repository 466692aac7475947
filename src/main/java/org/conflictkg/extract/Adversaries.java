package org.conflictkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * Who stands against whom in one report, read from what the report itself tells: the sides of its
 * incidents and clashes, the parties of its disputes, and whom its explicit accusations name. A
 * reader uses this to understand words that blame without naming (« le navire opère illégalement
 * sur notre plateau continental », said by Athens in an article about Turkey's survey ship): when the
 * speaker's side has one adversary in the report, hostile words of that side that name no one are
 * aimed at it. A side with two adversaries of equal weight, or none, is no guess.
 */
final class Adversaries {
    private final Map<Resource, Map<Resource, Integer>> weights = new HashMap<>();
    /* How often each side is accused or attacks: the report's aggressor, as the report tells it. */
    private final Map<Resource, Integer> blamed = new HashMap<>();
    private final Actors actors;

    private Adversaries(Actors actors) {
        this.actors = actors;
    }

    static Adversaries of(Extraction x, Actors actors) {
        Adversaries a = new Adversaries(actors);
        for (Extraction.Claim c : x.claims) {
            if (c.claimant != null) {
                for (Resource accused : c.accused) {
                    a.oppose(c.claimant, accused);
                    a.blamed.merge(actors.stateOrSelf(accused), 1, Integer::sum);
                }
            }
        }
        for (Extraction.Event e : x.events) {
            boolean incident = actors.isA(e, CKG.Incident);
            if (incident) {
                for (Resource attacker : e.attackers) {
                    e.targets.forEach(target -> a.oppose(attacker, target));
                    a.blamed.merge(actors.stateOrSelf(attacker), 1, Integer::sum);
                }
            }
            boolean opposed = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.ArmedClash)
                    || actors.lexicon().isSubClass(t, CKG.Dispute));
            if (opposed) {
                List<Resource> sides = e.participants.stream().toList();
                for (int i = 0; i < sides.size(); i++) {
                    for (int j = i + 1; j < sides.size(); j++) {
                        a.oppose(sides.get(i), sides.get(j));
                    }
                }
            }
        }
        return a;
    }

    private void oppose(Resource one, Resource other) {
        Resource s = actors.stateOrSelf(one);
        Resource t = actors.stateOrSelf(other);
        if (s.equals(t)) {
            return;
        }
        weights.computeIfAbsent(s, k -> new HashMap<>()).merge(t, 1, Integer::sum);
        weights.computeIfAbsent(t, k -> new HashMap<>()).merge(s, 1, Integer::sum);
    }

    /** The one adversary of an actor's side in this report, if one outweighs every other. */
    private Optional<Resource> of(Resource actor) {
        return heaviest(weights.getOrDefault(actors.stateOrSelf(actor), Map.of()));
    }

    /**
     * The one adversary a speaker's words are aimed at: the only side the report sets against the speaker's, if only once
     * (« Abidjan a accusé Bamako de prise d'otages … » then « « … », a déclaré le ministre ivoirien X » aims X's words at Mali),
     * else one that outweighs the others twice. Statements only: the sides of an event are left to {@link #of}.
     */
    private Optional<Resource> addresseeOf(Resource speaker) {
        Map<Resource, Integer> against = weights.getOrDefault(actors.stateOrSelf(speaker), Map.of());
        return against.size() == 1 ? Optional.of(against.keySet().iterator().next()) : heaviest(against);
    }

    /** The two sides opposed most in this report, if they outweigh every other pair, twice at least. */
    private Optional<List<Resource>> mainPair() {
        // (the weights hold each pair both ways, with the same weight; the pair in IRI order, as the report is written out)
        Map<Set<Resource>, Integer> byPair = new HashMap<>();
        weights.forEach((s, others) -> others.forEach((t, w) -> byPair.put(Set.of(s, t), w)));
        return heaviest(byPair).map(pair -> pair.stream().sorted(java.util.Comparator.comparing(Resource::getURI)).toList());
    }

    /** The side the report most often blames, if one outweighs every other. */
    private Optional<Resource> aggressor() {
        return heaviest(blamed);
    }

    /** The key that outweighs every other, counted twice at least (the report's one adversary, or its most named place). */
    static <K> Optional<K> heaviest(Map<K, Integer> weights) {
        int most = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<K> first = weights.entrySet().stream().filter(w -> w.getValue() == most).map(Map.Entry::getKey).toList();
        return most >= 2 && first.size() == 1 ? Optional.of(first.get(0)) : Optional.empty();
    }

    /**
     * A statement that accuses no one by name, and does not speak only of peace, is aimed at the
     * speaker's one adversary; said by a side outside the conflict (« Paris », « l'Otan »), at the side
     * the report most often blames. Run once the report's statements are merged, so that the weights
     * count each statement once and an accusation inferred here is not taken for a named one.
     */
    static void blameUnnamed(Extraction x, Actors actors) {
        Adversaries adversaries = of(x, actors);
        for (Extraction.Claim c : x.claims) {
            if (c.claimant == null || !c.accused.isEmpty() || c.conciliatory) {
                continue;
            }
            Resource own = actors.stateOrSelf(c.claimant);
            // (« les Houthis ont revendiqué une attaque de drones »: who tells of its own attack blames no one)
            if (c.about.stream().anyMatch(e -> e.attackers.stream().anyMatch(a -> actors.stateOrSelf(a).equals(own)))) {
                continue;
            }
            adversaries.addresseeOf(c.claimant).or(adversaries::aggressor).filter(a -> !a.equals(own)).ifPresent(a -> {
                c.accused.add(a);
                c.accusedFromContext = true;
            });
        }
    }

    /**
     * The side the words of an event leave out, read against the report: an attack that names who made it and not whom it
     * struck targets the attacker's one adversary; a dispute or a ceasefire that names one party only has that party's
     * one adversary for the other. Run after {@link EventPlaces#refine}, which gives an attack on a place of another state
     * that state.
     */
    static void sidesUnnamed(Extraction x, Actors actors) {
        Adversaries adversaries = of(x, actors);
        for (Extraction.Event e : x.events) {
            boolean dispute = actors.isA(e, CKG.Dispute);
            if (dispute || actors.isA(e, CKG.Ceasefire)) {
                adversaries.againstOneSide(e.participants).ifPresent(a -> {
                    e.participants.add(a);
                    e.fromContext.add(CKG.participant);
                });
            }
            // (« le différend sur Kastellorizo », in a report about Greece and Turkey: a dispute over a territory that names no
            // party is between the report's two adversaries, when the territory lies in one of them or in no state)
            if (dispute && e.participants.isEmpty() && e.disputedTerritory != null) {
                Resource lies = actors.stateOfPlace(e.disputedTerritory);
                adversaries.mainPair().filter(pair -> lies == null || pair.contains(lies)).ifPresent(pair -> {
                    e.participants.addAll(pair);
                    e.fromContext.add(CKG.participant);
                });
            }
            // (« que les deux pays se disputent »: the pair the words were read as, when the report sets no main pair against
            // it; EventFinder.dispute)
            if (dispute && e.participants.isEmpty() && !e.sidesOfAnaphor.isEmpty()) {
                e.participants.addAll(adversaries.mainPair().orElse(List.copyOf(e.sidesOfAnaphor)));
            }
            // (« Les deux voisins ont conclu un accord … », « L'accord, signé dimanche à Doha, prévoit le retrait … »: an agreement
            // or a ceasefire whose words, in every sentence that tells it, name no party at all is between the report's two
            // adversaries; not an accession, which has its own member, nor « les accords » in the plural, mostly past treaties
            // told as background)
            boolean agreed = actors.isA(e, CKG.Agreement) && !actors.isA(e, CKG.Accession);
            if (agreed && e.participants.isEmpty() && e.trigger != null && !e.trigger.endsWith("s")) {
                adversaries.mainPair().ifPresent(pair -> {
                    e.participants.addAll(pair);
                    e.fromContext.add(CKG.participant);
                });
            }
            if (EventPlaces.isAttack(e, actors) && e.targets.isEmpty()) {
                adversaries.againstOneSide(e.attackers).ifPresent(a -> {
                    e.targets.add(a);
                    e.fromContext.add(CKG.target);
                });
            }
        }
    }

    /* The one adversary of the one side {@code named} stand on (at state level), if they stand on one only. */
    private Optional<Resource> againstOneSide(Set<Resource> named) {
        Set<Resource> sides = named.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
        if (sides.size() != 1) {
            return Optional.empty();
        }
        Resource side = sides.iterator().next();
        return of(side).filter(a -> !a.equals(side));
    }
}
