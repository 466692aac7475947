package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.conflictkg.extract.ExtractedReport;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final String CKG_NS = CKG.NS;
    private static final String ID = CKG.ID;

    @TempDir
    Path dir;

    static Set<Quad> quads(Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    static Set<Triple> graph(Store store, Node name) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.getGraph(name).find().toSet());
    }

    static Set<String> select(Store store, String var, String sparql) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(TestReports.expand(TestReports.PREFIXES + sparql)).build()) {
                Set<String> values = new HashSet<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> values.add(s.get(var).toString()));
                return values;
            }
        });
    }

    /**
     * Asserts that {@code graph:inferred} is what it was before the test's reports ({@code before}:
     * what the bundled reference data alone implies) plus exactly {@code derived}.
     */
    static void assertInferred(Store store, Set<Triple> before, Triple... derived) {
        Set<Triple> expected = new HashSet<>(before);
        for (Triple t : derived) {
            assertFalse(before.contains(t), () -> "the reference data alone already implies " + t);
            expected.add(t);
        }
        assertEquals(expected, graph(store, GraphNames.INFERRED));
    }

    static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI(ID + s), NodeFactory.createURI(CKG_NS + p), NodeFactory.createURI(ID + o));
    }

    @Nested
    class Loading {
        @Test
        void loadingTheSameReportTwiceChangesNothing() {
            try (Store store = Store.open(dir.resolve("kg"))) {
                assertTrue(store.load(TestReports.borderReport()));
                Set<Quad> before = quads(store);
                assertFalse(store.load(TestReports.borderReport()));
                assertEquals(before, quads(store));
            }
        }

        @Test
        void reloadingAReportWithBlankNodesKeepsTheStoredQuads() {
            String turtle = "id:report/bbbb ckg:topic [ rdfs:label \"une escalade\"@fr ] .";
            try (Store store = Store.inMemory()) {
                store.load(TestReports.report("bbbb", turtle));
                Set<Quad> before = quads(store);
                assertFalse(store.load(TestReports.report("bbbb", turtle)));
                assertEquals(before, quads(store));
            }
        }

        @Test
        void aLoadThatFailsMidwayLeavesTheStoreAsItWas() {
            try (Store store = Store.open(dir.resolve("kg"))) {
                store.load(TestReports.borderReport());
                Set<Quad> before = quads(store);
                ExtractedReport broken = new ExtractedReport(CKG.GRAPH + "report/cccc", ID + "report/cccc", "broken.txt",
                        ModelFactory.createModelForGraph(new FailsOnThirdTriple()), 0, 0, 0);
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.load(broken));
                assertEquals("disk on fire", e.getMessage());
                assertEquals(before, quads(store));
            }
        }

        @Test
        void aStoreReopenedSeesWhatWasLoaded() {
            try (Store store = Store.open(dir.resolve("kg"))) {
                store.load(TestReports.borderReport());
            }
            try (Store store = Store.open(dir.resolve("kg"))) {
                assertEquals(Set.of(ID + "state/AAA", ID + "state/BBB", ID + "state/CCC"),
                        select(store, "s", "SELECT ?s { ?s a ckg:State " + TestReports.NOT_IN_REFERENCE + " }"));
            }
        }

        @Test
        void reopeningAStoreChangesNothing() {
            Set<Quad> before;
            try (Store store = Store.open(dir.resolve("kg"))) {
                store.load(TestReports.borderReport());
                before = quads(store);
            }
            try (Store store = Store.open(dir.resolve("kg"))) {
                assertEquals(before, quads(store));
            }
        }

        @Test
        void aGraphOutsideTheReportGraphsIsRefused() {
            try (Store store = Store.inMemory()) {
                ExtractedReport bad = new ExtractedReport(CKG.GRAPH + "inferred", ID + "report/x", "x.txt",
                        ModelFactory.createDefaultModel(), 0, 0, 0);
                assertThrows(IllegalArgumentException.class, () -> store.load(bad));
            }
        }
    }

    @Nested
    class DefaultGraph {
        @Test
        void aQueryWithoutGraphSeesEveryNamedGraphInMemory() {
            try (Store store = Store.inMemory()) {
                assertUnion(store);
            }
        }

        @Test
        void aQueryWithoutGraphSeesEveryNamedGraphInTdb2() {
            try (Store store = Store.open(dir.resolve("kg"))) {
                assertUnion(store);
            }
        }

        private void assertUnion(Store store) {
            store.load(TestReports.report("aaaa", "id:state/AAA a ckg:State ."));
            store.load(TestReports.report("bbbb", "id:state/BBB a ckg:State ."));
            assertEquals(Set.of(ID + "state/AAA", ID + "state/BBB"), select(store, "s", "SELECT ?s { ?s a ckg:State " + TestReports.NOT_IN_REFERENCE + " }"));
            // inferred triples are in the union too
            store.load(TestReports.report("cccc", "id:state/AAA ckg:alliedWith id:state/BBB ."));
            assertEquals(Set.of(ID + "state/AAA"), select(store, "s", "SELECT ?s { ?s ckg:alliedWith id:state/BBB }"));
            assertEquals(Set.of(ID + "state/BBB"), select(store, "s", "SELECT ?s { ?s ckg:alliedWith id:state/AAA }"));
        }
    }

    @Nested
    class Inferred {
        @Test
        void derivedTriplesGoToTheInferredGraphOnly() {
            try (Store store = Store.inMemory()) {
                Set<Triple> before = graph(store, GraphNames.INFERRED);
                ExtractedReport report = TestReports.borderReport();
                store.load(report);
                assertInferred(store, before,
                        triple("state/AAA", "alliedWith", "state/BBB"),
                        triple("state/BBB", "alliedWith", "state/AAA"),
                        triple("state/AAA", "alliedWith", "state/CCC"),
                        triple("place/village", "locatedIn", "state/CCC"));
                assertEquals(report.model().getGraph().find().toSet(),
                        graph(store, NodeFactory.createURI(report.graphName())));
            }
        }

        @Test
        void partiesToAMutualAssistanceTreatyAreAllies() {
            try (Store store = Store.inMemory()) {
                Set<Triple> before = graph(store, GraphNames.INFERRED);
                store.load(TestReports.report("dddd", """
                        id:treaty/t1 a ckg:Treaty , ckg:MutualAssistanceTreaty .
                        id:treaty/t2 a ckg:Treaty .
                        id:state/AAA ckg:partyTo id:treaty/t1 , id:treaty/t2 .
                        id:state/BBB ckg:partyTo id:treaty/t1 .
                        id:state/CCC ckg:partyTo id:treaty/t2 .
                        """));
                assertInferred(store, before,
                        triple("state/AAA", "alliedWith", "state/BBB"),
                        triple("state/BBB", "alliedWith", "state/AAA"));
            }
        }

        @Test
        void inferenceDrawsOnSeveralReports() {
            try (Store store = Store.inMemory()) {
                Set<Triple> before = graph(store, GraphNames.INFERRED);
                store.load(TestReports.report("aaaa", "id:place/village ckg:locatedIn id:place/region ."));
                store.load(TestReports.report("bbbb", "id:place/region ckg:locatedIn id:state/AAA ."));
                assertInferred(store, before, triple("place/village", "locatedIn", "state/AAA"));
            }
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path kg = dir.resolve("kg");
        try (HoldStore held = HoldStore.hold(kg)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(kg));
            assertEquals("store " + kg + ": in use by another process", e.getMessage());
        }
    }

    /** A graph that fails while its triples are being copied into the store. */
    private static final class FailsOnThirdTriple extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            List<Triple> three = List.of(triple("a", "p", "b"), triple("c", "p", "d"), triple("e", "p", "f"));
            Iterator<Triple> it = three.iterator();
            return WrappedIterator.create(new Iterator<Triple>() {
                int n;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Triple next() {
                    if (++n == 3) {
                        throw new IllegalStateException("disk on fire");
                    }
                    return it.next();
                }
            });
        }

        @Override
        protected int graphBaseSize() {
            return 3;
        }
    }
}
