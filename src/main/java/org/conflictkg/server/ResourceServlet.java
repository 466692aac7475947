package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.conflictkg.vocab.CKG;

/**
 * One URL per resource, answered in the format the client asks for: {@code /id/state/ARM} stands
 * for {@code https://w3id.org/conflict-kg/id/state/ARM}; {@code /describe?iri=...} serves any other
 * IRI. HTML shows a readable page; the RDF formats give the triples about the resource (outgoing
 * and incoming) from the union of the named graphs.
 */
final class ResourceServlet extends HttpServlet {
    private static final String HTML = "text/html";
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PLAIN);
    private static final AcceptList OFFER = AcceptList.create(
            HTML, "application/xhtml+xml", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");

    private final transient Site site;

    ResourceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Labels labels = Labels.of(request);
        String iri = iriOf(request);
        if (iri == null) {
            Page.error(response, 400, "No resource named: give /id/... or /describe?iri=...", labels.primary());
            return;
        }
        String accept = request.getHeader("Accept");
        MediaType chosen;
        try {
            chosen = accept == null || accept.isBlank()
                    ? MediaType.create(HTML)
                    : AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            chosen = null;
        }
        if (chosen == null) {
            response.sendError(406, "offered: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        Node node = NodeFactory.createURI(iri);
        String type = chosen.getContentTypeStr();
        if (type.equals(HTML) || type.equals("application/xhtml+xml")) {
            Page page = site.read(graph -> known(graph, node) ? new ResourcePage(site, graph, labels).render(node) : null);
            if (page == null) {
                Page.error(response, 404, "Nothing is known about " + iri, labels.primary());
            } else {
                page.send(response, 200);
            }
            return;
        }
        Graph description = site.read(graph -> known(graph, node) ? describe(graph, node) : null);
        if (description == null) {
            response.sendError(404, "Nothing is known about " + iri);
            return;
        }
        response.setStatus(200);
        response.setContentType(type + "; charset=utf-8");
        response.addHeader("Vary", "Accept, Accept-Language");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, FORMATS.get(type));
        } catch (RiotException e) {
            throw new IOException("cannot write " + iri + " as " + type, e);
        }
    }

    /* /id/{path} → the id IRI; /describe?iri= → that IRI; null when neither. */
    private static String iriOf(HttpServletRequest request) {
        if ("/describe".equals(request.getServletPath())) {
            String iri = request.getParameter("iri");
            return iri == null || iri.isBlank() || iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')
                    ? null : iri;
        }
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        return CKG.ID + path.substring(1);
    }

    private static boolean known(Graph graph, Node node) {
        return graph.contains(node, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, node);
    }

    private static Graph describe(Graph graph, Node node) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Site.PREFIXES);
        copy(graph.find(node, Node.ANY, Node.ANY), out);
        copy(graph.find(Node.ANY, Node.ANY, node), out);
        return out;
    }

    private static void copy(ExtendedIterator<Triple> it, Graph out) {
        try {
            it.forEachRemaining(out::add);
        } finally {
            it.close();
        }
    }

    /** @return the address of the graph view around {@code iri} */
    static String graphView(String iri) {
        return "/graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
