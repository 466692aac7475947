package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Report;
import org.conflictkg.report.Sentence;
import org.conflictkg.report.Span;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * Finds what a sentence names and links it: reference entities by name, acronym or capital;
 * bodies, forces and agencies from their head noun and the state that qualifies them; people from
 * an office and a name; places from a place noun; and short mentions that refer back. New
 * entities go into the report's {@link EntityRegistry}. Rules here describe French noun phrases,
 * never an entity of one report.
 */
final class MentionFinder {
    // Prepositions after which a capital is a place, not its government (« à Moscou »).
    private static final Set<String> LOCATIVE = Set.of("à", "À", "dans", "Dans", "près", "vers la ville");
    private static final Set<String> DE = Set.of("de", "d'", "du", "des");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "le", "les");
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "d'", "du", "des", "la", "le", "les", "l'", "et", "pour", "a", "en", ".");
    // Adjective endings that may follow a capitalised complement (« des Affaires étrangères »);
    // anything else (a verb: « de la Défense rapporte ») ends the name.
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            ".*(ere|eres|ale|ales|aux|ique|iques|ienne|iennes|ien|iens|aise|aises|ais|ee|ees|elle|elles|ive|ives|nal|nale|nales|naux|ieure|ieures|ieur|ieurs)");

    private final Lexicon lexicon;
    private final Report report;
    private final EntityRegistry registry;

    MentionFinder(Lexicon lexicon, Report report, EntityRegistry registry) {
        this.lexicon = lexicon;
        this.report = report;
        this.registry = registry;
    }

    SentenceReading read(Sentence sentence) {
        List<Token> tk = FrenchText.tokens(report.text(), sentence.span());
        Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms = new HashMap<>();
        for (Resource scheme : List.of(CKG.EventTriggerScheme, CKG.SpeechCueScheme, CKG.WeaponScheme,
                CKG.OutcomeScheme, CKG.OfficeScheme, CKG.ActorHeadScheme)) {
            terms.put(scheme, lexicon.scheme(scheme).findAll(tk));
        }
        Parse p = new Parse(sentence, tk, terms);
        p.run();
        return new SentenceReading(sentence, tk, p.mentions, terms);
    }

    /** The work on one sentence. */
    private final class Parse {
        final Sentence sentence;
        final List<Token> tk;
        final Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms;
        final List<Mention> mentions = new ArrayList<>();
        final boolean[] used;
        final Map<Integer, PhraseIndex.Match<Lexicon.Known>> names = new java.util.TreeMap<>();

        Parse(Sentence sentence, List<Token> tk, Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms) {
            this.sentence = sentence;
            this.tk = tk;
            this.terms = terms;
            this.used = new boolean[tk.size()];
        }

        void run() {
            findNames();
            dyadFromEntre();
            for (PhraseIndex.Match<Lexicon.Term> head : terms.get(CKG.ActorHeadScheme)) {
                if (!used[head.from()] && !nameWins(head)) {
                    headPhrase(head);
                }
            }
            for (PhraseIndex.Match<Lexicon.Term> office : terms.get(CKG.OfficeScheme)) {
                if (!used[office.from()]) {
                    personPhrase(office);
                }
            }
            // « son homologue tadjik Emomali Rahmon »: the same office as the person just named.
            for (int i = 0; i < tk.size(); i++) {
                if (!used[i] && tk.get(i).norm().matches("homologues?") && registry.lastOffice() != null) {
                    personPhrase(new PhraseIndex.Match<>(i, i + 1, List.of(registry.lastOffice())));
                }
            }
            for (Map.Entry<Integer, PhraseIndex.Match<Lexicon.Known>> e : names.entrySet()) {
                PhraseIndex.Match<Lexicon.Known> m = e.getValue();
                if (!isUsed(m.from(), m.to()) && !appositivePlace(m.from())) {
                    nameMention(m);
                }
            }
            for (int i = 0; i < tk.size(); i++) {
                if (!used[i]) {
                    loneWord(i);
                }
            }
            mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
            mentions.forEach(m -> registry.mentioned(m.entities()));
        }

        // ---- reference names -------------------------------------------------------------

        void findNames() {
            for (int i = 0; i < tk.size(); i++) {
                Optional<PhraseIndex.Match<Lexicon.Known>> m = lexicon.names().longestAt(tk, i);
                if (m.isPresent() && acceptable(m.get())) {
                    names.put(i, m.get());
                    i = m.get().to() - 1;
                    continue;
                }
                Optional<PhraseIndex.Match<Lexicon.Known>> fuzzy = fuzzyOrganization(i);
                if (fuzzy.isPresent()) {
                    names.put(i, fuzzy.get());
                    i = fuzzy.get().to() - 1;
                }
            }
        }

        boolean acceptable(PhraseIndex.Match<Lexicon.Known> m) {
            Token first = tk.get(m.from());
            boolean treaty = m.values().stream().anyMatch(k -> lexicon.isA(k.entity(), CKG.Treaty));
            if (!first.isCapitalized() && !treaty) {
                return false;
            }
            boolean acronymOnly = m.values().stream().allMatch(Lexicon.Known::acronym);
            return !acronymOnly || tk.subList(m.from(), m.to()).stream().allMatch(t -> !t.isWord() || t.isUpperCaseWord());
        }

        /*
         * Reports garble long names (« l'Organisation de Moscou. traité de sécurité collective »):
         * an organisation name of four words or more still matches when its content words all
         * come in order, with at most three other tokens between them.
         */
        Optional<PhraseIndex.Match<Lexicon.Known>> fuzzyOrganization(int i) {
            if (!tk.get(i).isCapitalized()) {
                return Optional.empty();
            }
            for (Map.Entry<List<String>, Lexicon.Known> e : lexicon.names().entries()) {
                List<String> content = e.getKey().stream().filter(k -> !FUNCTION_WORDS.contains(k)).toList();
                if (content.size() < 4 || !content.get(0).equals(tk.get(i).norm())
                        || !lexicon.isA(e.getValue().entity(), CKG.Organization)) {
                    continue;
                }
                int j = i + 1;
                int skipped = 0;
                int k = 1;
                while (k < content.size() && j < tk.size() && skipped <= 3) {
                    if (tk.get(j).norm().equals(content.get(k))) {
                        k++;
                    } else if (!FUNCTION_WORDS.contains(tk.get(j).norm())) {
                        skipped++;
                    }
                    j++;
                }
                if (k == content.size() && skipped <= 3) {
                    return Optional.of(new PhraseIndex.Match<>(i, j, List.of(e.getValue())));
                }
            }
            return Optional.empty();
        }

        boolean nameWins(PhraseIndex.Match<Lexicon.Term> head) {
            PhraseIndex.Match<Lexicon.Known> n = names.get(head.from());
            return n != null && n.to() >= head.to();
        }

        void nameMention(PhraseIndex.Match<Lexicon.Known> m) {
            Resource entity = choose(m.values());
            Optional<Resource> state = lexicon.stateOfCapital(entity);
            Mention.Kind kind = lexicon.isA(entity, CKG.Treaty) ? Mention.Kind.TREATY : Mention.Kind.NAME;
            if (state.isPresent() && (m.from() == 0 || !LOCATIVE.contains(tk.get(m.from() - 1).surface()))) {
                entity = state.get();
                kind = Mention.Kind.CAPITAL;
            }
            add(m.from(), m.to(), List.of(entity), kind);
        }

        /** When one name stands for several entities, states first, then organisations. */
        Resource choose(List<Lexicon.Known> candidates) {
            for (Resource cls : List.of(CKG.State, CKG.Organization, CKG.Person, CKG.Place, CKG.Treaty)) {
                for (Lexicon.Known k : candidates) {
                    if (lexicon.isA(k.entity(), cls)) {
                        return k.entity();
                    }
                }
            }
            return candidates.get(0).entity();
        }

        // ---- bodies, forces, agencies, places ------------------------------------------------

        void headPhrase(PhraseIndex.Match<Lexicon.Term> head) {
            Lexicon.Term term = head.values().get(0);
            Resource cls = term.denotesClass();
            if (cls == null) {
                return;
            }
            if (lexicon.isSubClass(cls, CKG.Place)) {
                placePhrase(head.from(), head.to(), cls);
                return;
            }
            int j = head.to();
            if (term.speaksFor()) {
                // « le service de presse du ministère … »: the press service speaks for its owner.
                int k = skipDe(j);
                if (k > j) {
                    int before = mentions.size();
                    Optional<PhraseIndex.Match<Lexicon.Term>> owner = headAt(k);
                    if (owner.isPresent()) {
                        headPhrase(owner.get());
                    } else if (names.containsKey(k)) {
                        nameMention(names.get(k));
                    }
                    if (mentions.size() > before) {
                        Mention m = mentions.remove(mentions.size() - 1);
                        add(head.from(), m.to(), m.entities(), m.kind());
                    }
                }
                return;
            }
            List<Resource> states = new ArrayList<>();
            String complement = null;
            Resource named = null;
            while (j < tk.size()) {
                Optional<Resource> dem = lexicon.demonym(tk.get(j));
                if (dem.isPresent()) {
                    states.add(dem.get());
                    j++;
                    // « des soldats biélorusses, arméniens, tadjiks et kirghiz »
                    if (j + 1 < tk.size() && (tk.get(j).is(",") || tk.get(j).is("et"))
                            && lexicon.demonym(tk.get(j + 1)).isPresent()) {
                        j++;
                    }
                    continue;
                }
                int k = skipDe(j);
                if (k > j && k < tk.size()) {
                    Optional<Resource> st = stateNamedAt(k);
                    if (st.isPresent()) {
                        states.add(st.get());
                        j = names.get(k).to();
                        // « d'Erevan et de Bakou »
                        if (j + 1 < tk.size() && tk.get(j).is("et") && skipDe(j + 1) > j + 1) {
                            j++;
                        }
                        continue;
                    }
                    if (complement == null && term.notation() == null && lexicon.isSubClass(cls, CKG.GovernmentBody)
                            && tk.get(k).isCapitalized() && !names.containsKey(k)) {
                        int end = k + 1;
                        while (end < tk.size() && end < k + 3 && ADJECTIVE.matcher(tk.get(end).norm()).matches()) {
                            end++;
                        }
                        complement = text(j, end);
                        j = end;
                        continue;
                    }
                }
                if (lexicon.isSubClass(cls, CKG.NewsAgency) && named == null && tk.get(j).isCapitalized()) {
                    if (names.containsKey(j)) {
                        named = choose(names.get(j).values());
                        j = names.get(j).to();
                    } else {
                        int end = j;
                        while (end < tk.size() && tk.get(end).isCapitalized()) {
                            end++;
                        }
                        String name = text(j, end);
                        EntityRegistry.NewEntity agency = registry.entity(Iris.organization(name), CKG.NewsAgency, name, sentence);
                        if (!states.isEmpty() && agency.basedIn == null) {
                            agency.basedIn = states.get(0);
                        }
                        named = agency.iri;
                        j = end;
                    }
                    continue;
                }
                break;
            }
            if (lexicon.isSubClass(cls, CKG.NewsAgency)) {
                if (named != null) {
                    add(head.from(), j, List.of(named), Mention.Kind.BODY);
                }
                return;
            }
            String key = term.notation() != null ? term.notation()
                    : term.label() + (complement == null ? "" : " " + complement.replaceFirst("^(d'|d’)", "d'"));
            // « les ministères de la Défense respectifs »: one each for the pair the report is about.
            if (states.isEmpty() && j < tk.size() && tk.get(j).norm().startsWith("respecti") && registry.dyad().size() == 2) {
                states.addAll(registry.dyad());
                j++;
            }
            List<Resource> entities = new ArrayList<>();
            // « les forces russes » names Russia too.
            registry.mentioned(states);
            // « le ministère » refers back to the ministry named before; « une alliance militaire » does not.
            boolean definite = head.from() > 0 && ARTICLES.contains(tk.get(head.from() - 1).norm());
            if (states.isEmpty() && definite) {
                registry.lastWithHead(Iris.slug(key)).ifPresent(entities::add);
            }
            for (Resource state : states) {
                String iso = state.getLocalName();
                String label = capitalize(term.label() + (complement == null ? "" : " " + complement)) + " ("
                        + lexicon.labelFr(state).orElse(iso) + ")";
                EntityRegistry.NewEntity e = registry.entity(Iris.body(iso, key), cls, label, sentence);
                e.partOf = state;
                entities.add(e.iri);
                registry.rememberHead(Iris.slug(key), e.iri);
                registry.rememberHead(Iris.slug(term.label()), e.iri);
            }
            if (!entities.isEmpty()) {
                add(head.from(), j, entities, Mention.Kind.BODY);
            }
        }

        Optional<PhraseIndex.Match<Lexicon.Term>> headAt(int k) {
            return terms.get(CKG.ActorHeadScheme).stream().filter(h -> h.from() == k).findFirst();
        }

        /** A state named at {@code k}: by name, or by its capital. */
        Optional<Resource> stateNamedAt(int k) {
            PhraseIndex.Match<Lexicon.Known> n = names.get(k);
            if (n == null) {
                return Optional.empty();
            }
            for (Lexicon.Known known : n.values()) {
                if (lexicon.isA(known.entity(), CKG.State)) {
                    return Optional.of(known.entity());
                }
                Optional<Resource> s = lexicon.stateOfCapital(known.entity());
                if (s.isPresent()) {
                    return s;
                }
            }
            return Optional.empty();
        }

        /** After « de », « du », « des », « d' » and an article: the next index, or {@code j} when none. */
        int skipDe(int j) {
            if (j >= tk.size() || !DE.contains(tk.get(j).norm())) {
                return j;
            }
            int k = j + 1;
            if (k < tk.size() && ARTICLES.contains(tk.get(k).norm())) {
                k++;
            }
            return k;
        }

        // ---- places ---------------------------------------------------------------------------

        /** « les régions de Dashkesan, Lachin et Kalbajar », « la région kirghize de Batken ». */
        void placePhrase(int from, int headEnd, Resource cls) {
            int j = headEnd;
            Resource state = null;
            if (j < tk.size() && lexicon.demonym(tk.get(j)).isPresent()) {
                state = lexicon.demonym(tk.get(j)).get();
                j++;
            }
            int k = skipDe(j);
            if (k == j) {
                return;
            }
            List<Resource> places = new ArrayList<>();
            int end = k;
            while (end < tk.size() && tk.get(end).isCapitalized() && tk.get(end).isWord() && stateNamedAt(end).isEmpty()) {
                int nameEnd = end + 1;
                Resource place;
                if (names.containsKey(end)) {
                    nameEnd = names.get(end).to();
                    place = choose(names.get(end).values());
                } else {
                    while (nameEnd < tk.size() && tk.get(nameEnd).isCapitalized() && tk.get(nameEnd).isWord()) {
                        nameEnd++;
                    }
                    String name = text(end, nameEnd);
                    place = registry.entity(Iris.place(name), cls, name, sentence).iri;
                }
                places.add(place);
                end = nameEnd;
                boolean more = end + 1 < tk.size() && (tk.get(end).is(",") || tk.get(end).is("et"))
                        && tk.get(end + 1).isCapitalized();
                if (!more) {
                    break;
                }
                end++;
            }
            if (places.isEmpty()) {
                return;
            }
            if (state == null) {
                int after = skipDe(end);
                if (after > end && stateNamedAt(after).isPresent()) {
                    state = stateNamedAt(after).get();
                    end = names.get(after).to();
                }
            }
            if (state == null) {
                state = stateOfForcesBefore(from);
            }
            for (Resource place : places) {
                Optional<EntityRegistry.NewEntity> e = registry.created(place);
                if (e.isPresent() && state != null && e.get().locatedIn == null) {
                    e.get().locatedIn = state;
                    e.get().locatedInEvidence = sentence;
                }
            }
            add(from, end, places, Mention.Kind.PLACE);
        }

        /** « des forces armées azerbaïdjanaises dans les régions de … »: where a state's forces stand is its own. */
        Resource stateOfForcesBefore(int from) {
            int k = from - 1;
            if (k >= 0 && ARTICLES.contains(tk.get(k).norm())) {
                k--;
            }
            if (k < 1 || !(tk.get(k).is("dans") || tk.get(k).is("en"))) {
                return null;
            }
            int forcesEnd = k;
            return mentions.stream().filter(m -> m.to() == forcesEnd && m.kind() == Mention.Kind.BODY)
                    .map(m -> registry.created(m.first()).filter(e -> CKG.ArmedForces.equals(e.type)).map(e -> e.partOf).orElse(null))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        /**
         * « le Haut-Karabakh, une enclave … en Azerbaïdjan »: a name followed by a place noun in
         * apposition is a place; the apposition describes it and may say where it lies.
         */
        boolean appositivePlace(int i) {
            Resource known = null;
            int end = i;
            if (names.containsKey(i) && names.get(i).values().stream().anyMatch(k -> lexicon.isA(k.entity(), CKG.Place))) {
                known = choose(names.get(i).values());
                end = names.get(i).to();
            } else {
                while (end < tk.size() && tk.get(end).isCapitalized() && tk.get(end).isWord() && !used[end] && !names.containsKey(end)) {
                    end++;
                }
            }
            if (end == i || end + 2 >= tk.size() || !tk.get(end).is(",") || !tk.get(end + 1).norm().matches("une?|la|le")) {
                return false;
            }
            Optional<PhraseIndex.Match<Lexicon.Term>> head = headAt(end + 2);
            Resource cls = head.map(h -> h.values().get(0).denotesClass()).orElse(null);
            if (cls == null || !lexicon.isSubClass(cls, CKG.Place)) {
                return false;
            }
            String name = text(i, end);
            EntityRegistry.NewEntity place = known != null
                    ? registry.entity(known.getURI(), null, name, sentence)
                    : registry.entity(Iris.place(name), cls, name, sentence);
            int stop = tk.size();
            while (stop > 0 && !tk.get(stop - 1).isWord()) {
                stop--;
            }
            if (place.description == null) {
                place.description = text(end + 1, stop);
            }
            for (int k = head.get().to(); k + 1 < tk.size() && place.locatedIn == null && known == null; k++) {
                if (tk.get(k).norm().matches("en|au|aux|dans") && stateNamedAt(k + 1).isPresent()) {
                    place.locatedIn = stateNamedAt(k + 1).get();
                    place.locatedInEvidence = sentence;
                }
            }
            add(i, end, List.of(place.iri), Mention.Kind.PLACE);
            return true;
        }

        // ---- people --------------------------------------------------------------------------

        void personPhrase(PhraseIndex.Match<Lexicon.Term> office) {
            Lexicon.Term term = office.values().get(0);
            int j = office.to();
            Resource state = null;
            Resource organization = null;
            Optional<Resource> dem = j < tk.size() ? lexicon.demonym(tk.get(j)) : Optional.empty();
            if (dem.isPresent()) {
                state = dem.get();
                j++;
            } else {
                int k = skipDe(j);
                if (k > j && k < tk.size()) {
                    Optional<Resource> st = stateNamedAt(k);
                    if (st.isPresent()) {
                        state = st.get();
                        j = names.get(k).to();
                    } else if (names.containsKey(k) && lexicon.isA(choose(names.get(k).values()), CKG.Organization)) {
                        // « le secrétaire général de l'OTAN »
                        organization = choose(names.get(k).values());
                        j = names.get(k).to();
                    }
                }
            }
            // « le ministre finlandais des Affaires étrangères »: the rest of the office's name.
            int rest = skipDe(j);
            if (rest > j && rest < tk.size() && tk.get(rest).isCapitalized() && !names.containsKey(rest)) {
                j = rest + 1;
                while (j < tk.size() && ADJECTIVE.matcher(tk.get(j).norm()).matches() && lexicon.demonym(tk.get(j)).isEmpty()) {
                    j++;
                }
            }
            // « le chef de la diplomatie finlandaise, Pekka Haavisto »: the name may follow a comma.
            if (j + 1 < tk.size() && tk.get(j).is(",") && tk.get(j + 1).isCapitalized() && tk.get(j + 1).isWord()
                    && (state != null || organization != null) && stateNamedAt(j + 1).isEmpty()
                    && (names.get(j + 1) == null || names.get(j + 1).values().stream().anyMatch(k -> lexicon.isA(k.entity(), CKG.Person)))) {
                j++;
            }
            if (state != null) {
                registry.mentioned(List.of(state));
            }
            String officeKey = term.concept().getLocalName();
            String iso = state == null ? null : state.getLocalName();
            Resource person = null;
            int end = j;
            if (j < tk.size() && names.containsKey(j) && names.get(j).values().stream()
                    .anyMatch(k -> lexicon.isA(k.entity(), CKG.Person))) {
                person = names.get(j).values().stream().filter(k -> lexicon.isA(k.entity(), CKG.Person))
                        .findFirst().orElseThrow().entity();
                end = names.get(j).to();
            } else if (j < tk.size() && tk.get(j).isCapitalized() && tk.get(j).isWord() && !names.containsKey(j)) {
                end = j;
                while (end < tk.size() && end < j + 4 && tk.get(end).isWord()
                        && (tk.get(end).isCapitalized() || tk.get(end).surface().matches("al-|ben|bin|de|von|van"))) {
                    end++;
                }
                if (end - j >= 2 || registry.personWithSurname(tk.get(j).norm()).isPresent()) {
                    String name = text(j, end);
                    person = registry.personWithSurname(tk.get(end - 1).norm())
                            .orElseGet(() -> registry.entity(Iris.person(name), CKG.Person, name, sentence).iri);
                } else {
                    end = j;
                }
            }
            if (person == null) {
                Optional<Resource> earlier = registry.personWithOffice(officeKey, iso);
                if (earlier.isPresent()) {
                    add(office.from(), j, List.of(earlier.get()), Mention.Kind.PERSON);
                }
                return;
            }
            EntityRegistry.NewEntity created = registry.entity(person.getURI(), CKG.Person,
                    lexicon.labelFr(person).orElse(text(j, end)), sentence);
            if (created.affiliatedWith == null) {
                created.affiliatedWith = state != null ? state : organization;
            }
            registry.lastOffice(term);
            if (created.office == null) {
                created.office = term.concept();
            }
            String surname = tk.get(end - 1).norm();
            registry.rememberPerson(person, officeKey, iso, surname);
            add(office.from(), end, List.of(person), Mention.Kind.PERSON);
        }

        // ---- single words ---------------------------------------------------------------------

        void loneWord(int i) {
            Token t = tk.get(i);
            Optional<Resource> dem = lexicon.demonym(t);
            if (dem.isPresent() && i > 0 && !t.isCapitalized()) {
                add(i, i + 1, List.of(dem.get()), Mention.Kind.DEMONYM);
                return;
            }
            if (t.isCapitalized() && appositivePlace(i)) {
                return;
            }
            if (t.isCapitalized() && i > 0) {
                Optional<Resource> p = registry.personWithSurname(t.norm());
                if (p.isPresent()) {
                    add(i, i + 1, List.of(p.get()), Mention.Kind.PERSON);
                    return;
                }
            }
            // « les deux pays », « les deux États »: the pair the report set with « entre X et Y ».
            if (t.is("deux") && i + 1 < tk.size() && tk.get(i + 1).stem().matches("pay|etat|voisin")
                    && registry.dyad().size() == 2) {
                add(i, i + 2, registry.dyad(), Mention.Kind.ANAPHOR);
            }
        }

        /** « entre l'Arménie et l'Azerbaïdjan » sets the pair that « les deux pays » later refers to. */
        void dyadFromEntre() {
            for (int i = 0; i + 1 < tk.size(); i++) {
                if (!tk.get(i).is("entre")) {
                    continue;
                }
                int a = i + 1 < tk.size() && ARTICLES.contains(tk.get(i + 1).norm()) ? i + 2 : i + 1;
                Optional<Resource> first = stateNamedAt(a);
                if (first.isEmpty()) {
                    continue;
                }
                int et = names.get(a).to();
                if (et < tk.size() && tk.get(et).is("et")) {
                    int b = et + 1 < tk.size() && ARTICLES.contains(tk.get(et + 1).norm()) ? et + 2 : et + 1;
                    Optional<Resource> second = stateNamedAt(b);
                    if (second.isPresent() && !second.equals(first)) {
                        registry.dyad(List.of(first.get(), second.get()));
                        return;
                    }
                }
            }
        }

        // ---- shared -------------------------------------------------------------------------

        boolean isUsed(int from, int to) {
            for (int i = from; i < to; i++) {
                if (used[i]) {
                    return true;
                }
            }
            return false;
        }

        void add(int from, int to, List<Resource> entities, Mention.Kind kind) {
            for (int i = from; i < to; i++) {
                used[i] = true;
            }
            mentions.add(new Mention(new Span(tk.get(from).start(), tk.get(to - 1).end()), from, to, entities, kind));
        }

        String text(int from, int to) {
            return report.text().substring(tk.get(from).start(), tk.get(to - 1).end());
        }
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
