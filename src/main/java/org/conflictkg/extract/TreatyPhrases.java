package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/*
 * Bilateral treaties the reference data does not know, named by their kind, their two parties and their year: « le traité
 * d'amitié et de coopération conclu en 1974 avec l'Union soviétique » is treaty/somalia-soviet-union-friendship-1974, as
 * the reference data names treaty/armenia-russia-friendship-1997 (the parties' English names in alphabetical order, so that
 * two reports of the same treaty mint one IRI). Written here: no library names treaties from a description.
 */
final class TreatyPhrases {
    private TreatyPhrases() {
    }

    /* How far past « traité d'amitié » the year may stand (« …, de bon voisinage et de coopération signé par les deux pays
    à Moscou le 5 décembre 1978 »). */
    private static final int REACH = 22;

    static void friendshipTreaties(SentenceParse p) {
        List<Token> tk = p.tk;
        for (int i = 0; i + 2 < tk.size(); i++) {
            if (!tk.get(i).normMatches("traite|pacte") || !tk.get(i + 1).is("d'") || !tk.get(i + 2).norm().equals("amitie")
                    || p.isUsed(i, i + 3)) {
                continue;
            }
            int year = -1;
            for (int k = i + 3; k < Math.min(tk.size(), i + REACH); k++) {
                if (tk.get(k).normMatches(";|\\.|traite|pacte|accord")) {
                    break;
                }
                if (SentenceParse.YEAR.matcher(tk.get(k).surface()).matches()) {
                    year = k;
                    break;
                }
            }
            if (year < 0) {
                continue;
            }
            List<Resource> parties = parties(p, i, year);
            if (parties.size() != 2) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Resource state : parties) {
                Optional<String> english = p.lexicon.labelEn(state);
                if (english.isEmpty()) {
                    break;
                }
                names.add(Iris.slug(english.get()));
            }
            if (names.size() != 2) {
                continue;
            }
            names.sort(null);
            String slug = names.get(0) + "-" + names.get(1) + "-friendship-" + tk.get(year).surface();
            Resource treaty = p.registry.entity(Iris.treaty(slug), CKG.Treaty, p.text(i, year + 1), p.sentence).iri;
            p.add(i, i + 3, List.of(treaty), Mention.Kind.TREATY);
        }
    }

    /* Kind words that may follow « traité » or « pacte » in a treaty's description (« de défense mutuelle », « d'assistance »). */
    private static final java.util.regex.Pattern KIND_WORD = java.util.regex.Pattern.compile(
            "defense|assistance|securite|cooperation|mutuelle|mutuel|mutuelles|collective|et|de|d'|non-agression");

    /* How far from « traité » the year may stand, before (« lié depuis 1953 par un traité ») or after (« signé en 1951 »). */
    private static final int YEAR_REACH = 8;

    /*
     * A reference treaty named by its kind and its year, not by its name: « le traité de défense mutuelle signé en 1951
     * avec Manille », « Washington, auquel Séoul est lié depuis 1953 par un traité de défense mutuelle ». The kind words must
     * begin one of the treaty's French names, the year be the year it was signed, and a state of the sentence (or its
     * capital) be a party to it; when several treaties fit, the one most of the sentence's states are party to, if only one.
     */
    static void treatiesByKindAndYear(SentenceParse p) {
        List<Token> tk = p.tk;
        for (int i = 0; i + 2 < tk.size(); i++) {
            if (!tk.get(i).normMatches("traite|pacte") || p.isUsed(i, i + 1)) {
                continue;
            }
            int end = i + 1;
            while (end < tk.size() && !p.isUsed(end, end + 1) && KIND_WORD.matcher(tk.get(end).norm()).matches()) {
                end++;
            }
            // (at least one kind word besides its preposition: « traité de défense », not « traité de 1973 »)
            while (end > i + 1 && tk.get(end - 1).normMatches("et|de|d'")) {
                end--;
            }
            if (end < i + 3) {
                continue;
            }
            String year = null;
            for (int k = Math.max(0, i - YEAR_REACH); k < Math.min(tk.size(), end + YEAR_REACH) && year == null; k++) {
                if (SentenceParse.YEAR.matcher(tk.get(k).surface()).matches()) {
                    year = tk.get(k).surface();
                }
            }
            if (year == null) {
                continue;
            }
            List<String> words = tk.subList(i, end).stream().map(Token::norm).toList();
            Set<Resource> states = new LinkedHashSet<>();
            p.mentions.stream().map(m -> stateOf(p, m, true)).flatMap(Optional::stream).forEach(states::add);
            Resource best = null;
            long most = 0;
            boolean tie = false;
            for (Resource treaty : p.lexicon.treatiesNamedFrom(words, year)) {
                Set<Resource> parties = p.lexicon.parties(treaty);
                long named = states.stream().filter(parties::contains).count();
                if (named > most) {
                    best = treaty;
                    most = named;
                    tie = false;
                } else if (named == most && named > 0) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                p.add(i, end, List.of(best), Mention.Kind.TREATY);
                i = end - 1;
            }
        }
    }

    /*
     * The two states a treaty's words name: whom « avec » names and the first other state of the sentence (« le président
     * somalien a dénoncé le traité … conclu en 1974 avec l'Union soviétique »), or the two states the sentence names (for « les
     * deux pays », else the two the report is about).
     */
    private static List<Resource> parties(SentenceParse p, int from, int to) {
        List<Token> tk = p.tk;
        Set<Resource> parties = new LinkedHashSet<>();
        int avec = -1;
        // (« avec » may follow the year: « conclu en 1974 avec l'Union soviétique »)
        for (int k = from + 3; k < Math.min(tk.size(), to + 3) && !(k > to && tk.get(k).normMatches(",|;|\\.")); k++) {
            if (tk.get(k).is("avec")) {
                avec = k;
                break;
            }
        }
        if (avec > 0) {
            int at = avec + 1 < tk.size() && SentenceParse.ARTICLES.contains(tk.get(avec + 1).norm()) ? avec + 2 : avec + 1;
            Optional<Resource> other = p.mentions.stream().filter(m -> m.from() == at).findFirst().flatMap(m -> stateOf(p, m, true));
            if (other.isEmpty()) {
                return List.of();
            }
            parties.add(other.get());
            int with = avec;
            p.mentions.stream().filter(m -> m.to() <= from || m.from() > with + 1).map(m -> stateOf(p, m, false))
                    .flatMap(Optional::stream).filter(s -> !s.equals(other.get())).findFirst().ifPresent(parties::add);
            return List.copyOf(parties);
        }
        boolean bothNamed = false;
        for (int k = from + 3; k + 1 < to; k++) {
            bothNamed |= tk.get(k).is("deux") && tk.get(k + 1).normMatches("pays|etats|parties|voisins");
        }
        // (« Le Laos est lié au Vietnam, son principal allié, par un traité d'amitié … signé en 1977 »: the sentence's two states)
        p.mentions.stream().map(m -> stateOf(p, m, false)).flatMap(Optional::stream).forEach(parties::add);
        return parties.size() == 2 ? List.copyOf(parties) : bothNamed && parties.isEmpty() ? p.theTwoStates() : List.of();
    }

    /* The state a mention names or stands for: a state, its body, force or person; with {@code capitals}, its capital too. */
    private static Optional<Resource> stateOf(SentenceParse p, Mention m, boolean capitals) {
        if (m.entities().size() != 1 || m.kind() == Mention.Kind.TREATY) {
            return Optional.empty();
        }
        Resource e = m.first();
        if (p.lexicon.isA(e, CKG.Place) && !p.lexicon.isA(e, CKG.State)) {
            return capitals ? p.lexicon.stateOfCapital(e).map(p::inItsTime) : Optional.empty();
        }
        return Optional.ofNullable(p.stateOfActor(e)).filter(s -> p.lexicon.isA(s, CKG.State)).map(p::inItsTime);
    }
}
