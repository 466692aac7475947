package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.report.Span;
import org.conflictkg.vocab.CKG;

/**
 * Everything the loader knows before it reads a report, read once from the ontology (SKOS
 * schemes: triggers, speech cues, heads, offices, weapons, outcomes) and the reference data
 * (names, acronyms, demonyms and capitals of states and organisations). Adding a word or an entity
 * is an edit of Turtle. Immutable after construction; safe to share between threads.
 */
final class Lexicon {
    /** A concept of one of the lexicon's SKOS schemes. */
    record Term(Resource concept, Resource scheme, String label, Resource evokes, Resource cueKind,
                Resource denotesClass, String notation, boolean speaksFor, Resource ofState, Set<Resource> needsObject, Set<Resource> needsSubject, boolean stateless,
                boolean ownerIsTarget, boolean namedByQualifiers, boolean needsInfinitive, boolean capitalizedName, boolean onEverySide,
                boolean introducesName) {
    }

    /** A reference entity one name stands for. */
    record Known(Resource entity, boolean acronym) {
    }

    /** An organisation's name of four content words or more, for matching garbled text. */
    record LongName(List<String> contentKeys, Known known) {
    }

    // Words a garbled long name may lose or change (« de » for « du »); the others must all be there.
    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("de", "d'", "du", "des", "la", "le", "les", "l'",
            "et", "pour", "a", "en", ".");
    private final Map<String, List<LongName>> longNames = new HashMap<>();

    private final Model knowledge;
    private final PhraseIndex<Known> names = new PhraseIndex<>(Token::norm);
    // a demonym may name two states (« congolais »: both Congos)
    private final Map<String, List<Resource>> demonyms = new HashMap<>();
    private final Map<Resource, PhraseIndex<Term>> schemes = new HashMap<>();
    // Caches over the knowledge model, which a loader reads but never changes. Concurrent: one
    // ReportLoader may serve several threads.
    private final Map<Resource, Set<Resource>> superClasses = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<Resource>> typesOf = new java.util.concurrent.ConcurrentHashMap<>();
    // the one-word labels of each head noun, as written (before stemming)
    private final Map<Resource, Set<String>> nounForms = new HashMap<>();
    // the same, in lower case with their accents (« armée », « comité »), which the normal forms fold away
    private final Map<Resource, Set<String>> accentedForms = new HashMap<>();
    // the canonical slug (skos:notation) of each head label, by its word forms joined with spaces
    private final Map<String, String> headNotations = new HashMap<>();
    // the kind of strike of the armed service a head noun names, by the head's canonical slug (« forces-aeriennes »)
    private final Map<String, Resource> strikeKindsBySlug = new HashMap<>();

    Lexicon(Model ontologyAndReference) {
        this.knowledge = ontologyAndReference;
        for (Resource scheme : List.of(CKG.EventTriggerScheme, CKG.SpeechCueScheme, CKG.ActorHeadScheme,
                CKG.OfficeScheme, CKG.WeaponScheme, CKG.OutcomeScheme)) {
            schemes.put(scheme, PhraseIndex.skippingTimeWords(Token::stem));
        }
        readTerms();
        readNames();
        knowledge.listSubjectsWithProperty(CKG.strikeKind).forEachRemaining(head -> {
            Statement notation = head.getProperty(SKOS.notation);
            if (notation != null) {
                strikeKindsBySlug.put(notation.getString(), object(head, CKG.strikeKind));
            }
        });
        for (Map.Entry<List<String>, Known> e : names.entries()) {
            List<String> content = e.getKey().stream().filter(k -> !FUNCTION_WORDS.contains(k)).toList();
            if (content.size() >= 4 && isA(e.getValue().entity(), CKG.Organization)) {
                longNames.computeIfAbsent(content.get(0), k -> new ArrayList<>()).add(new LongName(content, e.getValue()));
            }
        }
    }

