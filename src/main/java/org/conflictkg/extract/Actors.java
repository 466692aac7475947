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

    /** Whether an event is of {@code cls} or a class below it, by any of its types. */
    boolean isA(Extraction.Event event, Resource cls) {
        return event.types.stream().anyMatch(t -> lexicon.isSubClass(t, cls));
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
            Optional<Resource> state = Stream.of(e.partOf, e.affiliatedWith, e.basedIn).filter(r -> r != null && lexicon.isA(r, CKG.State))
                    .findFirst();
            // (a person who serves a body serves its state: « le chef d'état-major des forces armées iraniennes, le général
            // Mohammad Bagheri »)
            return state.or(() -> Optional.ofNullable(e.affiliatedWith).filter(b -> !b.equals(entity))
                    .flatMap(b -> registry.created(b).map(x -> x.partOf).filter(p -> p != null && lexicon.isA(p, CKG.State))));
        }
        return lexicon.stateOf(entity);
    }

    /** The state a place lies in, as the report says or the reference data knows, or null. */
    Resource stateOfPlace(Resource place) {
        return containers(place).stream().filter(c -> isA(c, CKG.State)).findFirst().orElse(null);
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

    /**
     * The organisation a state named in {@code r} qualifies as its home (« les rebelles houthis du Yémen », « le
     * Hezbollah du Liban »): a group named right before « du », « de », « de la » and the state; or none.
     */
    java.util.Optional<Mention> groupFrom(SentenceReading r, Mention state) {
        java.util.List<Token> tk = r.tokens();
        if (!state.entities().stream().allMatch(x -> isA(x, CKG.State))) {
            return java.util.Optional.empty();
        }
        return r.mentions().stream().filter(g -> g != state && g.kind() != Mention.Kind.DEMONYM
                && g.entities().stream().allMatch(x -> isA(x, CKG.Organization))
                && (g.to() == state.from() - 1 && tk.get(g.to()).normMatches("du|de|d'")
                    || g.to() == state.from() - 2 && tk.get(g.to()).normMatches("de|d'")
                        && SentenceParse.ARTICLES.contains(tk.get(g.to() + 1).norm()))).findFirst();
    }

    Resource stateOrSelf(Resource entity) {
        return stateOf(entity).orElse(entity);
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
