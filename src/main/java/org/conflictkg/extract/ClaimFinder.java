package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * Finds who says what in a sentence: a quotation with its attribution (« … », a déclaré X;
 * X annonce : « … »), reported speech (X rapporte que …; …, a rapporté X; selon X, …),
 * accusations (X accuse Y; X et Y se sont mutuellement accusés) and a statement about the
 * sentence before (« Cela a été rapporté par X »). What a journalist states directly is no claim.
 * The result splits the sentence into segments: each claim's words, and the narrator's.
 */
final class ClaimFinder {
    /** Tokens {@code [from, to)} of a sentence, said by the claims given (none: the narrator's words). */
    record Segment(int from, int to, List<Extraction.Claim> claims) {
    }

    static final Set<String> OPEN = Set.of("«", "“");
    static final Set<String> CLOSE = Set.of("»", "”");

    private final Actors actors;
    private final AccusedParties accused;
    private final String text;
    // One finder reads one report, in order: who spoke last is what « a-t-il ajouté » refers to.
    private Resource lastClaimant;
    private Extraction.Claim lastClaim;
    private Resource lastPerson;
    // « L'armée pakistanaise a démenti. « … », a-t-elle assuré »: the actor the sentence before opened with, when it
    // said nothing the reader took as a claim
    private Resource openedBefore;
    private Resource opened;
    private boolean claimedBefore;
    private boolean claimed;

    ClaimFinder(Actors actors, String text) {
        this.actors = actors;
        this.accused = new AccusedParties(actors);
        this.text = text;
    }

    List<Segment> segments(SentenceReading r) {
        openedBefore = opened;
        claimedBefore = claimed;
        // (« Confronté depuis février à la contestation, le gouvernement X a expliqué … »: the subject past a fronted phrase opens
        // the sentence too, for « Il a assuré … » after it)
        opened = r.mentions().stream().filter(m -> (m.from() <= 2 || afterFrontedPhrase(r.tokens(), m.from()))
                && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                && m.entities().size() == 1 && !isA(m, CKG.NewsAgency) && isSpeaker(r, m)).map(Mention::first).findFirst().orElse(null);
        List<Segment> said = new ArrayList<>();
        quotations(r, said);
        reportedSpeech(r, said);
        callsToCalm(r, said);
        // « …, a rapporté Kabar »: an agency reporting on its own makes no claim; but right after a statement
        // of its own state's side (« Le Comité tadjik a rejeté ces accusations. D'après l'agence tadjike
        // Khovar, … »), it carries that statement.
        List<Segment> agencyOnly = said.stream()
                .filter(s -> s.claims().stream().allMatch(c -> c.claimant != null && actors.isA(c.claimant, CKG.NewsAgency))).toList();
        // (the words become that speaker's, told on: what they say of events accuses as the statement does)
        List<Segment> carried = new ArrayList<>();
        for (Segment s : agencyOnly) {
            boolean next = lastClaim != null && lastClaim.evidence.stream().anyMatch(st -> st.number() == r.sentence().number() - 1);
            boolean sameSide = next && s.claims().stream().allMatch(c -> actors.stateOf(c.claimant).isPresent()
                    && actors.stateOf(c.claimant).equals(actors.stateOf(lastClaim.claimant)));
            if (sameSide) {
                for (Extraction.Claim c : s.claims()) {
                    c.agencies.add(c.claimant);
                    lastClaim.agencies.add(c.claimant);
                    c.claimant = lastClaim.claimant;
                    c.continued = true;
                }
                carried.add(s);
            }
        }
        said.removeIf(s -> agencyOnly.contains(s) && !carried.contains(s));
        alsoSaidBy(r, said);
        for (Segment s : said) {
            for (Extraction.Claim c : s.claims()) {
                lastClaim = c;
                // « Il a affirmé … », « Elle a ajouté … » opening the sentence: the speaker goes on
                c.continued |= r.tokens().get(0).normMatches("il|elle") && c.claimant != null && c.claimant.equals(lastClaimant);
                lastClaimant = c.claimant;
                c.evidence.add(r.sentence());
                r.mentions().stream().filter(m -> isA(m, CKG.NewsAgency)).forEach(m -> c.agencies.addAll(m.entities()));
                // (« dans un entretien à la chaîne France 24 »: a channel or a paper named as such carries the words too)
                // (a name the reference data does not know is one mention with its noun: « Sur leur chaîne Al-Masirah, … »)
                r.mentions().stream().filter(m -> isA(m, CKG.Organization) && !isA(m, CKG.NewsAgency)
                        && (m.from() > 0 && MEDIA.matcher(r.tokens().get(m.from() - 1).norm()).matches()
                                || m.to() - m.from() > 1 && MEDIA.matcher(r.tokens().get(m.from()).norm()).matches())
                        && !m.entities().contains(c.claimant))
                        .forEach(m -> c.agencies.addAll(m.entities()));
                // (« affirmait à la BBC », « a-t-il déclaré à CNN »: the outlet a verb of saying addresses carries the words; a
                // state, a government body, armed forces, an international body or an armed group so addressed is no outlet)
                r.mentions().stream().filter(m -> isA(m, CKG.Organization) && !isA(m, CKG.NewsAgency) && !isA(m, CKG.InternationalOrganization)
                                && !isA(m, CKG.Alliance) && !isA(m, CKG.ArmedGroup) && !isA(m, CKG.State)
                                && !isA(m, CKG.GovernmentBody) && !isA(m, CKG.ArmedForces)
                                && toOutlet(r, m.from()) && !m.entities().contains(c.claimant))
                        .forEach(m -> c.agencies.addAll(m.entities()));
            }
        }
        r.mentions().stream().filter(m -> isA(m, CKG.Person)).reduce((a, b) -> b).ifPresent(m -> lastPerson = m.first());
        claimed = !said.isEmpty();
        List<Segment> all = new ArrayList<>(said);
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<Segment> withNarrator = new ArrayList<>();
        int at = 0;
        for (Segment s : all) {
            if (s.from() > at) {
                withNarrator.add(new Segment(at, s.from(), List.of()));
            }
            withNarrator.add(s);
            at = Math.max(at, s.to());
        }
        if (at < r.tokens().size()) {
            withNarrator.add(new Segment(at, r.tokens().size(), List.of()));
        }
        return withNarrator;
    }

    /* Whether a name at {@code at} is what a verb of saying is addressed to (« a déclaré à la », « affirmait au », « a-t-il dit à »). */
    private static boolean toOutlet(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int k = at - 1;
        if (k >= 0 && tk.get(k).normMatches("la|l'")) {
            k--;
        }
        if (k < 1 || !tk.get(k).normMatches("a|au")) {
            return false;
        }
        int verbEnd = k;
        return r.terms(CKG.SpeechCueScheme).stream().anyMatch(cue -> cue.to() == verbEnd)
                || invertedPronoun(tk.get(verbEnd - 1)) || verbEnd >= 2 && invertedPronoun(tk.get(verbEnd - 2));
    }

    private void quotations(SentenceReading r, List<Segment> said) {
        List<Token> tk = r.tokens();
        for (int i = 0; i < tk.size(); i++) {
            String s = tk.get(i).surface();
            if (!OPEN.contains(s) && !s.equals("\"")) {
                continue;
            }
            int close = i + 1;
            while (close < tk.size() && !(CLOSE.contains(tk.get(close).surface()) || (s.equals("\"") && tk.get(close).surface().equals("\"")))) {
                close++;
            }
            int open = i;
            // « de comportements « imprudents » »: a word or two in quotes is emphasis, not a statement.
            long words = tk.subList(i + 1, Math.min(close, tk.size())).stream().filter(Token::isWord).count();
            if (words < 3) {
                i = close;
                continue;
            }
            // (« a affirmé avoir mené des « frappes de précision » à Kandahar »: a quotation that a determiner
            // or preposition opens is words within the reported statement, which the statement's reading keeps)
            boolean embedded = open > 0 && tk.get(open - 1).normMatches("des?|du|d'|une?|la|le|les|l'|a|au|aux|en|sa|son|ses|leur|leurs|cette|ce|ces|sur|pour|par|contre");
            // (« X a démenti toute sommation : « … », a-t-il déclaré »: the pronoun is the one named before the quotation)
            Optional<Resource> after = attributionAfter(r, close + 1);
            Optional<Resource> spokeBefore = embedded ? Optional.<Resource>empty() : attributionBefore(r, open);
            // (« Le président X a défendu un compromis « avantageux » : « … », a-t-il affirmé »: with no verb of saying before the
            // quotation a colon opens, the pronoun still stands for the person the sentence named before it, not for who spoke
            // last; without the colon the words before may be the statement itself: « L'ambassadeur X rentrera « … », a-t-il annoncé »)
            boolean colon = open > 0 && tk.get(open - 1).is(":");
            Optional<Resource> before = spokeBefore.isEmpty() && colon && pronounAttribution(r, close + 1) ? personBefore(r, open) : spokeBefore;
            Optional<Resource> claimant = pronounAttribution(r, close + 1) && before.isPresent() ? before : after.or(() -> before);
            if (claimant.isPresent()) {
                Resource speaker = innerSpeaker(r, i + 1, close).orElse(claimant.get());
                Extraction.Claim c = new Extraction.Claim();
                c.claimant = speaker;
                // strip() keeps no-break spaces (« NBSP text NBSP »), which French typography puts inside quotes.
                c.quotes.add(text.substring(tk.get(i).end(), close < tk.size() ? tk.get(close).start() : tk.get(tk.size() - 1).end())
                        .replaceAll("^[\\s\\u00A0\\u202F]+|[\\s\\u00A0\\u202F]+$", ""));
                // (the words' own accusation: « « J'appelle la Russie à cesser ses frappes », a déclaré … »)
                c.accused.addAll(accused.in(r, i + 1, close));
                if (c.accused.isEmpty()) {
                    c.accused.addAll(accused.inHostileWords(r, i + 1, close, speaker));
                }
                said.add(new Segment(i + 1, close, List.of(c)));
            }
            i = close;
        }
    }

    /**
     * « Hong Lei a appelé « les deux parties » au « calme » et à la « retenue » », « Antonio Guterres a appelé au calme »:
     * a call for calm is a statement of its subject (a verb of calling is no speech cue alone: « a appelé son homologue » is a call).
     */
    private void callsToCalm(SentenceReading r, List<Segment> said) {
        List<Token> tk = r.tokens();
        for (int i = 1; i < tk.size(); i++) {
            if (insideAny(said, i) || TriggerContext.callToCalm(tk, i) < 0 || tk.get(i).norm().endsWith("ant")) {
                continue;
            }
            int at = subjectBoundary(r, i);
            Optional<Resource> subject = lastSpeakerBefore(r, at).filter(x -> at - subjectEnd(r, at) <= 1);
            if (subject.isEmpty()) {
                continue;
            }
            int end = clauseEnd(r, i + 1);
            said.add(new Segment(i + 1, end, List.of(claim(subject.get(), r, i + 1, end))));
            i = end;
        }
    }

