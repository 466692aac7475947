package org.conflictkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.Set;
import org.conflictkg.vocab.CKG;

/**
 * What the words around a trigger say of it: the clause it stands in, whether its verb is active
 * or passive and whose subject stands before it, whether it is negated or only an infinitive (an
 * event asked for or threatened, not one that happened), and the small word-window tests the event
 * rules are written with.
 */
final class TriggerContext {
    private TriggerContext() {
    }

    enum Voice { NONE, ACTIVE, PASSIVE }

    /**
     * Whether the words from {@code at} to the trigger make it the verb of what stands before
     * {@code at}: auxiliaries and adverbs only (« ont ouvert le feu », « a de nouveau bombardé »,
     * « bombardent »), in the active or the passive voice (« ont été pilonnés »).
     */
    static Voice voice(List<Token> tk, int at, PhraseIndex.Match<Lexicon.Term> trigger) {
        if (trigger == null || at > trigger.from() || trigger.from() - at > 4) {
            return Voice.NONE;
        }
        boolean auxiliary = false;
        boolean passive = false;
        boolean reflexive = false;
        // (« ce sont les unités équatoriennes qui ont ouvert le feu », « l'armée, qui a bombardé »: the subject of « qui »)
        int first = at < trigger.from() && tk.get(at).norm().equals("qui") ? at + 1 : at;
        for (int i = first; i < trigger.from(); i++) {
            String n = tk.get(i).norm();
            // « les FANT s'étaient emparées de Fada »: a pronominal verb is active
            if (REFLEXIVE.matcher(n).matches()) {
                reflexive = true;
            } else if (reflexive && REFLEXIVE_AUXILIARY.matcher(n).matches()) {
                auxiliary = true;
            } else if (PASSIVE_AUXILIARY.matcher(n).matches()) {
                passive = true;
            } else if (ACTIVE_AUXILIARY.matcher(n).matches()) {
                auxiliary = true;
            } else if (!BETWEEN_AUXILIARY_AND_VERB.matcher(n).matches()) {
                return Voice.NONE;
            }
        }
        if (passive) {
            return Voice.PASSIVE;
        }
        // with no auxiliary, a finite verb (« bombardent ») rather than a noun (« les forces, attaques … »)
        String verb = tk.get(trigger.from()).norm();
        // (or a pronominal verb the trigger begins with: « s'est emparée de Fada »)
        return auxiliary || trigger.from() == at && FINITE_OR_PRONOMINAL.matcher(verb).matches() ? Voice.ACTIVE : Voice.NONE;
    }

    // (compiled once: voice() runs for every actor around every trigger)
    private static final java.util.regex.Pattern REFLEXIVE = java.util.regex.Pattern.compile("se|s'");
    private static final java.util.regex.Pattern REFLEXIVE_AUXILIARY = java.util.regex.Pattern.compile("est|sont|etait|etaient|fut|furent");
    private static final java.util.regex.Pattern PASSIVE_AUXILIARY = java.util.regex.Pattern.compile(
            "ete|est|sont|etait|etaient|fut|furent|sera|seront");
    private static final java.util.regex.Pattern ACTIVE_AUXILIARY = java.util.regex.Pattern.compile(
            "a|ont|avait|avaient|aurait|auraient|aura|auront");
    // (the passé simple too: « l'aviation pakistanaise bombarda », « la vedette ouvrit le feu »)
    private static final java.util.regex.Pattern FINITE_OR_PRONOMINAL = java.util.regex.Pattern.compile(".*(ent|ait|aient|a|it)|se|s'");
    private static final java.util.regex.Pattern BETWEEN_AUXILIARY_AND_VERB = java.util.regex.Pattern.compile(
            "ne|n'|pas|deja|encore|aussi|egalement|notamment|de|d'|abord|nouveau|ensuite|alors|meme|aussitot"
            // « a de son côté tiré », « ont à leur tour bombardé », « a pour sa part frappé »
            + "|son|sa|leur|cote|tour|pour|part"
            // « a en outre bombardé »
            + "|en|outre|plus|directement|recemment|officiellement|effectivement|successivement|simultanement"
            + "|immediatement|rapidement|finalement|apparemment|vraisemblablement|probablement|massivement|violemment"
            + "|intensement|deliberement"
            // « des soldats sud-soudanais y ont ouvert le feu », « s'y sont affrontés »: the pronoun of place stands before the
            // auxiliary (SentenceParse reads it as the place)
            + "|y"
            // « ont tenté de frapper », « a essayé d'abattre »: an attempt is told as the act
            + "|tente|tentee|tentes|tentees|essaye|essayee|essayes|essayees|" + SentenceParse.WHEN_WORDS);

