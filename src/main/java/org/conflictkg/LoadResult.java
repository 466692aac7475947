package org.conflictkg;

import java.util.Objects;

/**
 * What loading one report did.
 *
 * @param source the name the report was read from
 * @param graph the IRI of the report's named graph
 * @param triples triples in the report graph
 * @param entities entities the report mentions
 * @param events events extracted
 * @param claims claims extracted
 * @param inferred triples in {@code graph:inferred} after the load
 * @param alreadyLoaded true if the store already held exactly this report graph (nothing changed)
 */
public record LoadResult(String source, String graph, long triples, int entities, int events, int claims,
                         long inferred, boolean alreadyLoaded) {
    public LoadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graph, "graph");
    }
}
