package org.conflictkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.conflictkg.extract.ExtractedReport;
import org.conflictkg.extract.ReportLoader;
import org.conflictkg.report.ReportFormatException;
import org.conflictkg.server.ConflictServer;
import org.conflictkg.store.Store;
import org.conflictkg.store.StoreLockedException;

/**
 * The one way in: a knowledge graph of reports about tension between states, stored in a TDB2
 * directory or in memory, queried with SPARQL, served over HTTP.
 * <pre>{@code
 * try (ConflictGraph kg = ConflictGraph.open(Path.of("kg-store"))) {
 *     kg.load(Path.of("report.txt"));
 *     QueryResult r = kg.query("SELECT ?s { ?s a <https://w3id.org/conflict-kg/ontology#State> }");
 * }
 * }</pre>
 * The default graph is the union of the named graphs (see {@code docs/model.md}). Each load is
 * one write transaction; each query runs in a read transaction with a time limit. Safe to use
 * from several threads; close it once, after the server (if any) has stopped.
 */
public final class ConflictGraph implements AutoCloseable {
    /** How long a query may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Store store;
    private final Dataset dataset;
    // A loader reads the lexicon when it is built: one per publication date, not one per report.
    private final Map<Optional<LocalDate>, ReportLoader> loaders = new ConcurrentHashMap<>();

    private ConflictGraph(Store store) {
        this.store = store;
        this.dataset = DatasetFactory.wrap(store.datasetGraph());
    }

    /**
     * Opens a store directory, creating it if need be. Open a directory once per program: closing
     * releases it for every handle on it in this JVM.
     *
     * @throws StoreLockedException if another process holds it
     */
    public static ConflictGraph open(Path directory) {
        return new ConflictGraph(Store.open(directory));
    }

    /** @return a new graph held in memory, with the ontology and reference data */
    public static ConflictGraph inMemory() {
        return new ConflictGraph(Store.inMemory());
    }

    /**
     * Extracts a report with no publication date and stores its graph. Loading the same text
     * again changes nothing.
     *
     * @throws ReportFormatException if the file cannot be read as a report; the store is unchanged
     */
    public LoadResult load(Path report) {
        return load(report, null);
    }

    /**
     * Extracts a report published on {@code published} (relative dates are resolved against it) and
     * stores its graph.
     *
     * @param published the publication date, or null if unknown
     * @throws ReportFormatException if the file cannot be read as a report; the store is unchanged
     */
    public LoadResult load(Path report, LocalDate published) {
        return load(extract(report, loaders.computeIfAbsent(Optional.ofNullable(published), ConflictGraph::loader)));
    }

    /**
     * Extracts a report without storing it: what {@link #load(Path, LocalDate)} would store.
     *
     * @param published the publication date, or null if unknown
     * @throws ReportFormatException if the file cannot be read as a report
     */
    public static ExtractedReport extract(Path report, LocalDate published) {
        return extract(report, loader(Optional.ofNullable(published)));
    }

    private static ExtractedReport extract(Path report, ReportLoader loader) {
        if (!Files.isRegularFile(report)) {
            throw new ReportFormatException(report.toString(), Files.exists(report) ? "not a file" : "no such file");
        }
        return loader.load(report);
    }

    private static ReportLoader loader(Optional<LocalDate> published) {
        return ReportLoader.create().publishedOn(published.orElse(null)).build();
    }

    /** Stores a report already extracted (see {@link ReportLoader}). */
    public LoadResult load(ExtractedReport report) {
        boolean changed = store.load(report);
        return new LoadResult(report.source(), report.graphName(), report.triples(), report.entities(),
                report.events(), report.claims(), store.inferredSize(), !changed);
    }

    /**
     * Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) for at most {@link #DEFAULT_TIMEOUT}.
     *
     * @throws SparqlException if the text is not a valid query or the query runs too long
     */
    public QueryResult query(String sparql) {
        return query(sparql, DEFAULT_TIMEOUT);
    }

    /**
     * Runs a SPARQL query for at most {@code timeout}.
     *
     * @throws SparqlException if the text is not a valid query or the query runs too long
     */
    public QueryResult query(String sparql, Duration timeout) {
        Query query = parse(sparql);
        try {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return execute(query, qe);
                }
            });
        } catch (QueryCancelledException e) {
            throw new SparqlException("stopped after " + timeout.toSeconds() + " s (the time limit)", e);
        }
    }

    /** @return the dataset, for Jena users; read it inside a transaction ({@code Txn.calculateRead}) */
    public Dataset dataset() {
        return dataset;
    }

    /** @return a server builder over this graph, read-only and on the loopback address by default */
    public ConflictServer.Builder server() {
        return ConflictServer.create().dataset(store.datasetGraph());
    }

    /**
     * Serves this graph at {@code http://127.0.0.1:port/kg} (SPARQL at {@code /kg/sparql}), read-only.
     *
     * @param port the port, 0 for any free one ({@link ConflictServer#port()} tells which)
     * @return the started server; stop it before closing this graph
     */
    public ConflictServer serve(int port) {
        return server().port(port).timeout(DEFAULT_TIMEOUT).build().start();
    }

    /** Closes the store; a store directory becomes free for other processes. */
    @Override
    public void close() {
        store.close();
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            // Jena's message goes on with a list of expected tokens over many lines: keep the first.
            String message = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("not a SPARQL query");
            throw new SparqlException(message, e);
        }
    }

    private static QueryResult execute(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            // Values are copied onto a model of their own, so they do not point into the store.
            Model detached = ModelFactory.createDefaultModel();
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            rs.forEachRemaining(solution -> {
                Map<String, RDFNode> row = new LinkedHashMap<>();
                solution.varNames().forEachRemaining(v -> row.put(v, detached.asRDFNode(solution.get(v).asNode())));
                rows.add(row);
            });
            return new QueryResult.Select(rs.getResultVars(), rows);
        }
        if (query.isAskType()) {
            return new QueryResult.Ask(qe.execAsk());
        }
        Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        model.setNsPrefixes(query.getPrefixMapping());
        return new QueryResult.Graph(model);
    }
}
