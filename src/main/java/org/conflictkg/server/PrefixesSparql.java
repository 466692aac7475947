package org.conflictkg.server;

import java.util.Map;

/** The {@link Site#PREFIXES} written as a SPARQL prologue, for fixed queries and the editor. */
final class PrefixesSparql {
    /** The editor's preset prefixes, in the order a reader expects them. */
    private static final String[] EDITOR = {"ckg", "id", "rdf", "rdfs", "skos", "owl", "prov", "oa", "dcterms", "xsd"};

    static final String PREFIX_BLOCK = block(Site.PREFIXES.getNsPrefixMap().keySet().toArray(String[]::new));
    static final String EDITOR_BLOCK = block(EDITOR);

    private PrefixesSparql() {
    }

    private static String block(String[] names) {
        Map<String, String> map = Site.PREFIXES.getNsPrefixMap();
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append("PREFIX ").append(name).append(": <").append(map.get(name)).append(">\n");
        }
        return out.toString();
    }
}
