package org.conflictkg.extract;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Span;

/**
 * Words of a sentence that name one or more entities (« les ministères de la Défense d'Erevan et
 * de Bakou » names two).
 *
 * @param span the words, as offsets into the report text
 * @param from first token index in the sentence
 * @param to token index after the last
 * @param entities what the words denote, resolved (a capital used for its government denotes the state)
 * @param kind how the entities were named
 */
record Mention(Span span, int from, int to, List<Resource> entities, Kind kind) {
    /** How a mention names its entities. */
    enum Kind {
        /** a name or acronym from the reference data */
        NAME,
        /** a capital standing for its state's government (« Erevan accuse… ») */
        CAPITAL,
        /** a noun phrase headed by a body, force or agency noun (« le ministère azerbaïdjanais de la Défense ») */
        BODY,
        /** an office and a name (« le président russe Vladimir Poutine »), or a name met before */
        PERSON,
        /** a place phrase (« les régions de Dashkesan, Lachin et Kalbajar ») */
        PLACE,
        /** a treaty's name */
        TREATY,
        /** a demonym adjective standing alone (« la partie azerbaïdjanaise ») */
        DEMONYM,
        /** a phrase referring back to entities named earlier (« les deux pays ») */
        ANAPHOR
    }

    Mention {
        Objects.requireNonNull(span);
        entities = List.copyOf(entities);
        Objects.requireNonNull(kind);
    }

    Resource first() {
        return entities.get(0);
    }

    /** @return whether the words name someone who may act or speak: not a place, a treaty or a demonym alone */
    boolean namesActor() {
        return kind != Kind.PLACE && kind != Kind.TREATY && kind != Kind.DEMONYM;
    }
}
