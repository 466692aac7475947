package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.conflictkg.vocab.CKG;

/**
 * What every page of the site shares: the dataset, the limits, the prefixes and the mapping from
 * IRIs to local pages. Immutable and thread-safe; every read runs in its own read transaction.
 */
final class Site {
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Node INFERRED = NodeFactory.createURI(CKG.GRAPH + "inferred");
    static final Node ONTOLOGY = NodeFactory.createURI(CKG.GRAPH + "ontology");
    static final String REPORT_GRAPH = CKG.GRAPH + "report/";

    /** The prefixes the pages and the SPARQL editor use to shorten IRIs. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ckg", CKG.NS)
            .setNsPrefix("id", CKG.ID)
            .setNsPrefix("graph", CKG.GRAPH)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("prov", PROV)
            .setNsPrefix("oa", OA)
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private final DatasetGraph dataset;
    private final Duration timeout;
    private final int rowCap;

    Site(DatasetGraph dataset, Duration timeout, int rowCap) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.rowCap = rowCap;
    }

    int rowCap() {
        return rowCap;
    }

    /** @return the servlets of the site, by Jetty path spec ("" is the root page alone) */
    Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("", new HomeServlet(this));
        servlets.put("/search", new HomeServlet(this));
        servlets.put("/id/*", new ResourceServlet(this));
        servlets.put("/describe", new ResourceServlet(this));
        servlets.put("/graph", new GraphServlet(this));
        servlets.put("/graph/data", new GraphServlet(this));
        servlets.put("/sparql", new SparqlEditorServlet());
        servlets.put("/static/*", new StaticServlet());
        servlets.put("/webjars/*", new StaticServlet());
        return servlets;
    }

    /** Runs {@code action} on the union of the named graphs, inside a read transaction. */
    <T> T read(Function<Graph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset.getUnionGraph()));
    }

    /** Runs {@code action} on the dataset, inside a read transaction. */
    <T> T readDataset(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** @return the dataset; only to be used inside {@link #read} */
    DatasetGraph dataset() {
        return dataset;
    }

    /** Runs a fixed SELECT query (no user input goes into its text) with the site's timeout. */
    ResultSetRewindable select(String sparql) {
        Query query = QueryFactory.create(PrefixesSparql.PREFIX_BLOCK + sparql);
        Supplier<ResultSetRewindable> run = () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        };
        return Txn.calculateRead(dataset, run);
    }

    /** @return the local address of the page of {@code iri} */
    static String href(String iri) {
        if (iri.startsWith(CKG.ID) && iri.length() > CKG.ID.length()) {
            return "/id/" + encodePath(iri.substring(CKG.ID.length()));
        }
        return "/describe?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** @return the IRI as {@code prefix:local} when a prefix fits, else the IRI */
    static String shortForm(String iri) {
        return PREFIXES.shortForm(iri);
    }

    /* Percent-encodes what is not an unreserved character or a slash, byte by byte in UTF-8. */
    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