    /**
     * « L'Union africaine avait condamné l'attaque érythréenne, tout comme l'Igad »: whom « tout comme » or « de même que »
     * names after a statement said the same.
     */
    private void alsoSaidBy(SentenceReading r, List<Segment> said) {
        List<Token> tk = r.tokens();
        for (Segment s : List.copyOf(said)) {
            if (s.claims().size() != 1) {
                continue;
            }
            for (int i = s.from(); i + 2 < tk.size(); i++) {
                boolean likewise = tk.get(i).is("tout") && tk.get(i + 1).is("comme")
                        || tk.get(i).is("de") && tk.get(i + 1).norm().equals("meme") && i + 2 < tk.size() && tk.get(i + 2).normMatches("que|qu'");
                if (!likewise || i == 0 || !tk.get(i - 1).is(",")) {
                    continue;
                }
                int at = tk.get(i + 1).norm().equals("meme") ? i + 3 : i + 2;
                int named = at < tk.size() && SentenceParse.ARTICLES.contains(tk.get(at).norm()) ? at + 1 : at;
                Extraction.Claim first = s.claims().get(0);
                r.mentions().stream().filter(m -> (m.from() == at || m.from() == named) && isSpeaker(r, m) && !isA(m, CKG.NewsAgency)
                        && !m.entities().contains(first.claimant)).findFirst().ifPresent(m -> {
                            Extraction.Claim c = new Extraction.Claim();
                            c.claimant = m.first();
                            c.quotes.addAll(first.quotes);
                            c.accused.addAll(first.accused);
                            said.add(new Segment(m.to(), m.to(), List.of(c)));
                        });
                break;
            }
        }
    }

    /*
     * The first person the sentence names before token {@code open}, outside quotation marks, as a subject or an aside (not
     * whom a preposition introduces: « a reçu à Moscou X », « a répondu à X »), when no earlier statement of the sentence
     * took its words.
     */
    private Optional<Resource> personBefore(SentenceReading r, int open) {
        return r.mentions().stream().filter(m -> m.to() <= open && isA(m, CKG.Person) && m.entities().size() == 1 && !quoted(r, m.from())
                && isSpeaker(r, m) && (m.from() == 0 || !r.tokens().get(m.from() - 1).normMatches("a|au|aux|avec|contre|par|de|d'|du|des|pour|sur")))
                .findFirst().map(Mention::first);
    }

    /** Whether a pronoun attributes the quotation just closed (« …, a-t-il déclaré »). */
    private boolean pronounAttribution(SentenceReading r, int at) {
        int k = at < r.tokens().size() && r.tokens().get(at).is(",") ? at + 1 : at;
        return cueAt(r, k).filter(c -> r.tokens().subList(c.from(), c.to()).stream()
                .anyMatch(ClaimFinder::invertedPronoun)).isPresent();
    }

    /** « … », a déclaré X / « … », lit-on dans un communiqué d'Erevan */
    private Optional<Resource> attributionAfter(SentenceReading r, int at) {
        // (« a accusé l'Iran d'avoir commis « un crime » et appelé les États-Unis à … »: a verb joined by « et » goes on
        // with the sentence's subject; whom it names after it did not speak the quotation)
        if (at < r.tokens().size() && r.tokens().get(at).is("et")) {
            return Optional.empty();
        }
        int k = at < r.tokens().size() && r.tokens().get(at).is(",") ? at + 1 : at;
        // (« « … », a lancé le président X »: launching words right after a quotation; elsewhere « a lancé une
        // offensive » is a deed, so the verb is read here, not from the lexicon)
        if (k > at && k + 2 < r.tokens().size() && r.tokens().get(k).normMatches("a|avait") && r.tokens().get(k + 1).is("lance")) {
            // (a person named there speaks; a state may be whom the words address: « a lancé à l'adresse d'Athènes le président turc »)
            return r.mentions().stream().filter(m -> m.from() >= k + 2 && m.from() < k + 12 && isA(m, CKG.Person)).map(Mention::first)
                    .findFirst().or(() -> speakerIn(r, k + 2, k + 10));
        }
        // (« « … », a tonné Pékin », « a poursuivi M. Shoigu », « s'est indigné le ministre », « a-t-il poursuivi »: verbs that say
        // who speaks only right after a quotation, where they cannot tell a deed, « a poursuivi ses frappes », « a noté une baisse »)
        int v = k;
        if (v + 1 < r.tokens().size() && r.tokens().get(v).normMatches("s'|se") && r.tokens().get(v + 1).normMatches("est|sont|etait|etaient")) {
            v += 2;
        } else if (v < r.tokens().size() && r.tokens().get(v).normMatches("a|ont|avait|avaient") && !r.tokens().get(v).isPrepositionA()) {
            v++;
        }
        boolean inverted = v < r.tokens().size() && invertedPronoun(r.tokens().get(v));
        int verbAt = inverted ? v + 1 : v;
        if (k > at && verbAt + 1 < r.tokens().size() && r.tokens().get(verbAt).normMatches(AFTER_QUOTE_ONLY)
                && cueAt(r, k).filter(x -> x.from() <= verbAt).isEmpty()) {
            // (the subject inverted after the verb, not whom a relative or an aside after it names: « a résumé un responsable
            // tchadien, pour qui Tripoli … »)
            int until = IntStream.range(verbAt + 1, Math.min(r.tokens().size(), verbAt + 10))
                    .filter(i -> r.tokens().get(i).normMatches(",|;|qui|pour|dont|avant|apres")).findFirst().orElse(verbAt + 10);
            return inverted ? pronounReferent() : speakerIn(r, verbAt + 1, until);
        }
        Optional<PhraseIndex.Match<Lexicon.Term>> cue = cueAt(r, k);
        // (« « nul et non avenu », accusant l'Éthiopie de … »: who a participle accuses did not speak)
        if (cue.isEmpty() || CKG.AccusationVerb.equals(cue.get().values().get(0).cueKind())
                || r.tokens().get(cue.get().from()).norm().endsWith("ant")) {
            return Optional.empty();
        }
        // « …, a-t-il déclaré »: the speaker is the one who spoke last (the pronoun may stand before the verb the
        // lexicon knows: « a-t-elle assuré »)
        boolean pronoun = r.tokens().subList(Math.min(k, cue.get().from()), cue.get().to()).stream()
                .anyMatch(ClaimFinder::invertedPronoun);
        // (an agency named after the pronoun's verb carries the words: « a-t-elle assuré dans un communiqué relayé par
        // l'agence APP »)
        Optional<Resource> named = speakerIn(r, cue.get().to(), cue.get().to() + 8)
                .filter(x -> !(pronoun && actors.isA(x, CKG.NewsAgency)));
        // (with no one having spoken yet, the person named last: « Le président X a demandé … « … »,
        // a-t-il déclaré »; after a sentence whose subject said nothing taken as a claim, that subject:
        // « L'armée pakistanaise a démenti. « … », a-t-elle assuré »)
        // (whom the words after « a-t-il prévenu » name is no speaker: « …, a-t-il prévenu, avant de réunir son gouvernement »)
        return !pronoun ? named : pronounReferent().or(() -> named);
    }

    /*
     * Whom « a-t-il déclaré » stands for when the sentence names no one: the actor the sentence before opened with, when it
     * said nothing taken as a claim; else the one who spoke last; else the person named last.
     */
    private Optional<Resource> pronounReferent() {
        return Optional.ofNullable(openedBefore != null && !claimedBefore ? openedBefore : lastClaimant != null ? lastClaimant : lastPerson);
    }

    /* « a-t-il », « ont-elles »: a verb and its subject pronoun joined after it. */
    private static boolean invertedPronoun(Token t) {
        return INVERTED_PRONOUN.matcher(t.norm()).matches();
    }

    /* Verbs of saying (participles, and the present: « poursuit-il » is one token) read only right after a quotation. */
    private static final String AFTER_QUOTE_ONLY = "(tonn|comment|relev|not|argu|repet|ironis|lach|assen|tranch|resum|observ|nuanc|temper"
            + "|detaill|racont|gliss|souffl|enchain|indign|insurg|emport|exclam|alarm|interrog)(e|ee|es|ees)"
            + "|poursuivie?s?|poursuit|conclue?s?|conclut|reconnue?s?|reconnait";

    private static final java.util.regex.Pattern MEDIA = java.util.regex.Pattern.compile(
            "chaine|television|journal|quotidien|radio|hebdomadaire|magazine");
    private static final java.util.regex.Pattern INVERTED_PRONOUN = java.util.regex.Pattern.compile(".*-t-(il|elle|ils|elles)");

