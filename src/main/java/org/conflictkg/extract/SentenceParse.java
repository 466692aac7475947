package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Sentence;
import org.conflictkg.report.Span;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * The reading of one sentence: its tokens, the names found in it, and the mentions built from
 * them, with the helpers the phrase readers ({@link PersonPhrases}, {@link PlacePhrases}) share.
 * Not thread-safe; one per sentence.
 */
final class SentenceParse {
    // Prepositions after which a capital is a place, not its government (« à Moscou », « au Caire », « depuis Pékin »).
    static final Set<String> LOCATIVE = Set.of("à", "À", "au", "Au", "dans", "Dans", "près", "depuis", "Depuis");
    static final Set<String> DE = Set.of("de", "d'", "du", "des");
    private static final Set<String> STRUCK = FrenchText.stemsOf("touché", "frappé", "bombardé", "visé", "pilonné", "attaqué",
            "ciblé", "survolé", "atteint", "détruit", "assiégé", "encerclé", "investi", "bombardent", "frappent", "pilonnent");
    static final Set<String> ARTICLES = Set.of("la", "l'", "le", "les");
    /* Verbs whose object is a place taken, left or shelled, normalized: « ont pris Ouadi Doum », « évacuer Faya-Largeau »
     * (word forms, not stems: « le prix Nobel » is no « pris ») */
    private static final java.util.regex.Pattern TAKEN = java.util.regex.Pattern.compile("(re)?pris|(re)?prendre|(re)?conquis|investi"
            + "|(occup|evacu|encercl|assieg|bombard|pilonn)(e|ee|es|ees|er|ent)");
    /** When, in words French puts between a verb and its object (« a reçu jeudi soir à Bakou … »), as a regex. */
    static final String WHEN_WORDS = "hier|soir|matin|nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    /** Verbs after which « à » names to whom one gives, says, asks or blames something (« reprocher à », « livrer à »), normalized. */
    static final java.util.regex.Pattern DATIVE_VERB = java.util.regex.Pattern.compile("(demand|repond|reproch|livr|fourn|reclam"
            + "|accord|offr|impos|conseill|propos|promi|succed|oppos|adress|ecri|telephon)\\w*|dit|dire|disant|vendu|vendre|vendant");
    /* Adverbs that may stand between a verb and « à » (« reprochait pourtant à Stockholm »), normalized. */
    private static final java.util.regex.Pattern ADVERB_BEFORE_A = java.util.regex.Pattern.compile(
            "pourtant|aussi|encore|notamment|egalement|deja|toujours|vivement|ainsi|d'ailleurs");
    /* Nouns of a person's following, regime or kin, normalized: the name after « de » is a person's (« le régime de X »). */
    private static final java.util.regex.Pattern FOLLOWING = java.util.regex.Pattern.compile("mouvement|parti|regime|partisans|fideles"
            + "|proches|entourage|clan|milices?|rouges|successeur|predecesseur|fils|fille|frere|soeur|epouse|veuve|assassinat|mort");
    /* Nouns that say what kind of person an apposition describes (« X, un homme d'affaires »), normalized. */
    private static final java.util.regex.Pattern HUMAN_NOUN = java.util.regex.Pattern.compile("homme|femme|partisan|partisane|militant"
            + "|militante|opposant|opposante|responsable|dirigeant|dirigeante|proche|officier|commandant|general|colonel|journaliste"
            + "|ressortissant|ressortissante|citoyen|citoyenne|membre|figure|chef|haut|ex-\\p{L}+|ancien|ancienne|diplomate|depute|deputee|senateur");
    /* Nouns that name a person by a role, the head of an apposition before a name (« son pilote, Wang Wei »), normalized. */
    private static final java.util.regex.Pattern ROLE_NOUN = java.util.regex.Pattern.compile("(?:" + HUMAN_NOUN.pattern() + "|cheffe|pilote"
            + "|leader|fils|fille|epouse|mari|frere|soeur|veuve|pere|mere|avocat|avocate|juge|procureur|procureure|otage|soldat|capitaine"
            + "|negociateur|negociatrice|mediateur|mediatrice|emissaire|envoye|envoyee|conseiller|conseillere|adjoint|adjointe|successeur"
            + "|predecesseur|rival|rivale|allie|alliee|candidat|candidate|ecrivain|ecrivaine|auteur|redacteur|etudiant|etudiante|homologue"
            + "|compagne|compagnon|patron|patronne|directeur|directrice|elu|elue|porte-parole|haut-commissaire|haute-commissaire"
            + "|commissaire|representant|representante"
            // (« le président de la ville, Juan Jesús Vivas », « l'ambassadeur en poste, Jean Dupontel »: an office whose holder serves no
            // state or organisation named)
            + "|president|presidente|gouverneur|gouverneure|maire|prefet|prefete|ministre|ambassadeur|ambassadrice|consul|secretaire"
            + "|vice-president|vice-presidente|vice-ministre|chancelier|chanceliere|delegue|deleguee|coordinateur|coordinatrice|fondateur"
            + "|fondatrice|charge|attache|attachee|roi|reine|emir|prince|princesse|sultan)s?|generaux|rivaux");
    /* Role nouns of who leads or speaks for what the words after them name (« le patron de Ryanair »). */
    private static final java.util.regex.Pattern HEAD_NOUN = java.util.regex.Pattern.compile(
            "(patron|patronne|directeur|directrice|dirigeant|dirigeante|chef|cheffe|leader|porte-parole|responsable|commandant"
                    // (« la haute-commissaire de l'ONU aux droits de l'homme, Navi Pillay », « l'émissaire américain, X »: who serves it)
                    + "|haut-commissaire|haute-commissaire|commissaire|representant|representante|emissaire|envoye|envoyee|mediateur|mediatrice"
                    + "|president|presidente|secretaire|ambassadeur|ambassadrice|delegue|deleguee|coordinateur|coordinatrice|fondateur|fondatrice)s?");
    /* What opens such a noun phrase. */
    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile("le|la|l'|les|son|sa|ses|leur|leurs|un|une|deux|trois|des|ce|cette|ces");
    /* What joins the items of a list of places, and the preposition an item may repeat (« , de Cao Bang et de Lang Son »). */
    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile("et|,|ou");
    private static final java.util.regex.Pattern REPEATED_PREPOSITION = java.util.regex.Pattern.compile("de|d'|au|a");
    /** Capitalised words that open a sentence, never a name (« Selon », « Depuis Moscou, … », « À New York, … »), normalized. */
    static final java.util.regex.Pattern NOT_A_NAME =
            java.util.regex.Pattern.compile("selon|depuis|dans|pour|apres|avant|lors|mais|puis|alors|face|vers|entre|sans|chez|mme|mlle"
                    + "|a|au|aux|en|sur|par");
    /* Words that open towns' names and no person's (« Ras Lanouf », « Tell Abyad », « Bir Lahlou », « Aïn Issa », « Ben Gardane »),
     * normalized. */
    private static final String TOWN_NAME_PREFIX = "ras|tell|bir|ain|sidi|kafr|beit|deir|ouadi|wadi|oued|djebel|jebel|bordj|hassi|ben|bandar"
            + "|fort|saint|sainte|san|santa|sao"
            // (an Arabic article or a word for a village, a well, a mother, a gate written apart: « à El Wak », « à Am Timan »,
            // « à Umm Qasr », « à Khan Younès », « à Ban Nong Chan »; a Slavic or Iberian « new »: « à Nova Kakhovka »)
            + "|al|el|am|tel|umm|oum|khan|bab|kfar|ban|nova|novo|novaya|nueva|nuevo|puerto|porto|ciudad";
    /** A particle joined to the name after it (« al-Burhane », « ould-Abdallah »). */
    static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile("(al|el|ul|ad|ben|bin|ibn|abu|ould)-\\p{Lu}.*");
    /** Titles and ranks that stand before a name (« le général X », « le mollah Y »), normalized. */
    static final String TITLES = "commandant|general|colonel|colonel-major|lieutenant-colonel|general-major|marechal|amiral|contre-amiral|vice-amiral|capitaine|lieutenant"
            + "|depute|deputee|senateur|imam|mollah|cheikh|emir|pasteur|eveque|archeveque|mgr|monseigneur|patriarche|ayatollah|prince|roi|reine|sultan";
    static final Set<String> FUNCTION_WORDS = Lexicon.FUNCTION_WORDS;

