package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.ontology.Bundled;
import org.conflictkg.vocab.CKG;
import org.jsoup.nodes.Element;

/**
 * The home page ({@code /}: reports, counts by class, example queries) and the label search
 * ({@code /search?q=}). The search reads labels through Jena's graph API and compares them after
 * accent folding and lower-casing in Java, so the user's words never enter a query string.
 */
final class HomeServlet extends HttpServlet {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), CKG.acronym.asNode());

    private final transient Site site;

    HomeServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Labels labels = Labels.of(request);
        if ("/search".equals(request.getServletPath())) {
            String q = request.getParameter("q");
            search(q == null ? "" : q, labels).send(response, 200);
        } else {
            home(labels).send(response, 200);
        }
    }

    private Page home(Labels labels) {
        Page page = new Page("Home", labels.primary());
        Element main = page.main();
        main.appendElement("h1").text("conflict-kg");
        main.appendElement("p").addClass("lead")
                .text("A knowledge graph of French news reports about tension between states. Browse the reports, "
                        + "search a name, or ask the graph in SPARQL.");
        Element form = main.appendElement("form").attr("action", "/search").attr("method", "get").addClass("big-search");
        form.appendElement("input").attr("name", "q").attr("type", "search").attr("id", "home-q")
                .attr("placeholder", "Arménie, OTSC, Erevan…").attr("aria-label", "Search labels");
        form.appendElement("button").attr("type", "submit").text("Search");

        Element grid = main.appendElement("div").addClass("columns");
        reports(grid.appendElement("section"), labels);
        counts(grid.appendElement("section"), labels);
        examples(main.appendElement("section"));
        return page;
    }

    private void reports(Element section, Labels labels) {
        section.appendElement("h2").text("Reports");
        ResultSetRewindable rows = site.select("SELECT DISTINCT ?r ?title WHERE { GRAPH ?g { ?r a ckg:Report "
                + "OPTIONAL { ?r dcterms:title ?title } } } ORDER BY ?title ?r");
        if (!rows.hasNext()) {
            section.appendElement("p").addClass("empty").text("No report is loaded.");
            return;
        }
        Element list = section.appendElement("ul").addClass("reports");
        int n = 0;
        while (rows.hasNext() && n++ < site.rowCap()) {
            QuerySolution row = rows.next();
            String iri = row.getResource("r").getURI();
            String title = row.contains("title") ? row.getLiteral("title").getLexicalForm() : Site.shortForm(iri);
            Page.link(list.appendElement("li"), iri, title);
        }
    }

    private void counts(Element section, Labels labels) {
        section.appendElement("h2").text("What the store holds");
        ResultSetRewindable rows = site.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
                + "FILTER(?g != graph:inferred && ?g != graph:ontology) } GROUP BY ?c ORDER BY DESC(?n) ?c");
        Element table = section.appendElement("table").addClass("counts");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Class");
        head.appendElement("th").text("Resources");
        Element body = table.appendElement("tbody");
        int n = 0;
        while (rows.hasNext() && n++ < site.rowCap()) {
            QuerySolution row = rows.next();
            Node cls = row.get("c").asNode();
            Element tr = body.appendElement("tr");
            String label = site.read(g -> labels.label(g, cls));
            if (cls.isURI()) {
                Page.link(tr.appendElement("td"), cls.getURI(), label);
            } else {
                tr.appendElement("td").text(label);
            }
            tr.appendElement("td").addClass("num").text(Integer.toString(row.getLiteral("n").getInt()));
        }
    }

    private static void examples(Element section) {
        Map<String, String> queries = Bundled.exampleQueries();
        section.appendElement("h2").text("Example queries");
        if (queries.isEmpty()) {
            section.appendElement("p").addClass("empty").text("No example query is bundled.");
            return;
        }
        Element list = section.appendElement("ul").addClass("examples");
        queries.forEach((name, text) -> {
            Element li = list.appendElement("li");
            li.appendElement("a").attr("href", "/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                    .text(name.replaceFirst("\\.rq$", ""));
            String comment = firstComment(text);
            if (!comment.isEmpty()) {
                li.appendElement("span").addClass("comment").text(" — " + comment);
            }
        });
    }

    private static String firstComment(String query) {
        for (String line : query.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                return trimmed.replaceFirst("^#+\\s*", "");
            }
        }
        return "";
    }

    private Page search(String q, Labels labels) {
        Page page = new Page("Search: " + q, labels.primary()).searchValue(q);
        Element main = page.main();
        main.appendElement("h1").text("Search");
        String needle = fold(q);
        if (needle.isEmpty()) {
            main.appendElement("p").text("Type a name in the search box.");
            return page;
        }
        List<Hit> hits = site.read(g -> find(g, needle, labels));
        main.appendElement("p").addClass("summary").text(hits.size() + (hits.size() == 1 ? " resource" : " resources")
                + " with a label containing « " + q + " »");
        Element list = main.appendElement("ul").addClass("hits");
        for (Hit hit : hits.subList(0, Math.min(hits.size(), site.rowCap()))) {
            Element li = list.appendElement("li");
            Page.link(li, hit.iri(), hit.label()).addClass("hit");
            if (!hit.matched().equals(hit.label())) {
                li.appendElement("span").addClass("matched").text(" (" + hit.matched() + ")");
            }
            for (String type : hit.types()) {
                li.appendElement("span").addClass("type").text(type);
            }
        }
        if (hits.size() > site.rowCap()) {
            main.appendElement("p").addClass("cap").text("Only the first " + site.rowCap() + " are shown.");
        }
        return page;
    }

    private record Hit(String iri, String label, String matched, List<String> types, boolean exact) {
    }

    private static List<Hit> find(Graph graph, String needle, Labels labels) {
        Map<Node, Hit> hits = new LinkedHashMap<>();
        for (Node property : LABELS) {
            ExtendedIterator<Triple> it = graph.find(Node.ANY, property, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    Node s = t.getSubject();
                    if (!s.isURI() || !t.getObject().isLiteral()) {
                        continue;
                    }
                    String label = t.getObject().getLiteralLexicalForm();
                    String folded = fold(label);
                    if (!folded.contains(needle)) {
                        continue;
                    }
                    Hit old = hits.get(s);
                    boolean exact = folded.equals(needle);
                    if (old == null || (exact && !old.exact())) {
                        List<String> types = new ArrayList<>();
                        graph.find(s, RDF.type.asNode(), Node.ANY)
                                .forEachRemaining(tt -> types.add(labels.label(graph, tt.getObject())));
                        types.sort(null);
                        hits.put(s, new Hit(s.getURI(), labels.label(graph, s), label, List.copyOf(types), exact));
                    }
                }
            } finally {
                it.close();
            }
        }
        List<Hit> sorted = new ArrayList<>(hits.values());
        sorted.sort(Comparator.comparing((Hit h) -> !h.exact()).thenComparing(h -> fold(h.label())).thenComparing(Hit::iri));
        return sorted;
    }

    /** Lower case, accents removed, spaces collapsed: « Arménie » and « armenie » compare equal. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
