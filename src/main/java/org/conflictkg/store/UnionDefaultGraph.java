package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * An in-memory dataset whose default graph is the union of its named graphs. TDB2 does this
 * itself with {@code TDB2.symUnionDefaultGraph}; ARQ's general query engine has no such switch,
 * it evaluates patterns outside GRAPH against {@link #getDefaultGraph()}. Implementing
 * {@link DatasetGraphWrapperView} stops ARQ from unwrapping this view before it queries.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
