package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.conflictkg.vocab.CKG;

/**
 * Plain facts a sentence states: memberships (« qui comprend X, Y et Z », « X, membre de O »),
 * founding years (« créée en 1992 ») and alliances (« X est un allié traditionnel de Y »).
 */
final class FactFinder {
    // Verbs that introduce the members of an organisation (stems).
    private static final Set<String> INCLUDES = Set.of("compren", "comprend", "regroup", "rassembl", "reun", "compos", "inclu");
    // « créée », « fondé », « établie », « instituée » (normalized forms)
    private static final java.util.regex.Pattern FOUNDED = java.util.regex.Pattern.compile("(cree|creee|fonde|fondee|etabli|etablie|institue|instituee)s?");

    private final Actors actors;

    FactFinder(Actors actors) {
        this.actors = actors;
    }

    List<Extraction.Fact> find(SentenceReading r) {
        List<Extraction.Fact> facts = new ArrayList<>();
        List<Token> tk = r.tokens();
        List<Mention> ms = r.mentions();
        for (int i = 0; i < tk.size(); i++) {
            String stem = tk.get(i).stem();
            int at = i;
            if (INCLUDES.contains(stem)) {
                lastOrganizationBefore(ms, at).ifPresent(org -> statesIn(ms, at, tk.size())
                        .forEach(s -> facts.add(new Extraction.Fact(s, CKG.memberOf, org, r.sentence()))));
            } else if (stem.startsWith("membr") && i + 1 < tk.size() && tk.get(i + 1).norm().matches("de|du|des|d'")) {
                Optional<Resource> org = ms.stream().filter(m -> m.from() > at && m.from() <= at + 3).map(Mention::first)
                        .filter(e -> actors.isA(e, CKG.Organization)).findFirst();
                boolean plural = tk.get(i).norm().endsWith("s");
                List<Resource> members = plural ? statesIn(ms, 0, at) : statesIn(ms, 0, at).stream().limit(1).toList();
                org.ifPresent(o -> members.forEach(s -> facts.add(new Extraction.Fact(s, CKG.memberOf, o, r.sentence()))));
            } else if (tk.get(i).norm().equals("dont") && r.find(i, tk.size(), "membres", "membre") > i) {
                // « l'OCS, …, dont le Kirghizistan et le Tadjikistan sont membres »
                int membres = r.find(i, tk.size(), "membres", "membre");
                lastOrganizationBefore(ms, at).ifPresent(org -> statesIn(ms, at, membres)
                        .forEach(s -> facts.add(new Extraction.Fact(s, CKG.memberOf, org, r.sentence()))));
            } else if (FOUNDED.matcher(tk.get(i).norm()).matches() && i + 2 < tk.size() && tk.get(i + 1).norm().matches("en|le")) {
                Optional<String> year = tk.subList(i + 1, Math.min(tk.size(), i + 5)).stream().map(Token::surface)
                        .filter(s -> s.matches("1[89]\\d\\d|20\\d\\d")).findFirst();
                Optional<Resource> org = lastOrganizationBefore(ms, at);
                if (year.isPresent() && org.isPresent()) {
                    facts.add(new Extraction.Fact(org.get(), CKG.foundedIn,
                            ResourceFactory.createTypedLiteral(year.get(), XSDDatatype.XSDgYear), r.sentence()));
                }
            } else if (tk.get(i).norm().matches("allie[es]?s?") && i > 0) {
                Optional<Resource> ally = ms.stream().filter(m -> m.from() > at && m.from() <= at + 4).map(Mention::first)
                        .filter(e -> actors.isA(e, CKG.State)).findFirst();
                Optional<Resource> subject = statesIn(ms, 0, at).stream().findFirst();
                if (ally.isPresent() && subject.isPresent() && !ally.equals(subject)) {
                    facts.add(new Extraction.Fact(subject.get(), CKG.alliedWith, ally.get(), r.sentence()));
                }
            }
        }
        return facts;
    }

    private Optional<Resource> lastOrganizationBefore(List<Mention> ms, int before) {
        return ms.stream().filter(m -> m.to() <= before).map(Mention::first).filter(e -> actors.isA(e, CKG.Organization))
                .reduce((a, b) -> b);
    }

    private List<Resource> statesIn(List<Mention> ms, int from, int to) {
        return ms.stream().filter(m -> m.from() >= from && m.to() <= to && m.kind() != Mention.Kind.DEMONYM)
                .flatMap(m -> m.entities().stream()).filter(e -> actors.isA(e, CKG.State)).distinct().toList();
    }
}
