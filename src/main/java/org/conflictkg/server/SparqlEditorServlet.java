package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jsoup.nodes.Element;

/**
 * The SPARQL editor ({@code /sparql}): YASGUI, served from its WebJar, talking to {@code /kg/sparql}.
 * {@code ?query=} fills the editor; otherwise it starts with the usual prefixes. The query travels
 * to the script in a {@code data-} attribute, escaped by jsoup.
 */
final class SparqlEditorServlet extends HttpServlet {
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";
    private static final String DEFAULT_QUERY = PrefixesSparql.EDITOR_BLOCK
            + "\nSELECT ?s ?label WHERE {\n  ?s a ckg:State ; rdfs:label ?label .\n  FILTER(lang(?label) = \"fr\")\n}\nORDER BY ?label\nLIMIT 50\n";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        Page page = new Page("SPARQL", Labels.of(request).primary())
                .stylesheet(YASGUI + "yasgui.min.css")
                .script(YASGUI + "yasgui.min.js")
                .script("/static/sparql.js");
        Element main = page.main().addClass("wide");
        main.appendElement("h1").text("SPARQL");
        main.appendElement("p").addClass("hint").text("The endpoint is /kg/sparql (read-only). The default graph is the union of "
                + "all named graphs; inferred triples are in graph:inferred.");
        main.appendElement("div").attr("id", "yasgui")
                .attr("data-endpoint", "/kg/sparql")
                .attr("data-query", query == null || query.isBlank() ? DEFAULT_QUERY : query);
        page.send(response, 200);
    }
}
