package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.conflictkg.vocab.CKG;

/**
 * Plain facts a sentence states: memberships (« qui comprend X, Y et Z », « X, membre de O »),
 * founding years (« créée en 1992 »), alliances (« X est un allié traditionnel de Y ») and whom a person leads
 * (« X, président en exercice de l'OUA »).
 */
final class FactFinder {
    // Verbs that introduce the members of an organisation (stems).
    private static final Set<String> INCLUDES = FrenchText.stemsOf("comprend", "comprennent", "comprenant", "regroupe", "regroupent",
            "rassemble", "rassemblent", "réunit", "réunissent", "compose", "composée", "inclut", "incluent", "englobe", "compte");
    // « créée », « fondé », « établie », « instituée » (normalized forms)
    private static final java.util.regex.Pattern FOUNDED = java.util.regex.Pattern.compile("(cree|creee|fonde|fondee|etabli|etablie|institue|instituee)s?");

    // « a rejoint », « a adhéré », « a intégré » (normalized forms)
    // (« le Maroc a réintégré l'organisation », « qui y adhèrent »: the verb's other forms; not the future, « rejoindra »)
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            "(rejoint|rejoindre|adhere|integre|reintegre)e?s?|rejoign(ent|ait|aient)|adher(ent|ait|aient)|reintegr(ent|ait|aient)");

    // « forment », « constituent » (normalized forms): the subjects are the organisation's members
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("forment|formaient|constituent|constituaient");

    private static final java.util.regex.Pattern ALLY = java.util.regex.Pattern.compile("allie[es]?s?");

    // « appartient », « appartiennent », « appartenaient » (normalized forms)
    private static final java.util.regex.Pattern BELONG = java.util.regex.Pattern.compile("appart(ient|iennent|enait|enaient)");

    private final Actors actors;

    FactFinder(Actors actors) {
        this.actors = actors;
    }

    List<Extraction.Fact> find(SentenceReading r) {
        List<Extraction.Fact> facts = new ArrayList<>();
        List<Token> tk = r.tokens();
        for (int i = 0; i < tk.size(); i++) {
            memberships(r, i, facts);
            founding(r, i, facts);
            alliance(r, i, facts);
            leadership(r, i, facts);
        }
        listInBrackets(r, facts);
        return facts;
    }

    private void memberships(SentenceReading r, int at, List<Extraction.Fact> facts) {
        List<Token> tk = r.tokens();
        List<Mention> ms = r.mentions();
        String norm = tk.get(at).norm();
        Optional<Resource> countries = norm.equals("dont") && at > 0 && tk.get(at - 1).is(",") ? countriesOf(r, at - 1) : Optional.empty();
        int membres = norm.equals("dont") ? r.find(at, tk.size(), "membres", "membre") : -1;
        // (« La Ligue arabe, dont le Maroc fait partie »)
        if (norm.equals("dont") && membres < 0) {
            int partie = r.find(at, Math.min(tk.size(), at + 8), "partie");
            membres = partie > at + 1 && faitPartie(tk, partie) ? partie : -1;
        }
        if (INCLUDES.contains(tk.get(at).stem())
                // (« pour le compte de Téhéran », « au compte de »: the noun, not the verb)
                && !(at > 0 && tk.get(at - 1).normMatches("le|du|au|un|son|sa|leur|ce"))) {
            // « l'OTSC … qui comprend l'Arménie, la Russie … »
            // (a list right after the verb ends where it ends: not « …, le Japon et le Royaume-Uni, ont jugé que rien ne
            // justifiait que Pékin … »)
            int list = listAfterIncluding(r, at);
            List<Resource> listed = chainedStates(r, list);
            // (the states anywhere after the verb only when the list follows it at once: not « compte aussi parmi ses membres
            // l'Estonie et la Norvège, autres voisins de la Russie », « compte quelque 10 000 Casques bleus … entre les deux pays »,
            // « regroupe sept petites îles, dont la Grenade, … ont demandé aux États-Unis »; « compte » counts soldiers too)
            boolean bare = list == at + 1 && !tk.get(at).normMatches("compte|comptent|comptait|comptaient");
            List<Resource> members = listed.size() >= 2 || list > at + 1 ? listed
                    : countedStatesBefore(r, at).orElse(bare ? statesIn(ms, at, tk.size()) : List.of());
            lastOrganizationBefore(ms, at).ifPresent(org -> member(r, members, org, facts));
        } else if (norm.startsWith("membre") && at + 3 < tk.size() && tk.get(at + 1).is(",") && tk.get(at + 2).is("comme")) {
            // « Le Qatar est membre, comme l'Arabie saoudite et Bahreïn, du Conseil de coopération du Golfe »
            List<Resource> alike = chainedStates(r, at + 3);
            int comma = IntStream.range(at + 3, tk.size() - 1).filter(k -> tk.get(k).is(",") && tk.get(k + 1).normMatches("de|du|des|d'"))
                    .findFirst().orElse(-1);
            Optional<Resource> org = comma > 0 ? organizationWithin(ms, comma + 1, 2) : Optional.empty();
            List<Resource> members = new ArrayList<>(statesIn(ms, 0, at).stream().limit(1).toList());
            members.addAll(alike);
            org.ifPresent(o -> member(r, members, o, facts));
        } else if (norm.startsWith("membre") && at + 3 < tk.size() && tk.get(at + 1).is("comme")) {
            // « Le Kenya et l'Ouganda, membres comme la Tanzanie de la Communauté d'Afrique de l'Est »: the states likened
            // stand between « membres » and the organisation, with no commas; « membres » counts all the states before it
            List<Resource> alike = chainedStates(r, at + 2);
            int de = alike.isEmpty() ? -1 : IntStream.range(at + 3, Math.min(tk.size() - 1, at + 16))
                    .filter(k -> tk.get(k).normMatches("de|du|des|d'") && r.mentionAt(k).isEmpty()).findFirst().orElse(-1);
            Optional<Resource> org = de > 0 ? organizationWithin(ms, de, 2) : Optional.empty();
            List<Resource> members = new ArrayList<>(norm.endsWith("s") ? statesIn(ms, 0, at) : statesIn(ms, 0, at).stream().limit(1).toList());
            members.addAll(alike);
            org.ifPresent(o -> member(r, members, o, facts));
        } else if (norm.startsWith("membre") && at + 1 < tk.size() && tk.get(complementOfMember(tk, at)).normMatches("de|du|des|d'")
                // (« ont cessé d'être membres de la CEDEAO », « ne sont plus membres », « anciens membres »: no longer)
                && !TriggerContext.precededByAny(tk, at, "cesse|cesser|cessent", 8)
                && !TriggerContext.precededByAny(tk, at, "plus|ancien|anciens|ancienne|anciennes|ex", 3)
                // (« Le Rwanda n'est pas membre de la SADC »)
                && !TriggerContext.precededByAny(tk, at, "pas|jamais", 2)
                // (« deviendront un jour membres de l'OTAN », « pourrait devenir membre », « à ce que la Géorgie devienne membre »:
                // not yet)
                && !TriggerContext.precededByAny(tk, at, "devenir|deviendra|deviendront|deviendrait|deviendraient|devienne|deviennent"
                        + "|futurs?|futures?", 4)) {
            Optional<Resource> org = organizationWithin(ms, complementOfMember(tk, at) - 1, 3);
            boolean plural = norm.endsWith("s");
            List<Resource> before = statesIn(ms, 0, at);
            List<Resource> after = org.isEmpty() ? List.of() : statesListedAfter(r, orgEnd(ms, at));
            // « X, Y et Z, membres de l'OTSC »; « les membres de l'OTSC : X, Y, Z »; « X, membre de l'OTAN »
            // (« Membre de la Ligue arabe, le Yémen … », « Alliée de Moscou et membre de l'OTSC, l'Arménie … »: a phrase
            // opening the sentence tells of the subject after its comma)
            Optional<Resource> fronted = frontedSubject(r).filter(f -> f.comma() > at).map(FrontedSubject::state);
            // (« avec lequel la Turquie, membre de l'OTAN, a signé »: set off by commas, the one named right before)
            // (« faute de l'accord de la Roumanie, pourtant membre de l'alliance », « la Hongrie, elle aussi membre de l'UE »:
            // past an adverb that follows the comma)
            int setOff = at - 1;
            while (setOff > 1 && tk.get(setOff).normMatches(APPOSITION_ADVERBS)) {
                setOff--;
            }
            Optional<Resource> apposed = plural || setOff < 1 || !tk.get(setOff).is(",") ? Optional.empty() : stateEndingAt(ms, setOff);
            // (« Turquie, pays voisin de l'URSS et membre de l'OTAN »: the second of two appositions)
            if (!plural && apposed.isEmpty() && at > 2 && tk.get(at - 1).is("et")) {
                int comma = IntStream.iterate(at - 2, k -> k > Math.max(0, at - 9), k -> k - 1).filter(k -> tk.get(k).is(",")).findFirst().orElse(-1);
                apposed = comma > 0 ? stateEndingAt(ms, comma) : Optional.empty();
            }
            // (« l'Espagne et le Portugal, deux États membres de l'UE »: the states a count right before stands for, no others)
            List<Resource> counted = plural ? ms.stream().filter(m -> m.to() == at && m.kind() == Mention.Kind.ANAPHOR && !m.entities().isEmpty()
                    && m.entities().stream().allMatch(e -> actors.isA(e, CKG.State))).findFirst().map(Mention::entities).orElse(List.of())
                    : List.of();
            // (« un affrontement entre les deux membres de l'OTAN », after « La Grèce et la Turquie ont accepté … au terme de
            // tractations menées par les États-Unis »: as many as counted, the first named, who are the sentence's subject)
            int count = plural && at > 1 && tk.get(at - 2).normMatches("les|ces|leurs") ? FrenchText.countWord(tk.get(at - 1).norm()) : 0;
            List<Resource> all = count > 0 && before.size() > count ? before.subList(0, count) : before;
            List<Resource> members = new ArrayList<>(fronted.isPresent() ? List.of(fronted.get())
                    : !after.isEmpty() ? after : apposed.isPresent() ? List.of(apposed.get())
                    : !counted.isEmpty() ? counted : plural ? all : before.stream().limit(1).toList());
            // (« membres de l'OTAN aux côtés du Royaume-Uni et de la France », « membre de l'alliance au même titre que
            // l'URSS »: and the states likened)
            if (org.isPresent() && !members.isEmpty()) {
                members.addAll(likened(r, orgEnd(ms, at)));
            }
            org.ifPresent(o -> member(r, members, o, facts));
            // « membres de l'OTAN et de l'Union européenne »: of each organisation joined by « et »
            int joined = org.isEmpty() ? -1 : orgEnd(ms, at);
            if (joined > 0 && joined + 2 < tk.size() && tk.get(joined).is("et") && tk.get(joined + 1).normMatches("de|du|des|d'")) {
                organizationWithin(ms, joined + 1, 2).filter(o -> !o.equals(org.get())).ifPresent(o -> member(r, members, o, facts));
            }
            // « sont membres de l'OTSC, …, ainsi que de l'OCS »: of a second organisation too
            int also = org.isEmpty() ? -1 : r.find(orgEnd(ms, at), tk.size(), "ainsi");
            if (also > 0 && also + 2 < tk.size() && tk.get(also + 1).normMatches("que|qu'")) {
                organizationWithin(ms, also + 1, 3).filter(o -> !o.equals(org.get())).ifPresent(o -> member(r, members, o, facts));
            }
        } else if (Patterns.matches(norm, "allie(e)?s|partenaires") && at > 1 && tk.get(at - 1).is(",") && at + 3 < tk.size()
                && tk.get(at + 1).is("au") && tk.get(at + 2).is("sein") && tk.get(at + 3).normMatches("de|du|des|d'")) {
            // « La Grèce et la Turquie, alliées au sein de l'Alliance atlantique »: the states set off before are its members
            // (only the states joined right before the comma: « Moscou a critiqué la France et l'Allemagne, partenaires au sein
            // de l'UE » makes no member of Russia)
            int from = at - 1;
            while (from > 0 && (tk.get(from - 1).normMatches("et|,|la|le|l'|les") || inStateName(ms, from - 1))) {
                from--;
            }
            int start = from;
            organizationWithin(ms, at + 3, 2).ifPresent(o -> member(r, statesIn(ms, start, at - 1), o, facts));
        } else if (norm.equals("pays") && at > 0 && at + 2 < tk.size() && tk.get(at + 1).normMatches("de|du|des|d'")) {
            // « un pays de l'OTAN, la Turquie », « deux autres pays de l'UE, la Grèce et Chypre »: the states set off after the
            // organisation are of its countries (as many as counted)
            int word = tk.get(at - 1).norm().equals("autres") && at > 1 ? at - 2 : at - 1;
            int count = tk.get(word).normMatches("un|une") ? 1 : FrenchText.countWord(tk.get(word).norm());
            Optional<Mention> org = r.mentions().stream().filter(m -> m.from() > at + 1 && m.from() <= at + 3 && m.entities().size() == 1
                    && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency)).findFirst();
            if (org.isPresent() && (count > 0 || tk.get(word).normMatches("les|des|ces")) && org.get().to() + 1 < tk.size()
                    && tk.get(org.get().to()).is(",")) {
                List<Resource> listed = chainedStates(r, org.get().to() + 1);
                if (listed.size() >= Math.max(count, 1)) {
                    member(r, count > 0 ? listed.subList(0, count) : listed, org.get().first(), facts);
                }
            }
        } else if (countries.isPresent()) {
            // « Les pays de l'Union européenne, dont la France et l'Allemagne, ont condamné »
            member(r, chainedStates(r, at + 1), countries.get(), facts);
        } else if (membres > at
                // (« dont les voisins, la Suisse et le Liechtenstein, ne sont pas membres »)
                && r.find(at, membres, "pas", "plus", "jamais") < 0) {
            // « l'OCS, …, dont le Kirghizistan et le Tadjikistan sont membres »
            // (« La Cédéao, dont sont membres le Nigeria, le Ghana et le Sénégal, a menacé »: the list may follow)
            List<Resource> members = statesIn(ms, at, membres);
            // (« Les deux pays ont demandé à l'OSCE, dont ils sont membres, … »: the plural subject the pronoun stands for)
            if (members.isEmpty() && r.find(at, membres, "ils", "elles") > 0) {
                // (« Les deux pays », one mention of two; or a list, « L'Arménie et l'Azerbaïdjan »)
                int start = r.datelineEnd();
                List<Resource> opening = chainedStates(r, start);
                members = opening.size() >= 2 ? opening : ms.stream().filter(m -> m.from() >= start && m.from() < at).findFirst().map(m -> m.entities().stream()
                        .filter(e -> actors.isA(e, CKG.State)).toList()).filter(l -> l.size() >= 2).orElse(List.of());
            }
            // (« Athènes a sollicité le soutien de l'Union européenne, dont elle est membre, comme Chypre »: the singular subject
            // the sentence opens with, and each state « comme » adds)
            if (members.isEmpty() && r.find(at, membres, "il", "elle") > 0) {
                int start = r.datelineEnd();
                members = new ArrayList<>(ms.stream().filter(m -> m.from() >= start && m.from() <= start + 1 && m.entities().size() == 1
                                && actors.isA(m.first(), CKG.State))
                        .map(Mention::first).limit(1).toList());
                if (!members.isEmpty() && membres + 3 < tk.size() && tk.get(membres + 1).is(",") && tk.get(membres + 2).is("comme")) {
                    members.addAll(chainedStates(r, membres + 3));
                }
            }
            // (« dont les deux autres membres, le Koweït et Oman, se sont tenus à l'écart »: or stand after a comma)
            int list = membres + 1 < tk.size() && tk.get(membres + 1).is(",") ? membres + 2 : membres + 1;
            List<Resource> listed = new ArrayList<>(members.isEmpty() ? chainedStates(r, list) : members);
            // (« la SADC, dont le Mozambique est membre au même titre que l'Afrique du Sud et le Botswana »)
            if (!listed.isEmpty()) {
                listed.addAll(likened(r, membres + 1));
            }
            lastOrganizationBefore(ms, at).ifPresent(org -> member(r, listed, org, facts));
        } else if (BELONG.matcher(norm).matches() && at > 1 && tk.get(at - 1).normMatches("laquelle|auquel|auxquels|auxquelles")) {
            // « l'OUA, … à laquelle appartiennent l'Algérie comme le Maroc »: the states after the verb, of the organisation before
            List<Resource> members = new ArrayList<>(chainedStates(r, at + 1));
            int next = at + 1;
            while (next < tk.size() && !tk.get(next).normMatches("comme|ainsi") && !tk.get(next).is(".")) {
                next++;
            }
            // (« l'Algérie comme le Maroc »: each)
            if (next < tk.size() && tk.get(next).norm().equals("comme")) {
                members.addAll(chainedStates(r, next + 1));
            }
            List<Resource> listed = members;
            lastOrganizationBefore(ms, at).ifPresent(org -> member(r, listed, org, facts));
        } else if (BELONG.matcher(norm).matches() && at + 1 < tk.size() && tk.get(at + 1).normMatches("a|au|aux")) {
            // « la Turquie appartient à l'OTAN »: the state right before the verb, of the organisation after (not « les blindés
            // appartenaient à l'Armée de libération de la Palestine »)
            List<Resource> subject = statesIn(ms, 0, at).stream().limit(1).toList();
            boolean rightBefore = ms.stream().anyMatch(m -> m.to() == at && m.entities().stream().anyMatch(subject::contains));
            organizationWithin(ms, at + 1, 3).filter(org -> rightBefore && !actors.isA(org, CKG.ArmedForces))
                    .ifPresent(org -> member(r, subject, org, facts));
        } else if (FORM.matcher(norm).matches() && at > 0) {
            // « Le Mali et le Niger forment avec le Burkina Faso l'Alliance des États du Sahel »: the states named before the
            // organisation the verb is followed by
            Optional<Mention> org = ms.stream().filter(m -> m.from() > at && m.from() <= at + 8 && m.entities().size() == 1
                    && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency)).findFirst();
            List<Resource> members = org.isEmpty() ? List.of() : statesIn(ms, 0, org.get().from());
            if (members.size() >= 2) {
                member(r, members, org.get().first(), facts);
            }
        } else if (JOINED.matcher(norm).matches() || norm.equals("partie") && faitPartie(tk, at)) {
            // « la Finlande a rejoint l'OTAN », « la Suède a adhéré à l'OTAN », « X fait partie de l'OTSC »
            // (« L'Égypte, l'Éthiopie, l'Iran et les Émirats arabes unis ont rejoint les BRICS »: each of a list that opens the sentence)
            // (« STOCKHOLM, 7 mars (AFP) - La Finlande et la Suède ont adhéré … »: the sentence's own words, past a dateline)
            int start = r.datelineEnd();
            List<Resource> opening = chainedStates(r, start);
            List<Resource> joined = opening.size() > 1 && ms.stream().filter(m -> m.from() >= start && m.from() < at && m.namesActor())
                    .count() == opening.size() ? opening : statesIn(ms, 0, at).stream().limit(1).toList();
            organizationWithin(ms, at, 3).ifPresent(org -> member(r, joined, org, facts));
        }
    }

    /*
     * Where the members a verb of including introduces begin: past adverbs (« qui regroupe notamment l'Arabie saoudite »,
     * « comprend également »), « parmi ses membres » (« compte aussi parmi ses membres l'Estonie »), and a count of what they
     * are before « dont » (« regroupe sept petites îles, dont la Grenade, la Dominique … »).
     */
    private static int listAfterIncluding(SentenceReading r, int verb) {
        List<Token> tk = r.tokens();
        int k = verb + 1;
        while (k < tk.size() && tk.get(k).normMatches(ADVERBS)) {
            k++;
        }
        if (k + 2 < tk.size() && tk.get(k).is("parmi") && tk.get(k + 1).normMatches("ses|leurs") && tk.get(k + 2).normMatches("membres")) {
            k += 3;
        }
        // (« ne compte plus que douze États, dont … »)
        if (k + 2 < tk.size() && tk.get(k).is("plus") && tk.get(k + 1).normMatches("que|qu'")) {
            k += 2;
        }
        if (k + 1 < tk.size() && tk.get(k).normMatches(NUMBER_WORDS)) {
            int dont = r.find(k + 1, Math.min(tk.size() - 1, k + 6), "dont");
            if (dont > 0 && tk.get(dont - 1).is(",")) {
                k = dont + 1;
            }
        }
        return k;
    }

    /* Adverbs between the comma of an apposition and « membre » (« , pourtant membre de », « , elle aussi membre de »). */
    private static final String APPOSITION_ADVERBS = "pourtant|aussi|egalement|meme|deja|toujours|desormais|lui|elle|lui-meme|elle-meme";

    /* A number in digits or words (« 27 », « quinze », « vingt-sept », « plusieurs »). */
    private static final String NUMBER_WORDS = "\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
            + "|dix-\\w+|vingt\\S*|trente\\S*|quarante\\S*|cinquante\\S*|plusieurs";

    /** « l'OTSC (Russie, Arménie, Biélorussie, Kazakhstan, Kirghizistan, Tadjikistan) » */
    private void listInBrackets(SentenceReading r, List<Extraction.Fact> facts) {
        for (Mention m : r.mentions()) {
            int open = m.to();
            if (open < r.tokens().size() && r.tokens().get(open).is("(") && m.entities().size() == 1
                    && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency)) {
                int close = r.find(open, r.tokens().size(), ")");
                List<Resource> states = close < 0 ? List.of() : statesIn(r.mentions(), open, close);
                if (states.size() >= 2) {
                    member(r, states, m.first(), facts);
                }
            }
        }
    }

    /* Whether {@code e} is something founded (an organisation, not a news agency). */
    private boolean foundable(Resource e) {
        return actors.isA(e, CKG.Organization) && !actors.isA(e, CKG.NewsAgency);
    }

    private void founding(SentenceReading r, int at, List<Extraction.Fact> facts) {
        List<Token> tk = r.tokens();
        // « Née en septembre 2023 de la charte …, l'AES a été … »: a participle opening the sentence tells
        // of the organisation its phrase then names
        boolean founded = FOUNDED.matcher(tk.get(at).norm()).matches();
        boolean opening = at == 0 && (founded || tk.get(0).normMatches("nee|ne|nees|nes"));
        Optional<String> year = Optional.empty();
        Optional<Resource> org = Optional.empty();
        if ((opening || founded) && at + 2 < tk.size() && tk.get(at + 1).normMatches("en|le")) {
            year = tk.subList(at + 1, Math.min(tk.size(), at + 5)).stream().map(Token::surface)
                    .filter(s -> SentenceParse.YEAR.matcher(s).matches()).findFirst();
            // (the comma that ends the phrase, which may hold commas of its own: « Née en septembre 2023 de la charte du
            // Liptako-Gourma, un pacte de défense mutuelle signé par les trois États, l'AES a été transformée … »)
            org = opening
                    ? IntStream.range(at + 1, tk.size()).filter(k -> tk.get(k).is(",")).boxed()
                            .flatMap(comma -> r.mentions().stream().filter(m -> m.from() > comma && m.from() <= comma + 3
                                    && m.kind() != Mention.Kind.DEMONYM).limit(1))
                            .map(Mention::first).filter(this::foundable).findFirst()
                    // (« l'UNC, créé en 1950 par le Conseil de sécurité de l'ONU »: what the participle is set off from, a body
                    // too, and not an organisation named further back)
                    : at > 0 && tk.get(at - 1).is(",") && endingPastAcronym(r, at - 1).isPresent()
                    ? endingPastAcronym(r, at - 1).filter(m -> m.entities().size() == 1).map(Mention::first)
                            .filter(e -> foundable(e) || actors.isA(e, CKG.GovernmentBody) || actors.isA(e, CKG.ArmedForces))
                    : lastOrganizationBefore(r.mentions(), at);
        } else if (founded && at + 4 < tk.size() && tk.get(at + 1).normMatches("le|la|l'|les")) {
            // (« le traité de Basseterre qui a fondé l'organisation en 1981 », « ont fondé l'OTAN en 1949 »: what is founded
            // is named right after the verb, the year after it)
            int en = r.find(at + 2, Math.min(tk.size() - 1, at + 9), "en");
            year = en < 0 ? Optional.empty() : Optional.of(tk.get(en + 1).surface()).filter(x -> SentenceParse.YEAR.matcher(x).matches());
            org = r.mentions().stream().filter(m -> m.from() > at && m.from() <= at + 2 && m.to() <= en && m.entities().size() == 1)
                    .map(Mention::first).filter(this::foundable).findFirst()
                    .or(() -> tk.get(at + 2).normMatches("organisation|alliance") && en == at + 3 ? lastOrganizationBefore(r.mentions(), at)
                            : Optional.empty());
        }
        if (year.isPresent() && org.isPresent()) {
            facts.add(new Extraction.Fact(org.get(), CKG.foundedIn,
                    ResourceFactory.createTypedLiteral(year.get(), XSDDatatype.XSDgYear), r.sentence()));
        }
    }

    private void alliance(SentenceReading r, int at, List<Extraction.Fact> facts) {
        List<Token> tk = r.tokens();
        List<Mention> ms = r.mentions();
        if (!ALLY.matcher(tk.get(at).norm()).matches()) {
            return;
        }
        if (allyAfterDont(r, at, facts)) {
            return;
        }
        Optional<FrontedSubject> fronted = frontedSubject(r).filter(f -> f.comma() > at);
        if (at == 0 && fronted.isEmpty() || fronted.isEmpty() && IntStream.range(0, at).allMatch(k -> ALLY_QUALIFIER.matcher(tk.get(k).norm()).matches())) {
            return;
        }
        boolean plural = tk.get(at).norm().endsWith("s");
        // « son allié », « leur allié philippin »: the possessor is the subject; the ally follows, or stands right before
        // the comma (« La Turquie a pris fait et cause pour l'Azerbaïdjan, son allié »)
        int word = at;
        while (word > 0 && ALLY_QUALIFIER.matcher(tk.get(word - 1).norm()).matches()) {
            word--;
        }
        boolean possessive = word > 0 && tk.get(word - 1).normMatches("son|sa|ses|leur|leurs");
        int head = possessive ? word - 1 : word;
        boolean apposed = head > 0 && tk.get(head - 1).is(",");
        // (not allies a complement names: « l'armée malienne et ses alliés russes du groupe Wagner »)
        boolean complemented = at + 2 < tk.size() && tk.get(at + 2).normMatches("du|de|des|d'");
        List<Resource> before = fronted.isPresent() ? List.of(fronted.get().state())
                : apposed && !possessive ? apposedTo(r, head - 1, plural).orElse(statesIn(ms, 0, at))
                : possessive && !apposed ? complemented ? List.of() : possessor(r, head)
                : plural ? subjectStates(ms, at) : statesIn(ms, 0, at).stream().limit(1).toList();
        // (« l'armée congolaise et ses alliés zimbabwéens »: the state of the force the allies are joined to; not allies a
        // complement names, « l'armée malienne et ses alliés russes du groupe Wagner »)
        if (before.isEmpty() && possessive && head > 1 && tk.get(head - 1).is("et") && !complemented) {
            before = ms.stream().filter(m -> m.to() == head - 1 && m.namesActor() && m.entities().size() == 1)
                    .map(m -> actors.stateOrSelf(m.first())).filter(x -> actors.isA(x, CKG.State)).toList();
        }
        List<Resource> allies = new ArrayList<>(alliesAfter(r, at));
        if (allies.isEmpty() && possessive && apposed) {
            stateEndingAt(ms, head - 1).ifPresent(allies::add);
        }
        if (!allies.isEmpty() && !before.isEmpty()) {
            for (Resource a : before) {
                for (Resource b : allies) {
                    if (!a.equals(b)) {
                        facts.add(new Extraction.Fact(a, CKG.alliedWith, b, r.sentence()));
                    }
                }
            }
        } else if (allies.isEmpty() && plural && statesIn(ms, 0, at).size() == 2) {
            // « la Russie et la Biélorussie sont alliées », « qui comptent le royaume parmi leurs proches alliés »
            List<Resource> pair = statesIn(ms, 0, at);
            facts.add(new Extraction.Fact(pair.get(0), CKG.alliedWith, pair.get(1), r.sentence()));
        }
    }

    /*
     * « les adversaires de Bachar al-Assad, dont Moscou est le principal allié », « la Serbie, dont la Russie reste l'alliée »:
     * the state between « dont » and the verb is the ally of what the relative is set off from (a state, a leader, a group).
     */
    private boolean allyAfterDont(SentenceReading r, int at, List<Extraction.Fact> facts) {
        List<Token> tk = r.tokens();
        int k = at - 1;
        while (k > 0 && (ALLY_QUALIFIER.matcher(tk.get(k).norm()).matches() || tk.get(k).normMatches("le|la|l'|les|un|une|des"))) {
            k--;
        }
        if (k < 3 || !tk.get(k).normMatches("est|etait|reste|restait|demeure|sont|etaient|restent")) {
            return false;
        }
        int verb = k;
        // (« dont la Russie »: past an article)
        java.util.function.ToIntFunction<Mention> dont = m -> m.from() >= 3 && tk.get(m.from() - 1).is("dont") ? m.from() - 1
                : m.from() >= 4 && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()) && tk.get(m.from() - 2).is("dont") ? m.from() - 2 : -1;
        Optional<Mention> ally = r.mentions().stream().filter(m -> m.to() == verb && dont.applyAsInt(m) > 1
                && tk.get(dont.applyAsInt(m) - 1).is(",") && m.kind() != Mention.Kind.DEMONYM && m.entities().size() == 1
                && actors.isA(m.first(), CKG.State)).findFirst();
        Optional<Resource> whose = ally.flatMap(m -> endingPastAcronym(r, dont.applyAsInt(m) - 1)).filter(m -> m.namesActor() && m.entities().size() == 1)
                .map(Mention::first).filter(e -> actors.isA(e, CKG.State) || actors.isA(e, CKG.Person) || actors.isA(e, CKG.Organization)
                        && !actors.isA(e, CKG.NewsAgency));
        if (ally.isEmpty() || whose.isEmpty() || whose.get().equals(ally.get().first())) {
            return false;
        }
        facts.add(new Extraction.Fact(whose.get(), CKG.alliedWith, ally.get().first(), r.sentence()));
        return true;
    }

    /*
     * Whose « son allié », « leur allié » it is: the state of the last actor named before, but for a complement (« les
     * actions de Pékin … que les États-Unis se tenaient aux côtés de leur allié philippin », « Idi Amin a appelé à l'aide son
     * allié libyen »); the first state of the sentence when no actor of a state stands before.
     */
    private List<Resource> possessor(SentenceReading r, int head) {
        List<Token> tk = r.tokens();
        return r.mentions().stream().filter(m -> m.to() <= head && m.namesActor() && m.entities().size() == 1 && m.kind() != Mention.Kind.DEMONYM
                        && !(m.from() > 0 && SentenceParse.DE.contains(tk.get(m.from() - 1).norm()))
                        && !(m.from() > 1 && SentenceParse.DE.contains(tk.get(m.from() - 2).norm()) && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm())))
                // (a leader whose state the report tells only later stands for it: « Aux abois, Idi Amin a appelé à l'aide son
                // allié libyen »)
                .map(m -> actors.stateOrSelf(m.first())).filter(x -> actors.isA(x, CKG.State) || actors.isA(x, CKG.Person))
                .reduce((a, b) -> b).map(List::of)
                .orElseGet(() -> statesIn(r.mentions(), 0, head).stream().limit(1).toList());
    }

    /*
     * The states of the first mention naming states before {@code at}, all of them: « Les deux pays, membres de l'OTSC, sont
     * tous deux des alliés de Moscou » (one mention of two).
     */
    private List<Resource> subjectStates(List<Mention> ms, int at) {
        return ms.stream().filter(m -> m.to() <= at && m.kind() != Mention.Kind.DEMONYM && !m.entities().isEmpty()
                        && m.entities().stream().allMatch(e -> actors.isA(e, CKG.State)))
                .findFirst().map(Mention::entities).orElse(List.of());
    }

    /*
     * The states a phrase at {@code at} likens to the members named before: « au même titre que l'URSS », « aux côtés du
     * Royaume-Uni et de la France », « comme le Maroc ».
     */
    private List<Resource> likened(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int k = at < tk.size() && tk.get(at).is(",") ? at + 1 : at;
        // (past « depuis 1952 »)
        if (k + 1 < tk.size() && tk.get(k).is("depuis") && SentenceParse.YEAR.matcher(tk.get(k + 1).surface()).matches()) {
            k += 2;
        }
        if (k + 3 < tk.size() && tk.get(k).is("au") && tk.get(k + 1).is("meme") && tk.get(k + 2).is("titre") && tk.get(k + 3).normMatches("que|qu'")) {
            return chainedStates(r, k + 4);
        }
        if (k + 2 < tk.size() && tk.get(k).is("aux") && tk.get(k + 1).is("cotes")) {
            return alliesListed(r, k + 2);
        }
        if (k + 1 < tk.size() && tk.get(k).is("comme")) {
            return chainedStates(r, k + 1);
        }
        return List.of();
    }

    /* The one state whose mention ends right before {@code comma}: what an apposition after it tells of. */
    private Optional<Resource> stateEndingAt(List<Mention> ms, int comma) {
        return ms.stream().filter(m -> m.to() == comma && m.entities().size() == 1 && actors.isA(m.first(), CKG.State))
                .map(Mention::first).findFirst();
    }

    /*
     * « le Mali et le Burkina Faso, alliés de … »: the states an apposition at {@code comma} is set off from (the one, if
     * singular); or the armed group or organisation it is set off from (« le Hezbollah, allié de Damas », « les Khmers rouges,
     * alliés de Pékin »).
     */
    private Optional<List<Resource>> apposedTo(SentenceReading r, int comma, boolean plural) {
        List<Mention> ms = r.mentions();
        return ms.stream().filter(m -> m.to() == comma && m.namesActor()).findFirst()
                .map(m -> {
                    List<Resource> states = plural ? statesIn(ms, 0, comma) : m.entities().stream().filter(e -> actors.isA(e, CKG.State)).toList();
                    return !states.isEmpty() ? states : m.entities().stream()
                            .filter(e -> actors.isA(e, CKG.Organization) && !actors.isA(e, CKG.NewsAgency)).toList();
                })
                .filter(l -> !l.isEmpty());
    }

    /*
     * Whose ally « allié(s) » at {@code at} says: « un allié traditionnel de l'Arménie », « son allié russe », « alliés de la
     * Corée du Sud et du Japon », « allié de longue date de Djouba » (qualifiers between).
     */
    private List<Resource> alliesAfter(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int after = at + 1;
        while (after < tk.size() && after <= at + 4) {
            if (ALLY_QUALIFIER.matcher(tk.get(after).norm()).matches()) {
                after++;
            } else if (after + 2 < tk.size() && tk.get(after).norm().equals("de") && tk.get(after + 1).norm().equals("longue")
                    && tk.get(after + 2).norm().equals("date")) {
                after += 3;
            } else {
                break;
            }
        }
        List<Resource> listed = after < tk.size() && tk.get(after).normMatches("de|du|des|d'") ? alliesListed(r, after) : List.of();
        if (!listed.isEmpty()) {
            return listed;
        }
        int window = Math.max(at + 4, after + 1);
        return r.mentions().stream().filter(m -> m.from() > at && m.from() <= window).map(Mention::first)
                .filter(e -> actors.isA(e, CKG.State)).findFirst().map(List::of).orElse(List.of());
    }

    /* The states after « de » that an ally is of, as a list joined by « et » (« de la Corée du Sud et du Japon »). */
    private List<Resource> alliesListed(SentenceReading r, int de) {
        List<Token> tk = r.tokens();
        List<Resource> states = new ArrayList<>();
        int k = de;
        while (k < tk.size() && tk.get(k).normMatches("de|du|des|d'")) {
            int word = k + 1;
            int from = word < tk.size() && SentenceParse.ARTICLES.contains(tk.get(word).norm()) ? word + 1 : word;
            Optional<Mention> m = r.mentions().stream().filter(x -> (x.from() == from || x.from() == word) && x.kind() != Mention.Kind.DEMONYM
                    && !x.entities().isEmpty() && x.entities().stream().allMatch(e -> actors.isA(e, CKG.State))).findFirst();
            if (m.isEmpty()) {
                break;
            }
            states.addAll(m.get().entities());
            int next = m.get().to();
            k = next + 1 < tk.size() && tk.get(next).normMatches("et|,") ? next + 1 : tk.size();
        }
        return states;
    }

    /* Words that qualify an ally, between « allié » and whose (« allié de longue date de », « principal allié »). */
    private static final java.util.regex.Pattern ALLY_QUALIFIER = java.util.regex.Pattern.compile(
            "principale?s?|principaux|traditionnel(le)?s?|historiques?|fideles?|indefectibles?|proches?|strategiques?"
            + "|militaires?|regionale?s?|regionaux|vieil|vieux|vieilles?|grande?s?|meilleure?s?|seule?s?");

    /** A state a phrase opening the sentence tells of, named right after the comma that ends the phrase. */
    record FrontedSubject(int comma, Resource state) {
    }

    /* « fait », « font », « faisaient », « fera » partie: the forms of « faire », normalized (their stems differ). */
    private static final String FORMS_OF_FAIRE = "fai\\w*|font|fer\\w*";
    /* Adverbs that may stand inside a verb phrase (« dont fait également partie », « qui regroupe notamment »). */
    private static final String ADVERBS = "egalement|aussi|notamment|desormais|toujours|encore|deja|actuellement|aujourd'hui";

    /* Whether « partie » at {@code partie} is « fait partie », « fait également partie ». */
    private static boolean faitPartie(List<Token> tk, int partie) {
        int k = partie - 1;
        while (k > 0 && tk.get(k).normMatches(ADVERBS)) {
            k--;
        }
        return k >= 0 && tk.get(k).normMatches(FORMS_OF_FAIRE);
    }

    private static final java.util.regex.Pattern FRONTED = java.util.regex.Pattern.compile("membres?|allie[es]?s?");

    /*
     * « Membre de la Ligue arabe, le Yémen est plongé … », « Alliée de Moscou et membre de l'OTSC, l'Arménie avait
     * demandé … »: the sentence opens with what its subject is, set off by a comma; the subject is the state named right
     * after it.
     */
    private Optional<FrontedSubject> frontedSubject(SentenceReading r) {
        List<Token> tk = r.tokens();
        // (« Principale alliée du Vietnam, l'Union soviétique a dépêché … »: past the words that qualify it)
        // (« ANKARA, 3 mai (AFP) - Membre de l'OTAN, la Turquie … »: and past a dateline)
        int first = r.datelineEnd();
        while (first + 1 < tk.size() && ALLY_QUALIFIER.matcher(tk.get(first).norm()).matches()) {
            first++;
        }
        if (tk.isEmpty() || !FRONTED.matcher(tk.get(first).norm()).matches()) {
            return Optional.empty();
        }
        for (int k = first + 1; k + 1 < tk.size(); k++) {
            if (!tk.get(k).is(",")) {
                continue;
            }
            int from = SentenceParse.ARTICLES.contains(tk.get(k + 1).norm()) ? k + 2 : k + 1;
            int comma = k;
            return r.mentions().stream().filter(m -> m.from() == from && m.kind() != Mention.Kind.DEMONYM && m.entities().size() == 1
                    && actors.isA(m.first(), CKG.State)).findFirst().map(m -> new FrontedSubject(comma, m.first()));
        }
        return Optional.empty();
    }


    /*
     * « Le Niger, le Mali et le Burkina Faso avaient signé … l'Alliance des États du Sahel, qui réunit les trois pays »:
     * the states the sentence named before, when « les trois pays » counts them.
     */
    private Optional<List<Resource>> countedStatesBefore(SentenceReading r, int verb) {
        List<Token> tk = r.tokens();
        if (verb + 3 >= tk.size() || !tk.get(verb + 1).normMatches("les|ses|leurs") || FrenchText.countWord(tk.get(verb + 2).norm()) == 0
                || !tk.get(verb + 3).normMatches("pays|etats")) {
            return Optional.empty();
        }
        List<Resource> before = statesIn(r.mentions(), 0, verb);
        return before.size() == FrenchText.countWord(tk.get(verb + 2).norm()) ? Optional.of(before) : Optional.empty();
    }

    /*
     * « Abdou Diouf, président en exercice de l'OUA », « le ministère turc des Affaires étrangères, que dirige Deniz Baykal »,
     * « le RFC, dirigé par Timan Erdimi », « le colonel Leonov, qui commandait les gardes-frontières »: a person serves the
     * organisation, body or force they lead, besides their state (an office the registry keeps one of per person).
     */
    private void leadership(SentenceReading r, int at, List<Extraction.Fact> facts) {
        List<Token> tk = r.tokens();
        List<Mention> ms = r.mentions();
        String w = tk.get(at).norm();
        Optional<Mention> person = Optional.empty();
        Optional<Mention> led = Optional.empty();
        // (« le général Sani Abacha, chef de l'État nigérian et président en exercice de la CEDEAO »: or joined by « et » to
        // the office the person is named with)
        if (Patterns.matches(w, "president|presidente") && at + 3 < tk.size() && tk.get(at + 1).is("en") && tk.get(at + 2).norm().equals("exercice")
                && at > 0 && tk.get(at - 1).normMatches(",|et")) {
            person = endingAt(ms, at - 1).filter(m -> isA(m, CKG.Person));
            led = ms.stream().filter(m -> m.from() > at + 3 && m.from() <= at + 5 && m.entities().size() == 1
                    && isA(m, CKG.Organization) && !isA(m, CKG.NewsAgency)).findFirst();
        } else if (LEADS.matcher(w).matches() && at > 1 && tk.get(at - 1).normMatches("que|qu'|qui") && tk.get(at - 2).is(",")) {
            boolean whoLeads = tk.get(at - 1).is("qui");
            Optional<Mention> before = endingPastAcronym(r, at - 2);
            Optional<Mention> after = ms.stream().filter(m -> m.from() > at && m.from() <= at + 4).findFirst();
            person = (whoLeads ? before : after).filter(m -> isA(m, CKG.Person));
            led = (whoLeads ? after : before).filter(this::ledBody);
        } else if (LED.matcher(w).matches() && at + 2 < tk.size() && tk.get(at + 1).is("par") && at > 0) {
            int end = tk.get(at - 1).is(",") ? at - 1 : at;
            led = endingPastAcronym(r, end).filter(this::ledBody);
            person = ms.stream().filter(m -> m.from() > at + 1 && m.from() <= at + 4).findFirst().filter(m -> isA(m, CKG.Person));
        } else if (w.equals("dont") && at > 1 && at + 2 < tk.size() && tk.get(at - 1).is(",") && tk.get(at + 1).normMatches("le|la|l'")) {
            // « le Front de libération nationale de l'Ouganda (UNLF), dont le président, Yusuf Lule, … »: the office after « dont »
            // is of what the relative follows (the person's mention begins at the office's word, not « dont le fils, X »)
            led = endingPastAcronym(r, at - 1).filter(this::ledBody);
            person = ms.stream().filter(m -> m.from() == at + 2).findFirst().filter(m -> isA(m, CKG.Person));
        }
        if (person.isPresent() && led.isPresent() && person.get().entities().size() == 1) {
            facts.add(new Extraction.Fact(person.get().first(), CKG.affiliatedWith, led.get().first(), r.sentence()));
        }
    }

    private static final java.util.regex.Pattern LEADS = java.util.regex.Pattern.compile(
            "dirige|dirigeait|preside|presidait|commande|commandait");
    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("(dirige|preside|commande)e?s?");

    /* An organisation, body or force a person may lead (no state, no agency). */
    private boolean ledBody(Mention m) {
        return m.entities().size() == 1 && !isA(m, CKG.State) && !isA(m, CKG.NewsAgency) && !isA(m, CKG.Person)
                && (isA(m, CKG.Organization) || isA(m, CKG.GovernmentBody) || isA(m, CKG.ArmedForces));
    }

    /*
     * The mention that ends at {@code end}, or past its acronym in brackets: « du Rassemblement des forces pour le changement
     * (RFC), dirigé par … », « la Communauté d'États latino-américains et caraïbes (CELAC), que préside … »
     */
    private static Optional<Mention> endingPastAcronym(SentenceReading r, int end) {
        List<Token> tk = r.tokens();
        int open = end > 2 && tk.get(end - 1).is(")") ? r.find(Math.max(0, end - 4), end, "(") : -1;
        return endingAt(r.mentions(), end).or(() -> open > 0 ? endingAt(r.mentions(), open) : Optional.empty());
    }

    private static Optional<Mention> endingAt(List<Mention> ms, int end) {
        return ms.stream().filter(m -> m.to() == end).max(java.util.Comparator.comparingInt(m -> m.to() - m.from()));
    }

    private boolean isA(Mention m, Resource cls) {
        return m.entities().stream().allMatch(e -> actors.isA(e, cls));
    }

    private void member(SentenceReading r, List<Resource> states, Resource org, List<Extraction.Fact> facts) {
        // (« le départ des troupes syriennes, … pour remercier la Syrie »: a state is no member of its own forces or bodies)
        states.stream().filter(s -> !actors.stateOrSelf(org).equals(s) || actors.isA(org, CKG.State))
                .forEach(s -> facts.add(new Extraction.Fact(s, CKG.memberOf, org, r.sentence())));
    }

    private Optional<Resource> organizationWithin(List<Mention> ms, int at, int window) {
        return ms.stream().filter(m -> m.from() > at && m.from() <= at + window).map(Mention::first)
                .filter(e -> actors.isA(e, CKG.Organization) && !actors.isA(e, CKG.NewsAgency)).findFirst();
    }

    /* Whether token {@code i} is part of a state's name (not its demonym). */
    private boolean inStateName(List<Mention> ms, int i) {
        return ms.stream().anyMatch(m -> m.from() <= i && i < m.to() && m.kind() != Mention.Kind.DEMONYM
                && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State)));
    }

    private static int orgEnd(List<Mention> ms, int at) {
        return ms.stream().filter(m -> m.from() > at).mapToInt(Mention::to).findFirst().orElse(at);
    }

    /** States listed right after « : », « — » or « ( » (« les membres de l'OTSC : la Russie, … »). */
    private List<Resource> statesListedAfter(SentenceReading r, int at) {
        // (« deux membres de l'OTAN, la Grèce et la Turquie »: a list set off by a comma)
        if (at < r.tokens().size() && r.tokens().get(at).is(",")) {
            List<Resource> listed = chainedStates(r, at + 1);
            return listed.size() >= 2 ? listed : List.of();
        }
        if (at >= r.tokens().size() || !r.tokens().get(at).surfaceMatches("[:(—–-]")) {
            return List.of();
        }
        int end = r.find(at + 1, r.tokens().size(), ")", ";", ".");
        return statesIn(r.mentions(), at, end < 0 ? r.tokens().size() : end);
    }

    private Optional<Resource> lastOrganizationBefore(List<Mention> ms, int before) {
        return ms.stream().filter(m -> m.to() <= before).map(Mention::first).filter(e -> actors.isA(e, CKG.Organization))
                .reduce((a, b) -> b);
    }

    /* Where « de » follows « membre(s) » past what qualifies it (« membres permanents du Conseil », « membre fondateur de ») */
    private static int complementOfMember(List<Token> tk, int at) {
        int k = at + 1;
        // (past a superlative: « membre le plus influent de l'OPEP »)
        if (k + 2 < tk.size() && tk.get(k).normMatches("le|la|les") && tk.get(k + 1).is("plus")) {
            k += 3;
        }
        while (k < tk.size() && k <= at + 3 && tk.get(k).normMatches("permanents?|non|non-permanents?|fondateurs?|fondatrices?"
                + "|associes?|observateurs?|a|part|entiere|plein|pleins|actifs?")) {
            k++;
        }
        // (past a date: « membre depuis juin 1978 du Comecon », « membre depuis 2004 de l'OTAN »)
        if (k + 1 < tk.size() && tk.get(k).is("depuis")) {
            int d = k + 1;
            while (d < tk.size() && d <= k + 4 && tk.get(d).normMatches("\\d{4}|\\d{1,2}|1er|" + EventDates.MONTH_NAMES)) {
                d++;
            }
            k = d > k + 1 ? d : k;
        }
        return Math.min(k, tk.size() - 1);
    }

    /* « les pays de l'UE » ending at {@code end}: the organisation whose countries these are */
    private Optional<Resource> countriesOf(SentenceReading r, int end) {
        List<Token> tk = r.tokens();
        return r.mentions().stream().filter(m -> m.to() == end && m.from() >= 2 && m.entities().size() == 1
                        && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency))
                .filter(m -> {
                    int de = SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()) ? m.from() - 2 : m.from() - 1;
                    return de >= 1 && tk.get(de).normMatches("de|du|des|d'") && tk.get(de - 1).normMatches("pays|etats|membres");
                }).map(Mention::first).findFirst();
    }

    /* The states listed from {@code at} (after an article): « le Nigeria, le Ghana et le Sénégal » */
    private List<Resource> chainedStates(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        List<Resource> states = new ArrayList<>();
        int k = at;
        while (k < tk.size()) {
            int from = SentenceParse.ARTICLES.contains(tk.get(k).norm()) ? k + 1 : k;
            Optional<Mention> m = r.mentions().stream().filter(x -> x.from() == from && x.kind() != Mention.Kind.DEMONYM
                    && x.entities().stream().allMatch(e -> actors.isA(e, CKG.State))).findFirst();
            if (m.isEmpty()) {
                break;
            }
            states.addAll(m.get().entities());
            k = m.get().to();
            // (« la Grenade elle-même, la Dominique »)
            if (k < tk.size() && tk.get(k).normMatches("(elle|lui|eux|elles)-memes?")) {
                k++;
            }
            if (k < tk.size() && tk.get(k).normMatches(",|et")) {
                k++;
            } else {
                break;
            }
        }
        return states;
    }

    private List<Resource> statesIn(List<Mention> ms, int from, int to) {
        return ms.stream().filter(m -> m.from() >= from && m.to() <= to && m.kind() != Mention.Kind.DEMONYM)
                .flatMap(m -> m.entities().stream()).filter(e -> actors.isA(e, CKG.State)).distinct().toList();
    }
}
