package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * Places: a place noun and its names (« les régions de Dashkesan, Lachin et Kalbajar », « la
 * région kirghize de Batken »), and a name with a place noun in apposition (« le Haut-Karabakh,
 * une enclave … en Azerbaïdjan »), with the state they lie in when the text says so.
 */
final class PlacePhrases {
    private static final java.util.Set<String> ARTICLES = SentenceParse.ARTICLES;

    private PlacePhrases() {
    }

    private static final java.util.regex.Pattern PLACE_ADJECTIVE = java.util.regex.Pattern.compile(
            "(frontali|coti|petroli|mini|douani)(er|ere|ers|eres)|(voisin|natal|meridional|septentrional|oriental|occidental)(e|s|es)?|(meridion|septentrion|orient|occident)aux"
            + "|(strategique|portuaire|montagneu[sx]e?|isolee?|contestee?|disputee?|inhabitee?|desertique|desertee?|reculee?|rocheu[sx]e?)s?");

    // (valleys, strips and salients: the gold files and the reference data name islands by their name alone, place/yeonpyeong,
    // place/crete)
    private static final Set<String> FEATURES = Set.of("vallee", "bande", "saillant");

    /* Whether a head of a body or force, not of a place, begins at {@code at} (« Garde nationale »). */
    private static boolean namesBody(SentenceParse p, int at) {
        return p.headAt(at).map(h -> h.values().get(0).denotesClass())
                .filter(c -> !p.lexicon.isSubClass(c, CKG.Place) && !p.lexicon.isSubClass(c, CKG.State)).isPresent()
                // (« des positions des FDS »: nor is an organisation's or an armed group's name)
                || p.names.containsKey(at) && p.names.get(at).values().stream().allMatch(k -> p.lexicon.isA(k.entity(), CKG.Organization)
                        || p.lexicon.isA(k.entity(), CKG.ArmedForces))
                // (or an acronym the report gave in brackets: « les Forces démocratiques syriennes (FDS) »)
                || p.registry.alias(p.tk.get(at).surface()).isPresent();
    }

    private static boolean namesState(SentenceParse p, int k) {
        return p.names.containsKey(k) && p.names.get(k).values().stream().anyMatch(known -> p.lexicon.isA(known.entity(), CKG.State));
    }

