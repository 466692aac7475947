package org.conflictkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.vocab.CKG;

/** The named graphs of a store, as {@code docs/model.md} names them. */
final class GraphNames {
    static final Node ONTOLOGY = NodeFactory.createURI(CKG.GRAPH + "ontology");
    static final Node REFERENCE = NodeFactory.createURI(CKG.GRAPH + "reference");
    static final Node INFERRED = NodeFactory.createURI(CKG.GRAPH + "inferred");
    static final String REPORT_PREFIX = CKG.GRAPH + "report/";

    private GraphNames() {
    }

    /** @return whether the graph holds what some report states (not ontology, reference or inferred) */
    static boolean isReport(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(REPORT_PREFIX)
                && graph.getURI().length() > REPORT_PREFIX.length();
    }
}
