package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.extract.ExtractedReport;
import org.conflictkg.ontology.Bundled;

/**
 * The quad store: a TDB2 directory or an in-memory dataset, holding the named graphs of
 * {@code docs/model.md} (ontology, reference, one graph per report, inferred). Its default graph is
 * the union of the named graphs. Every change happens in one write transaction, so a failure leaves
 * the store as it was. Thread-safe as Jena's transactional datasets are; close it once.
 */
public final class Store implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Optional<Path> directory;
    private final Inference inference = Inference.bundled();

    private Store(DatasetGraph dsg, Optional<Path> directory) {
        this.dsg = dsg;
        this.directory = directory;
    }

    /**
     * Opens (creating if need be) a TDB2 store directory and installs the bundled ontology and
     * reference graphs, replacing them where the bundled ones changed.
     *
     * @throws StoreLockedException if another process holds the directory
     */
    public static Store open(Path directory) {
        DatasetGraph dsg;
        try {
            Files.createDirectories(directory);
            dsg = TDB2Factory.connectDataset(directory.toString()).asDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("store " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new StoreLockedException(directory, e);
            }
            throw e;
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dsg, Optional.of(directory)).installBundled();
    }

    /** @return a new in-memory store with the bundled ontology and reference graphs */
    public static Store inMemory() {
        return new Store(new UnionDefaultGraph(DatasetFactory.createTxnMem().asDatasetGraph()), Optional.empty())
                .installBundled();
    }

    /** @return the dataset, for queries and for the server; change it only through {@link #load} */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** @return the directory of a TDB2 store; empty for an in-memory one */
    public Optional<Path> directory() {
        return directory;
    }

    /**
     * Writes a report's graph and recomputes {@code graph:inferred}, in one write transaction.
     * Loading a report whose graph is already there with the same triples changes nothing.
     *
     * @return false if the store already held exactly this report graph
     * @throws IllegalArgumentException if the report's graph name is not a report graph
     */
    public boolean load(ExtractedReport report) {
        Node graph = NodeFactory.createURI(report.graphName());
        if (!GraphNames.isReport(graph)) {
            throw new IllegalArgumentException("report " + report.source() + ": graph " + report.graphName()
                    + " is not under " + GraphNames.REPORT_PREFIX);
        }
        return Txn.calculateWrite(dsg, () -> {
            boolean changed = replaceIfDifferent(graph, report.model().getGraph());
            if (changed) {
                recomputeInferred();
            }
            return changed;
        });
    }

    /** @return the number of triples in {@code graph:inferred} */
    public long inferredSize() {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(GraphNames.INFERRED).size());
    }

    /** Releases the store; a TDB2 directory becomes free for another process. */
    @Override
    public void close() {
        if (directory.isPresent()) {
            // TDB2 caches one connection per directory in the JVM and keeps tdb.lock until it is
            // expelled from that cache; closing the dataset alone would keep other processes out.
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }

    private Store installBundled() {
        Graph ontology = Bundled.ontology().getGraph();
        Graph reference = Bundled.reference().getGraph();
        Txn.executeWrite(dsg, () -> {
            // Both calls must run: no short-circuit.
            boolean changed = replaceIfDifferent(GraphNames.ONTOLOGY, ontology)
                    | replaceIfDifferent(GraphNames.REFERENCE, reference);
            if (changed) {
                recomputeInferred();
            }
        });
        return this;
    }

    /*
     * Isomorphism, not equality: a graph with blank nodes parsed twice has new blank nodes, and
     * reloading it must leave the stored quads exactly as they were.
     */
    private boolean replaceIfDifferent(Node graph, Graph wanted) {
        if (dsg.getGraph(graph).isIsomorphicWith(wanted)) {
            return false;
        }
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        wanted.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return true;
    }

    private void recomputeInferred() {
        Graph stated = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining((Quad q) -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(GraphNames.INFERRED)) {
                stated.add(q.asTriple());
            }
        });
        replaceIfDifferent(GraphNames.INFERRED, inference.derive(stated));
    }

    /*
     * TDB2 keeps tdb.lock in the directory with the holder's process id. Jena 5.6 reports a live
     * holder with a bare DBOpEnvException "Failed to get a lock: file=...: held by process N" (and
     * AlreadyLocked in other paths), so the message is the only way to tell it from other failures.
     */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked
                    || t instanceof DBOpEnvException && String.valueOf(t.getMessage()).contains("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }
}