    /** Whether an office's words open at token {@code at} (« Premier ministre »). */
    private static boolean opensOffice(SentenceParse p, int at) {
        return p.terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.from() == at);
    }

    /* Whether the lower-case word at {@code j}, with an adjective's ending, stands right before « de » and a capitalised name. */
    private static boolean adjectiveBeforeName(SentenceParse p, int j) {
        Token t = p.tk.get(j);
        int k = p.skipDe(j + 1);
        return t.isWord() && !t.isCapitalized() && p.demonym(t).isEmpty() && ADJECTIVE_ENDING.matcher(t.norm()).matches()
                && k > j + 1 && k < p.tk.size() && p.tk.get(k).isCapitalized();
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(iferes?|aires?|iques?|als?|ales?|aux|iennes?|iens?|ees?|ives?|ifs?|omes?|euses?|eux|ides?)");

    /** « les régions de Dashkesan, Lachin et Kalbajar », « la région kirghize de Batken ». */
    static void placePhrase(SentenceParse p, int from, int headEnd, Lexicon.Term head) {
        Resource cls = head.denotesClass();
        // « la province de Paktika » → place/paktika-province: an administrative unit the reference
        // data does not know is named as its English name would be (« Paktika Province »), the way the
        // reference data names those it knows (place/batken-region, place/kantharalak-district)
        // (and so is a valley, the way the reference data names place/fergana-valley: « la vallée du Cenepa » →
        // place/cenepa-valley)
        boolean feature = FEATURES.contains(head.concept().getLocalName());
        // (a plural noun: « les vallées de … » names features, « les régions de Dashkesan, Lachin et Kalbajar » a list)
        boolean plural = Patterns.matches(p.text(from, headEnd), "(?s).*[sx]");
        String unit = p.lexicon.isSubClass(cls, CKG.AdministrativeRegion) || feature
                ? p.lexicon.prefLabelEn(head.concept()).map(en -> feature && plural ? en + "s" : en).orElse(null)
                : null;
        int j = headEnd;
        Resource state = null;
        // « la ville frontalière d'Akçakale », « le village frontalier de Tell Abyad », « la ville syrienne
        // voisine de … »: an adjective of position between the noun and its name
        // (or any other adjective right before the name: « le district diamantifère de Kono », « la région autonome de … », « les
        // zones humides du Hamoun »)
        if (j < p.tk.size() && (PLACE_ADJECTIVE.matcher(p.tk.get(j).norm()).matches() || adjectiveBeforeName(p, j))) {
            j++;
        }
        if (j < p.tk.size() && p.demonym(p.tk.get(j)).isPresent()) {
            state = p.demonym(p.tk.get(j)).get();
            // (« les positions équatoriennes de Tiwinza »: whose positions they are is said too, as in « les positions
            // équatoriennes » alone)
            if ("positions".equals(head.concept().getLocalName())) {
                p.add(j, j + 1, List.of(state), Mention.Kind.DEMONYM);
            }
            j++;
        }
        if (j < p.tk.size() && j > headEnd && PLACE_ADJECTIVE.matcher(p.tk.get(j).norm()).matches()) {
            j++;
        }
        int k = p.skipDe(j);
        // « le récif Second Thomas », « le fleuve Litani »: a natural feature may be named with no « de »
        boolean bare = k == j && cls.equals(CKG.Region) && state == null && j < p.tk.size()
                && p.tk.get(j).isCapitalized() && p.tk.get(j).isWord() && p.stateNamedAt(j).isEmpty();
        if (k == j && !bare) {
            // « Des chars soviétiques ont donné l'assaut à l'île »: the place last named with that noun
            // (not a capitalised head, a proper name's first word: « le Front de libération … »)
            // (plural too: « des soldats grecs prenaient position sur les îlots »)
            // (and after an article joined to « de » or « à »: « près du récif », « au village », « aux îlots »; not « des »,
            // as often the indefinite plural, « des villages », as « de » and « les »)
            if (j == headEnd && from > 0 && p.tk.get(from - 1).normMatches("l'|le|la|les|du|au|aux|cette|cet|ce|ces") && !p.tk.get(from).isCapitalized()) {
                p.registry.lastWithHead(anaphorKey(head)).ifPresent(x -> p.add(from, headEnd, List.of(x), Mention.Kind.PLACE));
            }
            return;
        }
        // (« au-dessus du territoire de l'Alliance »: an organisation the report named is no place)
        if (k < p.tk.size() && p.organizationByFirstWord(p.tk.get(k)).isPresent() && !p.names.containsKey(k)) {
            return;
        }
        List<Resource> places = new ArrayList<>();
        // (« le département de La Guajira », « de La Haye »: a capitalised article within the sentence begins the name)
        int end = k > j + 1 && p.tk.get(k - 1).surfaceMatches("La|Le|Les") && k < p.tk.size() && p.tk.get(k).isCapitalized() ? k - 1 : k;
        // (« un complexe résidentiel de Doha », « l'aéroport de Kaboul »: right after a place noun, a capital is
        // the city, not its government; further on, « l'île de Yeonpyeong, Séoul promet … », it is the government)
        boolean stances = p.text(from, headEnd).equalsIgnoreCase("positions");
        // (« la ville d'al-Qaïm »: a name may open with a joined lower-case particle)
        while (end < p.tk.size() && (p.tk.get(end).isCapitalized() && p.tk.get(end).isWord()
                        || end == k && SentenceParse.PARTICLE.matcher(p.tk.get(end).surface()).matches())
                && (end <= k && !stances ? !namesState(p, end) : p.stateNamedAt(end).isEmpty())
                // (« les positions de la Garde nationale »: a body's name is whose the positions are, no place)
                && !namesBody(p, end)
                // (« au poste de Premier ministre »: an office is no place)
                && !opensOffice(p, end)
                // (« deux postes de l'UNC »: an acronym the reference data does not know as a place names whose they are)
                && !(SentenceParse.isAcronym(p.tk.get(end)) && !p.names.containsKey(end))) {
            int nameEnd = end + 1;
            Resource place;
            // (« le district diamantifère de Kono »: one word that is also a known person's surname names the place here)
            boolean surname = p.names.containsKey(end) && p.names.get(end).to() == end + 1
                    && p.names.get(end).values().stream().allMatch(x -> p.lexicon.isA(x.entity(), CKG.Person));
            if (p.names.containsKey(end) && !surname) {
                nameEnd = p.names.get(end).to();
                // « la région kirghize de Batken », « le corridor de Latchine »: a place named with its noun
                // (the region, not the town of the same name) before the bare name.
                // (« celui d'Agdam » after « le district de Kelbadjar »: the noun the pronoun stands for)
                String headLabel = p.tk.get(from).normMatches("celui|celle|ceux|celles") ? head.label()
                        : p.text(from, headEnd).replaceFirst("s$", "");
                Resource known = p.choose(p.names.get(end).values());
                // (« une base de la Monusco »: what belongs to an organisation names the organisation, no place)
                if (!p.lexicon.isA(known, CKG.Place)) {
                    break;
                }
                String name = p.text(end, nameEnd);
                // (« le district d'Isfara » is not the town of Isfara the reference data knows: the unit
                // is named as an unknown one is)
                boolean town = unit != null && p.lexicon.isA(known, CKG.Settlement);
                place = p.lexicon.named(headLabel + " de " + name).or(() -> p.lexicon.named(headLabel + " d'" + name))
                        .orElseGet(() -> town ? p.registry.entity(Iris.place(name + " " + unit), cls, name, p.sentence).iri : known);
            } else {
                // (« la base aérienne d'Aïn al-Asad »: a joined particle goes on with the name)
                // (« Cueva de los Tayos »: so does a Spanish or Portuguese article between capitalised words)
                while (nameEnd < p.tk.size() && (p.tk.get(nameEnd).isCapitalized() && p.tk.get(nameEnd).isWord()
                        || SentenceParse.PARTICLE.matcher(p.tk.get(nameEnd).surface()).matches()
                        || nameEnd + 2 < p.tk.size() && p.tk.get(nameEnd).is("de") && p.tk.get(nameEnd + 1).surfaceMatches("los|las|dos|das")
                                && p.tk.get(nameEnd + 2).isCapitalized())) {
                    nameEnd += p.tk.get(nameEnd).is("de") ? 3 : 1;
                }
                // (« la visite sur l'île de Nancy Pelosi, la présidente de la Chambre »: whom an office describes is a person)
                int office = nameEnd + 1 < p.tk.size() && p.tk.get(nameEnd).is(",") ? nameEnd + 1 : -1;
                if (office > 0 && SentenceParse.ARTICLES.contains(p.tk.get(office).norm())) {
                    office++;
                }
                int officeAt = office;
                if (office > 0 && p.terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.from() == officeAt)) {
                    break;
                }
                String name = p.text(end, nameEnd);
                // « les îles Hanish »: one name the reference data does not know after the plural « îles » names an
                // archipelago, as the reference data names those it knows (place/kuril-islands); a list, « les îles de Tunb
                // et d'Abou Moussa », names each island by its name alone
                boolean list = nameEnd + 1 < p.tk.size() && (p.tk.get(nameEnd).is(",") || p.tk.get(nameEnd).is("et"))
                        && (p.tk.get(nameEnd + 1).isCapitalized() || p.tk.get(nameEnd + 1).normMatches("de|d'"));
                boolean archipelago = unit == null && places.isEmpty() && !list && Patterns.matches(p.text(from, headEnd), "(?i)[îi]les");
                place = p.registry.entity(Iris.place(unit != null ? name + " " + unit : archipelago ? name + " islands" : name), cls, name,
                        p.sentence).iri;
            }
            places.add(place);
            end = nameEnd;
            // (a list after a comma only after a plural noun, not « À l'aéroport de Minsk, Roman Protassevitch, 26 ans, … »)
            boolean more = end + 1 < p.tk.size() && (p.tk.get(end).is(",") && plural || p.tk.get(end).is("et"))
                    && p.tk.get(end + 1).isCapitalized();
            // « les districts d'Urgun et de Barmal »
            boolean moreWithDe = !more && end + 2 < p.tk.size() && p.tk.get(end).is("et")
                    && p.tk.get(end + 1).normMatches("de|d'") && p.tk.get(end + 2).isCapitalized();
            if (!more && !moreWithDe) {
                break;
            }
            end += moreWithDe ? 2 : 1;
        }
        if (places.isEmpty()) {
            return;
        }
        if (state == null) {
            int after = p.skipDe(end);
            if (after > end && p.stateNamedAt(after).isPresent()) {
                state = p.stateNamedAt(after).get();
                end = p.names.get(after).to();
            }
        }
        if (state == null) {
            state = stateOfForcesBefore(p, from);
        }
        // « le district d'Isfara, dans la région de Soghd »: a container the reference data places
        // (« la ville de Tessit, au Mali », « la province de Bam, au Burkina Faso »: or the state itself, after « au », « aux »)
        if (state == null && end + 1 < p.tk.size() && p.tk.get(end).is(",") && p.tk.get(end + 1).normMatches("dans|en|pres|au|aux")) {
            for (int c = end + 2; c < Math.min(p.tk.size(), end + 7); c++) {
                if (p.names.containsKey(c)) {
                    Resource container = p.choose(p.names.get(c).values());
                    state = p.lexicon.isA(container, CKG.State) ? container : p.lexicon.containers(container).stream()
                            .filter(x -> p.lexicon.isA(x, CKG.State)).findFirst().orElse(null);
                    break;
                }
            }
        }
        for (Resource place : places) {
            // A reference place the text locates is recorded too: the report states it.
            Optional<EntityRegistry.NewEntity> e = state == null ? p.registry.created(place)
                    : Optional.of(p.registry.created(place).orElseGet(() -> p.registry.entity(place.getURI(), null, "", p.sentence)));
            if (e.isPresent() && state != null && e.get().locatedIn == null) {
                e.get().locatedIn = state;
                e.get().locatedInEvidence = p.sentence;
            }
        }
        p.add(from, end, places, Mention.Kind.PLACE);
        if (places.size() == 1) {
            rememberUnder(p, head, places.get(0));
        }
    }

    /** Remembers {@code place} as what its noun alone (« le détroit ») refers back to. */
    static void rememberUnder(SentenceParse p, Lexicon.Term head, Resource place) {
        p.registry.rememberHead(anaphorKey(head), place);
    }

    /* What a place noun alone (« l'île », « la ville ») refers back to is remembered under. */
    private static String anaphorKey(Lexicon.Term head) {
        return "place-" + Iris.slug(head.label());
    }

    /** « des forces armées azerbaïdjanaises dans les régions de … »: where a state's forces stand is its own. */
    static Resource stateOfForcesBefore(SentenceParse p, int from) {
        int k = from - 1;
        if (k >= 0 && ARTICLES.contains(p.tk.get(k).norm())) {
            k--;
        }
        if (k < 1 || !(p.tk.get(k).is("dans") || p.tk.get(k).is("en"))) {
            return null;
        }
        int forcesEnd = k;
        return p.mentions.stream().filter(m -> m.to() == forcesEnd && m.kind() == Mention.Kind.BODY)
                .map(m -> p.registry.created(m.first()).filter(e -> CKG.ArmedForces.equals(e.type)).map(e -> e.partOf).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /* Prepositions that put a town in its state (« à Victoria Falls, au Zimbabwe »), normalized. */
    private static final java.util.regex.Pattern STATE_PREPOSITION = java.util.regex.Pattern.compile("au|aux|en");
    /* A part of a land by the compass (« dans le nord-ouest de la Tanzanie », « dans le sud du Tchad »), normalized. */
    private static final java.util.regex.Pattern COMPASS_POINT = java.util.regex.Pattern.compile(
            "(extreme-)?(nord|sud)(-est|-ouest)?|est|ouest|centre");

    /* What opens a place noun in apposition (« , une enclave », « , la ville de », « , l'île »), normalized. */
    private static final java.util.regex.Pattern APPOSED_ARTICLE = java.util.regex.Pattern.compile("une?|la|le|l'");

    /**
     * « le Haut-Karabakh, une enclave … en Azerbaïdjan »: a name followed by a place noun in
     * apposition is a place; the apposition describes it and may say where it lies.
     */
    static boolean appositivePlace(SentenceParse p, int i) {
        // (« À Wyryki, un village proche de la frontière »: the preposition is no part of the name)
        if (p.tk.get(i).normMatches("a|au|aux|en|dans|pres|vers|depuis") && !p.names.containsKey(i)) {
            return false;
        }
        Resource known = null;
        int end = i;
        if (p.names.containsKey(i) && p.names.get(i).values().stream().anyMatch(k -> p.lexicon.isA(k.entity(), CKG.Place))) {
            known = p.choose(p.names.get(i).values());
            end = p.names.get(i).to();
        } else if (!p.tk.get(i).normMatches(SentenceParse.WHEN_WORDS) && p.demonym(p.tk.get(i)).isEmpty()) {
            // (not a day opening the sentence: « Samedi, le port de Matadi … »; nor a people: « par les Espagnols, l'îlot … »)
            while (end < p.tk.size() && p.tk.get(end).isCapitalized() && p.tk.get(end).isWord() && !p.used[end] && !p.names.containsKey(end)) {
                end++;
            }
        }
        if (end == i || end + 2 >= p.tk.size() || !p.tk.get(end).is(",")) {
            return false;
        }
        // « à Uri, dans le district de Baramulla »: after « à », a name its container follows is a town
        boolean contained = known == null && i > 0 && p.tk.get(i - 1).norm().equals("a") && end + 3 < p.tk.size()
                && p.tk.get(end + 1).normMatches("dans|pres") && SentenceParse.ARTICLES.contains(p.tk.get(end + 2).norm())
                && p.headAt(end + 3).map(h -> h.values().get(0).denotesClass()).filter(c -> p.lexicon.isSubClass(c, CKG.AdministrativeRegion)
                        || p.lexicon.isSubClass(c, CKG.Region)).isPresent();
        if (contained) {
            String name = p.text(i, end);
            p.add(i, end, List.of(p.registry.entity(Iris.place(name), CKG.Settlement, name, p.sentence).iri), Mention.Kind.PLACE);
            return true;
        }
        // « réuni à Victoria Falls, au Zimbabwe », « a frappé Mwanza, dans le nord-ouest de la Tanzanie »: an unknown name the
        // state it lies in follows in apposition is a town (after « à » with « au », « aux », « en »; anywhere with a part of the
        // state: of a person the text would not say where in a state he stands)
        int stateAt = -1;
        boolean compass = false;
        if (known == null && end + 2 < p.tk.size()) {
            String after = p.tk.get(end + 1).norm();
            // (« dans l'extrême nord du Cameroun »: « extrême » may stand apart from the point it qualifies)
            int point = end + 3 < p.tk.size() && p.tk.get(end + 3).is("extreme") ? end + 4 : end + 3;
            if (i > 0 && p.tk.get(i - 1).norm().equals("a") && STATE_PREPOSITION.matcher(after).matches()) {
                stateAt = end + 2;
            } else if (after.equals("dans") && point + 1 < p.tk.size() && ARTICLES.contains(p.tk.get(end + 2).norm())
                    && COMPASS_POINT.matcher(p.tk.get(point).norm()).matches()) {
                stateAt = p.skipDe(point + 1);
                compass = true;
            }
        }
        // (« à Kaga Bandoro, dans le nord du pays »: the country the report is about, which it does not name here, still
        // makes the name a town's)
        boolean inTheCountry = compass && stateAt > end + 1 && stateAt < p.tk.size() && p.tk.get(stateAt).is("pays")
                && p.tk.get(stateAt - 1).is("du");
        if (stateAt > end && stateAt < p.tk.size() && (p.stateNamedAt(stateAt).isPresent() || inTheCountry)) {
            String name = p.text(i, end);
            EntityRegistry.NewEntity town = p.registry.placeNamed(name, c -> p.lexicon.isSubClass(c, CKG.Place))
                    .orElseGet(() -> p.registry.entity(Iris.place(name), CKG.Settlement, name, p.sentence));
            if (town.locatedIn == null && !inTheCountry) {
                town.locatedIn = p.stateNamedAt(stateAt).get();
                town.locatedInEvidence = p.sentence;
            }
            p.add(i, end, List.of(town.iri), Mention.Kind.PLACE);
            return true;
        }
        // (« Sollum, petite ville côtière égyptienne », « Kyrenia, une petite ville »: an adjective may stand before the head)
        // (« Kalymnos, l'île grecque la plus proche »: the article may be elided)
        int at = end + 1;
        boolean article = APPOSED_ARTICLE.matcher(p.tk.get(at).norm()).matches();
        at += article ? 1 : 0;
        boolean sized = at < p.tk.size() && p.tk.get(at).normMatches("petite?|grande?|ancien(ne)?|importante?");
        at += sized ? 1 : 0;
        if (!article && !sized) {
            return false;
        }
        Optional<PhraseIndex.Match<Lexicon.Term>> head = p.headAt(at);
        Resource cls = head.map(h -> h.values().get(0).denotesClass()).orElse(null);
        if (cls == null || !p.lexicon.isSubClass(cls, CKG.Place)) {
            return false;
        }
        String name = p.text(i, end);
        EntityRegistry.NewEntity place = known != null
                ? p.registry.entity(known.getURI(), null, name, p.sentence)
                : p.registry.entity(Iris.place(name), cls, name, p.sentence);
        int stop = p.tk.size();
        while (stop > 0 && !p.tk.get(stop - 1).isWord()) {
            stop--;
        }
        if (place.description == null) {
            place.description = p.text(end + 1, stop);
        }
        for (int k = head.get().to(); k + 1 < p.tk.size() && place.locatedIn == null; k++) {
            if (p.tk.get(k).normMatches("en|au|aux|dans") && p.stateNamedAt(k + 1).isPresent()) {
                place.locatedIn = p.stateNamedAt(k + 1).get();
                place.locatedInEvidence = p.sentence;
            }
        }
        p.add(i, end, List.of(place.iri), Mention.Kind.PLACE);
        return true;
    }

}