    /** X a déclaré : « … » / une demande annoncée par X : « … » */
    private Optional<Resource> attributionBefore(SentenceReading r, int quoteAt) {
        // « le Conseil de sécurité avait « condamné l'action militaire de l'Érythrée » »: the speaker's own verb quoted
        boolean verbQuoted = quoteAt > 0 && r.tokens().get(quoteAt - 1).normMatches("a|avait|ont|avaient")
                && r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.from() == quoteAt + 1);
        if (verbQuoted) {
            return lastSpeakerBefore(r, subjectBoundary(r, quoteAt));
        }
        for (PhraseIndex.Match<Lexicon.Term> cue : r.terms(CKG.SpeechCueScheme)) {
            if (cue.to() <= quoteAt && quoteAt - cue.to() <= 8) {
                // « annoncée par X : « … » », « selon X : « … » »; but in « a affirmé avoir ordonné aux
                // forces de l'ordre de « … » » the actor after the verb is spoken to, not speaking.
                boolean agent = cue.to() < r.tokens().size() && r.tokens().get(cue.to()).is("par")
                        || CKG.SourceMarker.equals(cue.values().get(0).cueKind());
                Optional<Resource> after = agent ? speakerIn(r, cue.to(), quoteAt) : Optional.empty();
                // (« le ministère a assuré que … contre le PKK, et invité les responsables irakiens à … « … » »: a verb
                // coordinated with an earlier one has its subject)
                int subjectOf = cueJoinedBy(r, cue.from() - 1).map(PhraseIndex.Match::from).orElse(cue.from());
                if (after.isPresent()) {
                    return after;
                }
                // (« Le président X a justifié l'offensive par les tirs des forces arméniennes, affirmant vouloir « … » »: a
                // participle set off after a deed is the subject's, not that of whom the deed's words named last)
                int at = subjectBoundary(r, subjectOf);
                if (at - subjectEnd(r, at) > 1 || objectOfTheClause(r, cue.from(), at)) {
                    Optional<Resource> subject = participleSubject(r, cue.from());
                    if (subject.isPresent()) {
                        return subject;
                    }
                }
                return lastSpeakerBefore(r, at);
            }
        }
        return Optional.empty();
    }

    /*
     * The subject of a participle or gerund of speech at {@code c} set off after a deed (« …, estimant que … », « en dénonçant
     * … »): that of the verb in a compound tense before it (« Dakar a convoqué le diplomate, et le ministère a dénoncé des
     * propos « inacceptables », rappelant … » is the ministry's), else the actor the sentence opens with, or that opens it past
     * a fronted phrase.
     */
    private Optional<Resource> participleSubject(SentenceReading r, int c) {
        List<Token> tk = r.tokens();
        if (!setOffParticiple(tk, c)) {
            return Optional.empty();
        }
        return subjectOfVerbBefore(r, c).or(() -> r.mentions().stream().filter(m -> isSpeaker(r, m) && !isA(m, CKG.NewsAgency) && m.from() < c)
                .findFirst().filter(m -> opensSentence(r, m) || afterFrontedPhrase(tk, m.from()))
                .filter(m -> r.find(m.to(), c, ";") < 0).map(Mention::first));
    }

    /* Whether a participle or gerund of speech at {@code c} is set off after what comes before (« …, estimant », « en dénonçant »). */
    private static boolean setOffParticiple(List<Token> tk, int c) {
        return c > 1 && tk.get(c - 1).normMatches(",|en") && tk.get(c).norm().endsWith("ant");
    }

    /* The last auxiliary of a compound tense before token {@code k}, outside quotation marks (« X a convoqué Y »), or 0 when none. */
    private int lastAuxiliaryBefore(SentenceReading r, int k) {
        List<Token> tk = r.tokens();
        int verb = k - 1;
        while (verb > 0 && !(AUXILIARY_VERB.matcher(tk.get(verb).surface()).matches() && !quoted(r, verb))) {
            verb--;
        }
        return verb;
    }

    /* Whether the actor ending at the subject boundary {@code at} follows the last verb in a compound tense before {@code et}. */
    private boolean objectBefore(SentenceReading r, int et, int at) {
        int verb = lastAuxiliaryBefore(r, et);
        return verb > 0 && verb < subjectEnd(r, at);
    }

    /* The subject named before the last verb in a compound tense before {@code c} (« X a convoqué Y … »), if any. */
    private Optional<Resource> subjectOfVerbBefore(SentenceReading r, int c) {
        int verb = lastAuxiliaryBefore(r, c);
        int at = verb > 0 ? subjectBoundary(r, verb + 1) : -1;
        return at > 0 && at - subjectEnd(r, at) <= 1 && r.find(at, c, ";") < 0 ? lastSpeakerBefore(r, at) : Optional.empty();
    }

    /*
     * Whether the actor that ends right before the participle or gerund at {@code c} (its subject ending at {@code at}) is named
     * after the verb of the clause before it, not inverted after a comma (« …, a déclaré X, estimant » is X's): an object or a
     * complement of that verb (« X a convoqué Y, avertissant … »).
     */
    private boolean objectOfTheClause(SentenceReading r, int c, int at) {
        List<Token> tk = r.tokens();
        if (!setOffParticiple(tk, c)) {
            return false;
        }
        int verb = lastAuxiliaryBefore(r, c);
        int before = lastBeforeAuxiliaries(tk, verb + 1);
        return verb > 0 && verb < subjectEnd(r, at) && before >= 0 && !tk.get(before).is(",");
    }

    /** « Le Premier ministre a … Il a estimé … »: a quotation that itself reports what a person said. */
    private Optional<Resource> innerSpeaker(SentenceReading r, int from, int to) {
        boolean speech = r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.from() >= from && c.to() <= to);
        return r.mentions().stream().filter(m -> m.from() >= from && m.from() <= from + 1 && m.kind() == Mention.Kind.PERSON)
                .findFirst().filter(m -> speech).map(Mention::first);
    }

    /*
     * Where the actor ends that « qui » right before the verb at {@code cue} stands for (« X, qui a salué … »), past the
     * auxiliaries and adverbs; -1 when the verb is no relative's or no speaker is named right before « qui ».
     */
    private int relativeSubject(SentenceReading r, int cue) {
        List<Token> tk = r.tokens();
        int q = lastBeforeAuxiliaries(tk, cue);
        if (q <= 0 || !tk.get(q).is("qui")) {
            return -1;
        }
        int at = q > 1 && tk.get(q - 1).is(",") ? q - 1 : q;
        if (r.mentions().stream().noneMatch(m -> m.to() == at && isSpeaker(r, m) && !isA(m, CKG.NewsAgency))) {
            return -1;
        }
        // (not within a phrase fronted before the main clause: « À la demande d'Athènes, qui réclame des sanctions, les
        // ministres de l'UE se sont réunis » tells the main clause's event, which the relative is part of)
        int start = Math.max(0, r.datelineEnd());
        if (start < at && tk.get(start).normMatches("a|au|aux|lors|avec|apres|avant|pendant|sur|dans|en|par|face")
                && r.find(start, at, ",") < 0) {
            return -1;
        }
        // (« le président zambien Kenneth Kaunda, président en exercice de l'OUA, qui a invité »: past the office set off by
        // commas, the person it describes)
        int open = at - 1;
        while (at < q && open > 0 && !tk.get(open).is(",")) {
            open--;
        }
        int described = open;
        return at < q && open > 0 && apposition(r, open, at)
                && r.mentions().stream().anyMatch(m -> m.to() == described && isA(m, CKG.Person)) ? open : at;
    }

    /* Whether a mention stands among the first words of the sentence, those after its dateline (« BAKOU, 12 avril 2024 - »). */
    private static boolean opensSentence(SentenceReading r, Mention m) {
        return m.from() - Math.max(0, r.datelineEnd()) <= 2;
    }

    /*
     * Whether the words at {@code at} open a phrase that only names where, a place in it: « avoir mené des attaques contre des
     * positions de l'armée marocaine, notamment dans le secteur de Mahbès », « …, à Kidal », « …, le long de la frontière,
     * dans la région de Tovouz ». (The statement goes on: where the deed it tells was done is part of it.)
     */
    private boolean placeAside(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int k = at < tk.size() && tk.get(at).normMatches("notamment|surtout|principalement|essentiellement|precisement") ? at + 1 : at;
        if (k + 1 >= tk.size() || !tk.get(k).normMatches("a|au|aux|dans|en|sur|pres|le")
                || tk.get(k).is("le") && !tk.get(k + 1).is("long")) {
            return false;
        }
        int comma = r.find(k, tk.size(), ",", ";");
        int stop = comma < 0 ? tk.size() : comma;
        Optional<Mention> place = r.mentions().stream().filter(m -> m.from() > k && m.from() <= k + 5 && m.to() <= stop
                        && m.kind() != Mention.Kind.CAPITAL && !m.entities().isEmpty()
                        && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) && !actors.isA(x, CKG.State))).findFirst();
        // (no actor on the way, and nothing but the place's words after it: not a clause of its own)
        return place.isPresent() && r.mentions().stream().noneMatch(m -> m.from() > k && m.from() < stop && m.namesActor()
                        && !m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) && !actors.isA(x, CKG.State)))
                && stop - place.get().to() <= 1;
    }

    /* Whether the words at {@code at} open a phrase that only says where (« près de X », « au large de X », « au nord de X »). */
    private static boolean whereAside(List<Token> tk, int at) {
        int de = at + 1 < tk.size() && tk.get(at).normMatches("pres|non|a|au|aux") ? at + 1 : -1;
        while (de > 0 && de < Math.min(tk.size(), at + 4) && !tk.get(de).normMatches("de|d'|du|des")) {
            de++;
        }
        return de > 0 && de < at + 4 && tk.subList(at, de).stream().map(Token::norm).allMatch(w -> w.matches(
                "pres|non|loin|a|au|aux|l'|large|proximite|abords|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|environs"));
    }

    private void reportedSpeech(SentenceReading r, List<Segment> said) {
        List<Token> tk = r.tokens();
        List<Segment> quoted = List.copyOf(said);
        opinion(r, said);
        for (PhraseIndex.Match<Lexicon.Term> cue : r.terms(CKG.SpeechCueScheme)) {
            if (insideAny(said, cue.from()) || attributesQuotation(quoted, cue)) {
                continue;
            }
            Resource kind = cue.values().get(0).cueKind();
            // « Islamabad a rappelé son ambassadeur », « ont annoncé dimanche le rappel de leurs ambassadeurs »:
            // recalling a diplomat says nothing
            // (« Rabat l'a aussitôt rappelée pour consultations »)
            if (r.find(cue.to(), Math.min(tk.size(), cue.to() + 3), "ambassadeur", "ambassadeurs", "diplomates", "representant", "consultations") >= 0
                    || r.find(cue.to(), Math.min(tk.size(), cue.to() + 5), "rappel") >= 0
                        && r.find(cue.to(), Math.min(tk.size(), cue.to() + 9), "ambassadeur", "ambassadeurs") >= 0) {
                continue;
            }
            // « chargé l'émissaire Steve Witkoff d'avertir les Qataris »: a statement to be made is none yet
            // (but not after a verb of going on: « Nairobi continue d'accuser Kampala », which accuses now)
            if (cue.from() > 0 && tk.get(cue.from() - 1).normMatches("de|d'|pour") && tk.get(cue.from()).normMatches(".{3,}(er|ir|re)")
                    && goingOnVerbBefore(tk, cue.from()) < 0) {
                continue;
            }
            // « Bamako a répliqué en fermant le sien »: an answer in deeds (not in words: « a répliqué en dénonçant une campagne »)
            if (cue.to() + 1 < tk.size() && tk.get(cue.to()).is("en") && tk.get(cue.to() + 1).norm().endsWith("ant")
                    && r.terms(CKG.SpeechCueScheme).stream().noneMatch(o -> o.from() == cue.to() + 1)) {
                continue;
            }
            if (CKG.AccusationVerb.equals(kind)) {
                accusation(r, cue, said);
                continue;
            }
            // « La Turquie a salué, par la voix de son ministre des Affaires étrangères, Mevlüt Çavuşoğlu, une réponse « positive » »,
            // « l'organisation s'est bornée à faire savoir, par la voix de son secrétaire général Stanislav Zas, qu'elle … »: who speaks
            // for the subject is the speaker, and the words follow the phrase that names them (an agency, « par la voix de KCNA »,
            // only carries them)
            Optional<Mention> voice = CKG.SourceMarker.equals(kind) ? Optional.empty() : voiceAt(r, cue.to());
            if (voice.isPresent()) {
                int from = voice.get().to() < tk.size() && tk.get(voice.get().to()).is(",") ? voice.get().to() + 1 : voice.get().to();
                int words = from < tk.size() && tk.get(from).normMatches("que|qu'") ? from + 1 : from;
                int stop = answeredAfter(r, words);
                if (stop > words) {
                    said.add(new Segment(words, stop, List.of(claim(voice.get().first(), r, words, stop))));
                    continue;
                }
            }
            // « Le Venezuela revendique l'Essequibo »: claiming a place is a dispute (EventFinder), no statement
            if (OWN_DEEDS.contains(tk.get(cue.to() - 1).stem()) && r.mentions().stream().anyMatch(m -> m.from() >= cue.to()
                    && m.from() <= cue.to() + 2 && !m.entities().isEmpty() && m.entities().stream().allMatch(e -> actors.isA(e, CKG.Place)
                            && !actors.isA(e, CKG.State)))) {
                continue;
            }
            int c = cue.from();
            // « Pachinian, qui préside le Conseil de l'OTSC, a annoncé », « Les FSR ont, de leur côté,
            // affirmé », « Guterres s'est dit »: where the subject ends, before what stands between.
            // (« Masrour Barzani a accusé l'Iran de … et appelé les États-Unis à … »: a verb joined by « et » to an earlier
            // cue has its subject)
            int joined = c - 1;
            while (joined > 0 && tk.get(joined).normMatches("a|ont|avait|avaient")) {
                joined--;
            }
            // (« avec le président russe Vladimir Poutine, qui avait salué ses efforts »: in a relative, whom « qui » stands for)
            int antecedent = relativeSubject(r, c);
            int subjectAt = antecedent >= 0 ? antecedent : subjectBoundary(r, cueJoinedBy(r, joined).map(PhraseIndex.Match::from).orElse(c));
            Optional<Resource> subject = lastSpeakerBefore(r, subjectAt).filter(x -> subjectAt - subjectEnd(r, subjectAt) <= 1);
            // « La présidence sud-coréenne a accueilli l'initiative avec froideur, estimant que … »: a participle of speech
            // after a deed is said by the subject the sentence opens with
            // (also after a fronted phrase: « Dans un communiqué repris par l'agence IRNA, les Gardiens ont invoqué le
            // « non-respect des règles », assurant que … »; the words it quoted are its own)
            // (and a gerund: « Manama a rappelé son ambassadeur en Iran en dénonçant une ingérence iranienne »)
            // (not the actor the clause before names after its verb: « X s'est entretenu avec Y, puis avec Z, appelant à … »)
            // (« Lavrov a vu dans ces arrestations la preuve de la politique de Tbilissi et a appelé le Conseil à … »: a verb joined
            // by « et » to one that is no cue has that verb's subject, not the actor its words named last)
            if (antecedent < 0 && joined > 0 && tk.get(joined).is("et") && cueJoinedBy(r, joined).isEmpty()
                    && objectBefore(r, joined, subjectAt)) {
                subject = subjectOfVerbBefore(r, joined);
            }
            boolean participle = false;
            if ((subject.isEmpty() || objectOfTheClause(r, c, subjectAt)) && said.stream().allMatch(s -> s.to() <= c)) {
                subject = participleSubject(r, c);
                participle = subject.isPresent();
            }
            // « Le Comité … a livré une version opposée : ce sont les gardes-frontières kirghiz qui ont ouvert le feu, a-t-il
            // affirmé »: a pronoun after the verb is the subject the sentence opens with (else the one who spoke last)
            // (the cue's words may start with the pronoun: « a-t-il affirmé »)
            int pronounAt = invertedPronoun(tk.get(c)) ? c : c > 1 && invertedPronoun(tk.get(c - 1)) ? c - 1 : -1;
            if (pronounAt > 1 && tk.get(pronounAt - 1).is(",") && said.stream().noneMatch(x -> x.to() > pronounAt - 1)) {
                int end = pronounAt - 1;
                // (the opener only when a colon after it introduces the words: « a livré une version opposée : … »; else, as
                // after a quotation, the actor the sentence before opened with, or the one who spoke last)
                Optional<Resource> opener = r.mentions().stream().filter(m -> m.to() <= end && isSpeaker(r, m) && !isA(m, CKG.NewsAgency))
                        .findFirst().filter(m -> (m.from() <= 2 || afterFrontedPhrase(tk, m.from())) && r.find(m.to(), end, ":") >= 0)
                        .map(Mention::first);
                Optional<Resource> speaker = opener.or(this::pronounReferent);
                if (speaker.isPresent()) {
                    Extraction.Claim words = claim(speaker.get(), r, 0, end);
                    // (the one who spoke last goes on: one statement)
                    words.continued = opener.isEmpty() && speaker.get().equals(lastClaimant);
                    said.add(new Segment(0, end, List.of(words)));
                    continue;
                }
            }
            // X rapporte que … / X a déclaré à l'agence Y que …
            int que = cue.to() < tk.size() && tk.get(cue.to()).normMatches("a|au|aux") ? r.find(cue.to(), cue.to() + 7, "que", "qu'")
                    : cue.to() < tk.size() && tk.get(cue.to()).normMatches("que|qu'") ? cue.to() : -1;
            // « Washington et Riyad ont salué l'accord »: each of two subjects joined by « et » speaks.
            // (a participle's subject is joined to whom « et » joins to it there, not to a list the clause before ends with:
            // « le ministère a saisi plusieurs instances, dont l'ONU, l'Union africaine et la Ligue arabe, dénonçant … »)
            Optional<Resource> named = subject;
            int speakersAt = !participle ? subjectAt : r.mentions().stream().filter(m -> m.to() <= c && named.filter(m.entities()::contains)
                    .isPresent()).mapToInt(Mention::to).max().orElse(subjectAt);
            List<Resource> speakers = subject.isEmpty() ? List.of() : coordinatedSubjects(r, speakersAt, subject.get());
            if (subject.isPresent() && que >= 0) {
                int stop = answeredAfter(r, que + 1);
                said.add(new Segment(que + 1, stop, speakers.stream().map(x -> claim(x, r, que + 1, stop)).toList()));
                continue;
            }
            // X a dénoncé l'élargissement …: what the subject says is the rest of its clause.
            // (not across a comma: « …, a rapporté X »; not a passive: « l'OTSC mentionné par Erevan »)
            // (the comma closing an apposition does not part subject and verb: « le secrétaire général
            // de l'ONU, Antonio Guterres, s'est dit … »)
            int sEnd = subjectEnd(r, subjectAt);
            boolean apposition = sEnd >= 0 && sEnd < tk.size() && tk.get(sEnd).is(",") && r.mentions().stream()
                    .anyMatch(m -> m.to() == sEnd && (r.find(m.from(), m.to(), ",") >= 0 || m.from() > 0 && tk.get(m.from() - 1).is(",")
                            // (« Le chef de la junte, le général Abdourahamane Tiani, a annoncé »)
                            || m.from() > 1 && tk.get(m.from() - 1).normMatches("le|la|l'") && tk.get(m.from() - 2).is(",")));
            // (« …, a indiqué le Pentagone »: a speaker after the verb is the one speaking)
            // (but not « a écrit au Conseil de sécurité »: whom one writes or speaks to; nor the object of a
            // sentence that opens with its subject: « Le Premier ministre, Shehbaz Sharif, a mis en garde Kaboul »)
            // (or past a fronted phrase: « Deux jours plus tard, le ministre grec des Affaires étrangères, Nikos Dendias, a sommé la
            // Turquie de … »)
            boolean opensWithSubject = apposition && r.mentions().stream().filter(Mention::namesActor).findFirst()
                    .filter(m -> m.from() <= 2 || afterFrontedPhrase(tk, m.from())).isPresent() && r.terms(CKG.SpeechCueScheme).stream().noneMatch(x -> x.from() < c)
                    && r.terms(CKG.EventTriggerScheme).stream().noneMatch(x -> x.from() < c);
            // (whom « appeler » names after it is bidden, not speaking: « a appelé les deux pays à cesser »)
            boolean inverted = !opensWithSubject && !cue.values().get(0).needsInfinitive() && r.mentions().stream().anyMatch(m -> m.from() >= cue.to() && m.from() <= cue.to() + 2
                    && m.namesActor() && !tk.get(m.from() - 1).normMatches("a|au|aux"));
            // (a participle's words follow it, whatever stands between its subject and the comma before it)
            boolean direct = subject.isPresent() && (participle || r.find(sEnd, subjectAt, ",") < 0
                    || apposition && !inverted && r.find(sEnd + 1, subjectAt, ",") < 0)
                    && (cue.to() >= tk.size() || !tk.get(cue.to()).is("par"));
            if (direct && CKG.SpeechVerb.equals(kind) && cue.to() < tk.size()) {
                // « L'Iran a affirmé, via l'agence Tasnim, avoir visé … »: an aside right after the verb
                int start = cue.to();
                if (tk.get(start).is(",")) {
                    // (a statement's medium may be longer: « a fustigé, dans une déclaration publiée par l'agence Chine nouvelle, »)
                    int reach = start + 1 < tk.size() && tk.get(start + 1).normMatches("dans|lors") ? 12 : 8;
                    int close = r.find(start + 1, Math.min(tk.size(), start + reach), ",");
                    start = close > 0 ? close + 1 : start;
                }
                // « avait demandé à Vladimir Poutine, au téléphone, d'agir contre … »: the words start past whom they
                // are addressed to (who may also take part in a call told there)
                // (not a « de » within their name: « a demandé à l'Organisation de la coopération islamique d'intervenir »)
                if (tk.get(cue.to() - 1).norm().equals("a")) {
                    int de = IntStream.range(start, Math.min(tk.size(), start + 10)).filter(k -> tk.get(k).normMatches("de|d'")
                            && r.mentionAt(k).filter(Mention::namesActor).isEmpty()).findFirst().orElse(-1);
                    start = de > 0 ? de + 1 : start;
                }
                int begin = start;
                int end = r.find(begin, tk.size(), ",", ";");
                // « s'être entretenu avec X, puis avec Y, et les avoir prévenus que … »: the statement
                // goes on after a comma that « puis » or « et » follows
                // (and after a comma that a speech verb's participle follows: « a dit « regretter » une décision,
                // rejetant les prétextes avancés par Alger »: the same speaker goes on)
                // (and after a comma that says where: « avaient abattu un drone qui avait pénétré dans l'espace aérien, près de
                // Tinzaouatène »)
                while (end >= 0 && end + 1 < tk.size() && tk.get(end).is(",") && (tk.get(end + 1).normMatches("puis|et")
                        || participleCue(r, end + 1) || whereAside(tk, end + 1) || placeAside(r, end + 1) || listGoesOn(r, end + 1)
                        || appositionBeforeAnd(r, end))
                        && !newSpeakerJoined(r, end + 1)) {
                    int from = end + 1;
                    end = commaOutsideQuotes(tk, from);
                    // (an accusation on the way makes its own claim: « dénonçant une « désinformation » et accusant … »)
                    int until = end < 0 ? tk.size() : end;
                    Optional<Integer> accusation = r.terms(CKG.SpeechCueScheme).stream().filter(x -> x.from() > from && x.from() < until
                            && CKG.AccusationVerb.equals(x.values().get(0).cueKind())).map(x -> x.from()).findFirst();
                    if (accusation.isPresent()) {
                        end = accusation.get();
                        break;
                    }
                }
                end = end < 0 ? tk.size() : end;
                // (« a pressé Pyongyang de « s'abstenir de toute action provocatrice », par la voix du porte-parole du département
                // d'État, John Kirby », « s'est dite « préoccupée » par la voix du porte-parole du Kremlin, Dmitri Peskov »: who speaks
                // for the subject, named after the words, is the speaker)
                int voiceFrom = -1;
                Optional<Mention> voiceAfterWords = Optional.empty();
                for (int k = begin; k < Math.min(tk.size(), end + 1) && voiceAfterWords.isEmpty(); k++) {
                    voiceAfterWords = tk.get(k).is(",") ? Optional.empty() : voiceAt(r, k);
                    voiceFrom = k;
                }
                List<Resource> voices = voiceAfterWords.map(v -> List.of(v.first())).orElse(speakers);
                end = voiceAfterWords.isPresent() && voiceFrom > begin ? (tk.get(voiceFrom - 1).is(",") ? voiceFrom - 1 : voiceFrom) : end;
                if (end > begin) {
                    int stop = end;
                    List<Extraction.Claim> claims = voices.stream().map(x -> claim(x, r, begin, stop)).toList();
                    // « Le Hezbollah a revendiqué des tirs de roquettes »: the speaker's own deed
                    claims.forEach(x -> x.ownDeed |= OWN_DEEDS.contains(tk.get(cue.to() - 1).stem()));
                    said.add(new Segment(begin, end, claims));
                    continue;
                }
            }
            // …, a rapporté X.  /  …, selon X.
            // (nor in « …, a jugé que la Pologne n'avait … »: who follows « que » is spoken of)
            Optional<Resource> after = cue.to() < tk.size() && tk.get(cue.to()).normMatches("au|aux|que|qu'") || direct ? Optional.empty()
                    : speakerIn(r, cue.to(), cue.to() + 6);
            // « …, cité par l'agence Tass »: an agency relays the claims of the sentence; it makes none.
            if (!said.isEmpty() && after.isPresent() && actors.isA(after.get(), CKG.NewsAgency)) {
                continue;
            }
            // the auxiliary of a compound tense stands between the comma and the verb (« , a rapporté »), and adverbs may
            // stand between the auxiliary and the verb (« , a également indiqué », « , a pour sa part affirmé »)
            int comma = c - 1;
            while (comma > 0 && tk.get(comma).normMatches(ADVERBS_AFTER_AUXILIARY)) {
                comma--;
            }
            comma = comma > 0 && tk.get(comma).normMatches("a|ont|avait|avaient") ? comma - 1 : comma;
            if (comma > 0 && tk.get(comma).is(",") && after.isPresent()) {
                said.add(new Segment(0, comma, List.of(claim(after.get(), r, 0, comma))));
                // « …, a indiqué le Kremlin, en précisant que Grozny était visée … »: the speaker goes on
                // (one statement: Coreference joins a speaker's words within a sentence)
                int on = r.find(cue.to(), tk.size(), "en");
                if (on > 0 && tk.get(on - 1).is(",") && on + 1 < tk.size() && tk.get(on + 1).norm().endsWith("ant")
                        && r.terms(CKG.SpeechCueScheme).stream().anyMatch(x -> x.from() == on + 1)) {
                    said.add(new Segment(on + 2, tk.size(), List.of(claim(after.get(), r, on + 2, tk.size()))));
                }
                continue;
            }
            // Selon X, … (X before the comma: « Selon la version arménienne, des militaires azerbaïdjanais … »
            // is Armenia's word, which a demonym gives when no actor is named)
            // (right after a dateline too: « BAKOU, 12 avril 2024 - Selon le ministère azerbaïdjanais de la Défense, … »)
            if (CKG.SourceMarker.equals(kind) && (c <= 1 || c == r.datelineEnd())) {
                int firstComma = r.find(cue.to(), tk.size(), ",");
                int sourceEnd = firstComma > 0 ? firstComma : Math.min(tk.size(), cue.to() + 6);
                Optional<Resource> source = speakerIn(r, cue.to(), sourceEnd).or(() -> r.mentions().stream()
                        .filter(m -> m.from() >= cue.to() && m.to() <= sourceEnd && m.kind() == Mention.Kind.DEMONYM)
                        .findFirst().map(Mention::first));
                // (« Selon l'AFP, le gouvernement égyptien accuse … »: an agency that carries a statement the sentence
                // then gives with its own speaker makes none)
                boolean relaysAnother = source.isPresent() && actors.isA(source.get(), CKG.NewsAgency) && firstComma > 0
                        && r.terms(CKG.SpeechCueScheme).stream().anyMatch(x -> x.from() > firstComma + 1);
                if (source.isPresent() && !relaysAnother) {
                    boolean relayed = firstComma > 0
                            && r.terms(CKG.SpeechCueScheme).stream().anyMatch(x -> x.from() == firstComma + 1);
                    int end = relayed ? r.find(firstComma + 1, tk.size(), ",") : firstComma;
                    if (end > 0) {
                        said.add(new Segment(end + 1, tk.size(), List.of(claim(source.get(), r, end + 1, tk.size()))));
                    }
                    continue;
                }
            }
            // Cela a été rapporté par X: the claim is the sentence before.
            if (tk.get(0).normMatches("cela|ceci") && r.find(cue.from(), cue.to() + 2, "par") >= 0 && after.isPresent()) {
                Extraction.Claim cl = new Extraction.Claim();
                cl.claimant = after.get();
                said.add(new Segment(0, 0, List.of(cl)));
            }
        }
    }

    /**
     * « Pour le président géorgien, « la Russie veut détruire la Géorgie » »: an opening « Pour X, »
     * gives X's view (« pour » elsewhere is no source, so it is read here, not from the lexicon).
     */
    private void opinion(SentenceReading r, List<Segment> said) {
        List<Token> tk = r.tokens();
        // (right after a dateline too: « ANKARA, 3 mai 2021 (AFP) - Pour Ankara, … »)
        int at = Math.max(0, r.datelineEnd());
        if (tk.size() < at + 4 || !tk.get(at).norm().equals("pour") || !said.isEmpty()) {
            return;
        }
        // (« Pour Washington, …, a estimé le porte-parole … »: a speaker the verb names afterwards is who speaks)
        boolean spokenAfter = r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.from() > at + 2
                && (tk.get(c.from() - 1).is(",") || tk.get(c.from() - 1).normMatches("a|ont") && tk.get(c.from() - 2).is(","))
                && speakerIn(r, c.to(), Math.min(tk.size(), c.to() + 6)).isPresent());
        if (spokenAfter) {
            return;
        }
        r.mentions().stream().filter(m -> m.from() > at && m.from() <= at + 3 && m.namesActor() && m.to() < tk.size() && tk.get(m.to()).is(","))
                .findFirst().ifPresent(m -> said.add(new Segment(m.to() + 1, tk.size(), List.of(claim(m.first(), r, m.to() + 1, tk.size())))));
    }

    private void accusation(SentenceReading r, PhraseIndex.Match<Lexicon.Term> cue, List<Segment> said) {
        if (passiveAccusation(r, cue, said)) {
            return;
        }
        // The accuser is the subject just before the verb (« X se sont mutuellement accusés »).
        // (past adverbs and asides: « Maria Zakharova, a quant à elle reproché »)
        // (and past the pronoun « en » of what is blamed: « Le gouvernement éthiopien, reconnaissant des combats, en imputait la
        // responsabilité à une agression érythréenne », « en a imputé »)
        // (« X continue d'accuser Y », « X n'a pas hésité à accuser Y »: the subject stands before the verb of going on)
        int goingOn = goingOnVerbBefore(r.tokens(), cue.from());
        int verb = goingOn >= 0 ? goingOn : cue.from();
        int en = verb - 1;
        while (en > 0 && r.tokens().get(en).normMatches("a|ont|avait|avaient") && !r.tokens().get(en).isPrepositionA()) {
            en--;
        }
        int verbAt = en > 0 && r.tokens().get(en).is("en") ? en : verb;
        int boundary = subjectBoundary(r, verbAt);
        // (past an apposition set aside, the subject ends where it begins: « Kim Yo-jong, la sœur de Kim Jong-un, a accusé »)
        boolean setAside = boundary < verbAt && r.find(boundary, verbAt, ",") >= 0;
        Optional<Mention> subject = r.mentions().stream().filter(m -> (setAside ? m.to() <= boundary : m.to() <= verbAt)
                && (m.to() >= verbAt - 4 || m.to() >= boundary - 1) && m.namesActor()).reduce((a, b) -> b);
        // « …, accusant à son tour Pristina de … »: a participle's subject is the sentence's; so is that of a
        // verb coordinated with the first (« le ministère a rejeté les accusations du gouvernement malien et
        // reproché aux autorités de Bamako … »)
        int w = cue.from() - 1;
        while (w > 0 && r.tokens().get(w).normMatches("a|ont|avait|avaient|aussi|egalement")) {
            w--;
        }
        // (« Islamabad n'a ni confirmé ni démenti, mais accuse … »)
        boolean coordinated = w > 0 && r.tokens().get(w).normMatches("et|mais");
        // « La Finlande referme sa frontière avec la Russie, qu'elle accuse d'orchestrer … »: a relative whose subject is a
        // pronoun is said by the sentence's subject, of the antecedent of « que »
        int que = w > 1 && r.tokens().get(w).normMatches("il|elle|ils|elles") && r.tokens().get(w - 1).normMatches("que|qu'") ? w - 1 : -1;
        // (« le Rwanda, que Kinshasa accuse de soutenir le M23 »: or whose subject is named there, which is who accuses, when what is
        // blamed follows the verb; not « les rebelles du M23, que Kinshasa accuse le Rwanda de soutenir », whom the verb names after it)
        int named = -1;
        if (subject.isPresent() && subject.get().to() > w && cue.to() < r.tokens().size() && r.tokens().get(cue.to()).normMatches("de|d'")) {
            int at = subject.get().from();
            named = at > 1 && SentenceParse.ARTICLES.contains(r.tokens().get(at - 1).norm()) ? at - 2 : at - 1;
        }
        int queNamed = que < 0 && named > 0 && r.tokens().get(named).normMatches("que|qu'") ? named : -1;
        int relative = que >= 0 ? que : queNamed;
        Optional<Mention> antecedentOfQue = relative < 0 ? Optional.empty() : r.mentions().stream()
                .filter(m -> m.to() <= relative && relative - m.to() <= 3 && m.namesActor() && !isA(m, CKG.NewsAgency)
                        && !(isA(m, CKG.Place) && !isA(m, CKG.State)))
                .reduce((a, b) -> b);
        // (also when « que » stands for a deed, not an actor: « a dénoncé l'attaque, qu'il impute aux forces centrafricaines »)
        if (r.tokens().get(cue.from()).norm().endsWith("ant") || coordinated || antecedentOfQue.isPresent() && queNamed < 0 || que >= 0) {
            // (not what a quotation names, nor a place: « « … la Crimée … », a affirmé M. Poutine …, accusant … » is Putin)
            subject = r.mentions().stream().filter(m -> m.to() <= cue.from() && m.namesActor() && !isA(m, CKG.NewsAgency)
                    && isSpeaker(r, m) && !quoted(r, m.from()) && !(isA(m, CKG.Place) && !isA(m, CKG.State))).findFirst();
        }
        // « Il y a accusé Tbilissi de chercher une solution militaire »: a pronoun opening the sentence stands for whom the
        // sentences before make it stand for (pronounReferent)
        int pronoun = cue.from() - 1;
        while (pronoun > 0 && r.tokens().get(pronoun).normMatches("a|avait|y|en|aussi|egalement|alors|ensuite|encore|meme")) {
            pronoun--;
        }
        Optional<Resource> referent = subject.isEmpty() && pronoun == 0 && r.tokens().get(0).normMatches("il|elle")
                ? pronounReferent() : Optional.empty();
        if (subject.isEmpty() && referent.isEmpty()) {
            return;
        }
        int end = r.tokens().size();
        boolean reflexive = cue.from() > 0 && r.tokens().get(cue.from() - 1).normMatches("se|s'");
        // (« Ankara et Damas ont échangé des accusations »)
        boolean mutual = r.find(0, end, "mutuellement", "reciproquement") >= 0 || reflexive
                || IntStream.range(cue.from(), cue.to()).anyMatch(i -> r.tokens().get(i).norm().startsWith("echang"));
        List<Resource> accusers = new ArrayList<>(subject.map(Mention::entities).orElseGet(() -> List.of(referent.orElseThrow())));
        // « Bichkek et Douchanbé s'accusent »: a subject of two names joined by « et ».
        int from = subject.map(Mention::from).orElse(0);
        // (« Israël et le Hamas se sont mutuellement accusés »: an article may follow « et »)
        int et = from > 1 && SentenceParse.ARTICLES.contains(r.tokens().get(from - 1).norm()) ? from - 2 : from - 1;
        for (int k = r.mentions().size() - 1; k >= 0; k--) {
            Mention m = r.mentions().get(k);
            if (et > 0 && m.to() == et && r.tokens().get(et).is("et") && m.namesActor()) {
                accusers.addAll(0, m.entities());
                from = m.from();
                et = -1;
            }
        }
        if (mutual && accusers.size() == 2) {
            Extraction.Claim a = claim(accusers.get(0), r, cue.to(), end);
            Extraction.Claim b = claim(accusers.get(1), r, cue.to(), end);
            a.accusation = true;
            b.accusation = true;
            a.accused.add(stateOrSelf(accusers.get(1)));
            b.accused.add(stateOrSelf(accusers.get(0)));
            a.counterClaim = b;
            b.counterClaim = a;
            said.add(new Segment(cue.to(), end, List.of(a, b)));
            return;
        }
        // The accusation ends where another clause begins (« …, tandis que la Russie reproche … »);
        // in a relative, at its comma (« Le Pakistan, qui accuse l'Inde de …, a bombardé » goes on with the main clause).
        end = clauseEnd(r, cue.to());
        if (cue.from() > 0 && r.tokens().get(cue.from() - 1).is("qui")) {
            int comma = r.find(cue.to(), end, ",");
            end = comma > 0 ? comma : end;
        }
        int until = end;
        Extraction.Claim c = claim(accusers.get(0), r, cue.to(), end);
        c.accusation = true;
        // « il a imposé un embargo sur les armes à Asmara, lui reprochant de soutenir les shebab »: whom the pronoun before
        // the verb stands for, the actor named last before it, is blamed, not whom they are said to help
        Resource accuser = accusers.get(0);
        // (the pronoun may stand before an auxiliary: « et lui a reproché de … »)
        int clitic = cue.from() - 1;
        while (clitic > 0 && r.tokens().get(clitic).normMatches("a|ont|avait|avaient|aussi|egalement|encore")) {
            clitic--;
        }
        // (not « quant à lui », which names the speaker: « M. Stoltenberg a quant à lui accusé … »)
        boolean toWhom = clitic >= 0 && r.tokens().get(clitic).normMatches("lui|leur")
                && !(clitic > 0 && (r.tokens().get(clitic - 1).isPrepositionA() || r.tokens().get(clitic - 1).is("quant")));
        int pronounAt = clitic;
        Optional<Mention> antecedent = antecedentOfQue.filter(m -> !m.entities().contains(accuser)).isPresent() ? antecedentOfQue
                : toWhom
                ? r.mentions().stream().filter(m -> m.to() < pronounAt && m.namesActor() && m.entities().size() == 1
                        && !m.first().equals(accuser) && !isA(m, CKG.NewsAgency) && !quoted(r, m.from())).reduce((a, b) -> b)
                : Optional.empty();
        if (antecedent.isPresent()) {
            c.accused.clear();
            c.accused.add(accused.sideOf(antecedent.get().first()));
            said.add(new Segment(cue.to(), end, List.of(c)));
            return;
        }
        // « Le gouvernement malien a accusé la CEDEAO de partialité. Il lui reproche aussi les sanctions infligées au Niger »: a
        // « lui » the sentence names no one for stands for whom the statement just before accused; what follows the verb is
        // the grievance, whose actors are not blamed
        if (toWhom) {
            c.accused.clear();
            boolean next = lastClaim != null && lastClaim.evidence.stream().anyMatch(st -> st.number() == r.sentence().number() - 1);
            if (next) {
                c.accused.addAll(lastClaim.accused);
            }
            said.add(new Segment(cue.to(), end, List.of(c)));
            return;
        }
        // « Ankara reprochait à Stockholm »: after the verb, a capital is its government even after « à »;
        // « a accusé la Corée du Nord, l'Iran et la Chine de … »: each of a list
        // (a government body stays itself until Coreference knows who speaks: the opposition may accuse its own government)
        accused.after(r, cue.to(), until).forEach(e -> c.accused.add(actors.isA(e, CKG.GovernmentBody) ? e : accused.sideOf(e)));
        said.add(new Segment(cue.to(), end, List.of(c)));
    }

    /*
     * « Le Rwanda a été accusé par la RDC de soutenir le M23 », « l'émirat, accusé par les quatre pays de … », « le Hamas, qui est
     * tenu pour responsable par Israël »: in the passive, the agent after « par » accuses the subject; with no agent (« Le Rwanda est
     * accusé de soutenir le M23 ») the text names no accuser, and the subject is none. Whether the cue was read as a passive.
     */
    private boolean passiveAccusation(SentenceReading r, PhraseIndex.Match<Lexicon.Term> cue, List<Segment> said) {
        List<Token> tk = r.tokens();
        int next = cue.to();
        // (a participle, not « accuse » nor « accusant »: folding accents makes « accusé » and « accuse » the same norm)
        if (next + 1 >= tk.size() || !tk.get(next).normMatches("par|de|d'")
                || !tk.get(cue.from()).surfaceMatches("(?i).*(é|ée|és|ées)|tenue?s?|rendue?s?|mise?s?")) {
            return false;
        }
        int before = cue.from() - 1;
        while (before > 0 && tk.get(before).normMatches("deja|souvent|aussi|egalement|regulierement|notamment|ne|n'|pas|jamais|meme|encore")) {
            before--;
        }
        boolean auxiliary = before > 0 && tk.get(before).normMatches("ete|etre|est|sont|etait|etaient|fut|furent|sera|seront|serait|seraient")
                && !tk.get(before - 1).normMatches("se|s'");
        // (set off after its subject: « l'émirat, accusé par … », « le Rwanda, accusé de … »; not a verb whose auxiliary a list
        // of verbs shares: « a condamné l'attaque, accusé Kiev de … » names whom it accuses before « de »)
        boolean setOff = before > 0 && tk.get(before).is(",");
        if (!auxiliary && !setOff) {
            return false;
        }
        // (« par ailleurs », « par le passé »: no agent)
        Optional<Mention> agent = !tk.get(next).is("par") ? Optional.empty() : r.mentions().stream()
                .filter(m -> (m.from() == next + 1 || m.from() == next + 2 && SentenceParse.ARTICLES.contains(tk.get(next + 1).norm()))
                        && isSpeaker(r, m) && !isA(m, CKG.NewsAgency)).findFirst();
        if (tk.get(next).is("par") && agent.isEmpty() && tk.get(next + 1).normMatches("ailleurs|le|la|l'|les") && !setOff) {
            return false;
        }
        // the subject: named right before the auxiliary or the comma, or the antecedent of « qui » (« le Hamas, qui est tenu … »)
        int end = before;
        while (end > 0 && tk.get(end - 1).normMatches("a|ont|avait|avaient|aurait|auraient|ne|n'")
                && !tk.get(end - 1).isPrepositionA()) {
            end--;
        }
        if (end > 0 && tk.get(end - 1).is("qui")) {
            end = end > 1 && tk.get(end - 2).is(",") ? end - 2 : end - 1;
        }
        int subjectTo = end;
        Optional<Mention> subject = r.mentions().stream().filter(m -> m.to() == subjectTo && m.namesActor()
                && !(isA(m, CKG.Place) && !isA(m, CKG.State))).findFirst();
        int clause = clauseEnd(r, cue.to());
        int comma = setOff ? r.find(cue.to(), clause, ",") : -1;
        int until = comma > 0 ? comma : clause;
        if (agent.isPresent()) {
            int from = agent.get().to();
            Extraction.Claim c = claim(speakerIn(r, agent.get().from(), agent.get().from() + 1).orElse(agent.get().first()), r, from, until);
            c.accusation = true;
            c.accused.clear();
            subject.ifPresent(m -> c.accused.add(accused.sideOf(m.first())));
            said.add(new Segment(from, until, List.of(c)));
        }
        return true;
    }

    private Extraction.Claim claim(Resource claimant, SentenceReading r, int from, int to) {
        Extraction.Claim c = new Extraction.Claim();
        c.claimant = claimant;
        c.quotes.add(r.text(text, from, to).replaceAll("[\\s.,;:]+$", ""));
        c.accused.addAll(accused.in(r, from, to));
        if (c.accused.isEmpty()) {
            c.accused.addAll(accused.inHostileWords(r, from, to, claimant));
        }
        c.conciliatory = accused.conciliatory(r, from, to);
        // « a affirmé avoir abattu trois drones »: the speaker tells its own deed (not « a démenti avoir ouvert le feu »)
        c.ownDeed = from < r.tokens().size() && r.tokens().get(from).is("avoir")
                && !(from > 0 && DENIALS.matcher(r.tokens().get(from - 1).norm()).matches());
        return c;
    }

    private static final java.util.regex.Pattern DENIALS = java.util.regex.Pattern.compile(
            "(dem[ea]nt|nie|niant|refut|contest)\\w*");

    /* Who claims an attack tells of their own deed. */
    private static final Set<String> OWN_DEEDS = FrenchText.stemsOf("revendiqué", "revendique", "revendiquent", "revendiquait");
    private Optional<PhraseIndex.Match<Lexicon.Term>> cueAt(SentenceReading r, int k) {
        return r.terms(CKG.SpeechCueScheme).stream().filter(c -> c.from() == k || c.from() == k + 1).findFirst();
    }

    /**
     * The first actor (not a news agency, unless nothing else) named in tokens {@code [from, to)};
     * « le porte-parole du Kremlin, Dmitri Peskov »: the person a comma then names.
     */
    private Optional<Resource> speakerIn(SentenceReading r, int from, int to) {
        List<Mention> in = r.mentions().stream().filter(m -> m.from() >= from && m.from() < to && isSpeaker(r, m)).toList();
        Optional<Mention> first = in.stream().filter(m -> !isA(m, CKG.NewsAgency)).findFirst().or(() -> in.stream().findFirst());
        // (« le porte-parole de l'armée pakistanaise, le général X »: an article may open the apposition)
        // (« le porte-parole du département d'État Matthew Miller »: or the name follows an office's complement)
        return first.map(m -> isA(m, CKG.Person) ? m : r.mentions().stream().filter(p -> ((p.from() == m.to() + 1
                || p.from() == m.to() + 2 && r.tokens().get(m.to() + 1).normMatches("le|la|l'"))
                && m.to() < r.tokens().size() && r.tokens().get(m.to()).is(",")
                || p.from() == m.to() && r.terms(CKG.ActorHeadScheme).stream().anyMatch(h -> h.from() == m.from()
                        && h.values().get(0).speaksFor()))
                && p.entities().stream().allMatch(x -> actors.isA(x, CKG.Person))).findFirst().orElse(m)).map(Mention::first);
    }

    private Optional<Resource> lastSpeakerBefore(SentenceReading r, int before) {
        // (the one ending last; of nested ones, the outer: « Le chef du Comité …, Kamtchybek Tachiev »)
        // (not a headline's opening label: « Afghanistan : réunis à Islamabad, les pays musulmans condamnent « … » » is about
        // Afghanistan, whom the words do not come from)
        Optional<Mention> last = r.mentions().stream().filter(m -> m.to() <= before && isSpeaker(r, m) && !isA(m, CKG.NewsAgency)
                        && !(m.from() == 0 && m.to() + 1 < before && r.tokens().get(m.to()).is(":")))
                .max(java.util.Comparator.comparingInt(Mention::to).thenComparingInt(m -> m.to() - m.from()));
        // (« Les rebelles houthis du Yémen, soutenus par l'Iran, ont revendiqué »: the state a group is from
        // qualifies the group, who speaks)
        return last.map(m -> groupOf(r, m).orElse(m)).map(Mention::first);
    }

    /**
     * The group a state mention qualifies (« les rebelles houthis du Yémen », « le Hezbollah libanais »), if one that
     * speaks (no news agency).
     */
    private Optional<Mention> groupOf(SentenceReading r, Mention state) {
        // (a demonym right after the group, besides « du Yémen »)
        Optional<Mention> group = actors.groupFrom(r, state).or(() -> state.kind() != Mention.Kind.DEMONYM ? Optional.empty()
                : r.mentions().stream().filter(g -> g.to() == state.from() && g.kind() != Mention.Kind.DEMONYM
                        && g.entities().stream().allMatch(x -> actors.isA(x, CKG.Organization))).findFirst());
        return group.filter(g -> g.namesActor() && g.entities().stream().noneMatch(x -> actors.isA(x, CKG.NewsAgency)));
    }

    private int subjectEnd(SentenceReading r, int before) {
        return r.mentions().stream().filter(m -> m.to() <= before && isSpeaker(r, m)).mapToInt(Mention::to).max().orElse(-99);
    }

    /* Whether token {@code i} stands inside « … ». */
    private static boolean quoted(SentenceReading r, int i) {
        return TriggerContext.quoted(r.tokens(), i);
    }

    /*
     * An actor that may speak: not a town (« À Washington, le porte-parole … ») nor a country named as
     * where one is (« En déplacement à Davos, en Suisse, le ministre … »).
     */
    private boolean isSpeaker(SentenceReading r, Mention m) {
        if (!m.namesActor() || m.entities().stream().allMatch(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State))) {
            return false;
        }
        int before = m.from() - 1;
        if (before >= 0 && SentenceParse.ARTICLES.contains(r.tokens().get(before).norm())) {
            before--;
        }
        return before < 0 || !r.tokens().get(before).normMatches("a|au|aux|en|dans|depuis|vers");
    }

    /* When « et » stands at {@code et}, the first speech cue before it: the verb whose subject the next verb shares. */
    private static Optional<PhraseIndex.Match<Lexicon.Term>> cueJoinedBy(SentenceReading r, int et) {
        return et > 0 && r.tokens().get(et).is("et")
                ? r.terms(CKG.SpeechCueScheme).stream().filter(c -> c.to() <= et).findFirst() : Optional.empty();
    }

    /* Whether the words at {@code at} follow a phrase set off by a comma, an article between (« Dans un communiqué, les Gardiens »). */
    private static boolean afterFrontedPhrase(List<Token> tk, int at) {
        int before = at > 1 && SentenceParse.ARTICLES.contains(tk.get(at - 1).norm()) ? at - 2 : at - 1;
        return before > 0 && tk.get(before).is(",") && tk.subList(0, before).stream().noneMatch(x -> x.is(",") || x.opensQuote());
    }

    private boolean isA(Mention m, Resource cls) {
        return m.entities().stream().anyMatch(e -> actors.isA(e, cls));
    }

    private Resource stateOrSelf(Resource actor) {
        return actors.stateOrSelf(actor);
    }

    /*
     * Where the words reported from {@code from} end: the end of the sentence, unless a clause that « tandis que » or « alors
     * que » opens has a speaker of its own and a speech verb (« Vladimir Poutine a déclaré que la paix était proche, tandis
     * que le président ukrainien a affirmé que … »): that one says its own.
     */
    private int answeredAfter(SentenceReading r, int from) {
        int end = clauseEnd(r, from);
        List<Token> tk = r.tokens();
        boolean contrast = end + 2 < tk.size() && IntStream.rangeClosed(end, end + 1).anyMatch(k -> tk.get(k).normMatches("tandis|alors"));
        boolean answered = contrast && r.mentions().stream().anyMatch(m -> m.from() > end && m.from() <= end + 5 && isSpeaker(r, m))
                && r.terms(CKG.SpeechCueScheme).stream().anyMatch(x -> x.from() > end);
        return answered ? end : tk.size();
    }

    /** The end of the clause starting at {@code from}: the next « tandis que », « alors que », « ce que », « ; » or « mais ». */
    private static int clauseEnd(SentenceReading r, int from) {
        for (int i = from; i < r.tokens().size(); i++) {
            String n = r.tokens().get(i).norm();
            // (« …, ce que l'Algérie dément »: another speaker answers)
            if (n.equals(";") || n.equals("mais") || (Patterns.matches(n, "tandis|alors|ce") && i + 1 < r.tokens().size()
                    && r.tokens().get(i + 1).normMatches("que|qu'"))) {
                return i > from && r.tokens().get(i - 1).is(",") ? i - 1 : i;
            }
        }
        return r.tokens().size();
    }

    // (the words of « également », « pour sa part », « de son côté », « à son tour » between an auxiliary and its verb)
    private static final String ADVERBS_AFTER_AUXILIARY =
            "egalement|aussi|encore|ensuite|deja|meme|pour|sa|son|leur|leurs|part|de|cote|tour";
    static final String AUXILIARIES = "a|ont|avait|avaient|aurait|auraient|s'|se|est|sont|etait|etaient|ne|n'|pas|y"
            + "|notamment|alors|quant|lui"
            // « a pour sa part affirmé », « avait de son côté assuré », « a à son tour dénoncé »
            + "|" + ADVERBS_AFTER_AUXILIARY
            + "|aussitot|toutefois|cependant|finalement|pourtant|neanmoins|ainsi|enfin"
            + "|immediatement|rapidement|vivement|fermement|clairement|publiquement|officiellement|toujours|jamais|categoriquement|formellement";

    /* Verbs that say an accusation goes on or is made without holding back, before « de » or « à » and the infinitive. */
    private static final Pattern GOING_ON = Pattern.compile(
            "continu(e|ent|ait|aient|er)|persist(e|ent|ait|aient)|cess(e|ent|ait|aient)|hesit(e|ent|ait|aient)");

    /*
     * Where the verb of going on begins (past « ne … pas » and the auxiliary) that the infinitive at {@code cue} depends on: « Le
     * Kenya continue d'accuser », « n'a pas hésité à accuser », « ne cesse de reprocher », « persiste à accuser »; -1 when none.
     * (« cesser » and « hésiter » only negated: « a cessé d'accuser » takes the accusation back.)
     */
    private static int goingOnVerbBefore(List<Token> tk, int cue) {
        int k = cue - 1;
        if (k < 1 || !tk.get(k).normMatches("de|d'|a") || !GOING_ON.matcher(tk.get(k - 1).norm()).matches()) {
            return -1;
        }
        int start = k - 1;
        int j = start - 1;
        boolean negated = false;
        if (j >= 0 && tk.get(j).normMatches("pas|jamais|plus")) {
            negated = true;
            j--;
        }
        while (j >= 0 && tk.get(j).normMatches("a|ont|avait|avaient")) {
            start = j--;
        }
        if (j >= 0 && tk.get(j).normMatches("ne|n'")) {
            negated = true;
            start = j;
        }
        boolean onlyNegated = tk.get(k - 1).norm().startsWith("cess") || tk.get(k - 1).norm().startsWith("hesit");
        return onlyNegated && !negated ? -1 : start;
    }

    /**
     * Where the subject of a verb at {@code cue} ends: before the auxiliaries and adverbs (« s'est
     * dit »), and before a relative clause, a short aside or an apposition set off by commas (« X, qui
     * préside le Conseil, a annoncé », « Les FSR ont, de leur côté, affirmé », « Milan Radoičić,
     * vice-président du parti Srpska Lista, principal parti des Serbes du Kosovo, a affirmé »).
     */
    private int subjectBoundary(SentenceReading r, int cue) {
        List<Token> tk = r.tokens();
        int k = lastBeforeAuxiliaries(tk, cue);
        if (k <= 0 || !tk.get(k).is(",")) {
            return k + 1;
        }
        // Segments between commas are set aside from the verb backwards, as long as each is one.
        for (int close = k; ; ) {
            int open = close - 1;
            // (a comma inside a mention is no segment's when a relative clause holds it: « Margaret Beckett, qui s'était
            // entretenue avec son homologue iranien, Manouchehr Mottaki, a annoncé » sets aside one relative clause, whose last
            // words name another)
            while (open >= 0 && !tk.get(open).is(",")) {
                open--;
            }
            int outer = open;
            while (outer >= 0 && (!tk.get(outer).is(",") || insideMention(r, outer))) {
                outer--;
            }
            if (outer >= 0 && outer < open && insideMention(r, open) && relative(tk, outer)) {
                open = outer;
            }
            if (open < 0 || !(relative(tk, open) || aside(r, open, close) || apposition(r, open, close))) {
                return k + 1;
            }
            k = lastBeforeAuxiliaries(tk, open);
            close = open;
        }
    }

    /* Whether token {@code k} lies inside a mention, neither its first token nor after its last. */
    private static boolean insideMention(SentenceReading r, int k) {
        return r.mentions().stream().anyMatch(m -> m.from() < k && k < m.to());
    }

    private static boolean relative(List<Token> tk, int open) {
        return tk.get(open + 1).normMatches("qui|dont|que|qu'|lequel|laquelle|lesquels|lesquelles");
    }

    // (« Le ministère, cité par l'agence Azertac, a affirmé »: the agency that carries the words is an aside too)
    private boolean aside(SentenceReading r, int open, int close) {
        return close - open - 1 <= 5 && !finiteVerb(r, open, close) && r.mentions().stream().noneMatch(m -> m.to() > open && m.from() < close && m.namesActor()
                && !isA(m, CKG.NewsAgency));
    }

    /* (not a clause of its own: « …, touché par un tir rebelle, a perdu un fusilier marin, a annoncé X ») */
    private static boolean finiteVerb(SentenceReading r, int open, int close) {
        return r.tokens().subList(open + 1, close).stream().anyMatch(t -> AUXILIARY_VERB.matcher(t.surface()).matches());
    }

    private static final java.util.regex.Pattern AUXILIARY_VERB = java.util.regex.Pattern.compile("a|ont|avait|avaient|est|sont");

    /*
     * What stands between commas right after an actor and names no other person describes that actor
     * (« Milan Radoičić, vice-président du parti Srpska Lista, a affirmé »: the party is not who speaks);
     * a person named there is the one speaking (« Le porte-parole du Kremlin, Dmitri Peskov, a déclaré »).
     */
    private boolean apposition(SentenceReading r, int open, int close) {
        Optional<Mention> head = r.mentions().stream().filter(m -> m.to() == open && m.namesActor()).findFirst();
        // (what « puis », « et » or « avec » opens goes on with the clause: « s'est entretenu avec X, puis avec Y, appelant à … »)
        if (head.isEmpty() || finiteVerb(r, open, close) || r.tokens().get(open + 1).normMatches("puis|et|avec|ainsi")) {
            return false;
        }
        List<Resource> described = head.get().entities();
        // (« Selon Moscou, l'Ukraine, qui … »: a segment that opens with another actor is no description)
        boolean opensWithAnother = r.mentions().stream().anyMatch(m -> m.namesActor() && !described.containsAll(m.entities())
                && (m.from() == open + 1 || m.from() == open + 2 && SentenceParse.ARTICLES.contains(r.tokens().get(open + 1).norm())));
        // (a person described by another is still the one speaking: « Kim Yo-jong, la sœur du dirigeant nord-coréen
        // Kim Jong-un, a accusé »)
        boolean personHead = isA(head.get(), CKG.Person);
        return !opensWithAnother && (personHead || r.mentions().stream().noneMatch(m -> m.from() > open && m.from() < close
                && isA(m, CKG.Person) && !described.containsAll(m.entities())));
    }

    /* The next comma or semicolon from {@code from} that no quotation encloses (-1 if none). */
    private static int commaOutsideQuotes(List<Token> tk, int from) {
        boolean quoted = false;
        for (int i = from; i < tk.size(); i++) {
            if (tk.get(i).opensQuote()) {
                quoted = true;
            } else if (CLOSE.contains(tk.get(i).surface())) {
                quoted = false;
            } else if (!quoted && (tk.get(i).is(",") || tk.get(i).is(";"))) {
                return i;
            }
        }
        return -1;
    }

    /*
     * Whether the comma at {@code comma} opens an apposition to the actor just named, which a comma and « et » or « puis » close:
     * « a exprimé sa « solidarité » avec la Grèce et Chypre, deux États membres de l'Union, et appelé la Turquie à … ».
     */
    private boolean appositionBeforeAnd(SentenceReading r, int comma) {
        List<Token> tk = r.tokens();
        int next = commaOutsideQuotes(tk, comma + 1);
        return comma > 0 && r.mentionAt(comma - 1).filter(Mention::namesActor).isPresent() && next > comma + 1 && next - comma <= 8
                && next + 1 < tk.size() && tk.get(next).is(",") && tk.get(next + 1).normMatches("et|puis") && !finiteVerb(r, comma, next)
                && r.terms(CKG.SpeechCueScheme).stream().noneMatch(x -> x.from() > comma && x.from() < next);
    }

    /* Whether a list of complements goes on at {@code at}: « une agression de la France, de la Grande-Bretagne et des États-Unis ». */
    private static boolean listGoesOn(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        if (at + 1 >= tk.size() || !tk.get(at).normMatches("de|du|des|d'")) {
            return false;
        }
        int named = SentenceParse.ARTICLES.contains(tk.get(at + 1).norm()) ? at + 2 : at + 1;
        return at > 1 && r.mentionAt(at - 2).filter(Mention::namesActor).isPresent()
                && r.mentions().stream().anyMatch(m -> m.from() == named && m.namesActor());
    }

    /* A speech cue in its present participle at {@code from} (« dénonçant », « rejetant », « accusant »). */
    private static boolean participleCue(SentenceReading r, int from) {
        // (past « tout en » and a pronoun before the verb: « …, tout en le qualifiant de « bourreau » »)
        List<Token> tk = r.tokens();
        int k = from + 1 < tk.size() && tk.get(from).is("tout") && tk.get(from + 1).is("en") ? from + 2 : from;
        int at = k + 1 < tk.size() && tk.get(k).normMatches("le|la|l'|les|lui|leur") ? k + 1 : k;
        if (at >= tk.size()) {
            return false;
        }
        // (an accusation verb makes its own claim, which joins this one later: « …, accusant à son tour X de … »)
        return r.tokens().get(at).norm().endsWith("ant") && r.terms(CKG.SpeechCueScheme).stream()
                .anyMatch(c -> c.from() == at && CKG.SpeechVerb.equals(c.values().get(0).cueKind()));
    }

    /*
     * « Le ministère turc a condamné l'« attaque », et le président Erdogan a assuré que … »: « et » at {@code et} opens a clause
     * with a speaker of its own, an actor named right after it and the speech verb it says.
     * (Or any verb of its own in a compound tense: « Londres a jugé la réponse « appropriée », et la Première ministre
     * britannique, Theresa May, s'est entretenue par téléphone avec … »: the journalist tells on, the words have ended.)
     */
    private boolean newSpeakerJoined(SentenceReading r, int et) {
        List<Token> tk = r.tokens();
        if (!tk.get(et).is("et")) {
            return false;
        }
        int until = commaOutsideQuotes(tk, et + 1);
        int stop = until < 0 ? tk.size() : until;
        return r.mentions().stream().anyMatch(m -> m.from() > et && m.from() <= et + 3 && isSpeaker(r, m)
                && (r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.from() > m.to() - 1 && c.from() < stop
                        && lastBeforeAuxiliaries(tk, c.from()) == m.to() - 1) || verbOfItsOwn(tk, m.to())));
    }

    /** Whether a verb in a compound tense follows an actor named up to {@code at}, past the comma closing an apposition. */
    private static boolean verbOfItsOwn(List<Token> tk, int at) {
        int k = at < tk.size() && tk.get(at).is(",") ? at + 1 : at;
        // (the auxiliary « a », not the preposition « à » that folding makes the same: « et appelé la Biélorussie à une désescalade »)
        return k + 1 < tk.size() && (tk.get(k).normMatches("a|ont|avait|avaient") && !tk.get(k).isPrepositionA() && tk.get(k + 1).isWord()
                || tk.get(k).normMatches("s'|se") && tk.get(k + 1).normMatches("est|sont|etait|etaient"));
    }

    /** The last token before {@code at} that is no auxiliary nor adverb (-1 if none). */
    private static int lastBeforeAuxiliaries(List<Token> tk, int at) {
        int k = at - 1;
        while (k >= 0) {
            if (tk.get(k).normMatches(AUXILIARIES)) {
                k--;
            } else if (k >= 2 && tk.get(k).normMatches("elle|elles|eux") && tk.get(k - 1).norm().equals("a")
                    && tk.get(k - 2).norm().equals("quant")) {
                // « a quant à elle reproché »
                k -= 3;
            } else if (k >= 1 && k + 1 < at && tk.get(k).normMatches("il|elle|ils|elles") && tk.get(k + 1).normMatches("aussi|meme")
                    && tk.get(k - 1).normMatches("a|avait|ont|avaient")) {
                // « L'Union africaine avait elle aussi condamné »
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** The subject and, when « et » joins it to an actor just before, that actor too. */
    private List<Resource> coordinatedSubjects(SentenceReading r, int subjectAt, Resource subject) {
        List<Mention> before = r.mentions().stream().filter(m -> m.to() <= subjectAt && m.namesActor()).toList();
        if (before.size() >= 2) {
            Mention last = before.get(before.size() - 1);
            Mention previous = before.get(before.size() - 2);
            if (last.from() == previous.to() + 1 && r.tokens().get(previous.to()).is("et") && !isA(previous, CKG.NewsAgency)) {
                return List.of(previous.first(), subject);
            }
            // (« le président français, François Hollande, et la chancelière allemande, Angela Merkel, ont estimé »,
            // « Vladimir Poutine et le président iranien, Hassan Rohani, ont jugé »: each named with an office set off by commas)
            List<Token> tk = r.tokens();
            int et = last.from() - 1;
            while (et > 0 && !tk.get(et).is("et") && last.from() - et <= 6 && (tk.get(et).is(",")
                    || SentenceParse.ARTICLES.contains(tk.get(et).norm()) || r.officeOrDemonymAt(et))) {
                et--;
            }
            int previousEnd = et > 0 && tk.get(et - 1).is(",") ? et - 1 : et;
            if (et > 0 && et < last.from() && tk.get(et).is("et")) {
                Optional<Mention> joined = before.stream().filter(m -> m.to() == previousEnd && m != last && !isA(m, CKG.NewsAgency)
                        && isSpeaker(r, m)).findFirst();
                if (joined.isPresent()) {
                    return List.of(joined.get().first(), subject);
                }
            }
        }
        return List.of(subject);
    }

    /*
     * The one « par la voix de » at {@code at} (or past a comma there) names as speaking for the subject: « par la voix de son
     * porte-parole Jamie Shea », « par la voix du porte-parole du département d'État, John Kirby » (the person an office's
     * complement is followed by); a person only: an agency only carries the words (« par la voix de KCNA »), and the organ of an
     * organisation speaks as the organisation (« l'Union africaine a condamné l'attaque par la voix de son Conseil de paix et de
     * sécurité »).
     */
    private Optional<Mention> voiceAt(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int k = at < tk.size() && tk.get(at).is(",") ? at + 1 : at;
        if (k + 4 >= tk.size() || !tk.get(k).is("par") || !tk.get(k + 1).is("la") || !tk.get(k + 2).is("voix")
                || !tk.get(k + 3).normMatches("de|du|d'|des")) {
            return Optional.empty();
        }
        // (the phrase, not the words after it: « qu'elle suivait … », « « … » »)
        int limit = IntStream.range(k + 4, Math.min(tk.size(), k + 14)).filter(i -> tk.get(i).normMatches("que|qu'|;|:") || tk.get(i).opensQuote())
                .findFirst().orElse(Math.min(tk.size(), k + 14));
        Optional<Resource> speaker = speakerIn(r, k + 4, limit).filter(x -> actors.isA(x, CKG.Person));
        return speaker.flatMap(x -> r.mentions().stream().filter(m -> m.from() >= k + 4 && m.from() < limit && m.entities().contains(x))
                .findFirst());
    }

    /** Whether a cue is the attribution right after a quotation (« … », a déclaré X). */
    private static boolean attributesQuotation(List<Segment> quoted, PhraseIndex.Match<Lexicon.Term> cue) {
        // (« « … », accusant l'Éthiopie »: an accusation after a quotation is one of its own)
        return !CKG.AccusationVerb.equals(cue.values().get(0).cueKind())
                && quoted.stream().anyMatch(q -> cue.from() > q.to() && cue.from() - q.to() <= 3);
    }

    private static boolean insideAny(List<Segment> segments, int token) {
        return segments.stream().anyMatch(s -> s.from() <= token && token < s.to());
    }
}
