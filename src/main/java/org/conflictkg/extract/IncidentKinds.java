package org.conflictkg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * The kind of an attack whose words name none (« a attaqué », « un raid », « a visé »), read from its means once the report
 * is read: the weapons it was made with and the armed service that struck (« l'aviation
 * jordanienne a attaqué des positions syriennes » is an air strike, « ont attaqué … avec des drones » a drone strike). The
 * lexicon gives each weapon and service its kind ({@code ckg:strikeKind}); means of different kinds leave the incident
 * as it is.
 */
final class IncidentKinds {
    private IncidentKinds() {
    }

    static void fromMeans(Extraction x, Actors actors) {
        for (Extraction.Event e : x.events) {
            // (not a craft shot down, nor airspace entered: ckg:keepsKind; but what falls upon a place is a strike)
            if (!e.types.equals(Set.of(CKG.Incident))
                    || e.triggerConcept != null && !e.fellUpon && actors.lexicon().keepsKind(e.triggerConcept)) {
                continue;
            }
            Set<Resource> kinds = Stream.concat(e.weapons.stream(), e.attackers.stream())
                    .map(means -> actors.lexicon().strikeKind(means)).flatMap(Optional::stream).collect(Collectors.toSet());
            if (kinds.size() == 1) {
                e.types.clear();
                e.types.addAll(kinds);
            }
        }
    }
}