    /**
     * Whether one word matched to a head noun or a trigger by its stem is that word, not another
     * sharing the stem (« ils parlent » has the stem of « parlement », « heurter son hélice » that
     * of « un heurt », « le conseiller » that of « le Conseil »): one of the concept's one-word
     * labels, its plural (or feminine), or for a
     * trigger, a form of a verb among its labels (« bombardé » for « bombarder »).
     */
    boolean isFormOf(Term term, Token word) {
        Set<String> forms = nounForms.get(term.concept());
        if (forms == null) {
            return true;
        }
        String n = word.norm();
        boolean trigger = CKG.EventTriggerScheme.equals(term.scheme());
        // (« le départ forcé des soldats »: a participle in « -é » is no noun of a head whose accents folded look the same,
        // « forces »; « les deux armées », « les comités » keep the « é » of their label)
        String lower = word.surface().toLowerCase(java.util.Locale.ROOT);
        if (!trigger && Patterns.matches(lower, ".*\\p{L}é(e|s|es)?")) {
            String stem = lower.substring(0, lower.lastIndexOf('é') + 1);
            if (accentedForms.getOrDefault(term.concept(), Set.of()).stream().noneMatch(f -> f.startsWith(stem))) {
                return false;
            }
        }
        // (a feminine in -e for nouns of people and bodies: « présidente »; not for triggers, where
        // « heurté » would pass for « heurt »)
        List<String> endings = trigger ? List.of("s", "x", "es") : List.of("s", "x", "e", "es");
        return forms.stream().anyMatch(f -> n.equals(f) || inflects(n, f, endings) || inflects(f, n, endings)
                || trigger && f.length() >= 5 && (f.endsWith("er") || f.endsWith("ir") || f.endsWith("re"))
                        && n.startsWith(f.substring(0, f.length() - 2))
                        // (every form of a verb in -er has an ending: « d'abord » is no form of « aborder »)
                        && !(f.endsWith("er") && n.length() == f.length() - 2)
                        // (« les combattants »: a participle in the plural is a noun for people, no event)
                        && !n.endsWith("ants") && !n.endsWith("antes"));
    }

    /** Whether {@code word} is {@code base} followed by one of {@code endings} (no regex: called per matched word). */
    private static boolean inflects(String word, String base, List<String> endings) {
        return word.startsWith(base) && endings.contains(word.substring(base.length()));
    }

    /**
     * The canonical slug of a body a phrase names by one of its head's labels, once the demonym between
     * head and complement is set aside (« le ministère français des Armées » → « ministère des Armées »).
     */
    Optional<String> headNotation(String phrase) {
        return Optional.ofNullable(headNotations.get(String.join(" ", keys(phrase, Token::norm))));
    }

    /** Organisation names of four content words or more whose first word is {@code first}. */
    List<LongName> longOrganizationNames(String first) {
        return longNames.getOrDefault(first, List.of());
    }

