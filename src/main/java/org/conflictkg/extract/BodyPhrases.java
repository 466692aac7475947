package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * Bodies, forces and agencies from a head noun of the lexicon and what qualifies it: a demonym
 * (« le ministère azerbaïdjanais de la Défense »), « de X » (« d'Erevan et de Bakou »), an owner
 * body or organisation (« le service frontalier du GKNB », « le Conseil de sécurité collective de
 * l'OTSC »), « respectifs »; an agency's name (« l'agence russe Tass »); a place noun hands over
 * to {@link PlacePhrases}.
 */
final class BodyPhrases {
    private BodyPhrases() {
    }

    /**
     * « le porte-parole du Kremlin, Dmitri Peskov, », « Nasser Kanani, porte-parole de la diplomatie iranienne, »: a
     * known person named in apposition to whom a
     * spokesperson speaks for serves that state (unknown names: {@code SentenceParse.loneWord}).
     */
    private static void spokespersonNamed(SentenceParse p, Mention owner, int headFrom) {
        int at = owner.to() < p.tk.size() && p.tk.get(owner.to()).is(",") ? owner.to() + 1 : owner.to();
        // (or before, set off by a comma: « Nasser Kanani, porte-parole de la diplomatie iranienne, »)
        int article = headFrom > 0 && SentenceParse.ARTICLES.contains(p.tk.get(headFrom - 1).norm()) ? headFrom - 1 : headFrom;
        Optional<PhraseIndex.Match<Lexicon.Known>> before = article >= 2 && p.tk.get(article - 1).is(",")
                ? p.names.values().stream().filter(n -> n.to() == article - 1).findFirst() : Optional.empty();
        Optional<PhraseIndex.Match<Lexicon.Known>> named = at < p.tk.size() && p.names.containsKey(at)
                ? Optional.of(p.names.get(at)) : before;
        if (owner.entities().size() != 1 || named.isEmpty()) {
            return;
        }
        Resource of = owner.first();
        Resource state = p.lexicon.isA(of, CKG.State) ? of : p.stateOfBody(of);
        named.get().values().stream().map(Lexicon.Known::entity).filter(x -> p.lexicon.isA(x, CKG.Person)).findFirst()
                .ifPresent(person -> {
                    EntityRegistry.NewEntity e = p.registry.entity(person.getURI(), CKG.Person,
                            p.lexicon.labelFr(person).orElse(person.getLocalName()), p.sentence);
                    if (e.affiliatedWith == null && state != null && p.lexicon.isA(state, CKG.State)) {
                        e.affiliatedWith = state;
                    } else if (e.affiliatedWith == null && p.lexicon.isA(of, CKG.Organization) && !p.lexicon.isA(of, CKG.NewsAgency)
                            && p.lexicon.stateOf(person).isEmpty()) {
                        // (« le porte-parole de l'OTAN, James Appathurai »: an organisation's spokesperson serves it)
                        e.affiliatedWith = of;
                    }
                    // (and holds the office: « Le porte-parole a ajouté … », « a déclaré le porte-parole du Kremlin » then name
                    // that person, as after « le porte-parole Dmitri Peskov »)
                    p.terms.getOrDefault(CKG.OfficeScheme, List.of()).stream().filter(o -> o.from() == headFrom).findFirst()
                            .map(o -> o.values().get(0)).ifPresent(office -> {
                                if (e.office == null) {
                                    e.office = office.concept();
                                }
                                PersonPhrases.rememberOffice(p, person, office.concept().getLocalName(),
                                        state != null && p.lexicon.isA(state, CKG.State) ? state.getLocalName()
                                                : p.lexicon.isA(of, CKG.Organization) ? of.getURI() : null, null);
                                p.registry.lastOffice(office);
                            });
                });
    }

    /*
     * The one state that the capitals and the people the reference data knows in this sentence belong to, and the bodies
     * it has named so far (« le Parlement irakien a adopté une résolution appelant le gouvernement à … »), if one.
     */
    private static Optional<Resource> sentenceState(SentenceParse p) {
        return sentenceState(p, -1);
    }

    /*
     * The same, and for the bare head at {@code head} (≥ 0) also the people the report named before, called by their
     * surname, and the offices named with a demonym, in the same clause as the head (no « que » between them: « Ecevit
     * affirme que ses forces protègent les Chypriotes des attaques de la Garde nationale » names the other side's).
     */
    private static Optional<Resource> sentenceState(SentenceParse p, int head) {
        List<Resource> states = java.util.stream.Stream.of(p.names.values().stream().map(n -> p.choose(n.values()))
                                .map(x -> p.lexicon.isA(x, CKG.Person) ? p.lexicon.stateOf(x) : p.lexicon.stateOfCapital(x))
                                .flatMap(Optional::stream),
                        p.mentions.stream().filter(m -> m.kind() == Mention.Kind.BODY).flatMap(m -> m.entities().stream())
                                .map(p::stateOfBody).filter(x -> x != null && p.lexicon.isA(x, CKG.State)),
                        // (« Devant le Parlement, M. Simitis a défendu l'accord »: people the report named before, called
                        // by their surname, whom the names of the sentence, read after the heads, do not hold yet)
                        IntStream.range(0, head < 0 ? 0 : p.tk.size()).filter(k -> !p.names.containsKey(k) && sameClause(p, k, head))
                                .mapToObj(k -> surnameState(p, k)).flatMap(Optional::stream),
                        // (« a déclaré le Premier ministre polonais, Donald Tusk, devant la Diète »: the state of an office
                        // the sentence names with its demonym)
                        p.terms.getOrDefault(CKG.OfficeScheme, List.of()).stream()
                                .filter(o -> head >= 0 && o.to() < p.tk.size() && sameClause(p, o.from(), head))
                                .map(o -> p.demonym(p.tk.get(o.to()))).flatMap(Optional::stream))
                .flatMap(x -> x).distinct().toList();
        return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
    }

    /* Whether no « que » stands between the tokens at {@code a} and {@code b}. */
    private static boolean sameClause(SentenceParse p, int a, int b) {
        return IntStream.range(Math.min(a, b), Math.max(a, b)).noneMatch(k -> p.tk.get(k).normMatches("que|qu'"));
    }

    /*
     * The state served by the person the report named before and calls by the surname at {@code k} (« le Premier ministre
     * grec, Costas Simitis », then « M. Simitis »), if the report says it.
     */
    private static Optional<Resource> surnameState(SentenceParse p, int k) {
        Token t = p.tk.get(k);
        // (the last word of a capitalised run: « João Bernardo Vieira » is remembered as « vieira »; not the first word of
        // a sentence, which any word may be)
        if (k == 0 || k == p.datelineEnd || !t.isWord() || !t.isCapitalized()
                || k + 1 < p.tk.size() && p.tk.get(k + 1).isWord() && p.tk.get(k + 1).isCapitalized()) {
            return Optional.empty();
        }
        return p.registry.personWithSurname(t.norm()).map(p::stateOfActor).filter(x -> p.lexicon.isA(x, CKG.State));
    }

    /*
     * The state served by the person named at {@code k}, one the reference data knows or one the report named before, after a
     * civility title or not (« le gouvernement de M. Vieira », « l'armée de Saddam Hussein »), if the text says it.
     */
    private static Optional<Resource> personStateAt(SentenceParse p, int k) {
        if (k + 2 < p.tk.size() && p.tk.get(k).normMatches("m|mme|mlle") && p.tk.get(k + 1).is(".")) {
            k += 2;
        } else if (k + 1 < p.tk.size() && p.tk.get(k).normMatches("mme|mlle")) {
            k++;
        }
        if (k >= p.tk.size()) {
            return Optional.empty();
        }
        if (p.names.containsKey(k)) {
            Resource known = p.choose(p.names.get(k).values());
            return p.lexicon.isA(known, CKG.Person) ? p.lexicon.stateOf(known) : Optional.empty();
        }
        int end = k;
        while (end + 1 < p.tk.size() && p.tk.get(end + 1).isWord() && p.tk.get(end + 1).isCapitalized()) {
            end++;
        }
        return p.tk.get(k).isCapitalized() ? surnameState(p, end) : Optional.empty();
    }

    /* Whether a speech cue and « que » stand before {@code at} (« a annoncé que les unités … »), and no word of blame. */
    private static boolean saidOfOwnForces(SentenceParse p, int at) {
        List<PhraseIndex.Match<Lexicon.Term>> cues = p.terms.get(CKG.SpeechCueScheme);
        boolean said = cues.stream().anyMatch(c -> c.to() < at && !CKG.AccusationVerb.equals(c.values().get(0).cueKind())
                && IntStream.range(c.to(), Math.min(at, c.to() + 8)).anyMatch(k -> p.tk.get(k).normMatches("que|qu'")));
        return said && cues.stream().noneMatch(c -> c.to() <= at && CKG.AccusationVerb.equals(c.values().get(0).cueKind()));
    }

    /** The key prefix under which the first word of a body's capitalised name is remembered. */
    static final String FIRST_WORD = "first-word:";

    /* Verbs of holding or taking a chair (« assure la présidence », « a pris la présidence »), normalized. */
    private static final java.util.regex.Pattern CHAIR_VERB = java.util.regex.Pattern.compile(
            "(assur|exerc|occup|quitt|brigu|ced)\\w*|pren\\w*|pris|prise");

    /*
     * « réuni sous la présidence du chef de l'État », « le Mali en assure la présidence », « la présidence tournante de l'UA »,
     * « la présidence de la Cédéao »: « présidence » as the chair of a meeting or of an organisation, no state's presidency
     * (« la présidence de la République », « la présidence ivoirienne » are).
     */
    private static boolean chairing(SentenceParse p, PhraseIndex.Match<Lexicon.Term> head) {
        if (!"presidence".equals(head.values().get(0).notation()) || head.to() != head.from() + 1) {
            return false;
        }
        int at = head.from();
        boolean owned = at >= 1 && p.tk.get(at - 1).normMatches("la|sa|leur|ma|notre|votre");
        if (owned && at >= 2 && (p.tk.get(at - 2).norm().equals("sous") || CHAIR_VERB.matcher(p.tk.get(at - 2).norm()).matches())) {
            return true;
        }
        int next = head.to();
        if (next < p.tk.size() && p.tk.get(next).normMatches("tournante|semestrielle|annuelle")) {
            return true;
        }
        // (« la présidence de l'Union africaine »: an organisation's chair)
        int k = p.skipDe(next);
        return k > next && k < p.tk.size() && p.names.containsKey(k) && p.names.get(k).values().stream()
                .allMatch(x -> p.lexicon.isA(x.entity(), CKG.Organization) && !p.lexicon.isA(x.entity(), CKG.GovernmentBody));
    }

    static void headPhrase(SentenceParse p, PhraseIndex.Match<Lexicon.Term> head) {
        Lexicon.Term term = head.values().get(0);
        Resource cls = term.denotesClass();
        if (cls == null) {
            return;
        }
        // (« une commission d'enquête », « en direction de »: a word that heads a body's name only as the first word of a
        // proper name, which the first word of a sentence does not show)
        if (term.capitalizedName() && (!p.tk.get(head.from()).isCapitalized() || head.from() == p.datelineEnd)) {
            return;
        }
        // (« les chefs d'État et de gouvernement de l'Igad »: the leaders' title, no government)
        int at = head.from();
        if (at >= 3 && p.tk.get(at - 1).norm().equals("de") && p.tk.get(at - 2).is("et") && p.tk.get(at - 3).norm().equals("etat")) {
            return;
        }
        if (p.lexicon.isSubClass(cls, CKG.Place)) {
            PlacePhrases.placePhrase(p, head.from(), head.to(), term);
            return;
        }
        if (chairing(p, head)) {
            return;
        }
        int j = head.to();
        if (term.speaksFor()) {
            // « le service de presse du ministère … »: the press service speaks for its owner.
            int k = p.skipDe(j);
            if (k > j) {
                int before = p.mentions.size();
                Optional<PhraseIndex.Match<Lexicon.Term>> owner = p.headAt(k);
                if (owner.isPresent()) {
                    headPhrase(p, owner.get());
                } else if (p.names.containsKey(k)) {
                    p.nameMention(p.names.get(k));
                }
                if (p.mentions.size() > before) {
                    Mention m = p.mentions.remove(p.mentions.size() - 1);
                    p.add(head.from(), m.to(), m.entities(), m.kind());
                    spokespersonNamed(p, m, head.from());
                }
            }
            return;
        }
        // « les forces séparatistes arméniennes du Haut-Karabakh »: no state's, whatever follows
        if (term.stateless()) {
            // « les rebelles du M23 »: a group the text names is who they are
            int k = p.skipDe(j);
            if (k > j && p.names.containsKey(k) && p.names.get(k).values().stream()
                    .anyMatch(n -> p.lexicon.isA(n.entity(), CKG.Organization) || p.lexicon.isA(n.entity(), CKG.ArmedForces))) {
                return;
            }
            int end = j;
            while (end < p.tk.size() && p.demonym(p.tk.get(end)).isPresent()) {
                end++;
            }
            EntityRegistry.NewEntity e = p.registry.entity(Iris.body(null, term.notation()), cls,
                    MentionFinder.capitalize(term.label()), p.sentence);
            p.registry.rememberHead(Iris.slug(term.notation()), e.iri);
            p.add(head.from(), end, List.of(e.iri), Mention.Kind.BODY);
            return;
        }
        List<Resource> states = new ArrayList<>();
        String complement = null;
        Resource named = null;
        boolean knownName = false;
        String bracketAcronym = null;
        if (term.namedByQualifiers()) {
            int end = term.capitalizedName() ? nameComplementsEnd(p, j) : qualifiersEnd(p, j);
            // (« le commandement américain du Pacifique »: whose it is may stand before its qualifiers)
            if (end == j && !term.capitalizedName() && j + 1 < p.tk.size() && p.demonym(p.tk.get(j)).isPresent()
                    && qualifiersEnd(p, j + 1) > j + 1) {
                states.add(p.demonym(p.tk.get(j)).get());
                j++;
                end = qualifiersEnd(p, j);
            }
            if (end == j) {
                // (« le commandement a qualifié l'incursion »: the command named before, or none; « le Conseil » alone may be
                // any council, the Security Council most often, which other words read)
                if (term.capitalizedName()) {
                    return;
                }
                p.registry.lastWithHead(Iris.slug(term.label())).ifPresent(x -> p.add(head.from(), head.to(), List.of(x), Mention.Kind.BODY));
                return;
            }
            complement = p.text(j, end);
            j = end;
        }
        while (j < p.tk.size()) {
            // « le Comité d'État pour la sécurité nationale (GKNB) du Kirghizistan »: the state after the
            // acronym in brackets (the mention ends before them, so that the acronym names it too)
            boolean bracketed = states.isEmpty() && acronymInBrackets(p, j) && j + 3 < p.tk.size();
            if (bracketed && p.skipDe(j + 3) > j + 3 && p.stateNamedAt(p.skipDe(j + 3)).isPresent()) {
                states.add(p.stateNamedAt(p.skipDe(j + 3)).get());
                break;
            }
            // (« l'Armée nationale populaire (ANP) algérienne »: or its demonym)
            if (bracketed && p.demonym(p.tk.get(j + 3)).isPresent()) {
                states.add(p.demonym(p.tk.get(j + 3)).get());
                // (the mention goes on to the demonym, and the acronym names the body too)
                bracketAcronym = p.tk.get(j + 1).surface();
                j += 4;
                break;
            }
            // (« le gouvernement militaire éthiopien », « le gouvernement légitime du Lesotho »: an adjective of the body's kind
            // before whose it is)
            if (states.isEmpty() && j + 1 < p.tk.size() && BODY_ADJECTIVE.matcher(p.tk.get(j).norm()).matches()
                    && (p.demonym(p.tk.get(j + 1)).isPresent() || p.skipDe(j + 1) > j + 1 && p.stateNamedAt(p.skipDe(j + 1)).isPresent())) {
                j++;
                continue;
            }
            Optional<Resource> dem = p.demonym(p.tk.get(j));
            // (« le retrait des troupes françaises du Mali », « les forces vietnamiennes du Cambodge »: a state named right after
            // the demonym is where they are, or leave, not a second owner)
            if (dem.isEmpty() && !states.isEmpty() && j > head.to() && p.demonym(p.tk.get(j - 1)).isPresent()
                    && p.skipDe(j) > j && p.stateNamedAt(p.skipDe(j)).isPresent()) {
                break;
            }
            if (dem.isPresent()) {
                states.add(dem.get());
                j++;
                // « des soldats biélorusses, arméniens, tadjiks et kirghiz »
                if (j + 1 < p.tk.size() && (p.tk.get(j).is(",") || p.tk.get(j).is("et"))
                        && p.demonym(p.tk.get(j + 1)).isPresent()) {
                    j++;
                }
                continue;
            }
            int k = p.skipDe(j);
            if (k > j && k < p.tk.size()) {
                Optional<Resource> st = p.stateNamedAt(k);
                if (st.isPresent()) {
                    states.add(st.get());
                    j = p.names.get(k).to();
                    // « d'Erevan et de Bakou »
                    if (j + 1 < p.tk.size() && p.tk.get(j).is("et") && p.skipDe(j + 1) > j + 1) {
                        j++;
                    }
                    continue;
                }
                // « le gouvernement régional du Kurdistan »: a body named with a region the reference data
                // places in a state is that state's
                Optional<Resource> region = complement == null && term.notation() == null && p.names.containsKey(k)
                        && p.lexicon.isSubClass(cls, CKG.GovernmentBody)
                        ? p.names.get(k).values().stream().map(Lexicon.Known::entity).filter(x -> p.lexicon.isA(x, CKG.Place))
                                .flatMap(x -> p.lexicon.containers(x).stream()).filter(x -> p.lexicon.isA(x, CKG.State)).findFirst()
                        : Optional.empty();
                if (region.isPresent()) {
                    states.add(region.get());
                    complement = p.text(j, p.names.get(k).to());
                    j = p.names.get(k).to();
                    continue;
                }
                if (complement == null && term.notation() == null && p.lexicon.isSubClass(cls, CKG.GovernmentBody)
                        && p.tk.get(k).isCapitalized() && !p.names.containsKey(k)) {
                    int end = k + 1;
                    while (end < p.tk.size() && end < k + 3 && SentenceParse.ADJECTIVE.matcher(p.tk.get(end).norm()).matches()) {
                        end++;
                    }
                    // (« le ministère russe des Situations d'urgence »: a lower-case complement the head's label goes on with)
                    while (end + 1 < p.tk.size() && SentenceParse.DE.contains(p.tk.get(end).norm()) && p.tk.get(end + 1).isWord()
                            && !p.tk.get(end + 1).isCapitalized() && p.lexicon.headNotation(term.label() + " " + p.text(j, end + 2)).isPresent()) {
                        end += 2;
                    }
                    complement = p.text(j, end);
                    j = end;
                    continue;
                }
            }
            // « l'agence prokurde ANF », « l'agence de presse officielle INA »: an adjective may stand before the agency's name
            // (« l'agence officielle laotienne KPL »: or before the demonym of its state, which the next round reads)
            if (p.lexicon.isSubClass(cls, CKG.NewsAgency) && named == null && j + 1 < p.tk.size() && p.tk.get(j).isWord()
                    && !p.tk.get(j).isCapitalized() && !SentenceParse.FUNCTION_WORDS.contains(p.tk.get(j).norm())
                    && (p.tk.get(j + 1).isCapitalized() && p.tk.get(j + 1).isWord()
                            || j + 2 < p.tk.size() && p.demonym(p.tk.get(j + 1)).isPresent() && p.tk.get(j + 2).isCapitalized()
                                    && p.tk.get(j + 2).isWord())
                    && p.demonym(p.tk.get(j)).isEmpty()
                    && AGENCY_ADJECTIVE.matcher(p.tk.get(j).norm()).matches()) {
                j++;
                continue;
            }
            // (« l'ONG Global Witness », « l'organisation Human Rights Watch »: so is an organisation's)
            if ((p.lexicon.isSubClass(cls, CKG.NewsAgency) || CKG.Organization.equals(cls)) && named == null && p.tk.get(j).isCapitalized()
                    && p.tk.get(j).isWord()) {
                if (p.names.containsKey(j)) {
                    named = p.choose(p.names.get(j).values());
                    knownName = true;
                    j = p.names.get(j).to();
                } else {
                    int end = j;
                    // (« le groupe Ansar al-Sunna »: a joined particle goes on with the name)
                    while (end < p.tk.size() && (p.tk.get(end).isCapitalized()
                            || end > j && SentenceParse.PARTICLE.matcher(p.tk.get(end).surface()).matches())) {
                        end++;
                    }
                    String name = p.text(j, end);
                    EntityRegistry.NewEntity organisation = p.registry.entity(Iris.organization(name), cls, name, p.sentence);
                    // (a one-word name is the organisation later on: « la compagnie irlandaise Ryanair », then « le patron de Ryanair »)
                    if (end == j + 1) {
                        p.registry.alias(p.tk.get(j).surface(), List.of(organisation.iri));
                    }
                    if (!states.isEmpty() && organisation.basedIn == null) {
                        organisation.basedIn = states.get(0);
                    }
                    // (« le groupe français TotalEnergies »: the report names France too)
                    p.registry.mentioned(states);
                    named = organisation.iri;
                    j = end;
                }
                continue;
            }
            break;
        }
        if (p.lexicon.isSubClass(cls, CKG.NewsAgency) || CKG.Organization.equals(cls) && (named != null || term.introducesName())) {
            if (named != null && term.introducesName()) {
                // (a name the reference data knows keeps its own mention: « la chaîne France 24 » is the channel the
                // claim was carried by; a new one is a name, not a body anyone speaks for)
                if (!knownName) {
                    p.add(head.from(), j, List.of(named), Mention.Kind.NAME);
                }
            } else if (named != null) {
                p.add(head.from(), j, List.of(named), Mention.Kind.BODY);
            }
            return;
        }
        // « des soldats russes de la force de maintien de la paix »: soldiers of a named force are that force
        int unitAt = p.skipDe(j);
        if ("forces-armees".equals(term.notation()) && !states.isEmpty() && unitAt > j && p.headAt(unitAt).isPresent()) {
            Lexicon.Term unit = p.headAt(unitAt).get().values().get(0);
            if (unit.notation() != null && !unit.notation().equals(term.notation()) && unit.denotesClass() != null
                    && p.lexicon.isSubClass(unit.denotesClass(), CKG.ArmedForces) && !unit.stateless()) {
                term = unit;
                j = p.headAt(unitAt).get().to();
            }
        }
        String phrase = term.label() + (complement == null ? "" : " " + complement.replaceFirst("^(d'|d’)", "d'"));
        String key = term.notation() != null ? term.notation() : p.lexicon.headNotation(phrase).orElse(phrase);
        // « les ministères de la Défense respectifs »: one each for the pair the report is about.
        if (states.isEmpty() && j < p.tk.size() && p.tk.get(j).norm().startsWith("respecti") && p.registry.dyad().size() == 2) {
            states.addAll(p.registry.dyad());
            j++;
        }
        // (« les gardes-frontières des deux pays », « les armées des deux voisins »: so with the pair named by « des deux »)
        if (states.isEmpty() && j + 2 < p.tk.size() && p.tk.get(j).is("des") && p.tk.get(j + 1).norm().equals("deux")
                && p.tk.get(j + 2).normMatches("pays|etats|voisins|camps|belligerants")) {
            // (the pair « entre X et Y » set, or else the two states the report has named most, as for « les deux pays »)
            List<Resource> pair = p.theTwoStates();
            if (pair.size() == 2) {
                states.addAll(pair);
                j += 3;
            }
        }
        // « les militaires du Sud » in a report about the two Koreas: the state of that half
        if (states.isEmpty() && j + 1 < p.tk.size() && p.tk.get(j).is("du") && p.lexicon.isSubClass(cls, CKG.ArmedForces)) {
            Optional<Resource> half = p.stateOfHalf(p.tk.get(j + 1));
            if (half.isPresent()) {
                states.add(half.get());
                j += 2;
            }
        }
        // « le service frontalier du GKNB kirghiz »: a body of a body belongs to the same state.
        int owner = p.skipDe(j);
        if (states.isEmpty() && owner > j && p.headAt(owner).isPresent() && !p.used[owner]) {
            int before = p.mentions.size();
            headPhrase(p, p.headAt(owner).get());
            if (p.mentions.size() > before) {
                Mention ownerMention = p.mentions.get(p.mentions.size() - 1);
                // « les unités de la défense aérienne », « les soldats de la garde nationale »: the common words for an army
                // followed by a force name that force, no second one
                if ("forces-armees".equals(term.notation()) && term.ofState() == null && complement == null
                        && ownerMention.entities().stream().allMatch(o -> p.lexicon.isA(o, CKG.ArmedForces)
                                || p.registry.created(o).filter(e -> e.type != null && p.lexicon.isSubClass(e.type, CKG.ArmedForces)).isPresent())) {
                    p.mentions.remove(ownerMention);
                    p.add(head.from(), ownerMention.to(), ownerMention.entities(), Mention.Kind.BODY);
                    return;
                }
                ownerMention.entities().forEach(o -> p.registry.created(o)
                        .map(e -> e.partOf).filter(java.util.Objects::nonNull).ifPresent(states::add));
                // (« le commandement suprême de l'Armée populaire de Corée affirme »: the command speaks, not its army)
                if (term.namedByQualifiers()) {
                    p.mentions.remove(ownerMention);
                    // (« le Commandement conjoint des forces armées péruviennes »: common words name it too, a proper name
                    // does not, « de l'Armée populaire de Corée »)
                    PhraseIndex.Match<Lexicon.Term> ownerHead = p.headAt(owner).get();
                    // (but not after the front it holds: « le commandement opérationnel Sud de l'armée ukrainienne » is the
                    // commandement-operationnel-sud, as « du théâtre Ouest de l'APL »)
                    if (!p.tk.get(ownerHead.from()).isCapitalized() && !(complement != null && p.tk.get(j - 1).isCapitalized())) {
                        complement = (complement == null ? "" : complement + " ") + p.text(j, ownerHead.to());
                        key = term.label() + " " + complement;
                    }
                    j = ownerMention.to();
                    // (« … de l'Armée populaire de libération (APL) a accusé »: the owner's acronym too)
                    if (acronymInBrackets(p, j)) {
                        j += 3;
                    }
                }
            }
        } else if (states.isEmpty() && owner > j && p.names.containsKey(owner)) {
            Resource known = p.choose(p.names.get(owner).values());
            if (p.lexicon.isA(known, CKG.GovernmentBody) || p.lexicon.isA(known, CKG.ArmedForces)) {
                p.lexicon.stateOf(known).ifPresent(states::add);
            } else if (p.lexicon.isA(known, CKG.Person)) {
                // « l'armée de Saddam Hussein », « le gouvernement de Nikol Pachinian »: the state the person serves
                p.lexicon.stateOf(known).ifPresent(states::add);
            } else if (p.lexicon.isA(known, CKG.Organization) && !p.lexicon.isA(known, CKG.NewsAgency)) {
                // (« les forces du Front de libération du peuple du Tigré », « les troupes de la SADC »: the common words for an
                // army name the organisation whose fighters they are, no body of its own)
                // (and so do the words for a state's government, « les autorités du Hamas », « des responsables du Hamas »: the
                // organisation itself, no body typed a state)
                if ("forces-armees".equals(term.notation()) && term.ofState() == null && complement == null
                        || p.lexicon.isSubClass(cls, CKG.State) && term.ofState() == null) {
                    p.add(head.from(), p.names.get(owner).to(), List.of(known), Mention.Kind.NAME);
                    return;
                }
                // « le Conseil de sécurité collective de l'OTSC »: a body of an organisation.
                organisationBody(p, head.from(), p.names.get(owner).to(), term, complement, key, cls, known);
                return;
            }
        }
        // « le gouvernement de M. Vieira », after « le président bissau-guinéen João Bernardo Vieira »: the state the person
        // the report named before serves (as for a known person above)
        if (states.isEmpty() && owner > j && !p.names.containsKey(owner) && term.ofState() == null
                && (p.lexicon.isSubClass(cls, CKG.GovernmentBody) || p.lexicon.isSubClass(cls, CKG.ArmedForces))) {
            personStateAt(p, owner).ifPresent(states::add);
        }
        // « L'Union africaine a salué le retrait. Réuni mardi, son Conseil de paix et de sécurité … »: a body named with
        // a possessive is the body of the actor the sentence opens with, or else of the one the sentence before opened with
        // (and so are forces: « Alberto Fujimori …, affirmant que ses troupes venaient de s'emparer de Tiwinza », the forces of
        // the state a known person serves)
        boolean possessive = head.from() > 0 && p.tk.get(head.from() - 1).normMatches("son|sa|leur|ses|leurs");
        boolean forces = p.lexicon.isSubClass(cls, CKG.ArmedForces);
        if (states.isEmpty() && possessive && (p.lexicon.isSubClass(cls, CKG.GovernmentBody) || forces)) {
            // (the names of the sentence, which are read after the heads)
            // (forces are those of the nearest: « Maïga a exigé que la France retire ses troupes », « Paris a annoncé le
            // départ de ses soldats »)
            // (not a state named as where: « Réfugié en Arabie saoudite, le président X a réuni son gouvernement »)
            List<Resource> owners = IntStream.range(0, head.from()).filter(p.names::containsKey)
                    .filter(k -> k == 0 || !p.tk.get(k - 1).normMatches("en|au|aux|a|dans|vers|depuis"))
                    // (« L'émir, cheikh Jaber al-Ahmad al-Sabah, avait pu fuir …, où s'est depuis réfugié son gouvernement »: a
                    // person's body is their state's; « le président péruvien Alberto Fujimori », the state of the office before)
                    .mapToObj(k -> {
                        Resource x = p.choose(p.names.get(k).values());
                        return p.lexicon.isA(x, CKG.Person) ? p.lexicon.stateOf(x)
                                .or(() -> Optional.ofNullable(p.stateOfActor(x)).filter(s -> p.lexicon.isA(s, CKG.State)))
                                .or(() -> k > 0 ? p.demonym(p.tk.get(k - 1)) : Optional.empty()).orElse(x)
                                : forces ? p.lexicon.stateOfCapital(x).orElse(x) : x;
                    })
                    .filter(x -> p.lexicon.isA(x, CKG.State) || p.lexicon.isA(x, CKG.Organization)).toList();
            // (« Le président péruvien Alberto Fujimori …, affirmant que ses troupes … »: with no name known, the state of an
            // office held before)
            if (owners.isEmpty() && forces) {
                owners = p.terms.getOrDefault(CKG.OfficeScheme, List.of()).stream().filter(o -> o.to() < head.from())
                        .map(o -> p.demonym(p.tk.get(o.to()))).flatMap(Optional::stream).limit(1).toList();
            }
            // (but forces attacked are the first's, the side that speaks: « Asmara accusait Djibouti d'avoir lancé des
            // attaques contre ses unités »)
            boolean attacked = forces && head.from() > 1 && p.tk.get(head.from() - 2).normMatches("contre|visant|sur");
            // (the speaker may be a body: « Le ministère érythréen des Affaires étrangères accusait Djibouti … »)
            Optional<Resource> speaker = !attacked ? Optional.empty() : p.mentions.stream()
                    .filter(m -> m.to() <= head.from() && m.kind() == Mention.Kind.BODY && m.entities().size() == 1)
                    .min(java.util.Comparator.comparingInt(Mention::from))
                    .filter(m -> IntStream.range(0, m.from()).noneMatch(p.names::containsKey))
                    .flatMap(m -> Optional.ofNullable(p.stateOfBody(m.first())));
            Resource whose = speaker.isPresent() ? speaker.get() : !owners.isEmpty() ? owners.get(forces && !attacked ? owners.size() - 1 : 0)
                    : p.registry.openingSubject() == null ? null : p.registry.openingSubject().getKey();
            if (whose != null && p.lexicon.isA(whose, CKG.State)) {
                states.add(whose);
            } else if (whose != null && p.lexicon.isA(whose, CKG.Organization) && !p.lexicon.isA(whose, CKG.NewsAgency)) {
                organisationBody(p, head.from(), j, term, complement, key, cls, whose);
                return;
            }
        }
        // « les Gardiens de la révolution », « le Kremlin »: a head that names its state by itself.
        if (states.isEmpty() && term.ofState() != null) {
            states.add(p.inItsTime(term.ofState()));
        }
        // « Par la voix de son ambassadrice à l'ONU, le Pakistan a demandé au Conseil de sécurité d'intervenir »: a
        // Security Council of no state, in a report that has named the United Nations, is theirs
        // (« le Haut Conseil de sécurité » is a state's)
        if (states.isEmpty() && "conseil-de-securite".equals(key) && complement == null && p.tk.get(head.from()).isCapitalized()
                && head.from() > 0 && p.tk.get(head.from() - 1).normMatches("le|du|au")
                && !(j < p.tk.size() && p.tk.get(j).norm().startsWith("respecti")) && unitedNationsNamed(p)) {
            p.add(head.from(), j, List.of(UN_SECURITY_COUNCIL), Mention.Kind.NAME);
            return;
        }
        // (« un communiqué du Conseil de souveraineté », after « le Conseil de souveraineté soudanais »: a body's proper name
        // the report gave with its state refers back to that body, before any guess of whose it is)
        if (states.isEmpty() && term.capitalizedName() && complement != null) {
            Optional<Resource> before = p.registry.lastWithHead(Iris.slug(key));
            if (before.isPresent()) {
                p.add(head.from(), j, List.of(before.get()), Mention.Kind.BODY);
                return;
            }
        }
        // « le Comité de sécurité nationale (KNB) a annoncé », with no state said, in a report about
        // one country: that country's.
        // (and so are forces that keep order or guard the state, « la garde présidentielle », « la police »; not the armed
        // services every side of a war has, « l'armée », « l'aviation », « la défense antiaérienne »: ckg:onEverySide)
        boolean stateForce = forces && term.notation() != null && !term.onEverySide();
        if (states.isEmpty() && (p.lexicon.isSubClass(cls, CKG.GovernmentBody) || stateForce) && (term.notation() != null || complement != null)
                && !(j < p.tk.size() && p.tk.get(j).norm().startsWith("respecti"))) {
            // (« À Séoul, le Conseil de sécurité nationale s'est réuni »: the capital the sentence opens with; « devant le
            // Parlement, à Juba », « Devant le Parlement, M. Tusk a … »: the one state the sentence's capitals and known
            // people say)
            // (a body named with an article or a possessive: not « des deux gouvernements », « qu'un gouvernement ouvre ses
            // frontières »)
            // (« le Haut Conseil de sécurité »: a capitalised adjective of rank may stand between them)
            int article = head.from() > 1 && p.tk.get(head.from() - 1).surfaceMatches("Haut|Haute|Grand|Grande") ? head.from() - 2 : head.from() - 1;
            boolean theOne = article >= 0 && p.tk.get(article).normMatches("le|la|l'|du|au|les|des|son|sa|ses");
            // (the people of the sentence only for a bare head, whose name says nothing of its state: « le Parlement », not
            // « la Commission militaire d'armistice », a joint body whatever delegate the sentence names)
            int bare = complement == null ? head.from() : -1;
            p.frontedState().or(() -> theOne ? sentenceState(p, bare) : Optional.empty())
                    .or(p::homeState).ifPresent(states::add);
        }
        List<Resource> entities = new ArrayList<>();
        // « les forces russes » p.names Russia too.
        p.registry.mentioned(states);
        // « les autorités kosovares », « le Kremlin »: words that stand for a state's government name the state.
        if (p.lexicon.isSubClass(cls, CKG.State)) {
            String headKey = "state-head:" + Iris.slug(term.label());
            // (« le chef de la junte malienne, le colonel X »: the words say whose the office is, they name no other actor)
            // (a head that names its state by itself, « le porte-parole du Kremlin », speaks for it)
            boolean ofOffice = term.ofState() == null && p.terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.to() < head.from() && head.from() - o.to() <= 2
                    && p.tk.subList(o.to(), head.from()).stream().allMatch(x -> x.normMatches("de|du|des|d'|la|l'|les")));
            if (ofOffice) {
                return;
            }
            if (!states.isEmpty()) {
                p.add(head.from(), j, states, Mention.Kind.NAME);
                if (states.size() == 1) {
                    p.registry.rememberHead(headKey, states.get(0));
                }
            } else if (j == head.to() && head.from() > 0 && p.tk.get(head.from() - 1).normMatches("la|le|l'")
                    && (j + 1 >= p.tk.size() || !p.tk.get(j).normMatches("de|du|des|d'") || p.tk.get(j + 1).opensQuote())) {
                // « La junte malienne a expulsé l'ambassadeur … Le Drian avait qualifié la junte d'« illégitime » »: the one
                // named last with those words (not « la junte d'Athènes », whose state follows)
                int end = j;
                p.registry.lastWithHead(headKey).ifPresent(x -> p.add(head.from(), end, List.of(x), Mention.Kind.ANAPHOR));
            }
            return;
        }
        // « le ministère » refers back to the ministry named before; « une alliance militaire » does not.
        // (« un porte-parole du ministère », « a-t-on appris au ministère »: « du » and « au » hold the article « le »)
        boolean definite = head.from() > 0 && (SentenceParse.ARTICLES.contains(p.tk.get(head.from() - 1).norm())
                || p.tk.get(head.from() - 1).normMatches("du|au"));
        // (« tenus par les Forces armées royales »: a name of several words, capitalised within the sentence, refers back
        // only to what was named with these words, « la Garde nationale » to « la Garde nationale chypriote », not to
        // another army)
        boolean properName = head.to() - head.from() > 1 && head.from() > 1 && p.tk.get(head.from()).isCapitalized();
        if (states.isEmpty() && definite) {
            p.registry.lastWithHead(properName ? Iris.slug(p.text(head.from(), head.to())) : Iris.slug(key)).ifPresent(entities::add);
            // « Le ministère algérien de la Défense a annoncé que les unités de la défense aérienne avaient abattu un drone »:
            // forces no earlier words named, in what a speaker of one state says that (« que ») they did, are that state's
            // (not after a word of blame, whose object is the other side: « Damas accuse l'armée de l'air … »)
            if (entities.isEmpty() && p.lexicon.isSubClass(cls, CKG.ArmedForces) && !properName && saidOfOwnForces(p, head.from())) {
                sentenceState(p).ifPresent(states::add);
            }
        }
        // « Varsovie a déployé quelque 15 000 soldats », « l'Australie et la Nouvelle-Zélande ont engagé des troupes »: troops
        // no words name the state of, sent by states, are those states' armies
        // (counted or indefinite: « des troupes », « quelque 15 000 soldats »; not « sa présence militaire »)
        if (states.isEmpty() && forces && term.notation() != null && term.ofState() == null && complement == null && !definite
                && head.from() > 0 && COUNTED.matcher(p.tk.get(head.from() - 1).norm()).matches()) {
            states.addAll(sentBy(p, head.from()));
        }
        for (Resource state : states) {
            EntityRegistry.NewEntity e = p.registry.bodyOf(state, p.lexicon.labelFr(state).orElse(state.getLocalName()), key, cls,
                    MentionFinder.capitalize(term.label() + (complement == null ? "" : " " + complement)), p.sentence);
            entities.add(e.iri);
            p.registry.rememberHead(Iris.slug(key), e.iri);
            p.registry.rememberHead(Iris.slug(term.label()), e.iri);
            p.registry.rememberHead(Iris.slug(p.text(head.from(), head.to())), e.iri);
            // (« les Gardiens de la révolution », then « les Gardiens »: a capitalised name's first word refers back to it)
            if (head.to() - head.from() > 1 && p.tk.get(head.from()).isCapitalized()) {
                p.registry.rememberHead(FIRST_WORD + Iris.slug(p.tk.get(head.from()).surface()), e.iri);
            }
        }
        if (!entities.isEmpty()) {
            p.add(head.from(), j, entities, Mention.Kind.BODY);
            if (bracketAcronym != null) {
                p.registry.alias(bracketAcronym, entities);
            }
        }
    }

    /*
     * The states that send the troops named at {@code at}: the subject of a deployment verb (no noun) whose object they are (« a
     * déployé à Bornéo plusieurs milliers de soldats »: a count and where they go may stand between), states named before
     * the verb in its clause, not where something is (« en Arabie saoudite »), a capital standing for its state.
     */
    private static List<Resource> sentBy(SentenceParse p, int at) {
        Optional<PhraseIndex.Match<Lexicon.Term>> verb = p.terms.get(CKG.EventTriggerScheme).stream()
                .filter(t -> t.values().get(0).evokes() != null && p.lexicon.isSubClass(t.values().get(0).evokes(), CKG.Deployment))
                // (a verb: « Moscou a dénoncé le déploiement de soldats » sends none)
                .filter(t -> t.from() == 0 || !p.tk.get(t.from() - 1).normMatches("le|la|l'|les|un|une|des|du|de|d'|son|sa|ses|leur|leurs|ce|cet|cette"))
                .filter(t -> t.from() < at && (t.to() > at || at - t.to() <= 8 && IntStream.range(t.to(), at)
                        .allMatch(k -> COUNTED.matcher(p.tk.get(k).norm()).matches() || p.tk.get(k).isCapitalized()
                                && p.tk.get(k).isWord())))
                .reduce((a, b) -> b);
        if (verb.isEmpty()) {
            return List.of();
        }
        int start = 0;
        for (int k = verb.get().from() - 1; k >= 0; k--) {
            if (p.tk.get(k).normMatches("[;:]|que|qu'|qui")) {
                start = k + 1;
                break;
            }
        }
        // (the subject, not states named in an apposition set off by commas before the verb: « L'Australie et la
        // Nouvelle-Zélande, membres comme la Grande-Bretagne du Commonwealth, ont elles aussi engagé des troupes »; after a
        // fronted phrase, the words after its comma: « Selon Moscou, l'Ukraine a déployé … »)
        int end = verb.get().from();
        int beforeVerb = end - 1;
        while (beforeVerb > start && p.tk.get(beforeVerb).normMatches("a|ont|est|sont|avait|avaient|aussi|elles|ils|egalement|deja")) {
            beforeVerb--;
        }
        int firstComma = -1;
        int lastComma = -1;
        for (int k = start; k < beforeVerb; k++) {
            if (p.tk.get(k).is(",")) {
                firstComma = firstComma < 0 ? k : firstComma;
                lastComma = k;
            }
        }
        if (p.tk.get(beforeVerb).is(",") && firstComma >= 0) {
            end = firstComma;
        } else if (lastComma >= 0 && !p.tk.get(beforeVerb).is(",")) {
            start = lastComma + 1;
        } else if (p.tk.get(beforeVerb).is(",")) {
            end = beforeVerb;
        }
        List<Resource> senders = new ArrayList<>();
        for (int k = start; k < end; k++) {
            if (p.names.containsKey(k) && (k == 0 || !p.tk.get(k - 1).normMatches("en|au|aux|a|dans|vers|depuis|de|du|d'|des"))) {
                p.stateNamedAt(k).filter(x -> !senders.contains(x)).ifPresent(senders::add);
            }
        }
        return senders;
    }

    /* Words that count troops or say where they go, between a verb of sending and them. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "\\d[\\d .,]*|des|de|d'|quelque|quelques|plusieurs|pres|environ|milliers|centaines|dizaines|millier|centaine|dizaine"
                    + "|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|a|au|en|dans|vers|nouveaux|nouvelles");

    private static final Resource UN = org.apache.jena.rdf.model.ResourceFactory.createResource(CKG.ID + "org/un");
    private static final Resource UN_SECURITY_COUNCIL = org.apache.jena.rdf.model.ResourceFactory.createResource(CKG.ID + "org/unsc");

    /* Whether the report, this sentence included, has named the United Nations or their Security Council. */
    private static boolean unitedNationsNamed(SentenceParse p) {
        return p.registry.mentioned().stream().anyMatch(x -> x.equals(UN) || x.equals(UN_SECURITY_COUNCIL))
                || p.names.values().stream().flatMap(n -> n.values().stream()).anyMatch(n -> n.entity().equals(UN) || n.entity().equals(UN_SECURITY_COUNCIL));
    }

    /* The body an organisation has (« le Conseil de sécurité collective de l'OTSC »), named by tokens [from, to). */
    private static void organisationBody(SentenceParse p, int from, int to, Lexicon.Term term, String complement, String key,
                                         Resource cls, Resource organisation) {
        String label = MentionFinder.capitalize(term.label() + (complement == null ? "" : " " + complement))
                + " (" + p.lexicon.labelFr(organisation).orElse(organisation.getLocalName()) + ")";
        EntityRegistry.NewEntity e = p.registry.entity(Iris.body(null, key), cls, label, p.sentence);
        e.partOf = organisation;
        p.add(from, to, List.of(e.iri), Mention.Kind.BODY);
    }

    /* « (GKNB) » at {@code at} */
    private static boolean acronymInBrackets(SentenceParse p, int at) {
        return at + 2 < p.tk.size() && p.tk.get(at).is("(") && SentenceParse.isAcronym(p.tk.get(at + 1)) && p.tk.get(at + 2).is(")");
    }

    /*
     * Where the qualifiers of a head named by them end, from {@code at}: adjectives (« suprême », « opérationnel ») and
     * « du théâtre Ouest », up to a demonym or whose it is (« de l'APL »).
     */
    private static int qualifiersEnd(SentenceParse p, int at) {
        int end = at;
        // (« le Commandement européen des États-Unis »: a demonym a state's name follows qualifies)
        while (end < p.tk.size() && (p.demonym(p.tk.get(end)).isEmpty()
                || p.skipDe(end + 1) > end + 1 && p.stateNamedAt(p.skipDe(end + 1)).isPresent())) {
            Token t = p.tk.get(end);
            int region = t.is("pour") && end + 1 < p.tk.size() ? (SentenceParse.ARTICLES.contains(p.tk.get(end + 1).norm()) ? end + 2 : end + 1)
                    : t.normMatches("du|de|d'") ? p.skipDe(end) : -1;
            if (t.normMatches("du|de|d'") && end + 2 < p.tk.size() && p.tk.get(end + 1).normMatches("theatre|secteur|front")) {
                end += 3;
            } else if (region > end && region < p.tk.size() && p.tk.get(region).isCapitalized() && p.tk.get(region).isWord()
                    && (p.names.containsKey(region) ? p.names.get(region).values().stream().map(Lexicon.Known::entity)
                            .allMatch(x -> p.lexicon.isA(x, CKG.Place) && !p.lexicon.isA(x, CKG.State))
                            : !p.used[region] && p.headAt(region).isEmpty() && !p.acronym(region))) {
                // (« le commandement américain du Pacifique », « pour l'Afrique »: the region a command serves names it, a place
                // or a capitalised word no entity of another kind)
                end = p.names.containsKey(region) ? p.names.get(region).to() : region + 1;
            } else if (t.surfaceMatches("(Nord|Sud|Est|Ouest|Centre)(-(Est|Ouest))?")) {
                // (« le commandement opérationnel Sud », « le commandement Nord »: the front a command holds, capitalised)
                end++;
            } else if (t.isWord() && !t.isCapitalized() && (QUALIFIER.matcher(t.norm()).matches() || SentenceParse.ADJECTIVE.matcher(t.norm()).matches())
                    && !SentenceParse.FUNCTION_WORDS.contains(t.norm())) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /*
     * Where the complements of a body's proper name end (« de souveraineté », « principale du renseignement », « national pour
     * la sauvegarde de la patrie », « de sécurité nationale et de défense »): adjectives, and « de », « du », « des », « pour »
     * (« et » before them) with a lower-case noun, up to a demonym, a capitalised name (whose the body is: « du Niger »), a
     * comma or a verb (« a demandé au Conseil d'agir »: « de » before an infinitive).
     */
    private static int nameComplementsEnd(SentenceParse p, int at) {
        int end = at;
        while (end < p.tk.size() && p.demonym(p.tk.get(end)).isEmpty()) {
            Token t = p.tk.get(end);
            if (t.isWord() && !t.isCapitalized() && !SentenceParse.FUNCTION_WORDS.contains(t.norm())
                    && (QUALIFIER.matcher(t.norm()).matches() || SentenceParse.ADJECTIVE.matcher(t.norm()).matches())) {
                end++;
                continue;
            }
            int k = end < p.tk.size() && t.is("et") ? end + 1 : end;
            if (k >= p.tk.size() || !p.tk.get(k).normMatches("de|du|des|d'|pour")) {
                break;
            }
            int noun = k + 1 < p.tk.size() && p.tk.get(k + 1).normMatches("la|le|l'|les") ? k + 2 : k + 1;
            if (noun >= p.tk.size()) {
                break;
            }
            Token n = p.tk.get(noun);
            // (« le Collège des chefs d'État »: the capital of « État » names no one)
            boolean lower = n.isWord() && (!n.isCapitalized() || n.norm().equals("etat")) && p.demonym(n).isEmpty()
                    && !SentenceParse.FUNCTION_WORDS.contains(n.norm());
            boolean infinitive = noun == k + 1 && n.normMatches(".*(er|ir)");
            // (« le Conseil permanent de l'organisation »: whose body it is, no part of its name)
            if (!lower || infinitive || noun == k + 2 && p.headAt(noun).isPresent()) {
                break;
            }
            end = noun + 1;
        }
        return end;
    }

    /* Adjectives of a body's kind that stand between its head and whose it is. */
    private static final java.util.regex.Pattern BODY_ADJECTIVE = java.util.regex.Pattern.compile(
            "(militaire|civile?|federale?|provisoire|legitime|interimaire|transitoire|democratique|revolutionnaire)s?|federaux"
            // (« des divisions motorisées soviétiques », « une brigade blindée irakienne »: the arm of a unit)
            + "|(motorise|blinde|mecanise|aeroporte|parachute)(e|s|es)?");

    /* Qualifiers of a command the adjective endings miss. */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            "supreme|conjoint|conjointe|unifie|central|centrale|general|militaire|interarmees|operationnel|strategique|europeen|africain"
            + "|permanent|permanente|executif|executive");

    /* Words that qualify an agency before its name (« officielle », « prokurde », « indépendante »). */
    private static final java.util.regex.Pattern AGENCY_ADJECTIVE = java.util.regex.Pattern.compile(
            "officielle|semi-officielle|publique|privee|independante|gouvernementale|etatique|nationale|pro-?\\w+|progouvernementale");
}