    /*
     * Whether a word is a title before a name: in lower case inside a sentence (« le pasteur X », « cheikh Tamim »), or
     * « Mgr »; capitalised, it may open the name itself (« Le président rwandais, Pasteur Bizimungu », « Cheikh Tidiane Gadio »).
     */
    static boolean title(Token t) {
        return t.normMatches(TITLES) && (!t.isCapitalized() || t.normMatches("mgr|monseigneur"));
    }
    // Adjective endings that may follow a capitalised complement (« des Affaires étrangères »);
    // anything else (a verb: « de la Défense rapporte ») ends the name.
    static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            ".*(ere|eres|ale|ales|aux|ique|iques|ienne|iennes|ien|iens|aise|aises|ais|ee|ees|elle|elles|ive|ives|nal|nale|nales|naux|ieure|ieures|ieur|ieurs)");

    final Lexicon lexicon;
    final EntityRegistry registry;
    final String reportText;
    final Sentence sentence;
    final List<Token> tk;
    final Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms;
    final List<Mention> mentions = new ArrayList<>();
    final boolean[] used;
    final Map<Integer, PhraseIndex.Match<Lexicon.Known>> names = new java.util.TreeMap<>();
    /* Types of entities the reference data or this report gives. */
    final Actors actors;
    /* Where the sentence's own words begin, past a dateline (0 when it opens with none). */
    final int datelineEnd;

    SentenceParse(Lexicon lexicon, EntityRegistry registry, String reportText, Sentence sentence, List<Token> tk,
                  Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms) {
        this.lexicon = lexicon;
        this.registry = registry;
        this.reportText = reportText;
        this.sentence = sentence;
        this.tk = tk;
        this.terms = terms;
        this.used = new boolean[tk.size()];
        this.actors = new Actors(lexicon, registry);
        this.datelineEnd = datelineEnd(tk);
        for (int i = 1; i < datelineEnd; i++) {
            if (YEAR.matcher(tk.get(i).surface()).matches()) {
                registry.datelineYear(Integer.parseInt(tk.get(i).surface()));
                break;
            }
        }
    }

    void run() {
        findNames();
        // (« ANKARA, 21 octobre 1998 (AFP) - »: the capital a report is written from, whose state's government it quotes)
        if (datelineEnd > 0 && names.containsKey(0)) {
            names.get(0).values().stream().map(k -> lexicon.stateOfCapital(k.entity())).flatMap(Optional::stream).findFirst()
                    .ifPresent(registry::datelineState);
        }
        shipNames();
        dyadFromEntre();
        for (PhraseIndex.Match<Lexicon.Term> head : terms.get(CKG.ActorHeadScheme)) {
            // « le chef de la diplomatie de l'UE »: an office's words are not a body's.
            boolean inOffice = terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.from() < head.from() && head.from() < o.to());
            // (« le secrétaire exécutif de l'IGAD », « le comité exécutif de l'OLP »: a head word in lower case right after an
            // office or another head is an adjective of that noun, no body of its own; not before a demonym: « des conseillers
            // militaires égyptiens » are Egypt's forces)
            boolean qualifier = head.to() == head.from() + 1 && !tk.get(head.from()).isCapitalized()
                    && (head.to() >= tk.size() || demonym(tk.get(head.to())).isEmpty())
                    && java.util.stream.Stream.of(CKG.OfficeScheme, CKG.ActorHeadScheme)
                            .anyMatch(s -> terms.get(s).stream().anyMatch(o -> o.to() == head.from()));
            if (!used[head.from()] && !nameWins(head) && !inOffice && !qualifier) {
                BodyPhrases.headPhrase(this, head);
            }
        }
        // (« le chef du Parti socialiste hongrois (PSH), Gábor Vadász »: a group the report names with its acronym is named
        // before the offices of it are read, which else find no one they are of; the later pass finds it named)
        groupsNamedWithAcronyms();
        for (PhraseIndex.Match<Lexicon.Term> office : terms.get(CKG.OfficeScheme)) {
            if (!used[office.from()]) {
                PersonPhrases.personPhrase(this, office);
            }
        }
        // « son homologue tadjik Emomali Rahmon »: the same office as the person just named.
        for (int i = 0; i < tk.size(); i++) {
            if (!used[i] && tk.get(i).normMatches("homologues?") && registry.lastOffice() != null) {
                PersonPhrases.personPhrase(this, new PhraseIndex.Match<>(i, i + 1, List.of(registry.lastOffice())));
            }
        }
        // « le secrétaire général de l'ONU, Ban Ki-moon, et celui de la Ligue arabe, Amr Moussa »: the same office as the
        // person named with it just before, of another state or organisation, held by the name after the comma
        for (int i = 2; i + 3 < tk.size(); i++) {
            int at = i;
            Optional<PhraseIndex.Match<Lexicon.Term>> before = !used[i] && tk.get(i).normMatches("celui|celle") && DE.contains(tk.get(i + 1).norm())
                    && tk.get(i - 1).normMatches("et|,") ? officeOfPersonEndingAt(tk.get(i - 2).is(",") ? i - 2 : i - 1) : Optional.empty();
            boolean named = IntStream.range(i + 2, Math.min(tk.size() - 1, i + 10)).filter(k -> tk.get(k).is(",")).findFirst()
                    .stream().anyMatch(k -> tk.get(k + 1).isCapitalized() && tk.get(k + 1).isWord()
                            && IntStream.range(at + 2, k).noneMatch(x -> tk.get(x).normMatches("a|ont|est|sont|avait|avaient|etait|qui|que")));
            if (before.isPresent() && named) {
                PersonPhrases.personPhrase(this, new PhraseIndex.Match<>(i, i + 1, before.get().values()));
            }
        }
        for (Map.Entry<Integer, PhraseIndex.Match<Lexicon.Known>> e : names.entrySet()) {
            PhraseIndex.Match<Lexicon.Known> m = e.getValue();
            // (« la capitale du Mali »: the city, named with its state)
            int de = m.from() >= 1 && DE.contains(tk.get(m.from() - 1).norm()) ? m.from() - 1
                    : m.from() >= 2 && ARTICLES.contains(tk.get(m.from() - 1).norm()) && DE.contains(tk.get(m.from() - 2).norm()) ? m.from() - 2 : -1;
            if (de >= 1) {
                capitalPhrase(de - 1);
            }
            // (« celui d'Agdam » after « le district de Kelbadjar »: a known town's name after the pronoun names the district)
            if (de >= 1 && !used[de - 1]) {
                placeNounStoodFor(de - 1);
            }
            if (!isUsed(m.from(), m.to()) && !PlacePhrases.appositivePlace(this, m.from())) {
                nameMention(m);
            }
        }
        groupsNamedWithAcronyms();
        acronymsInBrackets();
        for (int i = 0; i < tk.size(); i++) {
            if (!used[i]) {
                loneWord(i);
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
        TreatyPhrases.friendshipTreaties(this);
        TreatyPhrases.treatiesByKindAndYear(this);
        mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
        counterpartsJoined();
        monarchsOfStates();
        commandersOfForces();
        secondHoldersOfPluralOffices();
        leadersOfOrganisations();
        ownersOfPossessiveOffices();
        datelineAgency();
        placeTakenBack();
        mentions.forEach(m -> registry.mentioned(m.entities()));
        rememberSubjects();
        registry.sentencePeople(mentions.stream().filter(m -> m.kind() != Mention.Kind.ANAPHOR)
                .flatMap(m -> m.entities().stream()).filter(this::isPerson).distinct().toList());
        registry.sentenceStates(statesNamedBefore(tk.size()));
    }

    /* The states this sentence names by their names (no demonym, anaphor or place) in mentions ending by {@code end}, in order. */
    private List<Resource> statesNamedBefore(int end) {
        return mentions.stream().filter(m -> m.to() <= end && m.kind() != Mention.Kind.ANAPHOR && m.kind() != Mention.Kind.DEMONYM
                        && m.kind() != Mention.Kind.PLACE)
                .flatMap(m -> m.entities().stream()).filter(x -> lexicon.isA(x, CKG.State)).distinct().toList();
    }

    /*
     * « L'armée azerbaïdjanaise s'en était emparée », « en a repris le contrôle »: the place a capture's « en » stands for is
     * the one named last in this sentence, else the first the sentence before named.
     */
    private void placeTakenBack() {
        // (the city of a dateline, « KHARTOUM, 3 mars 2012 (AFP) - », is where the report was written: no « y » nor « en » stands
        // for it, in its sentence or the next)
        List<Mention> places = mentions.stream().filter(m -> m.from() >= datelineEnd && m.kind() != Mention.Kind.DEMONYM
                && m.entities().size() == 1 && namesPlace(m)).toList();
        // (a place this report names that the reference data does not know counts for « y »)
        List<Mention> anyPlaces = mentions.stream().filter(m -> m.from() >= datelineEnd && m.kind() != Mention.Kind.DEMONYM
                && m.entities().size() == 1
                && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) && !actors.isA(x, CKG.State))).toList();
        for (int i = 0; i < tk.size(); i++) {
            int at = i;
            if (capturedBy(i)) {
                places.stream().filter(m -> m.to() <= at).reduce((a, b) -> b).map(Mention::first).or(registry::lastPlace)
                        .ifPresent(place -> add(at, at + 1, List.of(place), Mention.Kind.PLACE));
            } else if (placeOfDeed(i)) {
                anyPlaces.stream().filter(m -> m.to() <= at).reduce((a, b) -> b).map(Mention::first).or(registry::lastAnyPlace)
                        .ifPresent(place -> add(at, at + 1, List.of(place), Mention.Kind.PLACE));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
        // (the sentence's first place, what it is about: « Le sort de la guerre s'est joué à Chouchi, ville perchée à une dizaine
        // de kilomètres de Stepanakert »)
        places.stream().findFirst().ifPresent(m -> registry.lastPlace(m.first()));
        anyPlaces.stream().findFirst().ifPresent(m -> registry.lastAnyPlace(m.first()));
    }

    /*
     * Whether the « y » at {@code i} stands for where a deed took place (« Des hommes armés y avaient ouvert le feu »); not
     * « il y a », « il y avait » (there is, ago), nor « y compris ».
     */
    private boolean placeOfDeed(int i) {
        if (!tk.get(i).is("y") || used[i] || i + 1 >= tk.size()) {
            return false;
        }
        String next = tk.get(i + 1).norm();
        boolean impersonal = i > 0 && tk.get(i - 1).normMatches("il|n'|ne") || next.equals("compris");
        return !impersonal && Patterns.matches(next, "a|ont|avait|avaient|sont|etaient|etait|est");
    }

    /* Whether the « en » at {@code i} is the object of a capture (« s'en était emparée »; not « s'en prendre à », to attack). */
    private boolean capturedBy(int i) {
        if (!tk.get(i).is("en") || used[i]) {
            return false;
        }
        int k = i + 1;
        while (k < tk.size() && k <= i + 2 && tk.get(k).normMatches("a|ont|avait|avaient|etait|etaient|est|sont|ete|avoir|etre")) {
            k++;
        }
        return k < tk.size() && CAPTURED.matcher(tk.get(k).norm()).matches()
                && !(tk.get(k).normMatches("pri.*|prend.*") && k + 1 < tk.size() && tk.get(k + 1).normMatches("a|au|aux"));
    }

    private static final java.util.regex.Pattern CAPTURED = java.util.regex.Pattern.compile("(re)?pri(s|se|ses|rent|t)|(re)?prend(re)?|emparee?s?|emparer|empare|emparent"
            + "|delogee?s?|chassee?s?");

    /* The office whose words open the mention of one person that ends at {@code end} (« le secrétaire général de l'ONU, Ban Ki-moon »). */
    private Optional<PhraseIndex.Match<Lexicon.Term>> officeOfPersonEndingAt(int end) {
        return mentions.stream().filter(m -> m.to() == end && m.kind() == Mention.Kind.PERSON && m.entities().size() == 1)
                .flatMap(m -> terms.get(CKG.OfficeScheme).stream().filter(o -> o.from() == m.from())).findFirst();
    }

    /*
     * « avec ses homologues azerbaïdjanais, Zakir Hasanov, et arménien, Seïran Ohanian », « ses homologues malien, le colonel
     * Assimi Goïta, et burkinabè, le capitaine Ibrahim Traoré », « les présidents kirghiz Sadyr Japarov et tadjik Emomali
     * Rahmon »: after counterparts or a plural office, each demonym says whom the person named right after it serves.
     */
    private void counterpartsJoined() {
        for (int i = 0; i < tk.size(); i++) {
            String word = tk.get(i).norm();
            int office = i;
            boolean counterparts = word.equals("homologues");
            // (« les ministres des Affaires étrangères, la Vénézuélienne Delcy Rodríguez et la Colombienne … »: an office of
            // several words, then a comma and an article before each demonym)
            Optional<PhraseIndex.Match<Lexicon.Term>> plural = i > 0 && tk.get(i - 1).normMatches("les|des|aux") && Patterns.matches(word, ".*[sx]")
                    ? terms.get(CKG.OfficeScheme).stream().filter(o -> o.from() == office).findFirst() : Optional.empty();
            if (!counterparts && plural.isEmpty()) {
                continue;
            }
            List<Map.Entry<Resource, Resource>> joined = new ArrayList<>();
            int at = plural.map(PhraseIndex.Match::to).orElse(i + 1);
            if (plural.isPresent()) {
                joined.addAll(demonymsThenNames(at));
            }
            boolean listed = !joined.isEmpty();
            if (plural.isPresent() && at + 1 < tk.size() && tk.get(at).is(",")) {
                at++;
            }
            while (!listed && at < tk.size()) {
                if (at + 1 < tk.size() && tk.get(at).normMatches("le|la") && demonym(tk.get(at + 1)).isPresent()) {
                    at++;
                }
                Optional<Resource> state = demonym(tk.get(at));
                if (state.isEmpty()) {
                    break;
                }
                int name = at + 1 < tk.size() && tk.get(at + 1).is(",") ? at + 2 : at + 1;
                // (past an article and a rank: « le colonel Assimi Goïta »)
                while (name < tk.size() && name < at + 5 && tk.get(name).normMatches("le|la|l'|" + TITLES)) {
                    name++;
                }
                // (« et uruguayen Tabaré Vázquez »: or a name the reference data does not know)
                Optional<Mention> person = personNamedAt(name);
                if (person.isEmpty()) {
                    break;
                }
                joined.add(Map.entry(person.get().first(), state.get()));
                int next = person.get().to() < tk.size() && tk.get(person.get().to()).is(",") ? person.get().to() + 1 : person.get().to();
                if (next >= tk.size() || !tk.get(next).is("et") && !tk.get(next - 1).is(",")) {
                    break;
                }
                at = tk.get(next).is("et") ? next + 1 : next;
            }
            // (one pair alone is the office's own reading)
            if (joined.size() < 2) {
                continue;
            }
            joined.forEach(pair -> serves(pair.getKey(), pair.getValue()));
        }
    }

    /*
     * « deux officiers du renseignement militaire russe, Edouard Chichmakov et Vladimir Popov »: a plural office whose phrase
     * names a first person, then a second name joined by « et », who holds the same office (known, or a name of two or three
     * words nothing else reads).
     */
    private void secondHoldersOfPluralOffices() {
        for (Mention m : List.copyOf(mentions)) {
            int et = m.to();
            if (m.kind() != Mention.Kind.PERSON || m.entities().size() != 1 || et + 2 >= tk.size() || !tk.get(et).is("et")
                    || !tk.get(et + 1).isCapitalized()) {
                continue;
            }
            boolean plural = terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.from() >= m.from() && o.from() <= m.from() + 2
                    && o.from() > 0 && tk.get(o.from() - 1).normMatches("deux|trois|quatre|les|des|ses|leurs")
                    && tk.get(o.to() - 1).normMatches(".*[sx]"));
            Optional<Resource> of = registry.created(m.first()).map(e -> e.affiliatedWith);
            if (!plural || of.isEmpty()) {
                continue;
            }
            // (only a state or body the office's words said: « Les ambassadeurs à l'ONU, Vassili Nebenzia et Linda
            // Thomas-Greenfield » gave the first his state from the reference data, which says nothing of the second)
            Resource owner = of.get();
            boolean said = IntStream.range(m.from(), m.to()).anyMatch(k -> demonym(tk.get(k)).filter(owner::equals).isPresent()
                    || stateNamedAt(k).filter(owner::equals).isPresent()
                    || mentions.stream().anyMatch(b -> b.from() == k && b != m && b.entities().contains(owner)));
            if (said) {
                personNamedAt(et + 1).ifPresent(second -> serves(second.first(), owner));
            }
        }
    }

    /*
     * The person named at token {@code from}: a mention of one person there, or else a name of two or three capitalised words the
     * reference data does not know and nothing else reads, which becomes a person (« Tabaré Vázquez », « Vladimir Popov »).
     */
    private Optional<Mention> personNamedAt(int from) {
        Optional<Mention> person = mentions.stream().filter(m -> m.from() <= from && from < m.to() && m.entities().size() == 1
                && isPerson(m.first())).findFirst();
        if (person.isPresent() || from >= tk.size() || !tk.get(from).isCapitalized() || used[from]) {
            return person;
        }
        int end = unknownNameEnd(from, 3, k -> nameWord(from, k) && demonym(tk.get(k)).isEmpty() && !lexiconWordAt(k));
        if (end - from < 2) {
            return Optional.empty();
        }
        unknownPerson(from, end);
        return mentions.stream().filter(m -> m.from() == from && m.entities().size() == 1 && isPerson(m.first())).findFirst();
    }

    /** The person serves {@code of} (a state or a body), unless this report already said whom they serve. */
    private void serves(Resource person, Resource of) {
        EntityRegistry.NewEntity e = registry.entity(person.getURI(), CKG.Person, lexicon.labelFr(person)
                .or(() -> registry.created(person).map(c -> c.label)).orElse(person.getLocalName()), sentence);
        e.affiliatedWith = e.affiliatedWith == null ? of : e.affiliatedWith;
    }

    /*
     * « les ministres de la Défense russe et turc, Sergueï Choïgou et Hulusi Akar »: the demonyms joined after a plural
     * office, then as many people, in the same order, set off by a comma. Empty when the counts differ or fewer than two.
     */
    private List<Map.Entry<Resource, Resource>> demonymsThenNames(int at) {
        List<Resource> states = new ArrayList<>();
        while (at < tk.size() && demonym(tk.get(at)).isPresent()) {
            states.add(demonym(tk.get(at)).get());
            at++;
            if (at + 1 < tk.size() && (tk.get(at).is("et") || tk.get(at).is(",") && demonym(tk.get(at + 1)).isPresent())) {
                at++;
            }
        }
        // (« les ministres kirghiz et tadjik des Affaires étrangères, X et Y »: the rest of the office's name may follow them)
        int rest = skipDe(at);
        if (rest > at && rest < tk.size() && tk.get(rest).isCapitalized() && !names.containsKey(rest)) {
            at = rest + 1;
            while (at < tk.size() && ADJECTIVE.matcher(tk.get(at).norm()).matches() && demonym(tk.get(at)).isEmpty()) {
                at++;
            }
        }
        if (states.size() < 2 || at >= tk.size() || !tk.get(at).is(",")) {
            return List.of();
        }
        List<Resource> people = new ArrayList<>();
        for (int k = at + 1; k < tk.size() && people.size() < states.size(); ) {
            // (« les Premiers ministres grec et macédonien, Alexis Tsipras et Zoran Zaev »: or a name the reference data does not know)
            int from = k;
            Optional<Mention> person = personNamedAt(from).filter(m -> m.from() == from);
            if (person.isEmpty()) {
                break;
            }
            people.add(person.get().first());
            k = person.get().to();
            if (people.size() < states.size() && k < tk.size() && (tk.get(k).is("et") || tk.get(k).is(","))) {
                k++;
            } else {
                break;
            }
        }
        if (people.size() != states.size()) {
            return List.of();
        }
        List<Map.Entry<Resource, Resource>> joined = new ArrayList<>();
        for (int k = 0; k < people.size(); k++) {
            joined.add(Map.entry(people.get(k), states.get(k)));
        }
        return joined;
    }

    private static final java.util.regex.Pattern MONARCH = java.util.regex.Pattern.compile("roi|reine|emir|prince|princesse|sultan|cheikh");

    /*
     * « le roi Salmane d'Arabie saoudite », « l'émir Tamim du Qatar »: a monarch's title, the name, then the state, which
     * the person serves.
     */
    private void monarchsOfStates() {
        for (Mention m : mentions) {
            if (m.entities().size() != 1 || !isPerson(m.first()) || m.to() >= tk.size()) {
                continue;
            }
            boolean titled = MONARCH.matcher(tk.get(m.from()).norm()).matches()
                    || m.from() > 0 && MONARCH.matcher(tk.get(m.from() - 1).norm()).matches();
            int k = skipDe(m.to());
            Optional<Resource> state = k > m.to() ? stateNamedAt(k) : Optional.empty();
            if (titled && state.isPresent()) {
                serves(m.first(), state.get());
            }
        }
    }

    /*
     * « Les soldats de la paix russes, commandés par le général Rustam Muradov, ont pris position »: who commands or heads
     * a force or a body named just before serves it.
     */
    private void commandersOfForces() {
        for (Mention m : mentions) {
            if (m.entities().size() != 1 || !isPerson(m.first())) {
                continue;
            }
            int k = m.from() - 1;
            while (k > 0 && tk.get(k).normMatches("le|la|l'|" + TITLES)) {
                k--;
            }
            if (k < 2 || !tk.get(k).is("par") || !tk.get(k - 1).normMatches("(commande|dirige)(e|s|es)?")) {
                continue;
            }
            int end = tk.get(k - 2).is(",") ? k - 2 : k - 1;
            Optional<Mention> body = mentions.stream().filter(b -> b.to() == end && b.entities().size() == 1 && b.kind() == Mention.Kind.BODY
                    && (lexicon.isA(b.first(), CKG.ArmedForces) || lexicon.isA(b.first(), CKG.GovernmentBody)
                            || registry.created(b.first()).isPresent())).findFirst();
            body.ifPresent(b -> serves(m.first(), b.first()));
        }
    }

    /** A person named with an office after « son », « sa » or « leur » and nothing else saying whose it is. */
    record PossessiveOffice(EntityRegistry.NewEntity person, int possessive, int nameEnd) {
    }

    final List<PossessiveOffice> possessiveOffices = new ArrayList<>();

    /*
     * « Le secrétaire général de l'ONU, Ban Ki-moon, a exhorté … Son porte-parole, Stéphane Dujarric, a précisé … »:
     * the office belongs to the actor the sentence opens with (words inside quotation marks aside); else to the one
     * the words after the name's comma name (« Par la voix de son ambassadrice à l'ONU, Maleeha Lodhi, le Pakistan a
     * demandé »); else to the one the sentence before opened with. A person stands for the state or organisation they
     * serve.
     */
    private void ownersOfPossessiveOffices() {
        for (PossessiveOffice office : possessiveOffices) {
            // (the subject of the possessive's own clause, when it has one before the possessive: « Belgrade a accusé l'Alliance … ;
            // l'OTAN a fini par reconnaître, par la voix de son porte-parole Jamie Shea, … »; not « les rebelles houthis ont
            // revendiqué l'attaque ; leur porte-parole militaire, … »)
            int clause = IntStream.range(0, office.possessive()).filter(k -> tk.get(k).is(";")).max().orElse(-1) + 1;
            Optional<Resource> subject = mentions.stream().filter(m -> m.to() <= office.possessive() && m.entities().size() == 1
                            && namesNoPlace(m) && m.namesActor() && !lexicon.isA(m.first(), CKG.NewsAgency) && !TriggerContext.quoted(tk, m.from())
                            // (not what is itself someone's: « Sur leur chaîne Al-Masirah, leur porte-parole militaire, … »)
                            && (m.from() == 0 || !tk.get(m.from() - 1).normMatches("son|sa|ses|leur|leurs")))
                    .sorted((a, b) -> Boolean.compare(a.from() < clause, b.from() < clause)).map(Mention::first).findFirst();
            int after = office.nameEnd() + 1;
            Optional<Resource> following = office.nameEnd() < tk.size() && tk.get(office.nameEnd()).is(",")
                    ? mentions.stream().filter(m -> m.from() == after || m.from() == after + 1 && ARTICLES.contains(tk.get(after).norm()))
                            .filter(m -> m.entities().size() == 1 && namesNoPlace(m) && m.namesActor()).findFirst().map(Mention::first)
                    : Optional.empty();
            Optional<Resource> before = Optional.ofNullable(registry.openingSubject()).map(Map.Entry::getKey);
            Optional<Resource> whose = (subject.isPresent() ? subject : following.isPresent() ? following : before)
                    .flatMap(x -> isPerson(x)
                            ? registry.created(x).map(e -> e.affiliatedWith).or(() -> lexicon.stateOf(x).filter(s -> !s.equals(x)))
                            : Optional.of(x))
                    .filter(x -> !x.equals(office.person().iri));
            whose.ifPresent(x -> office.person().affiliatedWith = x);
        }
    }

    /*
     * « le Rassemblement des forces pour le changement (RFC), dirigé par Timan Erdimi », « l'UFDD, le mouvement de
     * Mahamat Nouri »: an organisation's leader, named with no office, serves it.
     */
    /* Nouns of an armed or political group named in apposition to its name, normalized (« le mouvement de X »). */
    private static final String GROUP_NOUNS = "mouvement|groupe|parti|milice|reseau|organisation|formation|faction|rebellion";

    private void leadersOfOrganisations() {
        for (Mention org : mentions) {
            // (« l'Union des forces pour la démocratie (UFDD), le mouvement de Mahamat Nouri »: the acronym in brackets the
            // name is given with stands before the comma)
            int comma = org.to() < tk.size() && tk.get(org.to()).is(")") ? org.to() + 1 : org.to();
            // (an organisation this report names is one too: « l'Alliance nationale pour la résistance (ANR) », which the
            // reference data does not know)
            if (org.entities().size() != 1 || !actors.isA(org.first(), CKG.Organization) || actors.isA(org.first(), CKG.NewsAgency)
                    || comma + 3 >= tk.size() || !tk.get(comma).is(",")) {
                continue;
            }
            int at = comma + 1;
            boolean ledBy = tk.get(at).normMatches("dirigee?s?|menee?s?") && tk.get(at + 1).is("par");
            boolean movementOf = at + 2 < tk.size() && tk.get(at).normMatches("le|la") && tk.get(at + 1).normMatches(GROUP_NOUNS)
                    && tk.get(at + 2).normMatches("de|d'");
            // (« Al-Qaïda, le réseau dirigé par Oussama ben Laden »: the group's noun, then who leads it)
            boolean groupLedBy = at + 4 < tk.size() && tk.get(at).normMatches("le|la") && tk.get(at + 1).normMatches(GROUP_NOUNS)
                    && tk.get(at + 2).normMatches("dirigee?|menee?|conduite?") && tk.get(at + 3).is("par");
            int personAt = ledBy ? at + 2 : movementOf ? at + 3 : groupLedBy ? at + 4 : -1;
            mentions.stream().filter(m -> m.from() == personAt && m.entities().size() == 1 && isPerson(m.first())).findFirst()
                    .map(m -> registry.entity(m.first().getURI(), CKG.Person, lexicon.labelFr(m.first()).orElse(text(m.from(), m.to())), sentence))
                    .filter(person -> person.affiliatedWith == null)
                    .ifPresent(person -> person.affiliatedWith = org.first());
        }
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

    /* Nouns of ships and boats, normalized: the capitalised words after one are the vessel's name. */
    private static final java.util.regex.Pattern VESSEL = java.util.regex.Pattern.compile(
            "(super)?petroliers?|navires?|fregates?|destroyers?|porte-avions|cargos?|tankers?|remorqueurs?|patrouilleurs?"
            + "|corvettes?|croiseurs?|chalutiers?|cuirasses?|brise-glaces?|methaniers?|vraquiers?|paquebots?|sous-marins?");

    /* Nouns of aircraft and drones, normalized, and the codes of their models (« RQ-4 », « Mi-24 »). */
    private static final java.util.regex.Pattern CRAFT = java.util.regex.Pattern.compile(
            "drones?|avions?|chasseurs?|helicopteres?|bombardiers?|appareils?");
    static final java.util.regex.Pattern MODEL_CODE = java.util.regex.Pattern.compile("[A-Z]{1,4}|[A-Z][a-z]|-|\\d+[A-Z]?");

    /*
     * « le pétrolier Stena Impero », « la frégate HMS Montrose », « le porte-avions nucléaire américain George Washington »:
     * a vessel's name names no person, place or organisation (the ontology has no class for ships), so its words are
     * set aside.
     */
    private void shipNames() {
        for (int i = 0; i + 1 < tk.size(); i++) {
            if (!VESSEL.matcher(tk.get(i).norm()).matches() || tk.get(i).isCapitalized()) {
                continue;
            }
            int k = i + 1;
            while (k < tk.size() && k <= i + 3 && tk.get(k).isWord() && !tk.get(k).isCapitalized()
                    && (ADJECTIVE.matcher(tk.get(k).norm()).matches() || demonym(tk.get(k)).isPresent())) {
                k++;
            }
            setAsideCraftName(k);
        }
        // (and a craft's model: « un drone de surveillance RQ-4 Global Hawk », « un drone Bayraktar TB2 »; not a name the
        // reference data knows, « l'avion d'Azerbaijan Airlines »)
        for (int i = 0; i + 1 < tk.size(); i++) {
            if (!CRAFT.matcher(tk.get(i).norm()).matches() || tk.get(i).isCapitalized()) {
                continue;
            }
            int k = i + 1;
            if (k + 1 < tk.size() && tk.get(k).normMatches("de|d'") && tk.get(k + 1).isWord() && !tk.get(k + 1).isCapitalized()) {
                k += 2;
            }
            while (k < tk.size() && MODEL_CODE.matcher(tk.get(k).surface()).matches()) {
                k++;
            }
            if (k < tk.size() && !names.containsKey(k)) {
                setAsideCraftName(k);
            }
        }
        // (or with the noun after it: « le Grace 1, un superpétrolier chargé de brut iranien »)
        for (int i = 1; i + 3 < tk.size(); i++) {
            int k = vesselNameEnd(i);
            if (k > i && k + 2 < tk.size() && tk.get(i - 1).normMatches("le|du|au") && tk.get(k).is(",")
                    && tk.get(k + 1).normMatches("un|le") && VESSEL.matcher(tk.get(k + 2).norm()).matches()) {
                setAside(i, k);
                registry.vessel(text(i, k));
            }
        }
        // (and named again without the noun: « des vedettes ont encerclé le Stena Impero »)
        // (a long report names many vessels: only those whose first word this sentence has are looked for)
        Set<String> surfaces = tk.stream().map(Token::surface).collect(Collectors.toSet());
        for (String vessel : registry.vessels()) {
            List<String> words = List.of(vessel.split(" "));
            if (!surfaces.contains(words.get(0))) {
                continue;
            }
            for (int i = 0; i + words.size() <= tk.size(); i++) {
                int from = i;
                if (IntStream.range(0, words.size()).allMatch(w -> tk.get(from + w).surface().equals(words.get(w)))) {
                    setAside(i, i + words.size());
                }
            }
        }
    }

    /* The name of a vessel or a craft's model that may begin at {@code start}: set aside, and remembered to be met again. */
    private void setAsideCraftName(int start) {
        int end = vesselNameEnd(start);
        if (end > start) {
            setAside(start, end);
            registry.vessel(text(start, end));
        }
    }

    /* Where a vessel's name that may begin at {@code from} ends: up to four capitalised words, then numbers (« Grace 1 »), no state. */
    private int vesselNameEnd(int from) {
        int k = from;
        while (k < tk.size() && k < from + 4 && (tk.get(k).isCapitalized() && tk.get(k).isWord() || k > from && DIGITS.matcher(tk.get(k).surface()).matches())
                && stateNamedAt(k).isEmpty()) {
            k++;
        }
        return k;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    private void setAside(int from, int to) {
        for (int j = from; j < to; j++) {
            used[j] = true;
            names.remove(j);
        }
    }

    boolean acceptable(PhraseIndex.Match<Lexicon.Known> m) {
        Token first = tk.get(m.from());
        boolean place = m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.Place));
        // « Milan Radoičić » is a man, not the city: a place name followed by an unknown capitalised
        // word is the first name of a person.
        // (so is a state's name of one word: « le Premier ministre Maurice Bishop », « le ministre Israël Katz »)
        // (not a complement: « le roi du Maroc Hassan II »)
        boolean state = m.to() - m.from() == 1 && m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.State))
                && !(m.from() > 0 && tk.get(m.from() - 1).normMatches("du|de|d'|des|au|en|a|aux"));
        if ((place || state) && m.to() < tk.size() && tk.get(m.to()).isCapitalized() && tk.get(m.to()).isWord()
                && lexicon.names().longestAt(tk, m.to()).isEmpty()) {
            return false;
        }
        // « le MAP accordé », « l'octroi du MAP » (the membership action plan) is no Maghreb Arabe Presse: a news agency is « l'agence »,
        // « la MAP », and its acronym after a masculine article names something else
        if (m.to() - m.from() == 1 && isAcronym(first) && m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.NewsAgency)) && m.from() > 0
                && tk.get(m.from() - 1).normMatches("le|du|au")) {
            return false;
        }
        // « l'amiral Dennis Blair » is not Tony Blair: a person's bare surname after an unknown capitalised first name
        if (m.to() - m.from() == 1 && m.from() > 0 && m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.Person))) {
            Token before = tk.get(m.from() - 1);
            if (before.isWord() && before.isCapitalized() && before.surface().length() > 2 && !FUNCTION_WORDS.contains(before.norm())
                    && !NOT_A_NAME.matcher(before.norm()).matches() && !before.normMatches(TITLES)
                    && lexicon.names().longestAt(tk, m.from() - 1).isEmpty() && demonym(before).isEmpty()
                    // (« le Président Poutine »: an office's word, capitalised, is no first name)
                    && terms.get(CKG.OfficeScheme).stream().noneMatch(o -> o.to() == m.from())) {
                return false;
            }
        }
        boolean treaty = m.values().stream().anyMatch(k -> lexicon.isA(k.entity(), CKG.Treaty));
        // « la mer Noire », « la bande de Gaza », « le pacte de Varsovie »: a place's or an organisation's name may open with
        // a common noun.
        boolean placeWithCommonNoun = m.to() - m.from() >= 2
                && (place || m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.Organization)))
                && tk.subList(m.from() + 1, m.to()).stream().anyMatch(Token::isCapitalized);
        // « les talibans », « les rebelles houthis »: the press writes armed groups' names in lower case too.
        boolean armedGroup = m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.ArmedGroup))
                && !m.values().stream().allMatch(Lexicon.Known::acronym);
        // « cheikh Tamim »: a person's name may open with a title in lower case
        // (not when the name without its title goes on: « cheikh Tamim ben Hamad Al Thani »)
        boolean titled = m.to() - m.from() >= 2 && first.normMatches(TITLES) && tk.get(m.from() + 1).isCapitalized()
                && m.values().stream().allMatch(k -> lexicon.isA(k.entity(), CKG.Person))
                && lexicon.names().longestAt(tk, m.from() + 1).filter(longer -> longer.to() > m.to()).isEmpty();
        if (!first.isCapitalized() && !treaty && !placeWithCommonNoun && !armedGroup && !titled) {
            return false;
        }
        boolean acronymOnly = m.values().stream().allMatch(Lexicon.Known::acronym);
        // (« la Finul », « l'Otan »: part of the French press writes acronyms it reads as words in title case;
        // one of three letters only past the sentence's first word)
        boolean titleCase = m.to() - m.from() == 1 && first.surface().length() >= (m.from() == 0 ? 4 : 3)
                && first.surface().substring(1).chars().allMatch(Character::isLowerCase);
        return !acronymOnly || titleCase || tk.subList(m.from(), m.to()).stream().allMatch(t -> !t.isWord() || t.isUpperCaseWord());
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
        for (Lexicon.LongName name : lexicon.longOrganizationNames(tk.get(i).norm())) {
            List<String> content = name.contentKeys();
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
                return Optional.of(new PhraseIndex.Match<>(i, j, List.of(name.known())));
            }
        }
        return Optional.empty();
    }

    boolean nameWins(PhraseIndex.Match<Lexicon.Term> head) {
        PhraseIndex.Match<Lexicon.Known> n = names.get(head.from());
        // (or a name begun before that holds the head's words: « l'Organisation de l'unité africaine », no army unit)
        return n != null && n.to() >= head.to()
                || names.values().stream().anyMatch(m -> m.from() < head.from() && m.to() >= head.to() && m.to() - m.from() > 2);
    }

    void nameMention(PhraseIndex.Match<Lexicon.Known> m) {
        Resource entity = choose(m.values());
        // (« le président Laurent-Désiré Kabila », then « M. Kabila »: a surname alone is the person this report named with it,
        // before anyone the reference data knows by it)
        Resource known = entity;
        Optional<Resource> named = m.to() - m.from() == 1 && lexicon.isA(known, CKG.Person)
                ? registry.personWithSurname(tk.get(m.from()).norm()).filter(x -> !x.equals(known)) : Optional.empty();
        if (named.isPresent()) {
            add(m.from(), m.to(), List.of(named.get()), Mention.Kind.PERSON);
            return;
        }
        Optional<Resource> state = lexicon.stateOfCapital(entity);
        Mention.Kind kind = lexicon.isA(entity, CKG.Treaty) ? Mention.Kind.TREATY : Mention.Kind.NAME;
        // (« le traité de Paris de 1947 », « la convention de Chicago », « le Groupe de Minsk », « le processus d'Astana »: a city
        // that names a text or a forum is not where anything happens, nor its government; the reference data knows the
        // treaty by its own name, when it does)
        boolean afterDe = m.from() > 1 && DE.contains(tk.get(m.from() - 1).norm());
        if (afterDe && !lexicon.isA(choose(m.values()), CKG.State) && tk.get(m.from() - 2)
                .normMatches("groupe|accords?|protocole|format|processus|declaration|memorandum|traite|convention|charte|pacte")) {
            for (int k = m.from(); k < m.to(); k++) {
                used[k] = true;
            }
            return;
        }
        // (« le sommet de Madrid », « les pourparlers de Genève »: a capital where a meeting is held is the city)
        boolean namesAForum = afterDe && tk.get(m.from() - 2).normMatches("sommet|conference|pourparlers|negociations");
        // (« la ville de Koweït », « Koweït City »: a name that says it is a city names the city)
        boolean cityByName = Patterns.matches(FrenchText.normalize(text(m.from(), m.to())), "(ville|cite) de .*|.* city");
        // (« et la capitale, Sanaa », « relie Nouakchott, la capitale mauritanienne, à … »: a capital set off as the capital is
        // the city)
        boolean saidCapital = m.from() > 1 && tk.get(m.from() - 1).is(",") && tk.get(m.from() - 2).norm().equals("capitale")
                || m.to() + 2 < tk.size() && tk.get(m.to()).is(",") && tk.get(m.to() + 1).normMatches("la|l'")
                        && tk.get(m.to() + 2).norm().equals("capitale");
        // (« EREVAN, 6 avril 2016 - »: the city a report is written from is a place, the gold files' dateline)
        boolean dateline = m.from() == 0 && datelineEnd > 0;
        // (« les convois ont rejoint N'Djamena, au Tchad, par la route »: a capital placed in its state is the city)
        boolean placedInState = state.isPresent() && m.to() + 2 < tk.size() && tk.get(m.to()).is(",")
                && tk.get(m.to() + 1).normMatches("au|en|aux") && state.equals(stateNamedAt(m.to() + 2));
        if (state.isPresent() && !locative(m.from()) && !namesAForum && !cityByName && !saidCapital && !dateline && !placedInState) {
            entity = state.get();
            kind = Mention.Kind.CAPITAL;
            // (« Moscou accuse » in a report that has named the Soviet Union, and not Russia, or dated before 1992, when the
            // Soviet Union, Yugoslavia and Czechoslovakia still were: the capital stands for the state it then was)
            if (!registry.statesNamed().contains(entity)) {
                entity = named(lexicon.historicalStatesOfCapital(m.values().get(0).entity()), entity);
            }
            entity = inItsTime(entity);
        }
        add(m.from(), m.to(), List.of(entity), kind);
        // (« la Commission de l'Union africaine »: a body whose name says its organisation names the organisation too)
        lexicon.organisationNamedIn(entity, text(m.from(), m.to())).ifPresent(o -> registry.mentioned(List.of(o)));
        // (a known person named plainly is one « le président russe » may then refer back to)
        if (lexicon.isA(entity, CKG.Person)) {
            registry.named(entity);
            // (« Adel Abdel-Mahdi, … », then « M. Abdel-Mahdi »: a known person named in full is then named by surname)
            if (m.to() - m.from() >= 2) {
                registry.rememberSurname(entity, tk.get(m.to() - 1).norm());
                rememberFirstWordName(entity, lexicon.stateOf(entity).orElse(null));
            }
        }
    }

    /* A person's or entity's name: the reference data's French label, else the one this report gave it. */
    Optional<String> labelOf(Resource entity) {
        return lexicon.labelFr(entity).or(() -> registry.created(entity).map(e -> e.label));
    }

    /*
     * « Yoon Suk Yeol », then « M. Yoon »; « Abiy Ahmed », then « M. Abiy »: the people of a state French news names by the
     * first word of their name (family name first, or no family name) are then named by it.
     */
    void rememberFirstWordName(Resource person, Resource state) {
        if (state != null && lexicon.isA(state, CKG.State) && lexicon.namesByFirstWord(state)) {
            labelOf(person).flatMap(Lexicon::firstOfSeveralWords)
                    .ifPresent(first -> registry.rememberSurname(person, first));
        }
    }

    /**
     * Whether the words before token {@code i} place what follows (« à Erevan », « près de
     * Khartoum », « au nord de Khartoum », « à 60 kilomètres de Tbilissi », « sur Kiev »): a capital
     * there is the city, not its government.
     */
    boolean locative(int i) {
        if (i == 0) {
            return false;
        }
        String before = tk.get(i - 1).surface();
        // (« reprochant à Bamako », « en livrant à Kiev des armes », « a demandé à Moscou de », « les juntes au pouvoir
        // à Niamey »: « à » after a verb of giving, asking or blaming names whom, the government)
        // (an adverb may stand between: « reprochait pourtant à Stockholm »)
        if (Patterns.matches(before, "à|À") && i > 1) {
            int verb = i > 2 && ADVERB_BEFORE_A.matcher(tk.get(i - 2).norm()).matches() ? i - 3 : i - 2;
            if (DATIVE_VERB.matcher(tk.get(verb).norm()).matches() || tk.get(verb).is("pouvoir")) {
                return false;
            }
        }
        // (« deux régions qui échappent au contrôle de Tbilissi », « sous le contrôle de Kiev »: whose authority a land escapes
        // or is under is the government, not a city seized)
        if (i > 3 && DE.contains(tk.get(i - 1).norm()) && tk.get(i - 2).is("controle")
                && (tk.get(i - 3).is("au") && tk.get(i - 4).normMatches("echapp\\w*") || tk.get(i - 3).is("le") && tk.get(i - 4).is("sous"))) {
            return false;
        }
        // (« a rejeté la responsabilité sur New Delhi »: whom one blames is the government, not a city struck)
        if (Patterns.matches(before, "sur") && i > 1 && tk.get(i - 2).normMatches("responsabilites?|fautes?|pressions?|blame")) {
            return false;
        }
        // (« ont touché Khartoum », « a bombardé Kiev »: what is struck is the city)
        if (LOCATIVE.contains(before) || Patterns.matches(before, "sur|Sur") || STRUCK.contains(tk.get(i - 1).stem())) {
            return true;
        }
        // (« a été détourné vers Minsk », « avancent vers Kiev »: « vers » after a verb of motion places; not « se tourner vers Moscou »)
        if (before.equals("vers") && i > 1 && MOTION.matcher(tk.get(i - 2).norm()).matches()) {
            return true;
        }
        // (« un avion quittait Minsk pour Erbil »: a city left is a place)
        if (tk.get(i - 1).normMatches("quitt(e|ee|es|ees|er|ant|ait|aient|ent)")) {
            return true;
        }
        return i > 1 && DE.contains(tk.get(i - 1).norm()) && tk.get(i - 2)
                .normMatches("pres|autour|au-dessus|direction|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|kilometres|km|environs|abords"
                        + "|peripherie|banlieue|centre|portes|large|habitants|region|faubourgs|quartiers?|destination|provenance"
                        // (« à proximité de Goma », « non loin de Kidira », « aux alentours de Bardaï »)
                        + "|proximite|loin|alentours|voisinage"
                        // « s'emparant de Godé », « la prise de Fada », « le contrôle de Tiwinza »: what is seized is a place
                        + "|empar(e|ee|es|ees|er|ant|ent|ait|aient)|prise|reprise|chute|controle|conquete|siege|encerclement")
                // « un hôpital psychiatrique de Saint-Georges », « un complexe résidentiel de Doha »: a building of a city is in it
                || i > 1 && DE.contains(tk.get(i - 1).norm()) && (FACILITY.matcher(tk.get(i - 2).norm()).matches()
                        || i > 2 && FACILITY.matcher(tk.get(i - 3).norm()).matches() && !tk.get(i - 2).isCapitalized()
                                && ADJECTIVE.matcher(tk.get(i - 2).norm()).matches());
    }

    /* A region's name by its part (« Haut-Uele », « Bas-Congo », « Haute-Kotto », « Nord-Kivu »), as written. */
    private static final java.util.regex.Pattern REGION_NAME = java.util.regex.Pattern.compile(
            "(Haut|Haute|Bas|Basse|Moyen|Moyenne|Nord|Sud)-(?!(Est|Ouest|Commissariat|Conseil|Représentant|Commissaire|Comité|Commandement)\\b)"
                    + "\\p{Lu}\\p{L}+(-\\p{Lu}\\p{L}+)?");

    /* Whether towns in the plural, counted, begin at {@code k} (« deux villes somaliennes », « trois petites localités »). */
    private boolean townsCountedAt(int k) {
        int noun = k + 1 < tk.size() && tk.get(k + 1).normMatches("petites|grandes|importantes") ? k + 2 : k + 1;
        return noun < tk.size() && tk.get(k).normMatches("deux|trois|quatre|cinq")
                && tk.get(noun).normMatches("villes|localites|villages|bourgades|communes|cites|ports");
    }

    /*
     * Whether the unknown names listed from {@code i} (« Bardera et Beledweyne », « Baidoa, Bardera et Luuq ») close on an
     * apposition that counts them as towns; if so, names them.
     */
    private boolean townsApposed(int i) {
        List<int[]> items = new java.util.ArrayList<>();
        int k = i;
        java.util.function.IntPredicate word = x -> nameWord(i, x) && demonym(tk.get(x)).isEmpty() && !lexiconWordAt(x) && !isAcronym(tk.get(x));
        while (items.size() < 5 && k < tk.size()) {
            int from = k;
            int end = names.containsKey(k) ? names.get(k).to() : unknownNameEnd(k, 3, x -> nameWord(from, x) && word.test(x));
            if (end == k || end >= tk.size()) {
                return false;
            }
            items.add(new int[] {k, end});
            if (tk.get(end).is("et") && end + 1 < tk.size() && tk.get(end + 1).isCapitalized()) {
                k = end + 1;
            } else if (tk.get(end).is(",") && end + 1 < tk.size() && tk.get(end + 1).isCapitalized() && tk.get(end + 1).isWord()) {
                k = end + 1;
            } else if (tk.get(end).is(",") && items.size() >= 2 && tk.get(items.get(items.size() - 1)[0] - 1).is("et")
                    && townsCountedAt(end + 1)) {
                for (int[] item : items) {
                    if (!names.containsKey(item[0])) {
                        add(item[0], item[1], List.of(unknownPlace(text(item[0], item[1])).iri), Mention.Kind.PLACE);
                    }
                }
                return true;
            } else {
                return false;
            }
        }
        return false;
    }

    /*
     * Where the town named before the apposition that ends at the comma {@code comma} ends (« Gondar, la capitale de la
     * région, »: at its comma), or {@code comma} when no such apposition ends there.
     */
    private int townApposedBefore(int comma) {
        for (int c = comma - 2; c > 0 && c >= comma - 9; c--) {
            if (tk.get(c).is(",")) {
                int noun = c + 1 < comma && tk.get(c + 1).normMatches("la|le|l'|une?|cette") ? c + 2 : c + 1;
                if (noun + 1 < comma && tk.get(noun).normMatches("petite?|grande?|principale?|deuxieme|troisieme|seconde?")) {
                    noun++;
                }
                return noun < comma && tk.get(noun).normMatches(SETTLEMENT_NOUNS) ? c : comma;
            }
            if (!tk.get(c).isWord()) {
                return comma;
            }
        }
        return comma;
    }

    /* Nouns of a road or a stretch of land (« la route entre … et … »), normalized. */
    private static final java.util.regex.Pattern STRETCH = java.util.regex.Pattern.compile(
            "routes?|axes?|troncons?|chemin|mi-chemin|autoroute|piste|voie|corridor|zone|region|secteur|frontiere|ligne|localites|villes"
                    + "|villages|situee?s?|frontaliere?s?");

    /* Whether the word before « entre » at {@code entre} is a noun of a road or a stretch of land. */
    private boolean stretchBefore(int entre) {
        return entre > 0 && STRETCH.matcher(tk.get(entre - 1).norm()).matches();
    }

    private static final java.util.regex.Pattern MOTION = java.util.regex.Pattern.compile(
            "(detourn|avanc|march|progress|dirig|achemin|repli|redirig|fui|fuy|envol|decoll)\\w*|partie?s?");

    /* Buildings and sites of a city, normalized (« l'aéroport de Kaboul » is the airport's city). */
    private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile(
            "(hopital|hopitaux|aeroport|caserne|complexe|immeuble|batiment|usine|marche|ecole|universite|centrale|raffinerie|gare"
                    + "|mosquee|eglise|prison|stade|hotel|residence|palais|ministere|ambassade|consulat|quartier|faubourg)s?");

    /**
     * The end of a run of at most {@code max} words from {@code i} that nothing has named yet (no
     * reference name, no mention) and that {@code also} accepts: the words of an unknown name.
     */
    private int unknownNameEnd(int i, int max, java.util.function.IntPredicate also) {
        int end = i;
        while (end < tk.size() && end < i + max && tk.get(end).isWord() && !used[end] && !names.containsKey(end) && also.test(end)) {
            end++;
        }
        return end;
    }

    /** Whether a lexicon word (a head, office, trigger, cue…) starts at token {@code k}. */
    private boolean lexiconWordAt(int k) {
        return terms.values().stream().flatMap(List::stream).anyMatch(x -> x.from() == k);
    }

    /** The state a demonym names, the report's own when the word names two. */
    Optional<Resource> demonym(Token t) {
        return lexicon.demonym(t, registry.mentioned());
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

    // ---- single words ---------------------------------------------------------------------

    /*
     * « le Front patriotique de libération (FPL) », « l'Union des forces pour la démocratie et le développement (UFDD) »: a name
     * the reference data does not know, opened by a capitalised noun of movements and parties and followed by its acronym in
     * brackets, is an organisation (an armed group where the sentence says it fights); its IRI is the slug of its name.
     */
    private void groupsNamedWithAcronyms() {
        for (int open = 2; open + 2 < tk.size(); open++) {
            if (!tk.get(open).is("(") || !tk.get(open + 2).is(")") || !isAcronym(tk.get(open + 1))) {
                continue;
            }
            int end = open;
            // (a state its name ends with is part of it: « le Parti démocratique populaire d'Afghanistan (PDPA) »)
            Optional<Mention> ownState = mentions.stream().filter(m -> m.to() == end && m.from() > 1 && DE.contains(tk.get(m.from() - 1).norm())
                    && m.kind() == Mention.Kind.NAME && m.entities().size() == 1 && lexicon.isA(m.first(), CKG.State)).findFirst();
            if (ownState.isEmpty() && (used[open - 1] || mentions.stream().anyMatch(m -> m.from() < end && end <= m.to()))) {
                continue;
            }
            int own = ownState.map(m -> m.from() - 1).orElse(end);
            int start = own - 1;
            while (start > 0 && end - start < 12 && !GROUP_NOUN.matcher(tk.get(start).norm()).matches() && tk.get(start).isWord()
                    && !used[start] && !names.containsKey(start)) {
                start--;
            }
            int first = start;
            boolean opened = GROUP_NOUN.matcher(tk.get(first).norm()).matches() && tk.get(first).isCapitalized() && first > 0
                    && (ARTICLES.contains(tk.get(first - 1).norm()) || tk.get(first - 1).normMatches("du|au|des|aux|,"))
                    && IntStream.range(first, own).noneMatch(k -> used[k] || names.containsKey(k));
            // (a clause is no name: « les dirigeants de l'Alliance leur ont refusé jeudi le plan d'action pour l'adhésion (MAP) »)
            boolean clause = IntStream.range(first, own).anyMatch(k -> tk.get(k).surface().equals("a") || tk.get(k).normMatches(NO_NAME_WORD + "|" + WHEN_WORDS));
            if (!opened || end - first < 2 || clause) {
                continue;
            }
            String name = text(first, end);
            boolean armed = tk.stream().anyMatch(t -> ARMED.matcher(t.norm()).matches());
            EntityRegistry.NewEntity group = registry.entity(Iris.organization(name), armed ? CKG.ArmedGroup : CKG.Organization, name,
                    sentence);
            ownState.ifPresent(mentions::remove);
            add(first, end, List.of(group.iri), Mention.Kind.NAME);
        }
    }

    /* Auxiliaries and pronouns, normalized (and « a », not « à »): words of a clause, never of a group's name. */
    private static final String NO_NAME_WORD = "ont|est|sont|avait|avaient|etait|etaient|sera|seront|leur|lui|se|s'|il|ils|elle|elles|qui|que|qu'";
    private static final java.util.regex.Pattern GROUP_NOUN = java.util.regex.Pattern.compile(
            "front|mouvement|parti|union|alliance|coalition|rassemblement|congres|ligue|brigades?|organisation|armee|forces|groupe");
    private static final java.util.regex.Pattern ARMED = java.util.regex.Pattern.compile(
            "rebelles?|armee|armes|armees|jihadistes?|djihadistes?|insurges?|milices?|miliciens|combattants|guerilla|attaques?"
            + "|sabotage|separatistes?|insurrection");

    /** « le Comité d'État pour la sécurité nationale du Kirghizistan (GKNB) »: the acronym names it too. */
    void acronymsInBrackets() {
        for (Mention m : List.copyOf(mentions)) {
            int a = m.to() + 1;
            if (a + 1 < tk.size() && tk.get(m.to()).is("(") && tk.get(a + 1).is(")") && isAcronym(tk.get(a))) {
                registry.alias(tk.get(a).surface(), m.entities());
                // (inside a person's office, « le chef du Comité … (GKNB) du Kirghizistan, X », the words are the person's)
                if (!used[a]) {
                    add(a, a + 1, m.entities(), m.kind());
                }
            }
        }
    }

    static boolean isAcronym(Token t) {
        String s = t.surface();
        // (« en présence de MM. Bizimungu et Museveni »: « MM. », messieurs, is a civility title)
        return s.length() >= 2 && !s.equals("MM") && s.length() <= 7 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-')
                && s.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * The organisation the report has named whose French name, or one of its names, begins with this
     * word (« le Conseil » after « le Conseil de sécurité de l'ONU », « l'Alliance » after « l'OTAN »,
     * the Alliance atlantique); the one named last, if several.
     */
    Optional<Resource> organizationByFirstWord(Token t) {
        String word = t.surface().toLowerCase(java.util.Locale.ROOT);
        return registry.lastNamedOf(lexicon.withFirstWordFr(word),
                x -> lexicon.isA(x, CKG.Organization) && !lexicon.isA(x, CKG.NewsAgency));
    }

    /**
     * « l'organisation régionale ne compte plus que douze États », « le patron de l'organisation »: the organisation « l'organisation »
     * or « l'alliance » in lower case at token {@code i} refers to, the one named last (this sentence's first: « devant l'IGAD,
     * l'organisation régionale dont les deux voisins sont membres »).
     */
    Optional<Resource> organisationReferredToAt(int i) {
        Token t = tk.get(i);
        if (t.isCapitalized() || i == 0 || !t.normMatches("organisation|alliance") || !tk.get(i - 1).normMatches("l'|la")
                || i + 1 < tk.size() && DE.contains(tk.get(i + 1).norm())) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.to() <= i && m.entities().size() == 1
                        && lexicon.isA(m.first(), CKG.Organization) && !lexicon.isA(m.first(), CKG.NewsAgency)
                        && !lexicon.isA(m.first(), CKG.ArmedForces))
                .reduce((a, b) -> b).map(Mention::first)
                .or(() -> lastOrganizationNamed(x -> !lexicon.isA(x, CKG.ArmedForces)));
    }

    /** The organisation (no news agency) the report named last that also passes {@code test}. */
    private Optional<Resource> lastOrganizationNamed(java.util.function.Predicate<Resource> test) {
        return registry.lastNamed(x -> lexicon.isA(x, CKG.Organization) && !lexicon.isA(x, CKG.NewsAgency) && test.test(x));
    }

    /* The state an actor is or serves (a body's, a person's), or null. */
    Resource stateOfActor(Resource actor) {
        if (lexicon.isA(actor, CKG.State)) {
            return actor;
        }
        return registry.created(actor).map(e -> e.partOf != null ? e.partOf : e.affiliatedWith)
                .filter(x -> lexicon.isA(x, CKG.State)).orElseGet(() -> lexicon.stateOf(actor).orElse(null));
    }

    /** The state a body belongs to, as this report or the reference data says (null if none). */
    /** Whether the words at {@code at} open a head of one who speaks for another (« porte-parole »). */
    private boolean spokespersonHeadAt(int at) {
        return terms.get(CKG.ActorHeadScheme).stream().anyMatch(h -> h.from() == at && h.values().get(0).speaksFor());
    }

    /* A person named as speaking for {@code of} (a body, a state, an organisation) serves its state, or else {@code of} itself. */
    private void speaksFor(EntityRegistry.NewEntity person, Resource of) {
        if (person.affiliatedWith == null) {
            Resource state = stateOfBody(of);
            person.affiliatedWith = state != null && lexicon.isA(state, CKG.State) ? state : of;
        }
    }

    Resource stateOfBody(Resource body) {
        return registry.created(body).map(e -> e.partOf).orElseGet(() -> lexicon.stateOf(body).orElse(null));
    }

    /** A person by the unknown name in tokens {@code [from, end)}, named there and remembered by surname. */
    private EntityRegistry.NewEntity unknownPerson(int from, int end) {
        // (« Mgr Makarios avait demandé »: a title is no part of the name)
        if (end - from >= 2 && title(tk.get(from))) {
            used[from] = true;
            from++;
        }
        String name = text(from, end);
        EntityRegistry.NewEntity person = registry.entity(Iris.person(name), CKG.Person, name, sentence);
        registry.rememberPerson(person.iri, null, null, tk.get(end - 1).norm());
        add(from, end, List.of(person.iri), Mention.Kind.PERSON);
        return person;
    }

    /*
     * Where the noun phrase right before a comma at {@code comma} has the noun of a person's role, when the phrase opens with
     * a determiner (« son pilote », « la cheffe de l'opposition », « deux dirigeants du Front démocratique »); else -1.
     */
    private int roleNounBefore(int comma) {
        for (int k = comma - 1; k >= 1 && k >= comma - 9; k--) {
            Token t = tk.get(k);
            if (!t.isWord()) {
                return -1;
            }
            if (ROLE_NOUN.matcher(t.norm()).matches()) {
                return DETERMINER.matcher(tk.get(k - 1).norm()).matches() ? k : -1;
            }
        }
        return -1;
    }

    /*
     * The one actor (state, body or organisation) named between the role noun at {@code noun} and the comma at {@code comma}
     * (« le patron de Ryanair, », « le chef du groupe, »), when the noun says who leads or speaks for it.
     */
    private Optional<Resource> headedActor(int noun, int comma) {
        if (!HEAD_NOUN.matcher(tk.get(noun).norm()).matches()) {
            return Optional.empty();
        }
        // (not a place: « le président du Somaliland, Muse Bihi Abdi » serves no place)
        List<Mention> named = mentions.stream().filter(m -> m.from() > noun && m.to() <= comma && m.entities().size() == 1
                && m.namesActor() && !(lexicon.isA(m.first(), CKG.Place) && !lexicon.isA(m.first(), CKG.State))).toList();
        return named.size() == 1 ? Optional.of(named.get(0).first()) : Optional.empty();
    }

    /** Whether token {@code k} goes on a name opening at {@code i}: capitalised, or a joined particle (« al-Ansari »). */
    private boolean nameWord(int i, int k) {
        return tk.get(k).isCapitalized() || k > i && PARTICLE.matcher(tk.get(k).surface()).matches();
    }

    /** Whether a pronoun at {@code i} standing for a place noun (« ceux de Salla », « celui d'Agdam ») was read as places. */
    private boolean placeNounStoodFor(int i) {
        // « … les quatre points de passage du sud-est, …, puis ceux de Salla, Kuusamo et Vartius »: « ceux de », « celles de »
        // and names stand for the place noun the sentence used before
        // (so do « celui de », « celle de » for one place: « le district de Kelbadjar d'ici au 15 novembre, celui d'Agdam d'ici
        // au 20 novembre »; of the gender the noun's article says, not « la frontière du district de Goris et celle de … »)
        Token t = tk.get(i);
        if (t.normMatches("ceux|celles|celui|celle") && i + 2 < tk.size() && DE.contains(tk.get(i + 1).norm()) && tk.get(i + 2).isCapitalized()) {
            int at = i;
            Optional<PhraseIndex.Match<Lexicon.Term>> noun = terms.get(CKG.ActorHeadScheme).stream()
                    .filter(h -> h.to() <= at && h.values().get(0).denotesClass() != null
                            && lexicon.isSubClass(h.values().get(0).denotesClass(), CKG.Place))
                    .reduce((a, b) -> b);
            String article = noun.isPresent() && noun.get().from() > 0 ? tk.get(noun.get().from() - 1).norm() : "";
            boolean agrees = t.norm().equals("celui") ? !Patterns.matches(article, "la|une|cette|les|des|aux|ces")
                    : !t.norm().equals("celle") || !Patterns.matches(article, "le|du|au|un|ce|cet|les|des|aux|ces");
            if (noun.isPresent() && agrees) {
                PlacePhrases.placePhrase(this, i, i + 1, noun.get().values().get(0));
                return true;
            }
        }
        return false;
    }

    /* Whether a verb of saying starts at token {@code k} (« il estime », « Ce dernier accuse »). */
    private boolean speechCueAt(int k) {
        return terms.getOrDefault(CKG.SpeechCueScheme, List.of()).stream().anyMatch(c -> c.from() == k);
    }

    /*
     * Reads the words from {@code from} to {@code to} (« ce dernier », « celles-ci ») as the actor named last, in this
     * sentence or the one before; whether there was one.
     */
    private boolean actorNamedLast(int from, int to, boolean plural) {
        List<Resource> here = lastActor(from, plural).orElse(registry.lastActor(plural));
        if (here.isEmpty()) {
            return false;
        }
        add(from, to, here, Mention.Kind.ANAPHOR);
        return true;
    }

    /* Where a town's name of up to four capitalised words starting at {@code i} ends (« San Antonio del Táchira »). */
    private int townNameEnd(int i) {
        int end = i + 1;
        while (end < tk.size() && end < i + 5 && !used[end] && !names.containsKey(end) && (tk.get(end).isCapitalized() && tk.get(end).isWord()
                || end + 1 < tk.size() && tk.get(end).surfaceMatches("del|de|la|los|las|do|da|dos|das") && tk.get(end + 1).isCapitalized())) {
            end++;
        }
        return end;
    }

    private static final String SETTLEMENT_NOUNS = "chef-lieu|capitale|ville|village|localite|bourg|bourgade|commune|cite|port";

    /** A town by a name the reference data does not know, or the place this report already named so. */
    private EntityRegistry.NewEntity unknownPlace(String name) {
        return registry.placeNamed(name, c -> lexicon.isSubClass(c, CKG.Place))
                .orElseGet(() -> registry.entity(Iris.place(name), CKG.Settlement, name, sentence));
    }

    /** An acronym the report introduced, or one it uses as a name though the reference data does not know it. */
    boolean acronym(int i) {
        Token t = tk.get(i);
        if (!isAcronym(t)) {
            return false;
        }
        Optional<List<Resource>> known = registry.alias(t.surface());
        if (known.isPresent()) {
            add(i, i + 1, known.get(), Mention.Kind.BODY);
            return true;
        }
        // « le M23 », « les FDLR » (not a weapon's: « un projectile de DCA »)
        boolean weapon = terms.get(CKG.WeaponScheme).stream().anyMatch(w -> w.from() <= i && i < w.to());
        if (i > 0 && tk.get(i - 1).normMatches("le|la|les|l'|du|des|de|d'|au|aux") && !weapon) {
            boolean armed = tk.subList(Math.max(0, i - 4), i).stream()
                    .anyMatch(x -> Patterns.matches(x.stem(), "rebel+|milic|group|combat|insurg"));
            Resource org = registry.entity(Iris.organization(t.surface()), armed ? CKG.ArmedForces : CKG.Organization,
                    t.surface(), sentence).iri;
            add(i, i + 1, List.of(org), Mention.Kind.NAME);
            return true;
        }
        return false;
    }

    /** The one state named so far whose name ends « du Nord » (« du Sud ») for the word « Nord » (« Sud »). */
    Optional<Resource> stateOfHalf(Token word) {
        if (!word.surfaceMatches("Nord|Sud")) {
            return Optional.empty();
        }
        String half = " du " + word.surface();
        List<Resource> states = registry.mentioned().stream().filter(x -> lexicon.isA(x, CKG.State)
                && lexicon.labelFr(x).filter(l -> l.endsWith(half)).isPresent()).toList();
        return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
    }

    /*
     * « ont frappé la capitale ukrainienne », « dans la capitale du Mali »: the city the state has for capital, at token
     * {@code i} (« capitale ») (the place; « Kiev a dénoncé », by its name, is the government).
     */
    private boolean capitalPhrase(int i) {
        if (!tk.get(i).norm().equals("capitale") || used[i] || i + 1 >= tk.size()) {
            return false;
        }
        int k = skipDe(i + 1);
        Optional<Resource> state = k == i + 1 ? demonym(tk.get(k)).filter(x -> !used[k])
                : Optional.ofNullable(names.get(k)).filter(n -> !isUsed(n.from(), n.to()) && n.values().size() == 1
                        && lexicon.isA(n.values().get(0).entity(), CKG.State)).map(n -> n.values().get(0).entity());
        // (the word « capitale » alone: the demonym or name after it still names the state, as the gold files count it)
        Optional<Resource> capital = state.flatMap(lexicon::capitalOf);
        capital.ifPresent(c -> add(i, i + 1, List.of(c), Mention.Kind.PLACE));
        return capital.isPresent();
    }

    void loneWord(int i) {
        if (acronym(i)) {
            return;
        }
        // (a one-word name a head introduced earlier: « la compagnie irlandaise Ryanair », then « le patron de Ryanair »)
        if (tk.get(i).isCapitalized() && tk.get(i).isWord() && i > 0 && (i + 1 >= tk.size() || !tk.get(i + 1).isCapitalized())) {
            Optional<List<Resource>> introduced = registry.alias(tk.get(i).surface()).filter(x -> x.size() == 1);
            if (introduced.isPresent()) {
                add(i, i + 1, introduced.get(), Mention.Kind.NAME);
                return;
            }
        }
        if (capitalPhrase(i)) {
            return;
        }
        // « Il a estimé que … »: « il » or « elle » opening a sentence is the one actor that opened the
        // sentence before when the article agrees (« L'armée pakistanaise a dénoncé … Elle a affirmé »),
        // else the person named last.
        // (also after an opening phrase: « Dans un entretien à la télévision, il avait affirmé … »)
        // (« Mercredi, il s'est dit prêt à … », « Jeudi, il estime que … »: a reflexive verb, or a verb of saying in the present)
        boolean opensClause = i == 0 || tk.get(i - 1).is(",") && i + 1 < tk.size()
                && (tk.get(i + 1).normMatches("a|avait|ont|avaient|aurait|a-t|n'|ne|s'|se")
                    || speechCueAt(i + 1))
                && tk.subList(0, i).stream().noneMatch(x -> x.is("«"));
        // (not an impersonal « il » : « il y a », « il faut », « il est possible », « il s'agit », « il se peut »)
        boolean impersonal = i + 1 < tk.size() && (tk.get(i + 1).normMatches("y|faut|est|etait|semble|reste|suffit")
                || tk.get(i + 1).normMatches("s'|se") && (i + 2 >= tk.size() || tk.get(i + 2).normMatches("agit|agissait|agirait|peut|pourrait|trouve|trouvait|passe|passait")));
        // « Selon elle, Ankara cherche à provoquer un conflit », « D'après lui, … »: the source a pronoun names, opening the
        // sentence, is who « il » or « elle » opening it would be (not « une rébellion qui, selon lui, menaçait … », inside
        // the statement of the sentence's own subject)
        boolean source = tk.get(i).normMatches("lui|elle") && (i == 1 && tk.get(0).is("selon")
                || i == 2 && tk.get(1).is("apres") && tk.get(0).is("d'"));
        boolean masculine = tk.get(i).normMatches("il|lui");
        if ((opensClause && tk.get(i).normMatches("il|elle") && i + 1 < tk.size() && !impersonal) || source) {
            // (« Le Premier ministre Najib Mikati a pris ses distances : sans nommer le Hezbollah, il a jugé … »: within a
            // sentence, the person it opened with)
            Optional<Mention> sameSentence = i == 0 ? Optional.empty() : mentions.stream()
                    .filter(m -> m.to() <= i && m.entities().size() == 1 && isPerson(m.first()))
                    .min(java.util.Comparator.comparingInt(Mention::from))
                    .filter(m -> IntStream.range(0, m.from()).noneMatch(k -> mentions.stream().anyMatch(o -> o.from() <= k && k < o.to()
                            && o.namesActor() && !namesPlace(o))));
            if (sameSentence.isPresent() && tk.subList(sameSentence.get().to(), i).stream().anyMatch(x -> x.is(":"))) {
                add(i, i + 1, List.of(sameSentence.get().first()), Mention.Kind.ANAPHOR);
                return;
            }
            Map.Entry<Resource, String> opening = registry.openingSubject();
            boolean agrees = opening != null && !(opening.getValue().equals("la") && masculine
                    || opening.getValue().equals("le") && !masculine);
            if (agrees) {
                add(i, i + 1, List.of(opening.getKey()), Mention.Kind.ANAPHOR);
                return;
            }
            // (named before the pronoun: « Elle a été reçue par la présidente Tsai Ing-wen » is not Tsai)
            Set<Resource> later = mentions.stream().filter(m -> m.from() > i).flatMap(m -> m.entities().stream())
                    .collect(java.util.stream.Collectors.toSet());
            List<Resource> before = registry.lastPeople(4).stream().filter(p -> !later.contains(p)).toList();
            if (!before.isEmpty()) {
                add(i, i + 1, List.of(before.get(before.size() - 1)), Mention.Kind.ANAPHOR);
                return;
            }
        }
        // « promettant que le Nord paierait le prix fort », « les militaires du Sud »: in a report that has named a state
        // « … du Nord » (« … du Sud »), the one of that half
        // (not the half of a land: « des côtes du Nord », « une zone habitée du Sud », « la ligne de limite du Nord (NLL) »)
        boolean ofActors = i > 1 && tk.get(i - 1).is("du") && tk.get(i - 2).normMatches("provocations?|armee|militaires|soldats|forces"
                + "|troupes|dirigeants|autorites|gouvernement|regime|civils|secession|attaques?|tirs|artillerie|positions|delegation");
        if (i > 0 && tk.get(i).surfaceMatches("Nord|Sud") && (tk.get(i - 1).normMatches("le|au") || ofActors)
                && (i + 1 >= tk.size() || !tk.get(i + 1).surface().startsWith("-") && !tk.get(i + 1).is("("))) {
            Optional<Resource> state = stateOfHalf(tk.get(i));
            if (state.isPresent()) {
                add(i, i + 1, List.of(state.get()), Mention.Kind.ANAPHOR);
                return;
            }
        }
        // « Ban Ki-moon s'était entretenu au téléphone avec lui »: « avec lui » is the person named last before this
        // sentence, whom it does not name
        if (i > 0 && tk.get(i - 1).is("avec") && tk.get(i).normMatches("lui|elle")) {
            Set<Resource> here = mentions.stream().flatMap(m -> m.entities().stream()).collect(java.util.stream.Collectors.toSet());
            List<Resource> before = registry.lastPeople(4).stream().filter(p -> !here.contains(p)).toList();
            if (!before.isEmpty()) {
                add(i, i + 1, List.of(before.get(before.size() - 1)), Mention.Kind.ANAPHOR);
                return;
            }
        }
        // « Le Yémen soutient le gouvernement face aux Houthis. En août, ces derniers avaient revendiqué … »:
        // « ce dernier », « ces dernières » is the actor named last before it, in this sentence or the one before
        // (not « ces derniers jours »: the pronoun stands alone before a verb, a comma or a full stop)
        // (« Ce dernier accuse Kigali … », opening a clause: a verb of saying in the present stands there too)
        boolean opening = i == 0 || tk.get(i - 1).is(",") || tk.get(i - 1).normMatches("et|mais|or");
        if (i + 1 < tk.size() && tk.get(i).normMatches("ce|cette|ces")
                && tk.get(i + 1).normMatches("derni(er|ere)s?")
                && (i + 2 == tk.size() || !tk.get(i + 2).isWord()
                    || tk.get(i + 2).normMatches("a|ont|avait|avaient|aurait|auraient|etait|etaient|est|sont|n'|ne|s'|se|y|qui|lui|leur|l'|les")
                    || opening && speechCueAt(i + 2))) {
            if (actorNamedLast(i, i + 2, tk.get(i + 1).norm().endsWith("s"))) {
                return;
            }
        }
        // « Une partie de l'armée s'est ralliée au général Mané. Celui-ci accuse Dakar … », « celle-ci a adopté … »: the
        // demonstrative pronoun, one word, is the actor named last as « ce dernier » is
        if (tk.get(i).normMatches("(celui|celle|ceux|celles)-ci")
                && actorNamedLast(i, i + 1, tk.get(i).norm().startsWith("ceux") || tk.get(i).norm().startsWith("celles"))) {
            return;
        }
        // « L'aviation hondurienne a riposté. Ses chasseurs-bombardiers ont frappé … »: craft or weapons named with a possessive
        // opening a sentence (or its clause after a fronted phrase) are those of the actor the sentence before opened with,
        // who fired (possessive heads, « ses troupes », are BodyPhrases'; not a person's: « Ses avions » after « Le
        // président X » may be an airline's)
        // (the mention runs to the verb, as a subject's does)
        int craftEnd = possessiveCraftEnd(i);
        if (craftEnd > i) {
            add(i, craftEnd, List.of(registry.openingSubject().getKey()), Mention.Kind.ANAPHOR);
            return;
        }
        // « Ils se sont rencontrés »: a pronoun opening a sentence is who opened the one before.
        if (i == 0 && tk.get(0).normMatches("ils|elles") && !registry.subjects().isEmpty()) {
            add(0, 1, registry.subjects(), Mention.Kind.ANAPHOR);
            return;
        }
        // « les FANT ont poussé jusqu'à Aozou, dont elles ont pris le contrôle »: inside a sentence, « ils », « elles » is
        // the plural actor this sentence named last before it
        if (i > 0 && tk.get(i).normMatches("ils|elles") && !tk.get(i - 1).normMatches("ont|sont|-")) {
            Optional<List<Resource>> here = lastActor(i, true);
            if (here.isPresent()) {
                add(i, i + 1, here.get(), Mention.Kind.ANAPHOR);
                return;
            }
        }
        Token t = tk.get(i);
        // « Le Conseil s'est réuni », « la Commission a annoncé »: the first word of the name of an
        // organisation the report has named stands for it (the one named last, if several)
        // (not « l'État », a common noun: « le chef de l'État » is no word of the État islamique)
        // (« au Conseil », « du Conseil »: the article may be contracted)
        if (t.isCapitalized() && t.isWord() && i > 0 && (ARTICLES.contains(tk.get(i - 1).norm()) || tk.get(i - 1).normMatches("au|du"))
                && !names.containsKey(i)
                && !t.norm().equals("etat")
                && (i + 1 >= tk.size() || !tk.get(i + 1).isCapitalized())
                // (not the first word of another name that goes on: « le Conseil national pour la sauvegarde de la patrie », after
                // « le Haut Conseil de sécurité »)
                && (i + 1 >= tk.size() || !(tk.get(i + 1).isWord() && ADJECTIVE.matcher(tk.get(i + 1).norm()).matches()
                        && demonym(tk.get(i + 1)).isEmpty()))) {
            Optional<Resource> named = organizationByFirstWord(t);
            if (named.isPresent()) {
                add(i, i + 1, List.of(named.get()), Mention.Kind.NAME);
                return;
            }
            Optional<Resource> body = registry.lastWithHead(BodyPhrases.FIRST_WORD + Iris.slug(t.surface()));
            if (body.isPresent()) {
                add(i, i + 1, List.of(body.get()), Mention.Kind.BODY);
                return;
            }
        }
        Optional<Resource> organisation = organisationReferredToAt(i);
        if (organisation.isPresent()) {
            add(i, i + 1, List.of(organisation.get()), Mention.Kind.ANAPHOR);
            return;
        }
        Optional<Resource> dem = demonym(t);
        if (dem.isPresent() && i > 0 && !t.isCapitalized()) {
            add(i, i + 1, List.of(dem.get()), Mention.Kind.DEMONYM);
            return;
        }
        // « les Algériens se sont emparés du village d'Ich »: a people named by its plural noun, as the subject of a verb,
        // acts for its state (not « des Arméniens du Karabakh », « les Khmers rouges », « assurant les Arméniens de … »)
        if (dem.isPresent() && i > 0 && t.isCapitalized() && t.norm().endsWith("s") && tk.get(i - 1).normMatches("les")
                && i + 1 < tk.size() && tk.get(i + 1).normMatches("ont|avaient|auraient|sont|etaient|se|s'|ne|n'|y")) {
            add(i, i + 1, List.of(dem.get()), Mention.Kind.NAME);
            return;
        }
        // « la frontière irano-pakistanaise », « la guerre russo-géorgienne »
        List<Resource> compound = lexicon.compoundDemonym(t, registry.mentioned());
        if (!compound.isEmpty() && !t.isCapitalized()) {
            registry.mentioned(compound);
            add(i, i + 1, compound, Mention.Kind.DEMONYM);
            return;
        }
        if (t.isCapitalized() && PlacePhrases.appositivePlace(this, i)) {
            return;
        }
        if ((t.isCapitalized() || PARTICLE.matcher(t.surface()).matches()) && i > 0) {
            Optional<Resource> p = registry.personWithSurname(t.norm());
            if (p.isPresent()) {
                add(i, i + 1, List.of(p.get()), Mention.Kind.PERSON);
                return;
            }
        }
        // « La porte-parole du ministère cambodgien de la Défense, Maly Socheata, a dénoncé »: two or
        // three unknown capitalised words set off by commas after a body are the person speaking for it.
        int comma = commaBeforeRank(i);
        if (t.isCapitalized() && t.isWord() && comma > 0 && !used[i]) {
            // (« un porte-parole du Commandement central américain (Centcom), le capitaine de vaisseau Bill Urban »: past the
            // body's acronym in brackets)
            int ownerEnd = comma > 3 && tk.get(comma - 1).is(")") && tk.get(comma - 3).is("(") ? comma - 3 : comma;
            // (« Une porte-parole de la Maison Blanche, Adrienne Watson, »: or a state's or organisation's spokesperson)
            Optional<Mention> body = mentions.stream().filter(m -> m.to() == ownerEnd && (m.kind() == Mention.Kind.BODY
                    || m.kind() == Mention.Kind.NAME && m.entities().size() == 1 && spokespersonHeadAt(m.from()))).findFirst();
            // (« Majed al-Ansari »: a particle joined to a name is part of it)
            int end = unknownNameEnd(i, 3, k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty());
            // (or that close the sentence: « …, a affirmé le porte-parole du ministère chinois des Affaires
            // étrangères, Zhao Lijian. »)
            if (body.isPresent() && end - i >= 2 && (end >= tk.size() || tk.get(end).normMatches(",|\\.|;|\\)"))) {
                speaksFor(unknownPerson(i, end), body.get().first());
                return;
            }
        }
        // « Olga Petrenko, porte-parole de la diplomatie russe, a dénoncé », « a déclaré Ahmed Oumarou, porte-parole du
        // gouvernement nigérien »: two or three unknown capitalised words, then a comma and the spokesperson of a body, a state
        // or an organisation, are the person who speaks for it (not a place after « à », « À Ras Jdir, le porte-parole … »)
        if (t.isCapitalized() && t.isWord() && !used[i] && !names.containsKey(i) && !FUNCTION_WORDS.contains(t.norm())
                && !NOT_A_NAME.matcher(t.norm()).matches() && (i == 0 || !tk.get(i - 1).isWord() || tk.get(i - 1).normMatches("selon")
                        || !tk.get(i - 1).isCapitalized() && !tk.get(i - 1).normMatches("a|au|aux|en|dans|de|du|des|d'|vers|depuis|sur|pres|entre"))) {
            int end = unknownNameEnd(i, 3, k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty() && !lexiconWordAt(k));
            int head = end + 2 < tk.size() && tk.get(end).is(",") ? (tk.get(end + 1).normMatches("le|la|l'|un|une") ? end + 2 : end + 1) : -1;
            Optional<Mention> spoken = head < 0 ? Optional.empty() : mentions.stream().filter(m -> m.from() == head && m.entities().size() == 1
                    && spokespersonHeadAt(head)).findFirst();
            if (spoken.isPresent() && end - i >= 2) {
                EntityRegistry.NewEntity person = unknownPerson(i, end);
                if (!lexicon.isA(spoken.get().first(), CKG.NewsAgency)) {
                    speaksFor(person, spoken.get().first());
                }
                return;
            }
        }
        // « Debretsion Gebremichael a signé », « selon Mohamed Hamdan Daglo, … », « l'opposant Alexeï
        // Navalny a été arrêté »: two to four unknown capitalised words that act (an auxiliary or a
        // speech verb follows) or that « selon » introduces are a person.
        if (t.isCapitalized() && t.isWord() && !used[i] && !names.containsKey(i) && !FUNCTION_WORDS.contains(t.norm())
                && !NOT_A_NAME.matcher(t.norm()).matches()) {
            int end = unknownNameEnd(i, 4, k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty() && !lexiconWordAt(k));
            int stop = end;
            String next = end < tk.size() ? tk.get(end).norm() : "";
            boolean acts = (Patterns.matches(next, "a|ont|avait|avaient|aurait|auraient|s'|se|est|n'|ne") || end < tk.size()
                    && speechCueAt(stop))
                    // (not a town's name after « à »: « les combats à San Carlos ont fait trois morts »)
                    && !(i > 0 && tk.get(i - 1).surfaceMatches("à|À") && t.normMatches(TOWN_NAME_PREFIX))
                    // (or that a relative clause describes: « Barack Obama, qui recevait … »)
                    || next.equals(",") && end + 1 < tk.size() && tk.get(end + 1).is("qui");
            // (not the complement of a noun, whose verb that is: « Le conflit de Ban Rom Klao est le plus grave »)
            int run = i;
            while (run > 0 && tk.get(run - 1).isWord() && tk.get(run - 1).isCapitalized()) {
                run--;
            }
            acts &= !(run > 1 && DE.contains(tk.get(run - 1).norm()) && tk.get(run - 2)
                    .normMatches("conflit|guerre|crise|bataille|zone|region|secteur|village|ville|province|district|affaire|dossier|question"));
            // (or whom a person is with, receives, meets, names or replaces: « a reçu Debretsion
            // Gebremichael », « s'est entretenu avec X Y », « Abiy Ahmed et Debretsion Gebremichael »)
            boolean introduced = i > 0 && tk.get(i - 1).normMatches("selon|apres|par|avec|recu|rencontre|accueilli|nomme|limoge"
                    + "|felicite|remplace|remplacer|rencontrer|recevoir")
                    // (« a téléphoné à Alberto Fujimori »: whom one calls)
                    || i > 1 && tk.get(i - 1).surfaceMatches("à|À") && tk.get(i - 2).normMatches("telephone|telephoner|telephonait")
                    || i > 1 && tk.get(i - 1).is("et") && mentions.stream().anyMatch(m -> m.to() == i - 1
                            && m.entities().stream().allMatch(this::isPerson))
                    // (« le mouvement de Mahamat Nouri », « les Khmers rouges de Pol Pot »: whose following, regime or kin)
                    || i > 1 && DE.contains(tk.get(i - 1).norm()) && FOLLOWING.matcher(tk.get(i - 2).norm()).matches()
                    // (« la commission que dirige Deniz Baykal »: who leads)
                    || i > 2 && tk.get(i - 1).normMatches("dirige|preside|commande|conduit") && tk.get(i - 2).normMatches("que|qu'");
            // (« installaient à sa place Nikos Sampson, un partisan acharné », « Peshraw Dizayee, un homme d'affaires »: a name
            // set off by an apposition that says what kind of person)
            String apposition = end + 2 < tk.size() && tk.get(end).is(",") ? tk.get(end + 1).norm() : "";
            boolean described = Patterns.matches(apposition, "l'un|l'une|ancien|ancienne")
                    || Patterns.matches(apposition, "un|une") && HUMAN_NOUN.matcher(tk.get(end + 2).norm()).matches()
                    // (« Walid Joumblatt, figure de l'opposition, », « X, membre du bureau politique »: or the noun alone before
                    // whose; not « haut lieu de »)
                    || HUMAN_NOUN.matcher(apposition).matches() && !apposition.equals("haut") && (DE.contains(tk.get(end + 2).norm())
                            // (an adjective may follow the noun: « Babrak Karmal, figure historique du Parti … »)
                            || end + 3 < tk.size() && tk.get(end + 2).isWord() && !tk.get(end + 2).isCapitalized()
                                    && ADJECTIVE.matcher(tk.get(end + 2).norm()).matches() && DE.contains(tk.get(end + 3).norm()));
            // (« l'Érythréen Haile Woldensae », « le Bissau-Guinéen Umaro Sissoco Embalo »: a person named by nationality)
            Optional<Resource> nationality = i > 1 && tk.get(i - 1).isCapitalized() && tk.get(i - 2).normMatches("le|l'|la")
                    ? demonym(tk.get(i - 1)) : Optional.empty();
            boolean titled = i > 1 && !tk.get(i - 1).isCapitalized() && tk.get(i - 1).isWord()
                    && tk.get(i - 1).normMatches("opposant|opposante|militant|militante|rebelle|journaliste|activiste|chef|leader|" + TITLES
                    // (« le commodore Nick Lambert », « le capitaine de vaisseau Bill Urban », « le juge Santiago Pedraz »)
                    + "|commodore|brigadier|sergent|caporal|adjudant|juge|vaisseau|fregate|corvette")
                    || nationality.isPresent();
            // (« son pilote, Wang Wei, s'est éjecté », « la cheffe de l'opposition, Svetlana Tikhanovskaïa, a réclamé »: a name
            // in apposition after a noun that names a person's role)
            int roleNoun = i > 2 && tk.get(i - 1).is(",") ? roleNounBefore(i - 1) : -1;
            boolean apposed = roleNoun >= 0 && (end >= tk.size() || tk.get(end).normMatches(",|\\.|;|\\)|et"));
            // (« Le Conseil de l'Atlantique Nord s'est réuni »: words that end a longer proper name are no person)
            int before = i - 1;
            while (before > 0 && tk.get(before).normMatches("l'|de|du|des|d'|la|le")) {
                before--;
            }
            boolean endsAName = before < i - 1 && before >= 0 && tk.get(before).isCapitalized() && tk.get(before).isWord();
            if (end - i >= 2 && (acts || introduced || titled || described || apposed) && !endsAName) {
                EntityRegistry.NewEntity person = unknownPerson(i, end);
                // (« l'Érythréen Haile Woldensae »: named by nationality, serving that state; « le patron de Ryanair, Michael
                // O'Leary »: a head named in apposition serves the one actor the words of the role name)
                Optional<Resource> served = nationality.isPresent() ? nationality : apposed ? headedActor(roleNoun, i - 1) : Optional.empty();
                // (« le commodore Nick Lambert, de la marine britannique, », « le juge Santiago Pedraz, de l'Audience nationale »:
                // the body or organisation set off by commas after the name, which « de » introduces, is whom the person serves)
                if (served.isEmpty()) {
                    served = servedInApposition(end);
                }
                if (person.affiliatedWith == null) {
                    served.ifPresent(x -> person.affiliatedWith = x);
                }
                return;
            }
        }
        // « forçant les troupes à évacuer Faya-Largeau », « ont pris Ouadi Doum », « ont bombardé Gode et Dire Dawa »: an
        // unknown name right after a verb of taking, leaving or shelling is a town; « Jijiga est tombée » too (not after « visé »,
        // « frappé »: a person may be struck; not a name that acts)
        if (t.isCapitalized() && t.isWord() && i > 0 && !used[i] && t.surface().length() > 2 && demonym(t).isEmpty() && !lexiconWordAt(i)) {
            int end = unknownNameEnd(i, 3, k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty() && !lexiconWordAt(k));
            String next = end < tk.size() ? tk.get(end).norm() : "";
            boolean taken = TAKEN.matcher(tk.get(i - 1).norm()).matches() && !Patterns.matches(next, "a|ont|est|sont|s'|se|n'|ne")
                    && registry.personWithSurname(t.norm()).isEmpty();
            boolean fell = (i == 0 || !tk.get(i - 1).isWord() || tk.get(i - 1).normMatches("et|mais|puis|ou")) && end + 1 < tk.size()
                    && Patterns.matches(next, "est|sont|etait") && tk.get(end + 1).normMatches("tombee?s?");
            if (end > i && (taken || fell)) {
                EntityRegistry.NewEntity place = unknownPlace(text(i, end));
                add(i, end, List.of(place.iri), Mention.Kind.PLACE);
                return;
            }
        }
        // « à Poti », « À Sake, … », « au Guangxi »: one unknown capitalised word after « à » is a town, unless a verb
        // of speaking or writing governs « à » (« a écrit à Kagame »).
        // (« à Ras Lanouf », « à Tell Abyad », « à Ben Gardane », « à Sidi Bouzid »: a word that opens towns' names goes on with the
        // unknown capitalised word after it, where a person's first name would not)
        boolean prefixed = t.isCapitalized() && t.normMatches(TOWN_NAME_PREFIX) && i + 1 < tk.size() && tk.get(i + 1).isCapitalized()
                && tk.get(i + 1).isWord() && !used[i + 1] && !names.containsKey(i + 1) && !lexiconWordAt(i + 1)
                && (i + 2 >= tk.size() || !tk.get(i + 2).isCapitalized());
        if (t.isCapitalized() && t.isWord() && i > 0 && tk.get(i - 1).surfaceMatches("à|À|au|Au") && !used[i] && !lexiconWordAt(i)
                && (i + 1 >= tk.size() || !tk.get(i + 1).isCapitalized() || prefixed) && (t.surface().length() > 2 || prefixed)
                // (« son soutien au Mouvement pour l'autodétermination »: a name that goes on is no town's)
                && (i + 1 >= tk.size() || !tk.get(i + 1).normMatches("pour|de|du|des|d'"))
                && (i < 2 || !tk.get(i - 2).normMatches("(ecri|telephon|demand|repond|adress|parl|di|reproch|appel|envoy|propos"
                        + "|annonc|declar|rappel|explique|assur|promi|confi|succed|remplac|oppos|reuni|rend|rendu)\\w*"))) {
            // (« à Ras al-Aïn »: a joined particle goes on with the name; so does a Portuguese or Spanish one and the capitalised
            // word after it, « à Mocímboa da Praia »)
            int end = prefixed ? i + 2 : i + 1;
            while (end < tk.size() && (PARTICLE.matcher(tk.get(end).surface()).matches()
                    || end + 1 < tk.size() && tk.get(end).surfaceMatches("da|do|dos|das|del") && tk.get(end + 1).isCapitalized())) {
                end += PARTICLE.matcher(tk.get(end).surface()).matches() ? 1 : 2;
            }
            EntityRegistry.NewEntity place = unknownPlace(text(i, end));
            add(i, end, List.of(place.iri), Mention.Kind.PLACE);
            return;
        }
        // « sur la route entre Beni et Butembo », « la zone frontalière entre Kolwezi et Likasi », « à mi-chemin entre X et Y »: two
        // unknown names that « entre » joins after a noun of a road or a stretch of land are towns (not after « combats »,
        // « rencontre »: peoples and people meet and fight)
        if (t.isCapitalized() && t.isWord() && i > 1 && tk.get(i - 1).is("entre") && !used[i] && !names.containsKey(i)
                && t.surface().length() > 2 && stretchBefore(i - 1)) {
            java.util.function.IntPredicate word = k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty() && !lexiconWordAt(k)
                    && !isAcronym(tk.get(k)) && registry.personWithSurname(tk.get(k).norm()).isEmpty();
            int end = unknownNameEnd(i, 3, word);
            int second = end + 1;
            if (end > i && second < tk.size() && tk.get(end).is("et") && tk.get(second).isCapitalized() && tk.get(second).isWord()) {
                add(i, end, List.of(unknownPlace(text(i, end)).iri), Mention.Kind.PLACE);
                if (!used[second] && !names.containsKey(second) && word.test(second)) {
                    int end2 = unknownNameEnd(second, 3, k -> nameWord(second, k) && word.test(k));
                    if (end2 > second) {
                        add(second, end2, List.of(unknownPlace(text(second, end2)).iri), Mention.Kind.PLACE);
                    }
                }
                return;
            }
        }
        // « contre Abqaïq et Khurais », « à Poti, Zougdidi et Senaki »: one unknown capitalised word joined to a town
        // named just before is a town too
        // (not a people: « à Brasília, Péruviens et Équatoriens se sont affrontés »)
        // (« en direction de Lao Cai, de Cao Bang et de Lang Son », « au Guangxi et au Yunnan »: each item may repeat its
        // preposition; a name of several words is an item only where the list goes on or closes with it, not
        // « à Bakou, Ilham Aliev a déclaré »)
        // (asked of capitalised words only: this runs for every word of a report)
        int conj = !t.isCapitalized() ? -1
                : i > 2 && REPEATED_PREPOSITION.matcher(tk.get(i - 1).norm()).matches()
                        && (LIST_JOIN.matcher(tk.get(i - 2).norm()).matches() || tk.get(i - 2).is("puis"))
                ? i - 2 : i - 1;
        // (« de Kasese, puis de Jinja », « à Kasese puis à Jinja »: « puis » joins places taken one after the other)
        int joined = conj > 1 && tk.get(conj).is("puis") && tk.get(conj - 1).is(",") ? conj - 1 : conj;
        // (« Gondar, la capitale de la région, et Dabat »: the list goes on past a town's apposition)
        if (t.isCapitalized() && conj > 3 && tk.get(conj).is("et") && tk.get(conj - 1).is(",")) {
            joined = townApposedBefore(conj - 1);
        }
        int joinedAt = joined;
        if (t.isCapitalized() && t.isWord() && conj > 0 && (LIST_JOIN.matcher(tk.get(conj).norm()).matches() || tk.get(conj).is("puis"))
                && !used[i] && t.surface().length() > 2
                && lexicon.demonym(t).isEmpty()
                && mentions.stream().anyMatch(m -> m.to() == joinedAt && !m.entities().isEmpty() && m.entities().stream()
                        .allMatch(x -> isTown(x)))) {
            int end = unknownNameEnd(i, 3, k -> nameWord(i, k) && demonym(tk.get(k)).isEmpty());
            boolean listGoesOn = end + 1 < tk.size() && (tk.get(end).normMatches("et|ou")
                    || tk.get(end).is(",") && tk.get(end + 1).isCapitalized() && !ARTICLES.contains(tk.get(end + 1).norm())
                    // (« Jowhar et Bulo Burde, deux villes somaliennes »: or closes on an apposition that counts its towns)
                    || tk.get(end).is(",") && townsCountedAt(end + 1));
            // (« Bhimber, Hot Spring, Kel et Lipa »: after « et », a list of three or more; not « à Athènes et Constantin
            // Caramanlis, rappelé … »)
            boolean third = conj > 1 && mentions.stream().anyMatch(m -> m.to() == conj && m.from() > 0 && tk.get(m.from() - 1).is(","));
            boolean acts = end < tk.size() && tk.get(end).normMatches("a|ont|est|sont|avait|avaient|s'|se|n'|ne");
            if (end - i == 1 && (end >= tk.size() || !tk.get(end).isCapitalized())
                    || end - i > 1 && !acts && (conj < i - 1 || listGoesOn || third && tk.get(conj).normMatches("et|ou"))) {
                EntityRegistry.NewEntity place = unknownPlace(text(i, end));
                add(i, end, List.of(place.iri), Mention.Kind.PLACE);
                return;
            }
        }
        // « dans le Haut-Uele », « le Bas-Congo », « la Haute-Kotto », « au Moyen-Chari »: a name that opens with « Haut- », « Bas- »,
        // « Moyen- », « Nord- », « Sud- » is a region's (the upper or lower course of a river, a part by the compass), wherever it
        // stands (not « le Haut-Commissariat », « l'Asie du Sud-Est »; nor a people: « les Sud-Soudanais »)
        if (t.isCapitalized() && t.isWord() && !used[i] && !names.containsKey(i) && REGION_NAME.matcher(t.surface()).matches()
                && demonym(t).isEmpty() && !lexiconWordAt(i) && !isAcronym(t)) {
            add(i, i + 1, List.of(registry.placeNamed(t.surface(), c -> lexicon.isSubClass(c, CKG.Place))
                    .orElseGet(() -> registry.entity(Iris.place(t.surface()), CKG.Region, t.surface(), sentence)).iri), Mention.Kind.PLACE);
            return;
        }
        // « Les rebelles ont attaqué Bardera et Beledweyne, deux villes somaliennes »: unknown names listed before an apposition
        // that calls them towns are towns
        if (t.isCapitalized() && t.isWord() && !used[i] && !names.containsKey(i) && t.surface().length() > 2
                && (i == 0 || !(tk.get(i - 1).isCapitalized() && tk.get(i - 1).isWord())) && townsApposed(i)) {
            return;
        }
        // « près de Saravan », « au nord de Goma », « à 30 kilomètres de Bunagana »: an unknown name
        // these words place is a town (« à X » is not enough: « a écrit à X » names a person).
        // (not a noun that heads an actor's name: « s'est emparé du Parlement de Crimée »)
        if (t.isCapitalized() && t.isWord() && i > 1 && DE.contains(tk.get(i - 1).norm()) && locative(i) && !used[i]
                && terms.get(CKG.ActorHeadScheme).stream().noneMatch(h -> h.from() == i)) {
            // (« la base aérienne d'Aïn al-Asad »: a joined particle goes on with the name)
            int end = unknownNameEnd(i, 3, k -> nameWord(i, k));
            String name = text(i, end);
            EntityRegistry.NewEntity place = unknownPlace(name);
            add(i, end, List.of(place.iri), Mention.Kind.PLACE);
            return;
        }
        // « s'est rendu à Lomé », « ont pris pied dans Port-Saïd »: an unknown name of one word that « à » or « dans » places
        // is a town (not whom « à » brings to a verb of giving, asking or speaking, which locative() rules out; nor a name of
        // several words: « a rendu hommage à Ahmed Shah Massoud » names a person)
        // (« se sont repliés vers Jowhar », « des obus tirés depuis Zaranj »: so is one that « vers » after a verb of motion, or
        // « depuis », places, as locative() tells)
        if (t.isCapitalized() && t.isWord() && i > 0 && tk.get(i - 1).surfaceMatches("à|À|dans|Dans|vers|depuis|Depuis") && locative(i) && !used[i]
                && !names.containsKey(i) && t.surface().length() > 2 && !isAcronym(t) && !FUNCTION_WORDS.contains(t.norm())
                && !NOT_A_NAME.matcher(t.norm()).matches() && (i + 1 >= tk.size() || !(tk.get(i + 1).isCapitalized() && tk.get(i + 1).isWord()))
                && !lexiconWordAt(i) && demonym(t).isEmpty() && registry.personWithSurname(t.norm()).isEmpty()) {
            add(i, i + 1, List.of(unknownPlace(t.surface()).iri), Mention.Kind.PLACE);
            return;
        }
        // « Barentu, chef-lieu de la région de Gash-Barka, … », « Tiwinza, un village … »: an unknown name a noun of
        // settlement stands in apposition to is a town
        // (« San Antonio del Táchira, ville vénézuélienne »: a name of several words, a Spanish or Portuguese article within)
        int townEnd = !t.isCapitalized() || !t.isWord() || used[i] ? i + 1 : townNameEnd(i);
        // (not a day opening the sentence: « Samedi, le port de Matadi et le barrage d'Inga restaient … »)
        if (t.isCapitalized() && t.isWord() && !used[i] && t.surface().length() > 2 && townEnd + 1 < tk.size() && tk.get(townEnd).is(",")
                && !t.normMatches(WHEN_WORDS)
                && (tk.get(townEnd + 1).normMatches(SETTLEMENT_NOUNS) || townEnd + 2 < tk.size()
                        && tk.get(townEnd + 1).normMatches("une?|la|le|l'|cette|ce") && tk.get(townEnd + 2).normMatches(SETTLEMENT_NOUNS)
                        // (« Sheraro, la principale ville du nord », « X, la deuxième ville du pays »: an adjective of rank or size may
                        // stand before the noun)
                        || townEnd + 3 < tk.size() && tk.get(townEnd + 1).normMatches("une?|la|le|l'")
                                && tk.get(townEnd + 2).normMatches("petite?|grande?|principale?|deuxieme|troisieme|seconde?")
                                && tk.get(townEnd + 3).normMatches(SETTLEMENT_NOUNS))) {
            EntityRegistry.NewEntity place = unknownPlace(text(i, townEnd));
            add(i, townEnd, List.of(place.iri), Mention.Kind.PLACE);
            return;
        }
        // (« Khan Cheikhoun, une petite ville de la province d'Idleb », then « avait bombardé à Khan Cheikhoun un dépôt »: so is a
        // name of several capitalised words, when the report gave a place that whole name)
        if (t.isCapitalized() && t.isWord() && !used[i] && townEnd > i + 1) {
            Optional<EntityRegistry.NewEntity> known = registry.placeNamed(text(i, townEnd), c -> lexicon.isSubClass(c, CKG.Place));
            if (known.isPresent()) {
                add(i, townEnd, List.of(known.get().iri), Mention.Kind.PLACE);
                return;
            }
        }
        // « la ville frontalière d'Akçakale », then « le bombardement d'Akçakale »: a one-word name this report
        // gave a place before is that place again, wherever it stands
        if (t.isCapitalized() && t.isWord() && i > 0 && !used[i] && t.surface().length() > 2
                && (i + 1 >= tk.size() || !tk.get(i + 1).isCapitalized())) {
            Optional<EntityRegistry.NewEntity> known = registry.placeNamed(t.surface(), c -> lexicon.isSubClass(c, CKG.Place));
            // (« les îles Hanish », then « Hanish al-Kabir, la plus grande île »: a joined particle goes on to another place,
            // of the same kind)
            int end = i + 1;
            while (end < tk.size() && PARTICLE.matcher(tk.get(end).surface()).matches()) {
                end++;
            }
            if (known.isPresent() && end > i + 1) {
                String name = text(i, end);
                EntityRegistry.NewEntity place = registry.placeNamed(name, c -> lexicon.isSubClass(c, CKG.Place))
                        .orElseGet(() -> registry.entity(Iris.place(name), known.get().type, name, sentence));
                add(i, end, List.of(place.iri), Mention.Kind.PLACE);
                return;
            }
            if (known.isPresent()) {
                add(i, i + 1, List.of(known.get().iri), Mention.Kind.PLACE);
                return;
            }
        }
        if (placeNounStoodFor(i)) {
            return;
        }
        // « Riyad a rompu avec Doha, reprochant à son petit voisin de … », « Le Pakistan accuse son voisin »: a state's neighbour,
        // rival or enemy is the other state this sentence named, else the other of the pair the report set (« entre X et Y »)
        // (not the other state the report named most: that may be a power far away)
        int owner = i > 0 && tk.get(i - 1).normMatches("son|sa|leur") ? i - 1
                : i > 1 && tk.get(i - 2).normMatches("son|sa|leur") && tk.get(i - 1).normMatches("petit|petite|grand|grande|puissant|puissante|vieux|vieil|vieille|ancien|ancienne|turbulent|turbulente") ? i - 2 : -1;
        if (owner >= 0 && t.normMatches("voisin|voisine|rival|rivale|adversaire|ennemi")) {
            // (the states of the actors named before it: « le président irakien Saddam Hussein accusait son voisin »)
            List<Resource> statesBefore = mentions.stream().filter(m -> m.to() <= owner && m.entities().size() == 1
                            && m.kind() != Mention.Kind.DEMONYM && m.kind() != Mention.Kind.PLACE)
                    .sorted((a, b) -> Integer.compare(a.from(), b.from())).map(m -> stateOfActor(m.first()))
                    .filter(java.util.Objects::nonNull).toList();
            if (!statesBefore.isEmpty()) {
                Resource whose = statesBefore.get(0);
                Optional<Resource> other = statesBefore.stream().filter(x -> !x.equals(whose)).reduce((a, b) -> b)
                        .or(() -> registry.dyad().size() == 2 && registry.dyad().contains(whose)
                                ? registry.dyad().stream().filter(x -> !x.equals(whose)).findFirst() : Optional.empty());
                if (other.isPresent()) {
                    add(owner, i + 1, List.of(other.get()), Mention.Kind.ANAPHOR);
                    return;
                }
            }
        }
        // « les deux dirigeants »: the two people the sentence before opened with (« Lundi, X et Y se
        // sont rencontrés… à l'invitation de Z »), else the last two people named.
        if (t.is("deux") && i + 1 < tk.size() && tk.get(i + 1).normMatches("(dirigeant|homme|president|ministre|chef)s?")) {
            List<Resource> pair = registry.subjects().size() == 2 && registry.subjects().stream().allMatch(this::isPerson)
                    ? registry.subjects()
                    : registry.sentencePeople().size() == 2 ? registry.sentencePeople()
                    // (« X s'est entretenu avec Y. Selon l'agence Z, le dirigeant … a assuré … Les deux dirigeants se sont de
                    // nouveau parlé »: past an aside sentence naming no one else, the two the sentence before it named)
                    : registry.sentencePeople().size() <= 1 && registry.peopleBefore().size() == 2
                            && registry.peopleBefore().containsAll(registry.sentencePeople()) ? registry.peopleBefore()
                    : registry.lastPeople(2);
            if (pair.size() == 2) {
                add(i, i + 2, pair, Mention.Kind.ANAPHOR);
                return;
            }
        }
        // « les deux pays », « les deux États »: the two states the sentence before opened with (« La Russie et l'Iran … »),
        // else the pair the report set with « entre X et Y », else the two states it has named most.
        if (t.is("deux") && i + 1 < tk.size() && tk.get(i + 1).normMatches("pays|etats|voisins|camps|belligerants")) {
            // (« avec le Portugal et l'Espagne, deux États membres de l'UE »: set off by a comma, the two states joined right before)
            List<Resource> apposed = i > 3 && tk.get(i - 1).is(",") ? statesJoinedBefore(i - 1) : List.of();
            List<Resource> pair = apposed.size() == 2 ? apposed
                    : registry.subjects().size() == 2 && registry.subjects().stream().allMatch(x -> lexicon.isA(x, CKG.State))
                    ? registry.subjects() : theTwoStates();
            if (pair.size() == 2) {
                add(i, i + 2, pair, Mention.Kind.ANAPHOR);
            }
        }
        // « Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao. Les trois pays … »: as many states as the sentence before
        // opened with
        int count = FrenchText.countWord(t.norm());
        if (count >= 3 && i + 1 < tk.size() && tk.get(i + 1).normMatches("pays|etats|voisins|belligerants")
                && registry.subjects().size() == count && registry.subjects().stream().allMatch(x -> lexicon.isA(x, CKG.State))) {
            add(i, i + 2, registry.subjects(), Mention.Kind.ANAPHOR);
            return;
        }
        // (« Le Caire a sollicité l'aide du Maroc, de la Jordanie et de l'Algérie. Ces trois pays sont membres de la Ligue
        // arabe »: else as many states as this sentence named before it, wherever they stood, when « les » or « ces » counts
        // exactly them; else those the sentence before named, when this one named fewer)
        if (count >= 3 && i > 0 && tk.get(i - 1).normMatches("les|ces") && i + 1 < tk.size() && tk.get(i + 1).normMatches("pays|etats")) {
            List<Resource> here = statesNamedBefore(i);
            List<Resource> counted = here.size() == count ? here
                    : here.size() < count && registry.sentenceStates().size() == count ? registry.sentenceStates() : List.of();
            if (!counted.isEmpty()) {
                add(i, i + 2, counted, Mention.Kind.ANAPHOR);
                return;
            }
        }
        // « des combats ont opposé les deux armées »: the armed forces of the pair the report set (« entre X et Y »;
        // the states named most are too weak a guess for creating forces: an Algiers dateline named Algeria often)
        if (t.is("deux") && i + 1 < tk.size() && tk.get(i + 1).norm().equals("armees")) {
            List<Resource> pair = registry.dyad().size() == 2 ? registry.dyad() : statesOfForcesNamed();
            if (pair.size() == 2) {
                List<Resource> forces = new ArrayList<>();
                for (Resource state : pair) {
                    forces.add(registry.bodyOf(state, lexicon.labelFr(state).orElse(state.getLocalName()), "forces-armees",
                            CKG.ArmedForces, "Forces armées", sentence).iri);
                }
                add(i, i + 2, forces, Mention.Kind.ANAPHOR);
            }
        }
    }

    /* The states of the two mentions joined by « et » that end at {@code end} (« la Grèce et Chypre »), else none. */
    private List<Resource> statesJoinedBefore(int end) {
        Optional<Mention> second = mentions.stream().filter(m -> m.to() == end && m.entities().size() == 1 && m.kind() != Mention.Kind.DEMONYM
                && lexicon.isA(m.first(), CKG.State)).findFirst();
        if (second.isEmpty()) {
            return List.of();
        }
        int et = second.get().from() > 0 && ARTICLES.contains(tk.get(second.get().from() - 1).norm()) ? second.get().from() - 2 : second.get().from() - 1;
        if (et < 1 || !tk.get(et).is("et")) {
            return List.of();
        }
        return mentions.stream().filter(m -> m.to() == et && m.entities().size() == 1 && m.kind() != Mention.Kind.DEMONYM
                        && lexicon.isA(m.first(), CKG.State) && !m.first().equals(second.get().first()))
                .findFirst().map(m -> List.of(m.first(), second.get().first())).orElse(List.of());
    }

    /** « les deux pays »: the pair the report set with « entre X et Y », else the two states it has named most (or fewer). */
    List<Resource> theTwoStates() {
        return registry.dyad().size() == 2 ? registry.dyad() : mostNamedStates();
    }

    /** The states the report has named so far, most named first. */
    private List<Map.Entry<Resource, Integer>> statesByMentions() {
        return registry.mentionCounts().entrySet().stream()
                .filter(e -> lexicon.isA(e.getKey(), CKG.State))
                .sorted((a, b) -> b.getValue() - a.getValue()).toList();
    }

    /**
     * The state as it was when the report was written: in a report dated while they still were (« MOSCOU, 3 septembre
     * 1983 - »; ckg:dissolvedIn), the Soviet Union, Yugoslavia or Czechoslovakia for the state that has their capital now,
     * when the report names them.
     */
    Resource inItsTime(Resource state) {
        // (each until the year it ceased: Yugoslavia, as the Federal Republic, until 2003)
        return registry.datelineYear().map(y -> named(lexicon.historicalStatesSharingCapital(state).stream()
                .filter(h -> y <= lexicon.dissolvedIn(h).orElse(1991)).toList(), state)).orElse(state);
    }

    /** The first of {@code states} the report has named so far, else {@code otherwise}. */
    private Resource named(List<Resource> states, Resource otherwise) {
        return states.stream().filter(registry.statesNamed()::contains).findFirst().orElse(otherwise);
    }

    /**
     * The state a sentence opens with, set off by a comma, as the scene of what it tells: its capital (« À Séoul, … »), the
     * state itself (« En Grèce, où l'accord est rejeté, le ministre de la Défense, Panos Kammenos, … ») or its side
     * (« Côté macédonien, … le président Gjorge Ivanov »), if it does.
     */
    Optional<Resource> frontedState() {
        if (tk.size() < 3) {
            return Optional.empty();
        }
        if (tk.get(0).norm().equals("cote") && tk.get(2).is(",")) {
            return demonym(tk.get(1));
        }
        if (!tk.get(0).normMatches("a|en|au|aux") || !names.containsKey(1)) {
            return Optional.empty();
        }
        int end = names.get(1).to();
        if (end >= tk.size() || !tk.get(end).is(",")) {
            return Optional.empty();
        }
        return tk.get(0).norm().equals("a")
                ? names.get(1).values().stream().map(k -> lexicon.stateOfCapital(k.entity())).flatMap(Optional::stream).findFirst()
                : stateNamedAt(1);
    }

    /* Ranks that no office's words name, normalized: the titles, and those of lower ranks (« le capitaine de vaisseau X »). */
    private static final String RANKS = TITLES + "|commodore|brigadier|sergent|caporal|adjudant";

    /*
     * The comma that sets off the name at {@code i}, right before it or before a rank that no office's words name and its
     * article (« …, le capitaine de vaisseau Bill Urban », « …, le lieutenant Mark Barrett »); -1 if none.
     */
    private int commaBeforeRank(int i) {
        int k = i - 1;
        while (k > 0 && tk.get(k).isWord() && !tk.get(k).isCapitalized()
                && tk.get(k).normMatches(RANKS + "|vaisseau|fregate|corvette|de")) {
            k--;
        }
        if (k < i - 1 && !(k > 0 && tk.get(k).normMatches("le|la|l'") && tk.get(k + 1).normMatches(RANKS))) {
            return -1;
        }
        int comma = k < i - 1 ? k - 1 : k;
        return comma > 1 && tk.get(comma).is(",") ? comma : -1;
    }

    /*
     * The body or organisation set off by commas after a name that ends at {@code end}, which « de » introduces (« le
     * commodore Nick Lambert, de la marine britannique, », « le général Hervé Dupont, de l'armée de l'air française, »):
     * whom the person serves.
     */
    Optional<Resource> servedInApposition(int end) {
        if (end + 2 >= tk.size() || !tk.get(end).is(",") || !DE.contains(tk.get(end + 1).norm())) {
            return Optional.empty();
        }
        int at = skipDe(end + 1);
        return mentions.stream().filter(m -> m.from() == at && m.entities().size() == 1
                        && (m.to() >= tk.size() || tk.get(m.to()).normMatches(",|\\.|;"))
                        && (m.kind() == Mention.Kind.BODY || lexicon.isA(m.first(), CKG.Organization) && !lexicon.isA(m.first(), CKG.NewsAgency)))
                .map(Mention::first).findFirst();
    }

    /** The state whose capital the report's dateline names, as it was then, when the report names that state too. */
    Optional<Resource> datelineState() {
        return registry.datelineState().map(this::inItsTime).filter(registry.statesNamed()::contains);
    }

    /** The state a report is about, when it names one far more than any other. */
    Optional<Resource> homeState() {
        List<Map.Entry<Resource, Integer>> states = statesByMentions();
        if (states.isEmpty() || states.get(0).getValue() < 3
                || states.size() > 1 && states.get(0).getValue() < 2 * states.get(1).getValue()) {
            return Optional.empty();
        }
        return Optional.of(states.get(0).getKey());
    }

    List<Resource> mostNamedStates() {
        List<Map.Entry<Resource, Integer>> states = statesByMentions();
        // two clear leaders, or no guess
        if (states.size() < 2 || states.size() > 2 && states.get(2).getValue().equals(states.get(1).getValue())) {
            return List.of();
        }
        return List.of(states.get(0).getKey(), states.get(1).getKey());
    }

    /** The states whose armed forces the report has named so far. */
    private List<Resource> statesOfForcesNamed() {
        // (this sentence's too: « ont opposé les deux armées …, avant que les troupes érythréennes n'abandonnent la localité »)
        Set<Resource> here = mentions.stream().flatMap(m -> m.entities().stream()).collect(java.util.stream.Collectors.toSet());
        return registry.created().stream()
                .filter(e -> e.partOf != null && e.type != null && lexicon.isSubClass(e.type, CKG.ArmedForces)
                        && (registry.mentioned().contains(e.iri) || here.contains(e.iri)))
                .map(e -> e.partOf).distinct().toList();
    }

    private boolean isPerson(Resource x) {
        return registry.created(x).map(e -> CKG.Person.equals(e.type)).orElseGet(() -> lexicon.isA(x, CKG.Person));
    }

    /**
     * « NEW YORK (Nations unies), 20 juillet 1988 (AFP) - Le Conseil … »: the agency in brackets before the dash of a
     * dateline (a first word in capitals) is who published the report, not an entity the report tells of; it is kept as
     * the report's publisher and named nowhere else.
     */
    private void datelineAgency() {
        if (datelineEnd == 0) {
            return;
        }
        for (java.util.Iterator<Mention> it = mentions.iterator(); it.hasNext(); ) {
            Mention m = it.next();
            if (m.from() > 0 && m.to() + 1 < tk.size() && m.to() < 16 && tk.get(m.from() - 1).is("(") && tk.get(m.to()).is(")")
                    && tk.get(m.to() + 1).surfaceMatches("[-–—]") && m.entities().stream().allMatch(x -> lexicon.isA(x, CKG.NewsAgency))) {
                registry.publishedBy(m.entities());
                it.remove();
                return;
            }
        }
    }

    /**
     * Where a sentence's own words begin after a dateline (« SÉOUL, 28 novembre 2010 - »: a first word in capitals, a dash
     * among the first words), else 0: the subject of a report's first sentence stands after it.
     */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-–—]");

    private static int datelineEnd(List<Token> tk) {
        if (tk.isEmpty() || !tk.get(0).isWord() || tk.get(0).surface().length() < 2 || !tk.get(0).isCapitalized()) {
            return 0;
        }
        // (« Ankara, 28 novembre 2015 – »: a name in small letters opens a dateline when a year stands before the dash)
        boolean capitals = tk.get(0).surface().equals(tk.get(0).surface().toUpperCase(java.util.Locale.ROOT));
        boolean year = false;
        for (int i = 1; i < Math.min(tk.size(), 16); i++) {
            year |= YEAR.matcher(tk.get(i).surface()).matches();
            if (DASH.matcher(tk.get(i).surface()).matches()) {
                return capitals || year ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** The actors this sentence opens with, joined by « et » or commas: the next « Ils ». */
    void rememberSubjects() {
        List<Resource> subjects = new ArrayList<>();
        int next = -1;
        int start = datelineEnd;
        for (Mention m : mentions) {
            boolean opening = subjects.isEmpty() && m.from() >= start && m.from() - start <= 2;
            // « X et son homologue Y »: a possessive may stand between « et » and the next name.
            boolean joined = !subjects.isEmpty() && next < tk.size() && m.from() > next && m.from() <= next + 2
                    && (tk.get(next).is("et") || tk.get(next).is(","));
            if ((opening || joined) && m.kind() != Mention.Kind.PLACE && m.kind() != Mention.Kind.DEMONYM) {
                subjects.addAll(m.entities());
                next = m.to();
                while (next < tk.size() && !tk.get(next).is("et") && !tk.get(next).is(",") && next < m.to() + 1) {
                    next++;
                }
            } else if (!subjects.isEmpty()) {
                break;
            }
        }
        // (a sentence that opens with someone no mention names — « Les médiateurs du Groupe de Minsk … se sont réunis » —
        // leaves « Ils » with no one: the actors of older sentences are not its antecedents; a pronoun opening it keeps them)
        boolean opensWithPronoun = !tk.isEmpty() && tk.get(0).normMatches("ils|elles");
        if (!subjects.isEmpty() || !opensWithPronoun && tk.size() > 1 && tk.get(0).normMatches("les|des")
                && !tk.get(1).isCapitalized() && tk.get(1).isWord()) {
            registry.subjects(subjects);
        }
        // (a state, a body, a force or a person: not a place nor an agency; after a fronted phrase set
        // off by a comma too: « Le lendemain, Ilham Aliev s'était montré … »)
        // (« Arrivée mardi soir à Taipei, Nancy Pelosi … »: a town named by its name is a place too)
        Mention first = mentions.stream().filter(m -> m.from() >= start && namesNoPlace(m))
                .findFirst().orElse(null);
        // (« Le 25 mai, le ministère arménien de la Défense a annoncé »: a body's mention begins at its head, after the article)
        int beforeFirst = first == null || first.from() - start <= 2 ? 0 : first.from() - (ARTICLES.contains(tk.get(first.from() - 1).norm()) ? 2 : 1);
        boolean fronted = first != null && first.from() - start > 2 && first.from() - start <= 10 && tk.get(beforeFirst).is(",")
                && mentions.stream().noneMatch(m -> m.from() >= start && m.to() <= first.from() && m.kind() != Mention.Kind.PLACE && !namesPlace(m));
        boolean actor = first != null && first.entities().size() == 1 && (first.from() - start <= 2 && subjects.size() == 1 || fronted)
                && !lexicon.isA(first.first(), CKG.NewsAgency) && !lexicon.isA(first.first(), CKG.Place);
        String article = actor && first.from() > 0 ? tk.get(first.from() - 1).norm() : "";
        registry.openingSubject(actor ? first.first() : null, article);
        registry.lastActors(lastActor(tk.size(), false).orElse(List.of()), lastActor(tk.size(), true).orElse(List.of()));
    }

    /**
     * The actor named last before {@code i} that « ce dernier » (one, named with no plural article) or « ces
     * derniers » (several, or named with « les », « des », « aux ») may stand for.
     */
    private Optional<List<Resource>> lastActor(int i, boolean plural) {
        return mentions.stream().filter(m -> m.to() <= i && mayBeTheLatter(m))
                .filter(m -> plural == (m.entities().size() > 1 || m.from() > 0 && tk.get(m.from() - 1).normMatches("les|des|aux")))
                .max(java.util.Comparator.comparingInt(Mention::from)).map(Mention::entities);
    }

    /* What « ce dernier » may stand for: a mention that names no place and no agency. */
    private boolean mayBeTheLatter(Mention m) {
        return namesNoPlace(m) && m.entities().stream().noneMatch(x -> lexicon.isA(x, CKG.NewsAgency));
    }

    /* A mention that is no place phrase, no demonym and no town named by its name. */
    private boolean namesNoPlace(Mention m) {
        return m.kind() != Mention.Kind.PLACE && m.kind() != Mention.Kind.DEMONYM && !namesPlace(m);
    }

    /* A place that is no state nor region, as the report or the reference data types it: a town, a site. */
    private boolean isTown(Resource x) {
        return actors.isA(x, CKG.Place) && !actors.isA(x, CKG.State) && !actors.isA(x, CKG.Region);
    }

    /* A mention of places only (no state): « Taipei », « la région de Batken ». */
    private boolean namesPlace(Mention m) {
        return m.entities().stream().allMatch(x -> lexicon.isA(x, CKG.Place) && !lexicon.isA(x, CKG.State));
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

    /*
     * Whether the possessive at {@code i} opens the subject of its sentence with a weapon of the lexicon (« Ses avions de
     * combat ont bombardé », « Dans la nuit, leurs drones ont visé »), the verb right after the weapon's words, and the
     * sentence before opened with one state, force or organisation: the end of the subject, or -1.
     */
    private int possessiveCraftEnd(int i) {
        Map.Entry<Resource, String> opening = registry.openingSubject();
        if (opening == null || isPerson(opening.getKey()) || lexicon.isA(opening.getKey(), CKG.NewsAgency)
                || !tk.get(i).normMatches("ses|leurs|son|sa|leur")
                || !(i == datelineEnd || i > datelineEnd && i <= datelineEnd + 8 && tk.get(i - 1).is(",")
                        && mentions.stream().noneMatch(m -> m.from() >= datelineEnd && m.to() <= i && m.namesActor() && !namesPlace(m)))) {
            return -1;
        }
        // (a model name may follow the weapon: « ses chasseurs-bombardiers Corsair ont frappé »)
        return terms.getOrDefault(CKG.WeaponScheme, List.of()).stream().filter(w -> w.from() == i + 1)
                .map(w -> w.to() < tk.size() && tk.get(w.to()).isCapitalized() ? w.to() + 1 : w.to())
                .filter(verb -> verb < tk.size() && !isUsed(i + 1, verb)
                        && tk.get(verb).normMatches("ont|a|avaient|avait|auraient|aurait|\\p{L}+ent"))
                .findFirst().orElse(-1);
    }

    void add(int from, int to, List<Resource> entities, Mention.Kind kind) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
        // (« depuis l'éclatement de l'URSS », « hérité de l'époque soviétique »: a state named as the past is no actor of the report)
        if ((kind == Mention.Kind.NAME || kind == Mention.Kind.DEMONYM) && entities.stream().anyMatch(x -> lexicon.isA(x, CKG.State))
                && java.util.stream.IntStream.range(Math.max(0, from - 3), from).noneMatch(i -> tk.get(i)
                        .normMatches("eclatement|effondrement|dislocation|chute|dissolution|disparition|epoque|ere|periode|herite|heritee|herites|heritees"))) {
            entities.stream().filter(x -> lexicon.isA(x, CKG.State)).forEach(registry::stateNamed);
        }
        // (« dans le détroit de Gibraltar », a name the reference data knows with its noun: « le détroit » alone refers back to it)
        if (entities.size() == 1 && lexicon.isA(entities.get(0), CKG.Place) && !lexicon.isA(entities.get(0), CKG.State)) {
            terms.get(CKG.ActorHeadScheme).stream().filter(h -> h.from() == from && h.to() < to && h.values().get(0).denotesClass() != null
                            && lexicon.isSubClass(h.values().get(0).denotesClass(), CKG.Place))
                    .findFirst().ifPresent(h -> PlacePhrases.rememberUnder(this, h.values().get(0), entities.get(0)));
        }
        mentions.add(new Mention(new Span(tk.get(from).start(), tk.get(to - 1).end()), from, to, entities, kind));
    }

    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return reportText.substring(tk.get(from).start(), tk.get(to - 1).end());
    }
}
