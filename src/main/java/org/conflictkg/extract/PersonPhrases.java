package org.conflictkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * People from an office and a name: « le président russe Vladimir Poutine », « le ministre
 * finlandais des Affaires étrangères, Pekka Haavisto », « son homologue tadjik Emomali Rahmon »;
 * an office alone (« le Premier ministre ») refers back to the person who holds it.
 */
final class PersonPhrases {
    private static final java.util.regex.Pattern ADJECTIVE = SentenceParse.ADJECTIVE;

    private PersonPhrases() {
    }

    /** The first person a known name stands for (none when {@code name} is null or names no person). */
    private static Optional<Resource> personNamedBy(SentenceParse p, PhraseIndex.Match<Lexicon.Known> name) {
        return name == null ? Optional.empty()
                : name.values().stream().map(Lexicon.Known::entity).filter(x -> p.lexicon.isA(x, CKG.Person)).findFirst();
    }

    static void personPhrase(SentenceParse p, PhraseIndex.Match<Lexicon.Term> office) {
        Lexicon.Term term = office.values().get(0);
        int j = office.to();
        // « Le Premier ministre et ministre des Affaires étrangères qatari, X »: two offices held at once
        // (the first is the one remembered)
        if (j + 1 < p.tk.size() && p.tk.get(j).is("et")) {
            int second = j + 1;
            Optional<PhraseIndex.Match<Lexicon.Term>> more = p.terms.get(CKG.OfficeScheme).stream().filter(o -> o.from() == second).findFirst();
            if (more.isPresent()) {
                for (int k = second; k < more.get().to(); k++) {
                    p.used[k] = true;
                }
                j = more.get().to();
                // (« ministre des Affaires étrangères »: the rest of the second office's name)
                int rest = p.skipDe(j);
                if (rest > j && rest < p.tk.size() && p.tk.get(rest).isCapitalized() && !p.names.containsKey(rest)) {
                    j = rest + 1;
                    while (j < p.tk.size() && ADJECTIVE.matcher(p.tk.get(j).norm()).matches() && p.demonym(p.tk.get(j)).isEmpty()) {
                        j++;
                    }
                }
            }
        }
        Resource state = null;
        Resource organization = null;
        // « le président en exercice de la Cédéao »: the office held in turn, of what follows (« X, président en exercice de
        // l'OUA », with no article, is a second office of the one named before: FactFinder)
        if (j + 2 < p.tk.size() && p.tk.get(j).is("en") && p.tk.get(j + 1).is("exercice") && office.from() > 0
                && SentenceParse.ARTICLES.contains(p.tk.get(office.from() - 1).norm())) {
            j += 2;
        }
        // « l'ambassadeur adjoint de la Russie », « le chef militaire du Hamas »: a qualifying word may stand before the state,
        // organisation or body the office is of
        if (j + 2 < p.tk.size() && p.tk.get(j).isWord() && !p.tk.get(j).isCapitalized() && REGIONAL.matcher(p.tk.get(j).norm()).matches()
                && ofWhomAt(p, p.skipDe(j + 1))) {
            j++;
        }
        // « le chef d'état-major interarmées américain »: one qualifying word may stand before the demonym
        if (j + 1 < p.tk.size() && p.tk.get(j).isWord() && !p.tk.get(j).isCapitalized()
                && p.demonym(p.tk.get(j)).isEmpty() && p.demonym(p.tk.get(j + 1)).isPresent()
                && !p.tk.get(j).normMatches("de|du|des|d'|et|a|au")) {
            j++;
        }
        Optional<Resource> dem = j < p.tk.size() ? p.demonym(p.tk.get(j)) : Optional.empty();
        Token demonymWord = null;
        if (dem.isPresent()) {
            state = dem.get();
            demonymWord = p.tk.get(j);
            j++;
        } else {
            int k = p.skipDe(j);
            if (k > j && k < p.tk.size()) {
                Optional<Resource> st = p.stateNamedAt(k);
                if (st.isPresent()) {
                    state = st.get();
                    j = pastAcronym(p, p.names.get(k).to());
                } else if (p.names.containsKey(k) && p.lexicon.isA(p.choose(p.names.get(k).values()), CKG.Organization)) {
                    // « le secrétaire général de l'OTAN »
                    organization = p.choose(p.names.get(k).values());
                    j = pastAcronym(p, p.names.get(k).to());
                } else if (organOf(p, k).isPresent()) {
                    // « le président du comité exécutif de l'Organisation de libération de la Palestine (OLP), X »: an office in
                    // an organisation's committee, bureau or council, which the words of a body's head name in lower case, is held
                    // in that organisation
                    int[] end = new int[1];
                    organization = organOf(p, k, end).get();
                    j = pastAcronym(p, end[0]);
                } else if (groupNamedAt(p, k).isPresent()) {
                    // « le chef du Parti socialiste hongrois (PSH), Gábor Vadász »: a group this report names with its acronym
                    Mention group = groupNamedAt(p, k).get();
                    organization = group.first();
                    j = pastAcronym(p, group.to());
                } else {
                    // « le chef de l'armée soudanaise », « le chef du GKNB kirghiz »: an office in a body
                    int at = pastNumberedUnit(p, k);
                    Optional<Mention> body = p.mentions.stream().filter(m -> m.from() == at && m.kind() == Mention.Kind.BODY
                            && m.entities().size() == 1).findFirst();
                    // (« le secrétaire général de l'Alliance » after « l'OTAN »: an organisation named before by its first word)
                    Optional<Resource> named = body.isEmpty() && p.tk.get(k).isCapitalized() && p.tk.get(k).isWord() && !p.names.containsKey(k)
                            && (k + 1 >= p.tk.size() || !p.tk.get(k + 1).isCapitalized()) ? p.organizationByFirstWord(p.tk.get(k)) : Optional.empty();
                    // « le gouverneur de la province du Nord-Kivu, Peter Cirimwami », « le maire de Kharkiv, Igor Terekhov »: an office
                    // of a town or a region serves the state it lies in
                    Optional<Mention> localPlace = body.isEmpty() && LOCAL_OFFICES.contains(term.concept().getLocalName())
                            ? placeAt(p, k) : Optional.empty();
                    // « le chef de la junte guinéenne, le colonel Mamadi Doumbouya », « le chef du régime syrien »: words for a state's
                    // government as a whole, then its demonym, name the state the office serves
                    Optional<PhraseIndex.Match<Lexicon.Term>> government = body.isEmpty() ? p.terms.get(CKG.ActorHeadScheme).stream()
                            .filter(h -> h.from() == at && h.to() < p.tk.size() && CKG.State.equals(h.values().get(0).denotesClass())
                                    && h.values().get(0).ofState() == null && p.demonym(p.tk.get(h.to())).isPresent())
                            .findFirst() : Optional.empty();
                    // (« le patron de l'organisation régionale », « le président en exercice de l'organisation »: the organisation named
                    // last; « le porte-parole du CNSP »: what an acronym the report gave in brackets names)
                    Optional<Resource> referred = body.isPresent() || named.isPresent() ? Optional.empty()
                            : p.organisationReferredToAt(k).or(() -> bodyOrOrganisationOfAcronym(p, k));
                    if (named.isPresent()) {
                        organization = named.get();
                        j = k + 1;
                    } else if (referred.isPresent()) {
                        organization = referred.get();
                        j = k + 1 < p.tk.size() && !p.tk.get(k + 1).isCapitalized() && ADJECTIVE.matcher(p.tk.get(k + 1).norm()).matches()
                                && p.demonym(p.tk.get(k + 1)).isEmpty() ? k + 2 : k + 1;
                    } else if (government.isPresent()) {
                        demonymWord = p.tk.get(government.get().to());
                        state = p.demonym(demonymWord).get();
                        j = government.get().to() + 1;
                    } else if (localPlace.isPresent()) {
                        Mention place = localPlace.get();
                        state = p.actors.stateOfPlace(place.first());
                        j = place.to();
                        // (the place is named too, though the office's words cover it)
                        p.registry.mentioned(place.entities());
                    } else if (body.isPresent() && !p.lexicon.isA(body.get().first(), CKG.NewsAgency)) {
                        organization = body.get().first();
                        j = body.get().to();
                        // (« du Comité … (GKNB) du Kirghizistan, Kamtchybek Tachiev »: past its acronym and state)
                        if (j + 2 < p.tk.size() && p.tk.get(j).is("(") && p.tk.get(j + 2).is(")")) {
                            int after = p.skipDe(j + 3);
                            j = after > j + 3 && p.stateNamedAt(after).isPresent() ? p.names.get(after).to() : j + 3;
                        }
                    }
                }
            }
        }
        // « le Premier ministre pakistanais par intérim Anwaar-ul-Haq Kakar »
        if (j + 1 < p.tk.size() && p.tk.get(j).is("par") && p.tk.get(j + 1).norm().equals("interim")) {
            j += 2;
        }
        // « le ministre finlandais des Affaires étrangères », « le secrétaire américain à la Défense »:
        // the rest of the office's name.
        int rest = p.skipDe(j);
        if (rest == j && j + 1 < p.tk.size() && p.tk.get(j).normMatches("a|au|aux")) {
            rest = j + 1 < p.tk.size() && p.tk.get(j + 1).normMatches("la|l'") ? j + 2 : j + 1;
        }
        Lexicon.Term refined = null;
        if (rest > j && rest < p.tk.size() && p.tk.get(rest).isCapitalized() && !p.names.containsKey(rest)) {
            int restFrom = j;
            j = rest + 1;
            while (j < p.tk.size() && ADJECTIVE.matcher(p.tk.get(j).norm()).matches() && p.demonym(p.tk.get(j)).isEmpty()) {
                j++;
            }
            // (« le ministre iranien des Affaires étrangères » holds the office « ministre des Affaires étrangères », which
            // the demonym kept from being read whole: « le chef de la diplomatie iranienne » is then the same person)
            refined = officeWithComplement(p, office, restFrom, rest, j).orElse(null);
            // (« le conseiller d'État chinois Dai Bingguo »: the demonym after the office's complement)
            if (state == null && organization == null && j < p.tk.size() && !p.tk.get(j).isCapitalized() && p.demonym(p.tk.get(j)).isPresent()) {
                state = p.demonym(p.tk.get(j)).get();
                demonymWord = p.tk.get(j);
                j++;
            }
        }
        // « l'ambassadeur de Russie à Washington, Anatoli Antonov »: where the office is held.
        // (« l'ambassadeur d'Ukraine au Sénégal, Iouri Pyvovarov »)
        // (« son ambassadrice à l'ONU, Maleeha Lodhi »)
        // (« l'ambassadeur iranien auprès des Nations unies, Amir Saeid Iravani »)
        boolean aupres = j + 2 < p.tk.size() && p.tk.get(j).norm().equals("aupres") && p.skipDe(j + 1) > j + 1;
        int where = aupres ? p.skipDe(j + 1)
                : j + 2 < p.tk.size() && p.tk.get(j).surfaceMatches("à|au|aux|en") && p.tk.get(j + 1).normMatches("l'|la") ? j + 2 : j + 1;
        if (where + 1 < p.tk.size() && (aupres || p.tk.get(j).surfaceMatches("à|au|aux|en")) && p.tk.get(where).isCapitalized()) {
            int after = p.names.containsKey(where) ? p.names.get(where).to() : where + 1;
            if (after < p.tk.size() && p.tk.get(after).is(",")) {
                j = after;
                // (the city of the post is a place the report names, « à Washington » no government there; it stays inside
                // the office's words, which the speaker's phrase spans)
                if (p.names.containsKey(where)) {
                    Resource city = p.choose(p.names.get(where).values());
                    // (and so is the organisation of the post: « auprès des Nations unies », « à l'ONU »)
                    if (p.lexicon.isA(city, CKG.Place) && !p.lexicon.isA(city, CKG.State) || p.lexicon.isA(city, CKG.Organization)) {
                        p.registry.mentioned(List.of(city));
                    }
                }
            }
        }
        // « le conseiller irakien à la sécurité nationale, Qassem al-Araji »: the rest of the office in lower
        // case, when a name follows the comma that ends it (before a rank is read after that comma)
        // (« le ministre marocain des Droits de l'homme, Mustapha Ramid »: after a capitalised complement too)
        // (« le porte-parole de la coalition arabe engagée au Yémen, le colonel Turki al-Maliki »: or a past participle that
        // qualifies whose the office is)
        boolean capitalisedBefore = j > office.to() && p.tk.get(j - 1).isCapitalized();
        boolean participle = j > office.to() && j < p.tk.size() && p.tk.get(j).isWord() && !p.tk.get(j).isCapitalized()
                && p.tk.get(j).surfaceMatches("\\p{L}{3,}(é|ée|és|ées)");
        if (j < p.tk.size() && (p.tk.get(j).normMatches("a|au|aux|charge|chargee|pour") || participle
                || capitalisedBefore && p.tk.get(j).normMatches("de|du|des|d'"))
                && (state != null || organization != null)) {
            int c = j + 1;
            // (« l'émissaire américain pour le Soudan, Tom Perriello »: a state or place the post is for is no owner of it)
            List<Resource> postFor = new java.util.ArrayList<>();
            while (c < p.tk.size() && c < j + 7 && p.tk.get(c).isWord() && (!p.tk.get(c).isCapitalized() || p.names.containsKey(c))) {
                if (p.names.containsKey(c)) {
                    postFor.add(p.choose(p.names.get(c).values()));
                    c = p.names.get(c).to();
                } else {
                    c++;
                }
            }
            // (a name after the comma, or a rank and a name: « …, le colonel Turki al-Maliki »)
            int rankAt = c + 2;
            boolean ranked = rankAt + 1 < p.tk.size() && p.tk.get(c + 1).normMatches("le|la|l'")
                    && (p.terms.get(CKG.OfficeScheme).stream().anyMatch(o -> o.from() == rankAt) || p.tk.get(rankAt).normMatches(SentenceParse.TITLES));
            if (c + 1 < p.tk.size() && p.tk.get(c).is(",") && (ranked || p.tk.get(c + 1).isCapitalized() && p.tk.get(c + 1).isWord()
                    && p.stateNamedAt(c + 1).isEmpty())) {
                j = c;
                p.registry.mentioned(postFor);
            }
        }
        // « le chef d'état-major américain, le général Mark Milley »: a rank may stand before the name (« son directeur
        // général des opérations militaires, le lieutenant-général Ranbir Singh »: whose the office is comes later).
        boolean possessive = office.from() > 0 && p.tk.get(office.from() - 1).normMatches("son|sa|leur")
                && !p.tk.get(office.from()).norm().startsWith("homologue");
        // (« Le guide suprême, l'ayatollah Ali Khamenei »: with no state said, a name of two words or more after the rank)
        boolean longNameAfterRank = j + 4 < p.tk.size() && IntStream.of(j + 3, j + 4)
                .allMatch(k -> p.tk.get(k).isCapitalized() && p.tk.get(k).isWord());
        if (j + 3 < p.tk.size() && p.tk.get(j).is(",") && p.tk.get(j + 1).normMatches("le|la|l'")
                && (state != null || organization != null || possessive || longNameAfterRank)) {
            int rankAt = j + 2;
            Optional<PhraseIndex.Match<Lexicon.Term>> rank = p.terms.get(CKG.OfficeScheme).stream()
                    .filter(o -> o.from() == rankAt).findFirst();
            if (rank.isPresent() && personNamedBy(p, p.names.get(rankAt)).isPresent()) {
                // (« le souverain saoudien, le roi Salmane »: a name the reference data knows with its title)
                j = rankAt;
            } else if (rank.isPresent() && rank.get().to() < p.tk.size() && p.tk.get(rank.get().to()).isCapitalized()) {
                for (int k = rankAt; k < rank.get().to(); k++) {
                    p.used[k] = true;
                }
                j = rank.get().to();
            } else if (rank.isEmpty() && p.tk.get(rankAt).normMatches(SentenceParse.TITLES) && rankAt + 1 < p.tk.size()
                    && p.tk.get(rankAt + 1).isCapitalized()) {
                // « son homologue afghan, le mollah Mohammad Yaqoob »: a title that is no office
                p.used[rankAt] = true;
                j = rankAt + 1;
            } else if (rank.isEmpty() && organization != null && p.tk.get(rankAt).isCapitalized() && p.demonym(p.tk.get(rankAt)).isPresent()
                    && rankAt + 1 < p.tk.size() && p.tk.get(rankAt + 1).isCapitalized() && p.tk.get(rankAt + 1).isWord()) {
                // « le président en exercice de la Cédéao, le Bissau-Guinéen Umaro Sissoco Embalo »: a nationality before the
                // name of who holds an organisation's office, no office of that state
                p.used[rankAt] = true;
                j = rankAt + 1;
            }
        }
        // « l'émir du Qatar, cheikh Tamim ben Hamad Al Thani »: a title with no article
        // (unless the reference data names the person with the title: « cheikh Tamim »)
        if (j + 2 < p.tk.size() && p.tk.get(j).is(",") && SentenceParse.title(p.tk.get(j + 1))
                && p.tk.get(j + 2).isCapitalized() && (state != null || organization != null)) {
            if (p.names.containsKey(j + 1)) {
                j = j + 1;
            } else {
                p.used[j + 1] = true;
                j = j + 2;
            }
        }
        // « le gouverneur régional Oleh Syniehoubov »: an adjective that names no state may stand before the name
        if (j + 2 < p.tk.size() && state == null && organization == null && REGIONAL.matcher(p.tk.get(j).norm()).matches()
                && p.tk.get(j + 1).isCapitalized() && p.tk.get(j + 1).isWord() && p.tk.get(j + 2).isCapitalized()) {
            j++;
        }
        // « leur porte-parole militaire, Yahya Saree », « le Premier ministre démissionnaire, Adel Abdel-Mahdi »: an adjective
        // that names no state may end the office before the comma and the name
        if (j + 2 < p.tk.size() && state == null && organization == null && p.tk.get(j).isWord() && !p.tk.get(j).isCapitalized()
                && (REGIONAL.matcher(p.tk.get(j).norm()).matches() || p.tk.get(j).normMatches("demissionnaire|sortante?"))
                && p.tk.get(j + 1).is(",") && p.tk.get(j + 2).isCapitalized() && p.tk.get(j + 2).isWord()) {
            j++;
        }
        // « le chef de la diplomatie finlandaise, Pekka Haavisto »: the name may follow a comma (with no
        // state said, only a name of two words or more: « Le ministre de l'Intérieur, Gérald Darmanin »).
        boolean longName = j + 2 < p.tk.size() && p.tk.get(j + 2).isCapitalized() && p.tk.get(j + 2).isWord();
        if (j + 1 < p.tk.size() && p.tk.get(j).is(",") && p.tk.get(j + 1).isCapitalized() && p.tk.get(j + 1).isWord()
                && (state != null || organization != null || longName) && p.stateNamedAt(j + 1).isEmpty()
                && (p.names.get(j + 1) == null || p.names.get(j + 1).values().stream().anyMatch(k -> p.lexicon.isA(k.entity(), CKG.Person)))) {
            j++;
        }
        if (state != null) {
            p.registry.mentioned(List.of(state));
        }
        // (« le secrétaire général de l'ONU »: the organisation is named too; so is a body the reference data knows by
        // name, « la présidente de la Commission européenne », which no body phrase has named)
        boolean referenceBody = organization != null && p.lexicon.isA(organization, CKG.GovernmentBody) && p.registry.created(organization).isEmpty();
        if (organization != null && (referenceBody || !p.lexicon.isA(organization, CKG.GovernmentBody) && !p.lexicon.isA(organization, CKG.ArmedForces))) {
            p.registry.mentioned(List.of(organization));
            // (« le président de la Commission de l'Union africaine »: and the organisation the body's name says)
            p.lexicon.organisationNamedIn(organization, p.text(office.from(), j)).ifPresent(o -> p.registry.mentioned(List.of(o)));
        }
        // (the office in full, when its complement refines the word read: « ministre … des Affaires étrangères »)
        Lexicon.Term held = refined != null ? refined : term;
        String officeKey = held.concept().getLocalName();
        // (an office of an organisation is remembered as its: « le chef de la diplomatie chinoise » is not « les
        // ministres des Affaires étrangères du G7 »)
        String iso = state != null ? state.getLocalName() : organization != null ? organization.getURI() : null;
        Resource person = null;
        int end = j;
        // (« le roi Hamad ben Issa Al Khalifa »: a known full name whose label holds the office's word too; not « le roi
        // Salmane », a name alone that says no office)
        PhraseIndex.Match<Lexicon.Known> withOffice = p.names.get(office.from());
        Optional<Resource> knownWithOffice = withOffice != null && withOffice.to() >= j + 2 ? personNamedBy(p, withOffice) : Optional.empty();
        Optional<Resource> knownAfterOffice = j < p.tk.size() ? personNamedBy(p, p.names.get(j)) : Optional.empty();
        if (knownWithOffice.isPresent()) {
            person = knownWithOffice.get();
            end = withOffice.to();
        } else if (knownAfterOffice.isPresent()) {
            person = knownAfterOffice.get();
            end = p.names.get(j).to();
        } else if (j < p.tk.size() && p.tk.get(j).isCapitalized() && p.tk.get(j).isWord() && !p.names.containsKey(j)) {
            // (« le président de la République, Mgr Makarios »: a title is no part of the name, which may then be one word)
            boolean titled = j + 1 < p.tk.size() && SentenceParse.title(p.tk.get(j)) && p.tk.get(j + 1).isCapitalized()
                    && p.tk.get(j + 1).isWord();
            if (titled) {
                p.used[j] = true;
                j++;
            }
            end = j;
            // (« le maréchal Khalifa ben Ahmed Al Khalifa »: each particle of an Arabic name lets it run one word longer)
            int longest = j + 4;
            while (end < p.tk.size() && end < longest && p.tk.get(end).isWord()
                    && (p.tk.get(end).isCapitalized() || p.tk.get(end).surfaceMatches(NAME_PARTICLE)
                            // (« le roi Hussein de Jordanie »: « de » before a state is whose king, no part of the name)
                            && !(end + 1 < p.tk.size() && p.stateNamedAt(end + 1).isPresent())
                        // « Abdel Fattah al-Burhane », « Ahmed ould Abdallah »
                        || SentenceParse.PARTICLE.matcher(p.tk.get(end).surface()).matches() && end > j)) {
                if (end > j && p.tk.get(end).surfaceMatches("ben|bin|ibn|Al|al|ould|Ould") && longest < j + 6) {
                    longest++;
                }
                end++;
            }
            // (a particle ends no name: « le limogeage du général Mané de son poste »)
            while (end > j + 1 && p.tk.get(end - 1).surfaceMatches(NAME_PARTICLE)) {
                end--;
            }
            // (« le président indonésien Sukarno contre … »: right after an office and its demonym, one name is enough, when
            // no complement goes on with it; not « commandant de la force Al-Qods »)
            int from = office.to();
            boolean oneName = end - j == 1 && j > from && IntStream.range(from, j).allMatch(k -> p.demonym(p.tk.get(k)).isPresent())
                    && p.tk.get(j).surface().length() >= 4 && p.demonym(p.tk.get(j)).isEmpty()
                    && !p.tk.get(j).surface().equals(p.tk.get(j).surface().toUpperCase(java.util.Locale.ROOT))
                    && end < p.tk.size() && !SentenceParse.DE.contains(p.tk.get(end).norm());
            // (« le roi Hussein de Jordanie »: one name, then the state it serves; not a name the reference data knows with
            // its title, « le roi Salmane »)
            boolean ofState = end - j == 1 && withOffice == null && end + 1 < p.tk.size() && SentenceParse.DE.contains(p.tk.get(end).norm())
                    && p.tk.get(j).surface().length() >= 4 && p.stateNamedAt(end + 1).isPresent();
            // (« La reine des Pays-Bas, Beatrix, a … »: one name set off by commas after an office whose state or organisation
            // is said; not an acronym)
            boolean apposed = end - j == 1 && j >= 1 && p.tk.get(j - 1).is(",") && (state != null || organization != null)
                    && end < p.tk.size() && p.tk.get(end).is(",") && p.tk.get(j).surface().length() >= 4
                    && !p.tk.get(j).surface().equals(p.tk.get(j).surface().toUpperCase(java.util.Locale.ROOT))
                    && p.demonym(p.tk.get(j)).isEmpty();
            if (end - j >= 2 || titled || oneName || ofState || apposed || p.registry.personWithSurname(p.tk.get(j).norm()).isPresent()) {
                String name = p.text(j, end);
                // (a name of one or two words may be the surname of someone named before; a longer one is its own, « le maréchal
                // Khalifa ben Ahmed Al Khalifa » is not the king Hamad ben Issa Al Khalifa)
                // (two words are that person only when they are that person's name's last two: « Abakar Ibrahim » is not « Yassine
                // Ibrahim »)
                boolean oneWord = end - j == 1;
                Optional<Resource> named = end - j <= 2 ? p.registry.personWithSurname(p.tk.get(end - 1).norm())
                        .filter(x -> oneWord || p.labelOf(x).map(l -> FrenchText.normalize(l).endsWith(FrenchText.normalize(name))).orElse(false))
                        : Optional.empty();
                person = named.orElseGet(() -> p.registry.entity(Iris.person(name), CKG.Person, name, p.sentence).iri);
            } else {
                end = j;
            }
        }
        // « Dmitri Medvedev, le président russe, a annoncé »: a known person, then the office.
        // (« Yi Xianliang, un haut responsable du ministère chinois des Affaires étrangères »: or its indefinite article)
        int beforeOffice = office.from() - (office.from() > 0 && (SentenceParse.ARTICLES.contains(p.tk.get(office.from() - 1).norm())
                || p.tk.get(office.from() - 1).normMatches("une?")) ? 1 : 0);
        if (person == null && beforeOffice >= 2 && p.tk.get(beforeOffice - 1).is(",") && (state != null || organization != null)) {
            int nameEnd = beforeOffice - 1;
            Optional<PhraseIndex.Match<Lexicon.Known>> known = p.names.values().stream().filter(n -> n.to() == nameEnd
                    && personNamedBy(p, n).isPresent()).findFirst();
            Optional<Resource> knownPerson = known.flatMap(n -> personNamedBy(p, n));
            // (« Recevant le Premier ministre canadien, Justin Trudeau, le président américain a … »: not a person the reference
            // data knows to serve another state than the office's)
            Resource officeState = state;
            boolean another = knownPerson.isPresent() && officeState != null && p.lexicon.stateOf(knownPerson.get())
                    .filter(s -> !s.equals(officeState)).isPresent();
            if (knownPerson.isPresent() && !another) {
                person = knownPerson.get();
                end = j;
            } else if (known.isEmpty()) {
                // (« le général James Hecker, commandant des forces aériennes américaines »: a person this sentence has named
                // with a rank)
                Optional<Mention> ranked = p.mentions.stream().filter(m -> m.to() == nameEnd && m.kind() == Mention.Kind.PERSON
                        && m.entities().size() == 1).findFirst();
                if (ranked.isPresent()) {
                    person = ranked.get().first();
                    end = j;
                }
            }
        }
        // « Milan Radoičić, vice-président du parti … », « Nancy Pelosi, la présidente de la Chambre des représentants
        // des États-Unis »: the name before the office, set off by a comma.
        if (person == null && beforeOffice >= 3 && p.tk.get(beforeOffice - 1).is(",")) {
            int nameEnd = beforeOffice - 1;
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < 3 && p.tk.get(nameStart - 1).isCapitalized()
                    && p.tk.get(nameStart - 1).isWord() && !p.used[nameStart - 1]
                    && !SentenceParse.NOT_A_NAME.matcher(p.tk.get(nameStart - 1).norm()).matches()) {
                nameStart--;
            }
            // (a name after an article is no person: « du traité de l'Atlantique Nord, les ambassadeurs … » names no one)
            boolean afterArticle = nameStart > 0 && SentenceParse.ARTICLES.contains(p.tk.get(nameStart - 1).norm());
            // (nor a place the reference data knows: « À New York, le porte-parole … »)
            int start = nameStart;
            boolean place = IntStream.range(start, nameEnd).anyMatch(k -> p.names.containsKey(k)
                    && p.names.get(k).values().stream().anyMatch(n -> p.lexicon.isA(n.entity(), CKG.Place)));
            if (nameEnd - nameStart >= 2 && p.stateNamedAt(nameStart).isEmpty() && !afterArticle && !place) {
                String name = p.text(nameStart, nameEnd);
                person = p.registry.entity(Iris.person(name), CKG.Person, name, p.sentence).iri;
                p.add(nameStart, nameEnd, List.of(person), Mention.Kind.PERSON);
                end = j;
            }
        }
        // (« les dirigeants de l'IGAD »: an office in the plural is no one person who held it before)
        boolean plural = office.from() > 0 && p.tk.get(office.from() - 1).normMatches("les|des|ses|leurs|aux");
        if (person == null) {
            Optional<Resource> earlier = plural ? Optional.empty() : p.registry.personWithOffice(officeKey, iso)
                    // (« le ministre iranien des Affaires étrangères » after « le ministre iranien Mohammad Javad Zarif »)
                    .or(() -> held != term ? p.registry.personWithOffice(term.concept().getLocalName(), iso) : Optional.empty());
            // « Vladimir Poutine a reconnu … Le président russe s'exprimait … »: with no one holding the
            // office yet, the person named last whom the reference data knows to serve that state
            // (« a téléphoné au numéro un libyen »: « au » and « du » hold the article)
            boolean definite = office.from() > 0 && (SentenceParse.ARTICLES.contains(p.tk.get(office.from() - 1).norm())
                    || p.tk.get(office.from() - 1).normMatches("au|du"));
            if (earlier.isEmpty() && state != null && definite) {
                earlier = lastPersonOf(p, state, office.from());
                // (« Le président George Bush a annoncé … », then « le président américain »: the one person the report gave
                // this office with no state yet)
                if (earlier.isEmpty()) {
                    earlier = p.registry.personWithOffice(officeKey, null).filter(x -> p.lexicon.stateOf(x).isEmpty()
                            && p.registry.created(x).map(c -> c.affiliatedWith == null && held.concept().equals(c.office)).orElse(false));
                }
                // « Barack Obama s'est entretenu avec Lee Myung-bak. Le président américain a assuré … »: opening the
                // sentence, the office of the one person who opened the sentence before, when nothing ties them to a state yet
                List<Resource> opened = p.registry.subjects();
                // (one office, « Le »/« La »: not « Les ministres iranien et pakistanais »; named in the sentence just before)
                if (earlier.isEmpty() && office.from() == 1 && p.tk.get(0).normMatches("le|la|l'") && opened.size() == 1
                        && p.registry.sentencePeople().contains(opened.get(0)) && p.lexicon.stateOf(opened.get(0)).isEmpty()
                        && p.registry.created(opened.get(0)).map(c -> c.type != null && p.lexicon.isSubClass(c.type, CKG.Person)
                                && c.affiliatedWith == null).orElse(false)) {
                    earlier = Optional.of(opened.get(0));
                }
                if (earlier.isPresent()) {
                    Resource who = earlier.get();
                    EntityRegistry.NewEntity known = p.registry.entity(who.getURI(), CKG.Person,
                            p.lexicon.labelFr(who).orElse(who.getLocalName()), p.sentence);
                    known.affiliatedWith = known.affiliatedWith == null ? state : known.affiliatedWith;
                    known.office = known.office == null ? held.concept() : known.office;
                    rememberOffice(p, who, officeKey, iso, null);
                    p.registry.lastOffice(held);
                }
            }
            if (earlier.isPresent()) {
                p.add(office.from(), j, List.of(earlier.get()), Mention.Kind.PERSON);
            } else if (definite && p.tk.get(office.from() - 1).normMatches("le|la|l'") && (state != null || organization != null)) {
                // « Le président français a condamné … », « le chef de la diplomatie iranienne a jugé … »: an
                // office no one named holds speaks and acts for its state or organisation, as « les
                // autorités kazakhes » do (the text does not say who; the reference data is not asked). Not
                // plural offices: « les ministres iranien et pakistanais » are people of two states.
                p.add(office.from(), j, List.of(state != null ? state : organization), Mention.Kind.NAME);
            }
            return;
        }
        EntityRegistry.NewEntity created = p.registry.entity(person.getURI(), CKG.Person,
                p.lexicon.labelFr(person).orElse(p.text(j, end)), p.sentence);
        // « le porte-parole de l'armée israélienne, le contre-amiral Daniel Hagari »: a rank in apposition
        // to a body's spokesperson serves that body.
        int comma = beforeOffice - 1;
        if (state == null && organization == null && comma > 0 && p.tk.get(comma).is(",")) {
            p.mentions.stream().filter(m -> m.to() == comma && m.kind() == Mention.Kind.BODY && m.entities().size() == 1)
                    .findFirst().map(Mention::first).ifPresent(b -> {
                        created.affiliatedWith = created.affiliatedWith == null ? b : created.affiliatedWith;
                    });
        }
        // « le président Recep Tayyip Erdogan », with no state said: the reference data knows whom he serves.
        if (state == null && organization == null) {
            Resource who = person;
            state = p.lexicon.stateOf(who).filter(x -> !x.equals(who)).orElse(null);
        }
        // « le président congolais Denis Sassou Nguesso »: a demonym two states share (Congo, DR Congo) is the one the
        // reference data knows the person serves
        if (demonymWord != null) {
            Resource who = person;
            Optional<Resource> served = p.lexicon.stateOf(who).filter(x -> !x.equals(who));
            if (served.isPresent() && p.lexicon.demonymStates(demonymWord).contains(served.get())) {
                state = served.get();
            }
        }
        // « Rahmi Dogan, gouverneur de la province turque de Hatay », « Fahrettin Altun, directeur de la communication de la
        // présidence turque »: the state or body the office's complement names; else « À Hanoï, le Premier ministre
        // Pham Van Dong »: the state of the capital the sentence opens with
        boolean guessed = false;
        if (state == null && organization == null) {
            // (« le général Hervé Dupont, de l'armée de l'air française »: or the body set off by commas after the name)
            int nameEnd = end;
            Optional<Resource> owner = complementOwner(p, office.to()).or(() -> p.servedInApposition(nameEnd));
            if (owner.isPresent() && p.lexicon.isA(owner.get(), CKG.State)) {
                state = owner.get();
            } else if (owner.isPresent()) {
                organization = owner.get();
            } else {
                // (« Le président Issaias Afeworki », « le vice-Premier ministre Deng Xiaoping », in a report about one state
                // that it names far more than any other: that state's, when nothing else says; not an office of an organisation)
                state = p.frontedState()
                        .or(() -> ORGANISATION_OFFICES.contains(term.concept().getLocalName()) ? Optional.empty() : p.homeState())
                        .orElse(null);
                guessed = state != null;
            }
        }
        // « l'ancien président Noursoultan Nazarbaïev »: a past office is no affiliation today.
        boolean former = office.from() > 0 && p.tk.get(office.from() - 1).normMatches("ancien|ancienne|ex|feu|ex-");
        // (« le général Sani Abacha, chef de l'État nigérian »: the state the words of the second office say, not the one the
        // report's home state guessed for the rank)
        boolean said = !guessed && (state != null || organization != null);
        if ((created.affiliatedWith == null || created.affiliationGuessed && said) && !former) {
            created.affiliatedWith = state != null ? state : organization;
            created.affiliationGuessed = guessed;
        }
        // (« ANKARA, 21 octobre 1998 (AFP) - … Le Premier ministre Mesut Yilmaz a accusé Damas »: a government's office with
        // no state said, its holder unknown to the reference data, is that of the capital the report is written from, as the
        // press quotes its hosts; kept for the report's end, when no other words have said whom they serve. Not « son
        // ministre », « dont le président », whose owner the sentence tells, nor « le président du Somaliland », « le
        // président par intérim », whose complement may say another)
        boolean bareDefinite = office.from() > 0 && p.tk.get(office.from() - 1).normMatches("le|la|l'")
                && (office.from() < 2 || !p.tk.get(office.from() - 2).normMatches("dont"))
                && office.to() < p.tk.size() && !p.tk.get(office.to()).normMatches("de|du|des|d'|par");
        if (created.affiliatedWith == null && !former && bareDefinite && GOVERNMENT_OFFICES.contains(held.concept().getLocalName())) {
            p.datelineState().ifPresent(d -> created.datelineGuess = d);
        }
        // « Son porte-parole, Stéphane Dujarric, a précisé »: whose the office is, the sentence's subject tells, once all
        // its words are read (not « son homologue », who serves the other side)
        if (created.affiliatedWith == null && !former && possessive) {
            p.possessiveOffices.add(new SentenceParse.PossessiveOffice(created, office.from() - 1, end));
        }
        p.registry.lastOffice(held);
        if (created.office == null && !former) {
            created.office = held.concept();
        }
        String surname = p.tk.get(end - 1).norm();
        rememberOffice(p, person, officeKey, iso, surname);
        if (!former) {
            p.rememberFirstWordName(person, created.affiliatedWith);
        }
        // (« Idriss Déby Itno », then « M. Déby »: a name of three words or more has its surname before the last word too)
        if (end >= 3 && IntStream.range(end - 3, end).allMatch(k -> p.tk.get(k).isCapitalized() && p.tk.get(k).isWord())) {
            p.registry.rememberPerson(person, null, null, p.tk.get(end - 2).norm());
        }
        p.add(office.from(), end, List.of(person), Mention.Kind.PERSON);
    }

    /* Ministers of one portfolio, who are ministers: « le ministre » may then name them. */
    private static final Set<String> MINISTERS = Set.of("foreign-minister", "defence-minister", "interior-minister");

    /*
     * Remembers who holds the office {@code officeKey} (of the state or organisation {@code iso}); a minister of one portfolio
     * also as a minister (« le ministre turc de la Défense Hulusi Akar », « le chef de la diplomatie indienne, Subrahmanyam
     * Jaishankar », then « le ministre turc », « le ministre indien »).
     */
    static void rememberOffice(SentenceParse p, Resource person, String officeKey, String iso, String surname) {
        p.registry.rememberPerson(person, officeKey, iso, surname);
        if (MINISTERS.contains(officeKey)) {
            p.registry.rememberPerson(person, "minister", iso, null);
        }
    }

    /*
     * The office an office's word names with the complement read after its demonym (« ministre » … « des Affaires
     * étrangères », « secrétaire » … « à la Défense »), when the lexicon has one for the words in full up to the
     * complement's capitalised word {@code capital}: the complement runs from {@code from} to {@code to}.
     */
    private static Optional<Lexicon.Term> officeWithComplement(SentenceParse p, PhraseIndex.Match<Lexicon.Term> office, int from,
                                                               int capital, int to) {
        List<Token> words = new java.util.ArrayList<>(p.tk.subList(office.from(), office.to()));
        int own = words.size();
        words.addAll(p.tk.subList(from, to));
        return p.lexicon.scheme(CKG.OfficeScheme).longestAt(words, 0)
                .filter(m -> m.to() > own + capital - from && !m.values().isEmpty())
                .map(m -> m.values().get(0))
                .filter(t -> !t.concept().equals(office.values().get(0).concept()));
    }

    /*
     * Where the body begins that a numbered unit at {@code k} belongs to (« commandant de la 58e armée russe », « chef
     * d'état-major du 3e corps de l'armée azerbaïdjanaise »: the army whose unit it is), else {@code k}.
     */
    private static int pastNumberedUnit(SentenceParse p, int k) {
        // (« 3e » is two tokens, the number and its ending)
        int unit = k + 1 < p.tk.size() && p.tk.get(k).normMatches("\\d+") && p.tk.get(k + 1).normMatches("e|eme|er|ere")
                && p.tk.get(k).end() == p.tk.get(k + 1).start() ? k + 2
                : k < p.tk.size() && p.tk.get(k).normMatches("premier|premiere") ? k + 1 : -1;
        if (unit < 0 || unit + 1 >= p.tk.size()) {
            return k;
        }
        int unitOf = p.skipDe(unit + 1);
        return isBodyAt(p, unit) ? unit : unitOf > unit + 1 && isBodyAt(p, unitOf) ? unitOf : k;
    }

    private static boolean isBodyAt(SentenceParse p, int k) {
        return p.mentions.stream().anyMatch(m -> m.from() == k && m.kind() == Mention.Kind.BODY && m.entities().size() == 1);
    }

    /* Whether a state, an organisation or a body is named at token {@code k}. */
    private static boolean ofWhomAt(SentenceParse p, int k) {
        return k < p.tk.size() && (p.stateNamedAt(k).isPresent()
                || p.names.containsKey(k) && p.lexicon.isA(p.choose(p.names.get(k).values()), CKG.Organization)
                || isBodyAt(p, k));
    }

    /*
     * Past the acronym in brackets that follows a state or an organisation named at its full length, when a comma comes
     * next (« le chef de l'Organisation de libération de la Palestine (OLP), Yasser Arafat », « le président de la
     * République arabe unie (RAU), Gamal Abdel Nasser »): the name after the comma is who holds the office.
     */
    private static int pastAcronym(SentenceParse p, int j) {
        return j + 3 < p.tk.size() && p.tk.get(j).is("(") && p.tk.get(j + 1).isCapitalized() && p.tk.get(j + 2).is(")")
                && p.tk.get(j + 3).is(",") ? j + 3 : j;
    }

    private static Optional<Resource> organOf(SentenceParse p, int k) {
        return organOf(p, k, new int[1]);
    }

    /*
     * The organisation whose organ a head in lower case at {@code k} names (« comité exécutif de l'OLP », « bureau politique du
     * Hamas »), past adjectives that are no demonym; {@code end[0]} is set to where the organisation's name ends.
     */
    private static Optional<Resource> organOf(SentenceParse p, int k, int[] end) {
        Optional<PhraseIndex.Match<Lexicon.Term>> head = p.headAt(k);
        if (head.isEmpty() || p.tk.get(k).isCapitalized() || head.get().values().get(0).denotesClass() == null
                || !p.lexicon.isSubClass(head.get().values().get(0).denotesClass(), CKG.GovernmentBody)) {
            return Optional.empty();
        }
        int a = head.get().to();
        while (a < p.tk.size() && a < head.get().to() + 2 && p.tk.get(a).isWord() && !p.tk.get(a).isCapitalized()
                // (« exécutif » is a head word too, read here as the committee's adjective)
                && (ADJECTIVE.matcher(p.tk.get(a).norm()).matches() || p.headAt(a).filter(h -> h.to() == h.from() + 1).isPresent())
                && p.demonym(p.tk.get(a)).isEmpty()) {
            a++;
        }
        int o = p.skipDe(a);
        if (o == a || o >= p.tk.size()) {
            return Optional.empty();
        }
        if (p.names.containsKey(o) && p.lexicon.isA(p.choose(p.names.get(o).values()), CKG.Organization)
                && !p.lexicon.isA(p.choose(p.names.get(o).values()), CKG.NewsAgency)) {
            end[0] = p.names.get(o).to();
            return Optional.of(p.choose(p.names.get(o).values()));
        }
        Optional<Mention> group = groupNamedAt(p, o);
        group.ifPresent(g -> end[0] = g.to());
        return group.map(Mention::first);
    }

    /* An organisation this report names (no reference entity) by a name that begins at token {@code k}. */
    private static Optional<Mention> groupNamedAt(SentenceParse p, int k) {
        return p.mentions.stream().filter(m -> m.from() == k && m.kind() == Mention.Kind.NAME && m.entities().size() == 1
                && p.registry.created(m.first()).isPresent() && p.actors.isA(m.first(), CKG.Organization)).findFirst();
    }

    /* The body or organisation (no state, person, place or agency) an acronym at {@code k} names, which the report gave in brackets. */
    private static Optional<Resource> bodyOrOrganisationOfAcronym(SentenceParse p, int k) {
        return p.registry.alias(p.tk.get(k).surface()).filter(x -> x.size() == 1).map(x -> x.get(0))
                .filter(x -> !p.lexicon.isA(x, CKG.State) && !p.lexicon.isA(x, CKG.Person) && !p.lexicon.isA(x, CKG.Place)
                        && !p.lexicon.isA(x, CKG.NewsAgency));
    }

    /* Lower-case words inside a person's name (« Jaap de Hoop Scheffer », « José Eduardo dos Santos », « Herman van Rompuy »). */
    private static final String NAME_PARTICLE = "al-|ben|bin|de|da|das|do|dos|del|della|di|von|van|der|den|ter|ten";

    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile(
            "regional|regionale|local|locale|provincial|provinciale|adjoint|adjointe|interimaire|militaire|separatiste");

    /** Words that end an office's complement: a verb or a relative pronoun. */
    private static final java.util.regex.Pattern VERB_OR_RELATIVE = java.util.regex.Pattern.compile(
            "a|ont|est|sont|avait|avaient|etait|qui|que|dont");
    /** Words that may follow an office and begin its complement (« de la présidence », « pour la sécurité »). */
    private static final java.util.regex.Pattern COMPLEMENT = java.util.regex.Pattern.compile("de|du|des|d'|pour|a|au|aux");

    /**
     * The state or body an office's complement names (« gouverneur de la province turque de Hatay », « conseiller
     * diplomatique du guide suprême iranien »): the first state, demonym, body or organisation in the few words after
     * {@code at}, when these begin with « de », « pour » or « à » (after one adjective at most), up to a comma.
     */
    private static Optional<Resource> complementOwner(SentenceParse p, int at) {
        int k = at < p.tk.size() && p.tk.get(at).isWord() && !p.tk.get(at).isCapitalized() && ADJECTIVE.matcher(p.tk.get(at).norm()).matches()
                && p.demonym(p.tk.get(at)).isEmpty() ? at + 1 : at;
        if (k >= p.tk.size() || !COMPLEMENT.matcher(p.tk.get(k).norm()).matches()) {
            return Optional.empty();
        }
        // (after « à », a state or an organisation named is where the post is, « son ambassadrice à l'ONU »; a body is whose)
        boolean post = p.tk.get(k).isPrepositionA();
        for (; k < Math.min(p.tk.size(), at + 8) && p.tk.get(k).isWord()
                && (p.tk.get(k).isPrepositionA() || !VERB_OR_RELATIVE.matcher(p.tk.get(k).norm()).matches()); k++) {
            int from = k;
            Optional<Resource> body = p.mentions.stream().filter(m -> m.from() == from && m.kind() == Mention.Kind.BODY && m.entities().size() == 1)
                    .map(Mention::first).findFirst();
            Optional<Resource> named = p.names.containsKey(k) && !post ? Optional.of(p.choose(p.names.get(k).values()))
                    .filter(x -> p.lexicon.isA(x, CKG.State) || p.lexicon.isA(x, CKG.Organization) && !p.lexicon.isA(x, CKG.NewsAgency))
                    : Optional.empty();
            Optional<Resource> owner = body.or(() -> named).or(() -> p.demonym(p.tk.get(from)));
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    /** Of the last people named, the latest the reference data says serves {@code state}. */
    private static Optional<Resource> lastPersonOf(SentenceParse p, Resource state, int before) {
        // (named earlier in this sentence, whose names are read after its offices: « Donald Trump a choisi l'apaisement : …,
        // a déclaré le président américain »)
        Optional<Resource> here = p.names.values().stream().filter(n -> n.to() <= before).sorted((a, b) -> Integer.compare(b.from(), a.from()))
                .flatMap(n -> n.values().stream().map(Lexicon.Known::entity))
                .filter(x -> p.lexicon.isA(x, CKG.Person) && p.lexicon.stateOf(x).filter(state::equals).isPresent()).findFirst();
        if (here.isPresent()) {
            return here;
        }
        List<Resource> last = p.registry.lastNamed(3);
        for (int k = last.size() - 1; k >= 0; k--) {
            Resource x = last.get(k);
            if (p.lexicon.stateOf(x).filter(state::equals).isPresent()) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    /* Offices of a state's government or its head, which a report written from its capital names with no state. */
    private static final Set<String> GOVERNMENT_OFFICES = Set.of("president", "vice-president", "head-of-state", "prime-minister",
            "deputy-prime-minister", "minister", "foreign-minister", "defence-minister", "interior-minister", "deputy-minister",
            "king", "emir", "crown-prince", "chancellor");

    /* Offices held in international organisations as often as in states. */
    private static final Set<String> ORGANISATION_OFFICES = Set.of("secretary-general", "commissioner", "high-representative",
            "special-envoy", "spokesperson", "director", "prosecutor", "adviser");

    /* Offices held in a town or a region of a state (not « le président du Somaliland », whose state the words leave open). */
    private static final Set<String> LOCAL_OFFICES = Set.of("governor", "mayor", "commander", "prosecutor", "member-of-parliament");

    /* A town or a region named at token {@code k}, by a place phrase or a name the reference data knows (not a base). */
    private static Optional<Mention> placeAt(SentenceParse p, int k) {
        Optional<Mention> phrase = p.mentions.stream().filter(m -> m.from() == k && m.kind() == Mention.Kind.PLACE && m.entities().size() == 1)
                .findFirst();
        Optional<Mention> named = phrase.isPresent() || !p.names.containsKey(k) ? Optional.empty()
                : Optional.of(p.choose(p.names.get(k).values())).filter(x -> p.lexicon.isA(x, CKG.Place) && !p.lexicon.isA(x, CKG.State))
                        .map(x -> new Mention(new org.conflictkg.report.Span(p.tk.get(k).start(), p.tk.get(p.names.get(k).to() - 1).end()),
                                k, p.names.get(k).to(), List.of(x), Mention.Kind.NAME));
        return phrase.or(() -> named).filter(m -> p.lexicon.isA(m.first(), CKG.Settlement) || p.lexicon.isA(m.first(), CKG.Region)
                || p.registry.created(m.first()).map(e -> e.type != null && (p.lexicon.isSubClass(e.type, CKG.Settlement)
                        || p.lexicon.isSubClass(e.type, CKG.Region))).orElse(false));
    }
}