    /**
     * The tokens of the clause a trigger stands in, within {@code [from, to)}: up to a semicolon,
     * colon or comma, but over the commas of a list of actors (« entre l'Arménie, l'Azerbaïdjan et … »).
     */
    static int[] clause(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int from, int to) {
        int start = trigger.from();
        while (start > from && !boundary(r, start - 1)) {
            start--;
        }
        int end = trigger.to();
        while (end < to && !boundary(r, end)) {
            end++;
        }
        return new int[] {start, end};
    }

    // (compiled once: boundary() runs for every word around every trigger)
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[;:]|où");
    private static final java.util.regex.Pattern CLAUSE_WORD =
            java.util.regex.Pattern.compile("que|qu'|lorsque|lorsqu'|puisque|puisqu'|quand|tandis");

    static boolean boundary(SentenceReading r, int i) {
        Token t = r.tokens().get(i);
        // « … et les avoir prévenus que Washington ne conclurait aucun accord tant que les combats dureraient »
        if (CLAUSE_MARK.matcher(t.surface()).matches() || CLAUSE_WORD.matcher(t.norm()).matches()) {
            return true;
        }
        return t.is(",") && r.mentionAt(i + 1).filter(m -> m.kind() != Mention.Kind.PLACE).isEmpty();
    }

    /* « son homologue », « leurs homologues » at {@code at} */
    static boolean counterpartAt(List<Token> tk, int at) {
        return at >= 0 && at + 1 < tk.size() && tk.get(at).normMatches("son|sa|leur|leurs|ses")
                && tk.get(at + 1).normMatches("homologues?");
    }

