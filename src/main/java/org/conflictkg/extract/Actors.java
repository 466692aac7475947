package org.conflictkg.extract;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * Types and states of entities, whether they come from the reference data or were introduced by
 * the report being read.
 */
final class Actors {
    private final Lexicon lexicon;
    private final EntityRegistry registry;

    Actors(Lexicon lexicon, EntityRegistry registry) {
        this.lexicon = lexicon;
        this.registry = registry;
    }

    boolean isA(Resource entity, Resource cls) {
        return registry.created(entity).filter(e -> e.type != null).map(e -> lexicon.isSubClass(e.type, cls))
                .orElseGet(() -> lexicon.isA(entity, cls));
    }

    /** The state an actor is, belongs to, serves, or is based in. */
    Optional<Resource> stateOf(Resource entity) {
        Optional<EntityRegistry.NewEntity> created = registry.created(entity).filter(e -> e.type != null);
        if (created.isPresent()) {
            EntityRegistry.NewEntity e = created.get();
            return Stream.of(e.partOf, e.affiliatedWith, e.basedIn).filter(r -> r != null && lexicon.isA(r, CKG.State))
                    .findFirst();
        }
        return lexicon.stateOf(entity);
    }

    /** The places and states a place lies in, as the report says or the reference data knows. */
    java.util.Set<Resource> containers(Resource place) {
        Optional<EntityRegistry.NewEntity> created = registry.created(place).filter(e -> e.locatedIn != null);
        if (created.isEmpty()) {
            return lexicon.containers(place);
        }
        java.util.Set<Resource> all = new java.util.LinkedHashSet<>();
        all.add(created.get().locatedIn);
        all.addAll(lexicon.containers(created.get().locatedIn));
        return all;
    }

    Resource stateOrSelf(Resource entity) {
        return stateOf(entity).orElse(entity);
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
