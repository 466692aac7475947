package org.conflictkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * What the places of an event say, once a report is read. A text gives a place with its container
 * for orientation (« des villages du district d'Isfara, dans la région de Soghd »): the event
 * happened in the most specific one. And an attack on a place of another state than the
 * attacker's, with no target named, targets that state (« ont ouvert le feu sur des villages du
 * district d'Isfara »: Tajikistan is attacked). A dispute whose words name no territory is over the land or waters the
 * report names most.
 */
final class EventPlaces {
    private EventPlaces() {
    }

    static void refine(Extraction x, Actors actors) {
        for (Extraction.Event e : x.events) {
            Set<Resource> containers = new HashSet<>();
            e.places.forEach(p -> containers.addAll(actors.containers(p)));
            e.places.removeIf(containers::contains);
            if (isAttack(e, actors) && e.targets.isEmpty() && !e.attackers.isEmpty() && !e.places.isEmpty()) {
                Set<Resource> attackerStates = e.attackers.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
                Set<Resource> placeStates = e.places.stream().map(actors::stateOfPlace).collect(Collectors.toSet());
                // every place in one state, which is not the attacker's: no guess across a border
                if (placeStates.size() == 1 && !placeStates.contains(null)
                        && attackerStates.stream().allMatch(a -> actors.isA(a, CKG.State))
                        && !attackerStates.containsAll(placeStates)) {
                    e.targets.addAll(placeStates);
                }
            }
        }
    }

    /*
     * A dispute whose words name no territory is over the land or waters the report names most (no town: « Bujumbura »,
     * « La Haye » are where the parties are or meet), when one is named more often than every other and lies in one of
     * the dispute's parties or in no state (a dispute with no party named is no guess).
     */
    static void disputedUnnamed(Extraction x, List<Mention> mentions, Actors actors) {
        Map<Resource, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.CAPITAL) {
                m.entities().stream().filter(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State) && !actors.isA(e, CKG.Settlement))
                        .forEach(e -> counts.merge(e, 1, Integer::sum));
            }
        }
        Optional<Resource> most = Adversaries.heaviest(counts);
        if (most.isEmpty()) {
            return;
        }
        Resource place = most.get();
        Resource in = actors.stateOfPlace(place);
        for (Extraction.Event e : x.events) {
            if (e.disputedTerritory == null && actors.isA(e, CKG.Dispute)
                    && !e.participants.isEmpty() && (in == null || e.participants.stream().map(actors::stateOrSelf).anyMatch(in::equals))) {
                e.disputedTerritory = place;
                e.fromContext.add(CKG.disputedTerritory);
            }
        }
    }

    /** Attacks have a target; clashes have sides, deployments and unrest neither. */
    static boolean isAttack(Extraction.Event e, Actors actors) {
        return e.types.stream().anyMatch(t -> t.equals(CKG.Incident) || actors.lexicon().isSubClass(t, CKG.Shelling)
                || actors.lexicon().isSubClass(t, CKG.DroneStrike) || actors.lexicon().isSubClass(t, CKG.AirStrike)
                || actors.lexicon().isSubClass(t, CKG.Offensive));
    }

}