    /** Whether token {@code i} stands inside quotation marks « … » (a stray closing mark opens nothing). */
    static boolean quoted(List<Token> tk, int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            String t = tk.get(k).surface();
            depth += t.equals("«") ? 1 : t.equals("»") && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    static int lastIndexOf(List<Token> tk, int from, int to, String norm) {
        for (int i = to - 1; i >= from; i--) {
            if (tk.get(i).is(norm)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * « des bombardiers ont tenté de frapper N'Djamena », « a essayé d'abattre »: an attack tried is an attack made,
     * though an infinitive tells of no event otherwise.
     */
    static boolean attempted(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        int de = t.from() - 1;
        return de > 0 && tk.get(de).normMatches("de|d'") && tk.get(de - 1).normMatches("(tent|essay)(e|ee|es|ees|ent|ait|aient)");
    }

    static boolean infinitive(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        int v = tk.get(t.from()).normMatches("se|s'") && t.to() - t.from() > 1 ? t.from() + 1 : t.from();
        String verb = tk.get(v).norm();
        if (!Patterns.matches(verb, ".{3,}(er|ir|re)") || v == 0) {
            return false;
        }
        int k = v - 1;
        // (« de "tirer pour tuer" »: a quotation mark may stand before the verb)
        while (k > 0 && tk.get(k).surfaceMatches("[«\"“]")) {
            k--;
        }
        if (tk.get(k).normMatches("se|s'") && k > 0) {
            k--;
        }
        if (tk.get(k).normMatches("sans|va|vont|veut|veulent|pourrait|pourraient|doit|doivent")) {
            return true;
        }
        // « a appelé les deux pays à cesser immédiatement les hostilités », « les exhorte à se réunir »: what one is called to do
        if (tk.get(k).norm().equals("a")) {
            for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
                // (« cherchent à relancer les hostilités », « se préparent à attaquer », « prêts à riposter »: what one means to
                // do; not « ont commencé à bombarder », « continuent à pilonner », which tell of what is done)
                if (tk.get(i).normMatches("(appel|exhort|invit|incit|encourag|somm|pouss)\\w*|" + INTENDING)) {
                    return true;
                }
            }
            return false;
        }
        // « lui demander de se réunir », « menace de bombarder »; but « a décidé de se tourner vers Moscou » acts
        if (!tk.get(k).normMatches("de|d'")) {
            return false;
        }
        // (« a ordonné aux forces de l'ordre de tirer »: the one ordered may stand between)
        for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
            // (« pas l'intention d'attaquer », « le droit de riposter »: what one means or may do)
            if (tk.get(i).normMatches("demand.*|menac.*|promi.*|promet.*|prev.*|envisag.*|propos.*|exhort.*|exig.*|tent.*"
                    + "|cherch.*|refus.*|ordonn.*|interdi.*|souhait.*|prie|pries|prier|prient|appel.*"
                    + "|intention|intentions|projet|droit|capacite|volonte|prets?|pretes?"
                    // (« des missiles capables de frapper la capitale », « l'armée est en mesure de riposter »: what one can do)
                    + "|capables?|mesure")) {
                return true;
            }
        }
        return false;
    }

    /**
     * « l'armée riposterait à toute violation », « nous frapperons »: a trigger verb in the future or
     * the conditional tells of what may come, not of what happened (« aurait bombardé », an alleged
     * past event, is a participle and stays).
     */
    static boolean futureOrConditional(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        return t.to() - t.from() == 1 && tk.get(t.from()).normMatches(".{3,}(er|ir)(ai[st]?|aient|a|ont|ons|ez)");
    }

    /**
     * « les provocations du Nord appelleraient une riposte résolue », « cela entraînera une nouvelle offensive »: a trigger noun
     * that a verb in the future or the conditional governs tells of what may come, as the verb would.
     */
    static boolean objectOfFutureVerb(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        int i = beforeDeterminers(tk, t.from());
        return i >= 0 && i < t.from() - 1 && FUTURE_VERB.matcher(tk.get(i).norm()).matches();
    }

    /**
     * « les rebelles cherchent à relancer les combats », « se prépare à mener des frappes »: a trigger noun that an infinitive
     * governs, which one seeks or prepares to do, tells of what may come (the verb itself would be caught by
     * {@link #infinitive}; one called to be stopped, « appelé à cesser les combats », has happened and is not this).
     */
    static boolean objectOfIntendedVerb(List<Token> tk, int from) {
        int i = beforeDeterminers(tk, from);
        if (i < 2 || i == from - 1 || !tk.get(i).normMatches(".{3,}(er|ir|re)") || !tk.get(i - 1).norm().equals("a")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 7); k--) {
            if (tk.get(k).normMatches(INTENDING)) {
                return true;
            }
        }
        return false;
    }

    /* What one means to do before « à » (the verbs of {@link #infinitive}'s « à » branch that are no call on another). */
    private static final String INTENDING = "(cherch|prepar|appret|determin)\\w*|prete?s?";

    /* The word before {@code at} past up to three determiners (« une nouvelle », « de toutes les »), or -1. */
    private static int beforeDeterminers(List<Token> tk, int at) {
        int i = at - 1;
        while (i >= 0 && at - i <= 3 && DETERMINER.matcher(tk.get(i).norm()).matches()) {
            i--;
        }
        return i;
    }

    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile(
            "une?|la|le|l'|les|des|de|d'|du|nouvel|nouvelles?|nouveaux?|toute?s?|autres?");
    private static final java.util.regex.Pattern FUTURE_VERB = java.util.regex.Pattern.compile(
            ".{3,}(er|ir)(ai[st]?|aient|a|ont)|ser(a|ait|aient|ont)|fer(a|ait|aient|ont)");

    /** « appelant à un cessez-le-feu », « a réclamé l'ouverture de négociations »: what a word at {@code at} is asked for */
    static boolean calledFor(List<Token> tk, int at) {
        return wordBefore(tk, at, "appel\\w*|reclam\\w*|exig\\w*|demand\\w*|plaid\\w*|pron\\w*|souhait\\w*|prech\\w*");
    }

    /** « pour faire dérailler l'adhésion », « bloquer la ratification »: what a word at {@code at} is kept from happening */
    static boolean prevented(List<Token> tk, int at) {
        return wordBefore(tk, at, "derail\\w*|bloqu\\w*|empech\\w*|torpill\\w*|sabot\\w*|entrav\\w*");
    }

    /**
     * « a appelé les deux parties à la retenue », « appelant au calme »: where a verb of calling at {@code at} asks for calm
     * (the index of the calm word, within eight words), or -1.
     */
    static int callToCalm(List<Token> tk, int at) {
        if (at >= tk.size() || !CALLING.matcher(tk.get(at).norm()).matches()) {
            return -1;
        }
        for (int i = at + 1; i < Math.min(tk.size() - 1, at + 9); i++) {
            int k = i + 1;
            // (past an article and a quotation mark: « à la « retenue » »)
            while (k < tk.size() && k < i + 4 && tk.get(k).normMatches("la|l'|«|\"")) {
                k++;
            }
            if (tk.get(i).normMatches("a|au|aux") && k < tk.size() && CALM.matcher(tk.get(k).norm()).matches()) {
                return k;
            }
            if (tk.get(i).normMatches("[.;]")) {
                break;
            }
        }
        return -1;
    }

    /* (compiled once: ClaimFinder asks about every word of every sentence) */
    private static final java.util.regex.Pattern CALLING = java.util.regex.Pattern.compile("appel\\w*|exhort\\w*");
    private static final java.util.regex.Pattern CALM = java.util.regex.Pattern.compile(
            "calme|retenue|desescalade|dialogue|moderation|apaisement|negociations?|paix");

    /**
     * « l'Iran prépare une riposte », « envisage une offensive »: an event a word at {@code at} is planned, not
     * done; « pour mettre fin aux combats », « cesser les hostilités »: one named as what to end is no news of its own.
     */
    static boolean planned(List<Token> tk, int at) {
        boolean toEnd = at >= 3 && tk.get(at - 1).normMatches("aux|au|a") && tk.get(at - 2).norm().equals("fin")
                && tk.get(at - 3).normMatches("mettre|met|mettent|mis|mettra");
        // (nor one authorised, discussed, cancelled or broken: « a annulé sa rencontre avec Vladimir Poutine », « qui
        // autorise le déploiement de troupes », « en vue d'une trêve », « au sujet d'un cessez-le-feu », « d'avoir violé
        // le cessez-le-feu » tell of no new event)
        // (« à cesser immédiatement les hostilités »: what to stop)
        // (nor one hoped for: « espère désormais parvenir à un traité de paix »)
        return toEnd || wordBefore(tk, at, "cesser|cessent|cessera|cesseront|prepar\\w*|envisag\\w*|planifi\\w*|projett\\w*|projet\\w*|autoris\\w*|vue|sujet"
                + "|esper\\w*|souhait\\w*"
                + "|concernant|faveur|candidat|candidate|candidats|annul\\w*|viole|violee|violes|violer|violant|violait|violation|violations");
    }

    /**
     * « prévoit le déploiement d'observateurs internationaux », « les efforts déployés ces derniers jours », « déployer tous ses
     * efforts »: a deployment trigger whose object is observers or efforts deploys no force (within three words after it,
     * past articles and counts; or the noun right before a participle).
     */
    static boolean unarmedDeployed(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        if (t.from() > 0 && UNARMED.matcher(tk.get(t.from() - 1).norm()).matches()) {
            return true;
        }
        for (int i = t.to(); i < Math.min(tk.size(), t.to() + 4); i++) {
            String n = tk.get(i).norm();
            if (UNARMED.matcher(n).matches()) {
                return true;
            }
            if (!Patterns.matches(n, "d'|de|des|du|les|la|le|l'|une?|ses|leurs?|tous|toutes|plusieurs|quelques|\\d+|[a-z]+aines?")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern UNARMED = java.util.regex.Pattern.compile("observateurs?|efforts?|energies?");

    /*
     * « a failli tourner à l'affrontement », « a frôlé la confrontation », « a évité de justesse un affrontement »,
     * « faillit dégénérer en combats »: a word at {@code at} names what nearly happened (within five words of the verb, in
     * its clause).
     */
    static boolean nearlyHappened(List<Token> tk, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 5); i--) {
            String n = tk.get(i).norm();
            if (Patterns.matches(n, "failli|faillit|faillirent|frole|frolee|froler|frolait|evite|evitee|eviter|evitant")) {
                return true;
            }
            if (Patterns.matches(n, "[,;:.()«»\"]|et|mais|puis|qui|que|qu'")) {
                return false;
            }
        }
        return false;
    }

    /**
     * « l'aide ne jouerait qu'en cas de combats sur son sol », « s'engagent à se porter assistance en cas d'agression »: an
     * event after « en cas de » is one that may come (treaties and pledges), not one that happened.
     */
    static boolean hypothetical(List<Token> tk, int at) {
        int i = beforeDeterminers(tk, at);
        // (the determiners skipped above include « de », « d' »: « cas » stands right before them)
        return i > 0 && i < at - 1 && tk.get(i).is("cas") && tk.get(i - 1).is("en");
    }

    /* One of {@code words} before {@code at}, with only articles and a few qualifiers between. */
    private static boolean wordBefore(List<Token> tk, int at, String words) {
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            String n = tk.get(i).norm();
            if (n.matches(words)) {
                return true;
            }
            if (!Patterns.matches(n, "a|au|aux|un|une|l'|le|la|les|d'|de|des|du|pour|l'ouverture|ouverture|immediat|immediate|immediatement|rapide|parvenir|aboutir|desormais"
                    + "|sa|son|ses|leur|leurs")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[«»\"“”]");

    static boolean negated(List<Token> tk, int at) {
        // (three words back, quotation marks not counted: « mettre fin à « l'invasion » »)
        int quotes = (int) IntStream.range(Math.max(0, at - 4), at).filter(i -> QUOTE_MARK.matcher(tk.get(i).surface()).matches()).count();
        for (int i = at - 1; i >= Math.max(0, at - 3 - quotes); i--) {
            String n = tk.get(i).norm();
            if (Patterns.matches(n, "aucun|aucune|sans|pas|jamais|ni|plus")) {
                // (« plus » denies after « ne », an auxiliary between them: « n'a plus bombardé »; else it counts: « plus de »)
                return !n.equals("plus") || IntStream.range(Math.max(0, i - 2), i).anyMatch(k -> tk.get(k).normMatches("ne|n'"));
            }
            // « répondre à toute violation », « toute riposte entraînerait »: any one that may come, none yet
            if (Patterns.matches(n, "tout|toute")) {
                return true;
            }
            // « la cessation (permanente) des hostilités », « mettre fin à l'agression », « l'arrêt des
            // combats »: what is to stop is the conflict already told, no new event
            if (Patterns.matches(n, "cessation|fin|arret|terme") && tk.get(i + 1).normMatches("des?|du|d'|a|aux|permanente|definitive|totale")) {
                return true;
            }
            // « a écarté l'hypothèse d'un tir ennemi », « le risque d'une attaque »: what may have been or may come
            if (Patterns.matches(n, "hypotheses?|risques?|craintes?|eventualite|possibilite|menaces?") && tk.get(i + 1).normMatches("des?|du|d'")) {
                return true;
            }
            // « éviter de nouveaux affrontements », « empêcher une escalade »: what is to be averted has not happened
            if (Patterns.matches(n, "eviter|empecher|prevenir")) {
                return true;
            }
            // « l'armée ne bombarde pas la ville »: in a simple tense the denial follows the verb
            if (Patterns.matches(n, "n'|ne") && i == at - 1 && at + 1 < tk.size() && tk.get(at + 1).normMatches("pas|plus|jamais")) {
                return true;
            }
            // « aucun coup de feu n'a été tiré »: a subject of « aucun » before « ne »
            if (Patterns.matches(n, "n'|ne") && IntStream.range(Math.max(0, i - 5), i).anyMatch(k -> tk.get(k).normMatches("aucun|aucune"))) {
                return true;
            }
            if (!Patterns.matches(n, "de|d'|du|des|encore|a|ont|avait|avaient|aurait|auraient|un|une|le|la|les|l'|nouveau|nouvel|nouvelle|nouveaux|nouvelles|permanente|definitive|totale|adopter|conclu|conclure|signe|signer|mene|mener|lance|lancer|fait|faire|eu|avoir|ete") && !QUOTE_MARK.matcher(tk.get(i).surface()).matches()) {
                return false;
            }
        }
        return false;
    }

    /*
     * Where what « revendiquer » claims begins, past the words that say how much of it or by what right, and a phrase of
     * time (« revendique la souveraineté sur le Sahara occidental », « revendique la quasi-totalité de la mer de Chine
     * méridionale », « revendique depuis des décennies l'Essequibo », « revendique l'ensemble du Cachemire »).
     */
    static int claimedAt(List<Token> tk, int at) {
        int i = at;
        while (i < tk.size() && i < at + 8 && tk.get(i).normMatches(CLAIM_EXTENT)) {
            i++;
        }
        return i;
    }

    private static final String CLAIM_EXTENT = "la|le|les|l'|sa|son|leur|leurs|une|souverainete|pleine|entiere|et|sur|quasi-totalite"
            + "|quasi|totalite|integralite|ensemble|partie|majeure|grande|plus|de|du|des|d'|depuis|toujours|encore|aussi|egalement|deja"
            + "|desormais|decennies|annees|longtemps|\\d+|" + SentenceParse.WHEN_WORDS;

    /*
     * « Badme, une bourgade frontalière que les deux pays revendiquent », « l'île Zhenbao, que les Soviétiques appellent
     * Damanski et que Pékin comme Moscou revendiquent », « les Kouriles, que revendique le Japon »: the place a relative
     * clause whose verb stands at {@code at} claims, its antecedent (the first « que » of those « et » joins), past an
     * apposition, with the « que » of the verb's own relative, after which its subject stands.
     */
    static Optional<ClaimingRelative> claimedBefore(SentenceReading r, int at, java.util.function.Predicate<Mention> place) {
        List<Token> tk = r.tokens();
        int que = -1;
        for (int k = at - 1; k >= Math.max(0, at - 10); k--) {
            if (tk.get(k).normMatches("que|qu'")) {
                que = k;
                break;
            }
            if (!tk.get(k).normMatches(CLAIMANTS) && r.mentionAt(k).isEmpty()) {
                return Optional.empty();
            }
        }
        if (que < 1) {
            return Optional.empty();
        }
        int first = que;
        // (« … que les Soviétiques appellent Damanski et que Pékin … revendiquent »: the antecedent of the first « que »)
        while (tk.get(first - 1).is("et") && lastIndexOf(tk, Math.max(0, first - 12), first - 1, "que") > 0) {
            first = lastIndexOf(tk, Math.max(0, first - 12), first - 1, "que");
        }
        int antecedent = first;
        int own = que;
        return r.mentions().stream().filter(m -> m.to() <= antecedent && antecedent - m.to() <= 5 && place.test(m)
                        && IntStream.range(m.to(), antecedent).noneMatch(i -> tk.get(i).normMatches("qui|que|qu'|dont|[;:.]")))
                .reduce((a, b) -> b).map(m -> new ClaimingRelative(m, own));
    }

    /* A place a relative clause claims, and the « que » that opens the clause (« Badme, une bourgade que l'Érythrée revendique »). */
    record ClaimingRelative(Mention place, int que) {
    }

    private static final String CLAIMANTS = "et|comme|ni|,|le|la|l'|les|deux|trois|pays|voisins|tous|toutes|a|ont|avait|avaient|aussi|egalement"
            + "|toujours|encore|depuis|longtemps|se";

    /*
     * « Une attaque revendiquée par l'État islamique », « l'attentat, revendiqué par les shebab, », « l'embuscade, qui a été
     * revendiquée par le JNIM », « l'attentat … a été revendiqué par les talibans »: where the words a participle of
     * « revendiquer » at {@code at} is said of end, past the auxiliaries, the « qui » and the comma before it; -1 when the
     * word is no such participle (« le Maroc revendique » is a claim to land).
     */
    static int claimedDeedEnd(List<Token> tk, int at) {
        if (at < 1 || !tk.get(at).surfaceMatches("[Rr]evendiqu(é|ée|és|ées)")) {
            return -1;
        }
        int k = at;
        while (k > 0 && tk.get(k - 1).normMatches(",|qui|a|ont|avait|avaient|aurait|auraient|ete|est|sont|etait|etaient|fut|furent"
                + "|deja|aussitot|rapidement|ensuite|immediatement|officiellement")) {
            k--;
        }
        return k;
    }

    static boolean triggerEndsAt(SentenceReading r, int at) {
        return r.terms(CKG.EventTriggerScheme).stream().anyMatch(t -> t.to() == at);
    }

    static boolean precededByWord(List<Token> tk, int at, String norm, int window) {
        for (int i = at - 1; i >= Math.max(0, at - window); i--) {
            if (tk.get(i).is(norm)) {
                return true;
            }
        }
        return false;
    }

    static boolean precededByAny(List<Token> tk, int at, String norms, int window) {
        for (int i = at - 1; i >= Math.max(0, at - window); i--) {
            if (tk.get(i).normMatches(norms)) {
                return true;
            }
        }
        return false;
    }

    static boolean precededBy(List<Token> tk, int at, Set<String> stems, int window) {
        for (int i = at - 1; i >= Math.max(0, at - window); i--) {
            if (stems.contains(tk.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    static boolean followedBy(List<Token> tk, int at, Set<String> stems, int window) {
        for (int i = at; i < Math.min(tk.size(), at + window); i++) {
            if (stems.contains(tk.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    static boolean stemBetween(List<Token> tk, int from, int to, String stem) {
        for (int i = from; i < to; i++) {
            if (tk.get(i).stem().startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