    private void readTerms() {
        knowledge.listStatements(null, SKOS.inScheme, (RDFNode) null).forEachRemaining(st -> {
            Resource concept = st.getSubject();
            Resource scheme = st.getResource();
            PhraseIndex<Term> index = schemes.get(scheme);
            if (index == null) {
                return;
            }
            Term term = new Term(concept, scheme, labelFr(concept).orElse(concept.getLocalName()),
                    object(concept, CKG.evokes), object(concept, CKG.cueKind), object(concept, CKG.denotesClass),
                    concept.hasProperty(SKOS.notation) ? concept.getProperty(SKOS.notation).getString() : null,
                    concept.hasLiteral(CKG.speaksFor, true), object(concept, CKG.ofState),
                    concept.listProperties(CKG.needsObject).mapWith(x -> x.getResource()).toSet(),
                    concept.listProperties(CKG.needsSubject).mapWith(x -> x.getResource()).toSet(),
                    concept.hasLiteral(CKG.stateless, true), concept.hasLiteral(CKG.ownerIsTarget, true),
                    concept.hasLiteral(CKG.namedByQualifiers, true), concept.hasLiteral(CKG.needsInfinitive, true),
                    concept.hasLiteral(CKG.capitalizedName, true), concept.hasLiteral(CKG.onEverySide, true),
                    concept.hasLiteral(CKG.introducesName, true));
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                concept.listProperties(p).forEachRemaining(l -> {
                    if (isFrench(l) || l.getLiteral().getLanguage().isEmpty()) {
                        List<String> norms = keys(l.getString(), Token::norm);
                        if ((scheme.equals(CKG.ActorHeadScheme) || scheme.equals(CKG.EventTriggerScheme) || scheme.equals(CKG.OfficeScheme))
                                && norms.size() == 1) {
                            nounForms.computeIfAbsent(concept, k -> new HashSet<>()).add(norms.get(0));
                            accentedForms.computeIfAbsent(concept, k -> new HashSet<>()).add(l.getString().toLowerCase(java.util.Locale.ROOT));
                        }
                        index.add(keys(l.getString(), Token::stem), term, norms.isEmpty() ? null : norms);
                        if (scheme.equals(CKG.ActorHeadScheme) && term.notation() != null) {
                            headNotations.put(String.join(" ", norms), term.notation());
                        }
                        if (scheme.equals(CKG.EventTriggerScheme) || scheme.equals(CKG.SpeechCueScheme)) {
                            for (List<String> variant : conjugated(norms)) {
                                index.add(variant, term);
                            }
                        }
                    }
                });
            }
        });
    }

    private void readNames() {
        Set<Resource> named = new HashSet<>();
        knowledge.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(st -> named.add(st.getSubject()));
        named.removeIf(r -> r.hasProperty(SKOS.inScheme) || r.getURI() == null || !r.getURI().startsWith(CKG.ID));
        // The reports are French: a name that is one entity's French label is not read as another entity's label in
        // another language (« à Mexico » is the city, whose French label it is, not the state whose English label it is).
        Map<List<String>, Set<Resource>> frenchNames = new HashMap<>();
        for (Resource r : named) {
            for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
                r.listProperties(p).forEachRemaining(l -> {
                    if (isFrench(l) || l.getLiteral().getLanguage().isEmpty()) {
                        frenchNames.computeIfAbsent(keys(l.getString(), Token::norm), k -> new HashSet<>()).add(r);
                    }
                });
            }
        }
        for (Resource r : named) {
            for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
                r.listProperties(p).forEachRemaining(l -> {
                    List<String> key = keys(l.getString(), Token::norm);
                    Set<Resource> french = frenchNames.get(key);
                    if (isFrench(l) || l.getLiteral().getLanguage().isEmpty() || french == null || french.contains(r)) {
                        names.add(key, new Known(r, false));
                    }
                });
            }
            r.listProperties(CKG.acronym).forEachRemaining(l -> names.add(keys(l.getString(), Token::norm), new Known(r, true)));
            r.listProperties(CKG.demonym).forEachRemaining(l -> demonyms.computeIfAbsent(FrenchText.normalize(l.getString()),
                    k -> new ArrayList<>()).add(r));
        }
    }

    /*
     * The light stemmer gives an infinitive and its participles different stems (« réunir » "reuni",
     * « réunies » "reun"; « entretenir » "entreteni", « entretenus » "entreten"), so a label written
     * as an infinitive would miss « se sont réunies ». Each verb of a label in -er or -ir is also
     * indexed in its usual finite forms and participles. (Written here because no maintained
     * French conjugator ships with the libraries we use; the forms are regular ones only.)
     */
    // (and the passé simple of the historical dispatch, « l'aviation bombarda », « les troupes attaquèrent », « ils ouvrirent le
    // feu »: its third persons, « a » and « it » being already there)
    private static final List<String> ER_ENDINGS = List.of("e", "es", "ent", "ee", "ees", "ait", "aient", "ant", "a", "era", "erait",
            "erent");
    private static final List<String> IR_ENDINGS = List.of("i", "ie", "is", "ies", "it", "issent", "issait", "issaient", "issant",
            "ira", "u", "ue", "us", "ues", "irent");

    /*
     * Verbs in -re, by the ending that decides their forms: the infinitive's ending, then the endings that
     * replace it (participles, present, imperfect). « répondre » → « répondu », « répond »; « promettre » →
     * « promis »; « abattre » → « abattu »; « détruire » → « détruit »; « écrire » → « écrit »;
     * « reconnaître » → « reconnu »; « atteindre » → « atteint »; « prendre » → « pris ».
     */
    private static final List<Map.Entry<String, List<String>>> RE_ENDINGS = List.of(
            Map.entry("prendre", List.of("pris", "prise", "prises", "prend", "prennent", "prenait", "prenaient", "prit", "prirent")),
            Map.entry("mettre", List.of("mis", "mise", "mises", "met", "mettent", "mettait", "mettaient", "mit", "mirent")),
            Map.entry("crire", List.of("crit", "crite", "crits", "crites", "crivent", "crivait", "crivit", "crivirent")),
            Map.entry("aitre", List.of("u", "ue", "us", "ues", "ait", "aissent", "aissait", "ut", "urent")),
            Map.entry("uire", List.of("uit", "uite", "uits", "uites", "uisent", "uisait", "uisit", "uisirent")),
            Map.entry("indre", List.of("int", "inte", "ints", "intes", "ignent", "ignait", "ignit", "ignirent")),
            Map.entry("dre", List.of("du", "due", "dus", "dues", "d", "dent", "dait", "daient", "dit", "dirent")),
            Map.entry("ttre", List.of("ttu", "ttue", "ttus", "ttues", "t", "ttent", "ttait", "ttit", "ttirent")));

    private static List<List<String>> conjugated(List<String> norms) {
        List<List<String>> variants = new ArrayList<>();
        for (int k = 0; k < norms.size(); k++) {
            String w = norms.get(k);
            List<String> forms = new ArrayList<>();
            if (w.length() >= 5 && w.endsWith("re")) {
                RE_ENDINGS.stream().filter(e -> w.endsWith(e.getKey())).findFirst().ifPresent(e ->
                        e.getValue().forEach(end -> forms.add(w.substring(0, w.length() - e.getKey().length()) + end)));
            }
            if (forms.isEmpty() && !Patterns.matches(w, "[a-z]{2,}(er|ir)")) {
                continue;
            }
            String base = w.substring(0, w.length() - 2);
            // (« entretenir » → « entretenu »: an -ir verb's participle may drop the i)
            String irregular = w.endsWith("enir") ? w.substring(0, w.length() - 3) : null;
            if (Patterns.matches(w, "[a-z]{2,}(er|ir)")) {
                (w.endsWith("er") ? ER_ENDINGS : IR_ENDINGS).forEach(end -> forms.add(base + end));
            }
            // (« échangeaient », « échangeant »: a verb in -ger keeps its e before a and o; « envoie », « envoient »: one in -yer
            // turns y to i before a silent e)
            if (Patterns.matches(w, "[a-z]{2,}ger")) {
                List.of("eait", "eaient", "eant", "ea", "eons").forEach(end -> forms.add(base + end));
            }
            if (Patterns.matches(w, "[a-z]{2,}yer")) {
                String i = w.substring(0, w.length() - 3) + "i";
                List.of("e", "es", "ent", "era", "erait").forEach(end -> forms.add(i + end));
            }
            if (irregular != null) {
                List.of("u", "ue", "us", "ues").forEach(end -> forms.add(irregular + end));
                // (« tient », « s'entretiennent », « tiendra »: the present and future of « tenir », « venir » and theirs)
                String stemOfEnir = w.substring(0, w.length() - 4);
                List.of("ient", "iennent", "iendra", "iendront", "iendrait", "enait", "enaient").forEach(end -> forms.add(stemOfEnir + end));
            }
            for (String f : forms) {
                List<String> stems = new ArrayList<>();
                for (int j = 0; j < norms.size(); j++) {
                    stems.add(FrenchText.stem(j == k ? f : norms.get(j)));
                }
                variants.add(stems);
            }
        }
        return variants;
    }

    /** Whether French news names the people of {@code state} by the first word of their name (« Yoon Suk Yeol », « M. Yoon »). */
    boolean namesByFirstWord(Resource state) {
        return knowledge.getResource(state.getURI()).hasLiteral(CKG.namesByFirstWord, true);
    }

    /** The matching form of the first word of a name of two words or more, if it has them. */
    static Optional<String> firstOfSeveralWords(String name) {
        List<String> words = keys(name, Token::norm);
        return words.size() >= 2 ? Optional.of(words.get(0)) : Optional.empty();
    }

    private static List<String> keys(String label, Function<Token, String> form) {
        List<String> keys = new ArrayList<>();
        for (Token t : FrenchText.tokens(label, new Span(0, label.length()))) {
            keys.add(form.apply(t));
        }
        return keys;
    }

    /**
     * The kind of incident an attack with this weapon (or a broader one) is, or an attack by this body when the head noun
     * that names it has one (« l'aviation » → {@code ckg:AirStrike}); see {@code ckg:strikeKind}.
     */
    Optional<Resource> strikeKind(Resource weaponOrActor) {
        for (Resource c = knowledge.getResource(weaponOrActor.getURI()); c != null; c = object(c, SKOS.broader)) {
            Resource kind = object(c, CKG.strikeKind);
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        String iri = weaponOrActor.getURI();
        return iri.startsWith(CKG.ID + "body/") ? Optional.ofNullable(strikeKindsBySlug.get(iri.substring(iri.lastIndexOf('/') + 1)))
                : Optional.empty();
    }

    /** Whether an incident this trigger evokes keeps its kind whatever its means ({@code ckg:keepsKind}: « abattre »). */
    boolean keepsKind(Resource trigger) {
        return knowledge.getResource(trigger.getURI()).hasLiteral(CKG.keepsKind, true);
    }

    private static boolean isFrench(Statement st) {
        return st.getObject().isLiteral() && st.getLiteral().getLanguage().startsWith("fr");
    }

    private static Resource object(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st == null || !st.getObject().isResource() ? null : st.getResource();
    }

    PhraseIndex<Known> names() {
        return names;
    }

    PhraseIndex<Term> scheme(Resource scheme) {
        return schemes.get(scheme);
    }

    /** @return the reference entity a whole phrase names (« région de Batken »), if exactly one */
    Optional<Resource> named(String phrase) {
        List<Token> tokens = FrenchText.tokens(phrase, new Span(0, phrase.length()));
        return names.longestAt(tokens, 0).filter(m -> m.to() == tokens.size() && m.values().size() == 1)
                .map(m -> m.values().get(0).entity());
    }

    /** @return the state a French demonym form names (« azerbaïdjanaises » → Azerbaijan) */
    Optional<Resource> demonym(Token t) {
        return demonym(t, Set.of());
    }

    /**
     * @return the states a compound adjective names (« irano-pakistanaise », « russo-géorgien »,
     *         « kirghizo-tadjike »): the last part is a demonym, each earlier one a demonym's stem
     *         followed by « o », or a learned form the reference data lists as a combining form
     *         (« sino- », « franco- »); empty unless every part names a state
     */
    List<Resource> compoundDemonym(Token t, Set<Resource> named) {
        String[] parts = t.norm().split("-");
        if (parts.length < 2) {
            return List.of();
        }
        List<Resource> states = new ArrayList<>();
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            List<Resource> direct = demonyms.getOrDefault(part, List.of());
            if (direct.isEmpty() && k < parts.length - 1 && part.length() >= 4 && part.endsWith("o")) {
                // (« américano- »: the demonym's stem may lose one more letter, « américain »)
                for (int cut = 1; cut <= 2 && direct.isEmpty() && part.length() - cut >= 4; cut++) {
                    String stem = part.substring(0, part.length() - cut);
                    direct = demonyms.entrySet().stream().filter(e -> e.getKey().startsWith(stem) && !e.getKey().contains("-"))
                            .flatMap(e -> e.getValue().stream()).distinct().toList();
                }
            }
            if (direct.isEmpty() || direct.size() > 1 && direct.stream().noneMatch(named::contains)) {
                return List.of();
            }
            Resource state = direct.stream().filter(named::contains).findFirst().orElse(direct.get(0));
            if (!states.contains(state)) {
                states.add(state);
            }
        }
        return states.size() >= 2 ? states : List.of();
    }

    /**
     * @return the state a demonym names; of two (« congolais »), the one the report has named,
     *         else the one first in IRI order (a stable choice)
     */
    /** Every state a demonym may name (« congolais »: the Congo and the DR Congo). */
    List<Resource> demonymStates(Token t) {
        return demonyms.getOrDefault(t.norm(), List.of());
    }

    Optional<Resource> demonym(Token t, Set<Resource> named) {
        List<Resource> states = demonyms.getOrDefault(t.norm(), List.of());
        return states.stream().filter(named::contains).findFirst()
                .or(() -> states.stream().min(java.util.Comparator.comparing(Resource::getURI)));
    }

    /** @return whether a concept is the one named {@code key} or narrower than it (« missile balistique » is a missile) */
    boolean broaderOrSelf(Resource concept, String key) {
        Set<Resource> seen = new HashSet<>();
        for (Resource c = knowledge.getResource(concept.getURI()); c != null && seen.add(c); c = object(c, SKOS.broader)) {
            if (key.equals(c.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The historical states whose capital {@code place} was (« Moscou »: the USSR). */
    List<Resource> historicalStatesOfCapital(Resource place) {
        return knowledge.listSubjectsWithProperty(CKG.capital, place).filterKeep(s -> s.hasLiteral(CKG.historical, true)).toList();
    }

    /** The last year a historical state existed (ckg:dissolvedIn), if the reference data gives it. */
    Optional<Integer> dissolvedIn(Resource state) {
        Statement st = knowledge.getResource(state.getURI()).getProperty(CKG.dissolvedIn);
        return st == null ? Optional.empty() : Optional.of(Integer.parseInt(st.getLiteral().getLexicalForm().substring(0, 4)));
    }

    /** The historical states whose capital was {@code state}'s (Russia's Moscow: the USSR). */
    List<Resource> historicalStatesSharingCapital(Resource state) {
        return capitalOf(state).map(this::historicalStatesOfCapital).orElse(List.of());
    }

    /** The city a state has for capital (« la capitale ukrainienne »: Kyiv), if the reference data gives one. */
    Optional<Resource> capitalOf(Resource state) {
        return Optional.ofNullable(knowledge.getResource(state.getURI()).getPropertyResourceValue(CKG.capital));
    }

    /** @return the state a capital stands for, if the resource is a capital */
    Optional<Resource> stateOfCapital(Resource place) {
        // Moscow was the USSR's capital too: a living state wins over a historical one.
        // (and a seat of government: « Abidjan a dénoncé »)
        List<Resource> states = new java.util.ArrayList<>(knowledge.listSubjectsWithProperty(CKG.capital, place).toList());
        states.addAll(knowledge.listSubjectsWithProperty(CKG.seatOfGovernment, place).toList());
        return states.stream().filter(s -> !s.hasLiteral(CKG.historical, true)).findFirst()
                .or(() -> states.stream().findFirst());
    }

    /** @return the state an actor belongs to: itself for a state, else through partOf, affiliatedWith or basedIn */
    Optional<Resource> stateOf(Resource actor) {
        if (isA(actor, CKG.State)) {
            return Optional.of(actor);
        }
        for (Property p : List.of(CKG.partOf, CKG.affiliatedWith, CKG.basedIn)) {
            Resource o = object(knowledge.getResource(actor.getURI()), p);
            if (o != null && isA(o, CKG.State)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** @return the state a reference person serves, else the organisation (« Federica Mogherini »: the EU) */
    Optional<Resource> servedBy(Resource person) {
        return stateOf(person).or(() -> Optional.ofNullable(object(knowledge.getResource(person.getURI()), CKG.affiliatedWith))
                .filter(o -> isA(o, CKG.Organization)));
    }

    /**
     * @return the organisation a reference body is part of when the words that name the body name it too, by a French
     * name or an acronym (« la Commission de l'Union africaine », « le Conseil de sécurité de l'ONU »; not « le
     * Conseil de sécurité » alone)
     */
    Optional<Resource> organisationNamedIn(Resource body, String words) {
        // (a body only: « le Conseil de sécurité de l'ONU » is an organisation of its own, and names the Security Council alone)
        Resource o = isA(body, CKG.GovernmentBody) ? object(knowledge.getResource(body.getURI()), CKG.partOf) : null;
        if (o == null || !isA(o, CKG.Organization) || isA(o, CKG.State)) {
            return Optional.empty();
        }
        String text = " " + FrenchText.normalize(words).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<String> names = new ArrayList<>(namesFr(o));
        knowledge.getResource(o.getURI()).listProperties(CKG.acronym).forEachRemaining(st -> names.add(st.getString()));
        return names.stream().map(n -> " " + FrenchText.normalize(n).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .anyMatch(text::contains) ? Optional.of(o) : Optional.empty();
    }

    /** @return the places and states a reference place lies in, transitively (« Isfara » → Sughd → Tajikistan) */
    Set<Resource> containers(Resource place) {
        Set<Resource> seen = new java.util.LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(place));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            knowledge.getResource(r.getURI()).listProperties(CKG.locatedIn).forEachRemaining(st -> {
                if (st.getObject().isURIResource() && seen.add(st.getResource())) {
                    todo.add(st.getResource());
                }
            });
        }
        return seen;
    }

    /**
     * @return the reference treaties signed in {@code year} one of whose French names begins with {@code words} (normal
     * forms): « traité de défense mutuelle » and 1951 give the treaty between the United States and the Philippines
     */
    List<Resource> treatiesNamedFrom(List<String> words, String year) {
        List<Resource> found = new ArrayList<>();
        knowledge.listSubjectsWithProperty(CKG.signedIn).forEachRemaining(t -> {
            if (!t.isURIResource() || !year.equals(t.getProperty(CKG.signedIn).getString())) {
                return;
            }
            for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
                if (t.listProperties(p).toList().stream().filter(Lexicon::isFrench).map(l -> keys(l.getString(), Token::norm))
                        .anyMatch(k -> k.size() >= words.size() && k.subList(0, words.size()).equals(words))) {
                    found.add(t);
                    return;
                }
            }
        });
        return found;
    }

    /** @return the parties of a reference treaty */
    Set<Resource> parties(Resource treaty) {
        Set<Resource> parties = new HashSet<>();
        knowledge.listSubjectsWithProperty(CKG.partyTo, treaty).forEachRemaining(parties::add);
        return parties;
    }

    /** @return the most specific reference types of an entity */
    Set<Resource> types(Resource entity) {
        // (asked for every mention and role test)
        if (entity.getURI() == null) {
            return Set.of();
        }
        return typesOf.computeIfAbsent(entity.getURI(), uri -> {
            Set<Resource> types = new HashSet<>();
            knowledge.getResource(uri).listProperties(RDF.type).forEachRemaining(st -> types.add(st.getResource()));
            return Set.copyOf(types);
        });
    }

    /** Whether a reference entity, or a class, is (a subclass of) {@code cls}. */
    boolean isA(Resource entity, Resource cls) {
        for (Resource t : types(entity)) {
            if (isSubClass(t, cls)) {
                return true;
            }
        }
        return false;
    }

    boolean isSubClass(Resource c, Resource of) {
        return superClasses.computeIfAbsent(c, this::closure).contains(of);
    }

    private Set<Resource> closure(Resource c) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            if (seen.add(r)) {
                knowledge.getResource(r.getURI()).listProperties(RDFS.subClassOf).forEachRemaining(st -> {
                    if (st.getObject().isURIResource()) {
                        todo.add(st.getResource());
                    }
                });
                knowledge.getResource(r.getURI()).listProperties(OWL.equivalentClass).forEachRemaining(st -> {
                    if (st.getObject().isURIResource()) {
                        todo.add(st.getResource());
                    }
                });
            }
        }
        return seen;
    }

    /** The English preferred label of a concept (« province » → "province", « gouvernorat » → "governorate"). */
    Optional<String> prefLabelEn(Resource concept) {
        return knowledge.getResource(concept.getURI()).listProperties(SKOS.prefLabel).toList().stream()
                .filter(st -> st.getObject().isLiteral() && "en".equals(st.getLanguage())).map(Statement::getString).findFirst();
    }

    /** The French label and alternative labels of an entity. */
    List<String> namesFr(Resource r) {
        Resource k = knowledge.getResource(r.getURI());
        List<String> all = new ArrayList<>();
        for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
            k.listProperties(p).forEachRemaining(st -> {
                if (isFrench(st)) {
                    all.add(st.getString());
                }
            });
        }
        return all;
    }

    /**
     * What has a French name whose first word is {@code word} in lower case (« alliance » → « Alliance atlantique »),
     * indexed once: every capitalised word of a report may be asked about, and need not be tried on each organisation the
     * report has named.
     */
    Set<Resource> withFirstWordFr(String word) {
        return byFirstWordFr().getOrDefault(word, Set.of());
    }

    private Map<String, Set<Resource>> byFirstWordFr() {
        Map<String, Set<Resource>> index = byFirstWordFr;
        if (index == null) {
            Map<String, Set<Resource>> built = new java.util.HashMap<>();
            for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
                knowledge.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                    if (isFrench(st) && st.getSubject().isURIResource()) {
                        built.computeIfAbsent(st.getString().split("[ '’-]")[0].toLowerCase(java.util.Locale.ROOT),
                                w -> new java.util.HashSet<>()).add(st.getSubject());
                    }
                });
            }
            index = Map.copyOf(built);
            byFirstWordFr = index;
        }
        return index;
    }

    // (built once, on first use; a race builds it twice, to the same content)
    private volatile Map<String, Set<Resource>> byFirstWordFr;

    /** @return the French label of a resource (rdfs:label, else skos:prefLabel) */
    Optional<String> labelFr(Resource r) {
        return label(r, Lexicon::isFrench);
    }

    /** @return the English label of a resource (rdfs:label, else skos:prefLabel): the words its IRI is minted from */
    Optional<String> labelEn(Resource r) {
        return label(r, st -> st.getObject().isLiteral() && "en".equals(st.getLanguage()));
    }

    private Optional<String> label(Resource r, java.util.function.Predicate<Statement> language) {
        Resource k = knowledge.getResource(r.getURI());
        for (Property p : List.of(RDFS.label, SKOS.prefLabel)) {
            for (Statement st : k.listProperties(p).toList()) {
                if (language.test(st)) {
                    return Optional.of(st.getString());
                }
            }
        }
        return Optional.empty();
    }
}
