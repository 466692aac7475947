package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * Whom the words of a statement accuse: the author of the deed a condemnation names (« a dénoncé le
 * comportement de la Russie »), whom an accusation verb names (« et accusé Israël de … »), who did harm
 * by the words (« abattu par la Russie », « que la Russie avait violé »), whose aggression or weapons
 * they name (« une agression turque », « des drones ukrainiens »). The events a statement describes
 * add their attackers later (ReportLoader), and no one accuses themselves (Coreference drops the
 * speaker's side). Word lists, not the lexicon: they read the grammar around a word, not its meaning.
 */
final class AccusedParties {
    private final Actors actors;

    AccusedParties(Actors actors) {
        this.actors = actors;
    }

    /** @return the states (or stateless actors) the words in tokens {@code [from, to)} accuse */
    Set<Resource> in(SentenceReading r, int from, int to) {
        Set<Resource> accused = new LinkedHashSet<>();
        List<Token> tk = r.tokens();
        // « a dénoncé le comportement « imprudent » de la Russie », « a condamné une agression turque »:
        // whose deed a condemnation names
        // (also a second verb of the statement: « ont fait état de dix morts et fustigé une violation pakistanaise »)
        // « a assuré que l'Irak n'était pas la cible et accusé Israël de … »: an accusation within the words
        for (PhraseIndex.Match<Lexicon.Term> cue : r.terms(CKG.SpeechCueScheme)) {
            if (cue.to() >= from - 3 && cue.to() < to && CONDEMNS.contains(tk.get(cue.to() - 1).stem())) {
                accused.addAll(perpetrators(r, Math.max(from, cue.to()), to));
            }
            // « avait qualifié la junte d'« illégitime » »: whom a quoted word of blame qualifies
            if (cue.to() >= from - 3 && cue.to() + 2 < to && tk.get(cue.to() - 1).norm().startsWith("qualifi")) {
                int at = cue.to();
                r.mentions().stream().filter(m -> (m.from() == at || m.from() == at + 1 && SentenceParse.ARTICLES.contains(tk.get(at).norm()))
                                && m.namesActor() && m.entities().size() == 1 && m.to() + 1 < tk.size()
                                && tk.get(m.to()).normMatches("de|d'") && tk.get(m.to() + 1).opensQuote())
                        .findFirst().ifPresent(m -> accused.add(stateOrSelf(m.first())));
                // (« a qualifié les agissements géorgiens de « scandaleux » »: or whose deeds a demonym says)
                r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && m.from() >= at + 2 && m.from() <= at + 3
                                && SentenceParse.ARTICLES.contains(tk.get(at).norm()) && m.to() + 1 < tk.size()
                                && IntStream.range(at + 1, m.from()).allMatch(k -> tk.get(k).isWord() && !tk.get(k).isCapitalized())
                                && tk.get(m.to()).normMatches("de|d'") && tk.get(m.to() + 1).opensQuote())
                        .findFirst().ifPresent(m -> m.entities().forEach(e -> accused.add(stateOrSelf(e))));
                // « tout en le qualifiant de « bourreau de son peuple » », « l'a qualifié de « menteur » »: whom the pronoun before
                // the verb stands for, the actor named last before it (not where one goes: « pourrait se rendre à Belgrade »)
                int clitic = cue.from() - 1;
                while (clitic > 0 && tk.get(clitic).normMatches("a|avait|ont|avaient")) {
                    clitic--;
                }
                if (clitic > 0 && tk.get(clitic).normMatches("le|la|l'|les") && !tk.get(clitic - 1).normMatches("de|d'|a|au|aux")
                        && tk.get(cue.to()).normMatches("de|d'")) {
                    int pronoun = clitic;
                    r.mentions().stream().filter(m -> m.to() <= pronoun && m.namesActor() && !actors.isA(m.first(), CKG.NewsAgency)
                                    && !(m.from() > 0 && tk.get(m.from() - 1).normMatches("a|au|aux|en|dans|vers|depuis"))
                                    && !m.entities().stream().allMatch(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State)))
                            .reduce((a, b) -> b).ifPresent(m -> accused.add(stateOrSelf(m.first())));
                }
                // « la milice kurde qu'Ankara qualifie de « terroriste » », « les dirigeants du Soudan du Sud, qu'il a qualifiés
                // d'« insectes » »: whom the relative pronoun stands for
                int que = r.find(Math.max(0, cue.from() - 5), cue.from(), "qu'", "que");
                if (que > 0 && tk.get(cue.to()).normMatches("de|d'") && tk.get(cue.to() + 1).opensQuote()) {
                    antecedent(r, que).ifPresent(m -> m.entities().forEach(e -> accused.add(stateOrSelf(e))));
                }
                // « a qualifié d'injustifiable l'intervention saoudienne », « a qualifié de « provocation » le survol russe »: the
                // qualifier first, then the deed it blames, whose author its demonym or complement names (not a deed of peace:
                // « a qualifié d'historique l'accord »)
                if (tk.get(at).normMatches("de|d'")) {
                    int article = IntStream.range(at + 1, Math.min(to, at + 6)).filter(k -> tk.get(k).normMatches("le|la|l'|les"))
                            .findFirst().orElse(-1);
                    if (article > 0 && article + 1 < to && IntStream.range(at + 1, article).noneMatch(k -> tk.get(k).normMatches("[,;:]|que|qu'"))
                            && !CONCILIATORY.contains(tk.get(article + 1).stem())) {
                        accused.addAll(perpetrators(r, article, to));
                    }
                }
            }
            // « a tenu l'Algérie pour responsable »: whom the words of the cue are split around
            if (cue.to() >= from - 3 && cue.to() <= to && CKG.AccusationVerb.equals(cue.values().get(0).cueKind())) {
                r.mentions().stream().filter(m -> m.from() > cue.from() && m.to() < cue.to() && m.namesActor())
                        .forEach(m -> m.entities().forEach(e -> accused.add(stateOrSelf(e))));
            }
            if (cue.from() >= from && cue.to() < to && CKG.AccusationVerb.equals(cue.values().get(0).cueKind())) {
                int at = cue.to() < to && tk.get(cue.to()).normMatches("a|au|aux") ? cue.to() + 1 : cue.to();
                // (a government body stays itself, for Coreference to tell an opposition accusing its own government, « le chef
                // du VMRO-DPMNE a accusé le gouvernement de « capitulation » », from a speaker accusing themselves)
                after(r, at, Math.min(to, at + 12)).stream().filter(e -> r.mentions().stream()
                        .anyMatch(m -> m.entities().contains(e) && m.from() <= at + 1))
                        .forEach(e -> accused.add(actors.isA(e, CKG.GovernmentBody) ? e : stateOrSelf(e)));
            }
        }
        // « « … », a renchéri M. Sánchez devant les députés, à l'adresse de Rabat »: whom the words are aimed at, wherever the
        // sentence says it
        for (int i = 0; i + 4 < tk.size(); i++) {
            if (tk.get(i).norm().equals("a") && tk.get(i + 1).norm().equals("l'") && tk.get(i + 2).norm().equals("adresse")
                    && tk.get(i + 3).normMatches("de|du|d'|des")) {
                int of = i + 4;
                int at = SentenceParse.ARTICLES.contains(tk.get(of).norm()) ? of + 1 : of;
                r.mentions().stream().filter(m -> (m.from() == of || m.from() == at) && m.namesActor() && m.entities().size() == 1)
                        .findFirst().ifPresent(m -> accused.add(stateOrSelf(m.first())));
            }
        }
        for (int i = from; i < to; i++) {
            // « l'appareil avait été abattu par la Russie »: whoever did the harm is accused
            if ((HOSTILE_ACTS.contains(tk.get(i).stem()) || LAUNCHED.contains(tk.get(i).stem())) && i + 1 < to && tk.get(i + 1).is("par")) {
                int at = i + 2;
                // (« visée par des drones ukrainiens »: the weapons' demonym names whose they are)
                r.mentions().stream().filter(m -> m.from() >= at && m.to() <= to && (m.from() <= at + 1 && m.namesActor()
                                || m.from() <= at + 3 && m.kind() == Mention.Kind.DEMONYM && r.find(at, m.from(), ",", "de", "du", "d'") < 0))
                        .findFirst().ifPresent(m -> m.entities().forEach(e -> accused.add(stateOrSelf(e))));
                continue;
            }
            // « mettre fin à l'agression de la Thaïlande », « une violation de l'espace aérien par la Russie »
            // (a verb's complement is its victim: « la Russie a violé l'espace aérien de la Pologne »)
            if (AGGRESSION.contains(tk.get(i).stem()) && !AGGRESSION_VERB.matcher(tk.get(i).norm()).matches()) {
                accused.addAll(perpetrators(r, i, to));
            }
            // « ont réclamé l'application de la résolution et le départ des forces syriennes du Liban », « a exigé le retrait
            // « immédiat » des troupes russes »: whose forces a demand wants gone is blamed for their being there (not a
            // withdrawal announced or welcomed: the verb before must be one of demanding)
            final int w = i;
            if (WITHDRAWAL.contains(tk.get(i).stem()) && IntStream.range(Math.max(0, Math.max(from, i - 12) - 4), i)
                    .anyMatch(k -> DEMANDS.contains(tk.get(k).stem())) && IntStream.range(Math.max(0, i - 12), i)
                    .noneMatch(k -> tk.get(k).normMatches("[;.]|salue|salué|annoncé|annonce"))) {
                accused.addAll(perpetrators(r, w, to));
            }
        }
        // « a affirmé avoir intercepté 40 drones ukrainiens »: whose weapons the words name
        for (PhraseIndex.Match<Lexicon.Term> weapon : r.terms(CKG.WeaponScheme)) {
            if (weapon.from() >= from && weapon.to() < to) {
                r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && m.from() == weapon.to())
                        .findFirst().ifPresent(m -> m.entities().forEach(e -> accused.add(stateOrSelf(e))));
            }
        }
        // « a estimé que la Russie avait délibérément violé l'espace aérien »: who the words say did harm
        for (Mention m : r.mentions()) {
            if (m.from() >= from && m.to() < to && m.namesActor()) {
                int k = m.to();
                // (past a quote that opens on the deed: « que les forces X avaient « rasé » la ville »)
                while (k < to && (BEFORE_THE_DEED.matcher(tk.get(k).norm()).matches() || k > m.to() && tk.get(k).opensQuote())) {
                    k++;
                }
                // (not a passive: « Grozny était alors visée » names a target)
                boolean passive = r.find(m.to(), k, "ete", "etait", "etaient", "est", "sont", "fut", "de") >= 0;
                // (« que les gardes-frontières X avaient ouvert le feu »: firing first is the deed)
                boolean fired = k + 2 < to && tk.get(k).normMatches("ouvert") && tk.get(k + 1).normMatches("le") && tk.get(k + 2).normMatches("feu");
                if (k > m.to() && k < to && (HOSTILE_ACTS.contains(tk.get(k).stem()) || fired) && !passive || blamed(tk, m.to(), to)) {
                    m.entities().stream().filter(e -> !actors.isA(e, CKG.Place)).forEach(e -> accused.add(stateOrSelf(e)));
                }
            }
        }
        // « a demandé à Moscou de rétablir … », « a sommé Bakou de retirer … », « a appelé la Turquie à une désescalade »:
        // the one actor a demand is addressed to is blamed for what it must stop or undo
        for (int i = Math.max(0, from - 12); i < to - 2; i++) {
            if (!URGES.contains(tk.get(i).stem())) {
                continue;
            }
            int at = tk.get(i + 1).normMatches("a|au|aux") ? i + 2 : i + 1;
            int named = at < tk.size() && SentenceParse.ARTICLES.contains(tk.get(at).norm()) ? at + 1 : at;
            // (what it must do follows, past an aside: « à Vladimir Poutine, au téléphone, d'agir »)
            // (each of the actors bidden together: « J'appelle la Russie et le régime syrien à cesser leurs frappes »)
            r.mentions().stream().filter(m -> (m.from() == at || m.from() == named) && m.namesActor() && m.entities().size() == 1)
                    .findFirst().map(m -> joinedActors(r, m)).filter(bidden -> {
                        int end = bidden.get(bidden.size() - 1).to();
                        return end < tk.size() && (tk.get(end).normMatches("de|d'|a")
                                || tk.get(end).is(",") && r.find(end, Math.min(tk.size(), end + 6), "de", "d'") > 0)
                                // (to stop or undo a deed: « d'agir contre … » blames someone else)
                                // (its own deed, not one it is to make others stop: « d'intervenir pour faire cesser les
                                // provocations indiennes » blames India, not whom it asks)
                                && IntStream.range(end, Math.min(tk.size(), end + 10)).takeWhile(k -> !tk.get(k).normMatches("pour|afin"))
                                        .anyMatch(k -> UNDO.contains(tk.get(k).stem()) && !tk.get(k - 1).normMatches("faire|fasse|fassent"));
                    }).ifPresent(bidden -> bidden.forEach(m -> accused.add(sideOf(m.first()))));
        }
        // (a region is no one: « qui lui reproche de soutenir des groupes armés dans la région Amhara »)
        accused.removeIf(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State));
        return accused;
    }

    /*
     * The actor a relative pronoun at {@code que} stands for: named just before it, or before a noun set off in apposition
     * (« les combattants des YPG, la milice kurde qu'… »).
     */
    private static Optional<Mention> antecedent(SentenceReading r, int que) {
        List<Token> tk = r.tokens();
        return r.mentions().stream().filter(m -> m.to() <= que && m.to() >= que - 5 && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                        && (m.to() == que || IntStream.range(m.to(), que).noneMatch(k -> r.mentionAt(k).isPresent()
                                || tk.get(k).normMatches("qui|que|qu'|dont|et|a|ont|est|sont|[;:.]"))))
                .reduce((a, b) -> b);
    }

    /* An actor named once and those joined to it by « et » or commas (« la Russie et le régime syrien », « Kiev, Minsk et Varsovie »). */
    private static List<Mention> joinedActors(SentenceReading r, Mention first) {
        List<Token> tk = r.tokens();
        return joinedInList(tk, first, tk.size(), at -> {
            int named = SentenceParse.ARTICLES.contains(tk.get(at).norm()) ? at + 1 : at;
            return r.mentions().stream().filter(m -> (m.from() == at || m.from() == named || m.from() == named + 1
                    && m.kind() == Mention.Kind.DEMONYM) && m.namesActor() && m.entities().size() == 1).findFirst();
        });
    }

    /**
     * {@code first} and the mentions a list joins to it before token {@code to} (« X, Y et Z »): after each comma or « et »,
     * {@code nextAt} finds the next one from the token that follows; the list ends after « et » or where it finds none.
     */
    private static List<Mention> joinedInList(List<Token> tk, Mention first, int to, java.util.function.IntFunction<Optional<Mention>> nextAt) {
        List<Mention> joined = new ArrayList<>(List.of(first));
        for (Mention last = first; last.to() + 1 < to && (tk.get(last.to()).is("et") || tk.get(last.to()).is(",")); ) {
            boolean and = tk.get(last.to()).is("et");
            Optional<Mention> next = nextAt.apply(last.to() + 1);
            if (next.isEmpty()) {
                break;
            }
            joined.add(next.get());
            last = next.get();
            if (and) {
                break;
            }
        }
        return joined;
    }

    /*
     * « la Russie porte l'entière responsabilité de … », « Israël est seul responsable », « la Russie représentait « une
     * menace » »: the words blame the one just named, or call it a threat
     */
    private static boolean blamed(List<Token> tk, int at, int to) {
        int k = at;
        while (k < to && k < at + 5 && !BLAME.matcher(tk.get(k).norm()).matches()) {
            k++;
        }
        return k < to && k < at + 5 && k > at && IntStream.range(at, k).allMatch(i -> BEFORE_THE_BLAME.matcher(tk.get(i).norm()).matches()
                || i > at && tk.get(i).opensQuote());
    }

    /* (compiled once: blamed() reads the words after every actor of every statement) */
    private static final java.util.regex.Pattern BLAME = java.util.regex.Pattern.compile(
            // (« le régime bélarusse était derrière cette opération »: who is behind a deed did it)
            "responsabilite|responsable|responsables|menace|menaces|derriere");
    private static final java.util.regex.Pattern BEFORE_THE_BLAME = java.util.regex.Pattern.compile(
            "porte|portent|portait|portaient|porterait|porteraient|est|sont|etait|etaient|serait|seraient|seul|seule|seuls"
                    + "|l'|la|toute|entiere|pleine|pleinement|entierement|directement|totalement"
                    + "|represente|representent|representait|representaient|constitue|constituent|constituait|reste|demeure"
                    + "|une|un|plus|grande|grave|serieuse|veritable|reelle|directe|«|\"");

    /**
     * « Le Soudan « semble pousser pour enflammer la situation » … », « une « provocation » de l'Inde »: words that call
     * something hostile and name one actor besides the speaker's side accuse that actor (none when they name several).
     */
    Set<Resource> inHostileWords(SentenceReading r, int from, int to, Resource speaker) {
        List<Token> tk = r.tokens();
        boolean hostile = IntStream.range(from, to).anyMatch(i -> callsHostile(tk.get(i).stem()));
        if (!hostile || speaker == null) {
            return Set.of();
        }
        Resource side = stateOrSelf(speaker);
        Set<Resource> named = new LinkedHashSet<>();
        for (Mention m : r.mentions()) {
            if (m.from() >= from && m.to() <= to && m.kind() != Mention.Kind.PLACE) {
                for (Resource e : m.entities()) {
                    Resource who = sideOf(e);
                    if (!who.equals(side) && (actors.isA(who, CKG.State) || actors.isA(who, CKG.Organization) && !actors.isA(who, CKG.NewsAgency)
                            && !actors.isA(who, CKG.InternationalOrganization) && !actors.isA(who, CKG.Alliance))) {
                        named.add(who);
                    }
                }
            }
        }
        return named.size() == 1 ? named : Set.of();
    }

    /** Whether the words in {@code [from, to)}, or the verb that opens them, condemn or call something hostile. */
    private boolean hostile(SentenceReading r, int from, int to) {
        List<Token> tk = r.tokens();
        boolean condemned = r.terms(CKG.SpeechCueScheme).stream().anyMatch(cue -> cue.to() >= from - 3 && cue.to() <= from
                && (CONDEMNS.contains(tk.get(cue.to() - 1).stem()) || CKG.AccusationVerb.equals(cue.values().get(0).cueKind())));
        return condemned || IntStream.range(from, to).mapToObj(i -> tk.get(i).stem()).anyMatch(w -> callsHostile(w)
                || AGGRESSION.contains(w) || HOSTILE_ACTS.contains(w) || CONDEMNS.contains(w));
    }

    /* A word that calls something hostile (« provocation », « illégalement », « unilatérales »). */
    private static boolean callsHostile(String stem) {
        return HOSTILE_WORDS.contains(stem) || MORE_HOSTILE.contains(stem);
    }

    /** Whether the words in {@code [from, to)} speak of peace (« dialogue », « cessez-le-feu ») and call nothing hostile. */
    boolean conciliatory(SentenceReading r, int from, int to) {
        List<Token> tk = r.tokens();
        return !hostile(r, from, to) && IntStream.range(from, to).anyMatch(i -> CONCILIATORY.contains(tk.get(i).stem()));
    }

    private static final Set<String> CONCILIATORY = FrenchText.stemsOf("dialogue", "paix", "cessez-le-feu", "trêve", "accord",
            "négociation", "négociations", "solidarité", "désescalade", "coopération", "apaisement", "retenue", "calme", "pourparlers");

    private static final Set<String> MORE_HOSTILE = FrenchText.stemsOf("illégal", "illégale", "illégaux", "illégales",
            "illégalement", "unilatéral", "unilatérale", "unilatérales", "unilatéraux", "déstabiliser", "déstabilisation",
            "responsabilité", "responsable", "responsables", "mensonge", "mensonges", "accuse", "accusé", "accusée", "accusés", "accusant", "reproche",
            "tensions", "expansionniste", "expansionnisme", "belliqueux", "belliqueuse", "piraterie", "pirates", "violer");

    private static final Set<String> HOSTILE_WORDS = FrenchText.stemsOf("provocation", "provocations", "agression", "agressif",
            "agressive", "hostile", "hostiles", "escalade", "ingérence", "irresponsable", "inacceptable", "inacceptables",
            "menace", "menaces", "violation", "violations", "crime", "crimes", "enflammer", "terroriste", "terroristes",
            // (« « un acte de terrorisme d'État avec prise d'otages », estimant que les dirigeants géorgiens … »)
            "terrorisme", "otages", "chantage", "scandaleux", "scandaleuse", "barbare", "barbarie", "criminel", "criminelle",
            "agresseur", "génocide",
            // (« s'abstenir de toute action provocatrice »)
            "provocateur", "provocatrice", "provocateurs", "provocatrices");

    /**
     * The actor a noun phrase starting at {@code from} makes the author of what it names: a demonym
     * after its noun (« une « agression » turque »), a complement with « de » or « par » (« le
     * comportement de Pékin », « une violation … par la Russie »). The phrase ends at a comma or at
     * a preposition that names a victim or a setting (« l'attaque contre l'ambassade »), and the harm
     * a phrase counts (« la mort de trois soldats arméniens ») names its victims, not its author. A compound
     * demonym names every state in it (« l'intervention franco-britannique » is France's and Britain's).
     */
    private List<Resource> perpetrators(SentenceReading r, int start, int to) {
        List<Token> tk = r.tokens();
        // (the deed past where it was condemned: « a dénoncé à la tribune de l'Assemblée l'intervention franco-britannique »)
        int from = start;
        if (start < to && tk.get(start).normMatches("a|au|aux|devant")) {
            from = IntStream.range(start + 2, Math.min(to, start + 9)).filter(j -> tk.get(j).normMatches("le|la|l'|les|un|une")
                    && !tk.get(j - 1).normMatches("de|d'|a|,")).findFirst().orElse(start);
        }
        int end = from;
        boolean quoted = false;
        while (end < to && end < from + 24 && (quoted
                || !tk.get(end).normMatches(",|;|contre|envers|sur|a|au|aux|en|dans|que|qui|pour|apres|lors"))) {
            // (a quotation inside the phrase is words about it: « une action « préméditée et planifiée » de … »)
            quoted = tk.get(end).opensQuote() || quoted && !ClaimFinder.CLOSE.contains(tk.get(end).surface());
            end++;
        }
        int head = from;
        while (head < end && !tk.get(head).isWord() || head < end && tk.get(head).normMatches("le|la|l'|les|un|une|des|du|ce|cette|ces|son|sa|ses|leur|leurs")) {
            head++;
        }
        if (head >= end || VICTIMS.contains(tk.get(head).stem())) {
            return List.of();
        }
        // « par X » anywhere in the phrase; else a demonym on the head (past quotes and adjectives); else
        // the first complement with « de », if an actor (« une violation de l'espace aérien » names none).
        int noun = head;
        int par = r.find(head + 1, end, "par");
        Optional<Mention> author = par >= 0 ? actorAt(r, par + 1, end) : Optional.empty();
        if (author.isEmpty()) {
            int de = r.find(head + 1, end, "de", "du", "des", "d'");
            int until = de >= 0 ? de : end;
            author = r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && m.from() > noun && m.from() <= noun + 3
                    && m.to() <= until).findFirst();
            if (author.isEmpty() && de >= 0) {
                author = actorAt(r, de + 1, end);
            }
        }
        // (« une agression de la France, de la Grande-Bretagne et des États-Unis »: each of the authors a list joins)
        List<Mention> authors = author.filter(m -> m.kind() != Mention.Kind.DEMONYM).map(m -> listed(r, m, to)).orElse(author.stream().toList());
        return authors.stream().flatMap(m -> m.kind() == Mention.Kind.DEMONYM && tk.get(m.from()).surface().contains("-")
                        ? m.entities().stream() : java.util.stream.Stream.of(m.first()))
                .map(this::stateOrSelf).distinct().toList();
    }

    /* An actor named as a complement and those a list then joins to it (« de la France, de la Grande-Bretagne et des États-Unis »). */
    private List<Mention> listed(SentenceReading r, Mention first, int to) {
        List<Token> tk = r.tokens();
        return joinedInList(tk, first, to, at -> {
            int de = at < to && tk.get(at).normMatches("de|du|des|d'") ? at + 1 : at;
            int named = de < to && SentenceParse.ARTICLES.contains(tk.get(de).norm()) ? de + 1 : de;
            return r.mentions().stream().filter(m -> (m.from() == de || m.from() == named) && m.to() <= to
                    && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                    && m.entities().stream().noneMatch(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State))).findFirst();
        });
    }

    /** The actor first named after {@code from}, with those a list joins to it (« X, Y et Z »). */
    List<Resource> after(SentenceReading r, int from, int until) {
        // « a reproché à son homologue russe une violation … »: the counterpart, named by the demonym of their state
        List<Token> tk = r.tokens();
        int c = from < until && tk.get(from).normMatches("a|aux") ? from + 1 : from;
        if (c + 2 < until && TriggerContext.counterpartAt(tk, c)) {
            Optional<Mention> state = r.mentions().stream().filter(m -> m.from() == c + 2 && m.kind() == Mention.Kind.DEMONYM).findFirst();
            if (state.isPresent()) {
                return List.copyOf(state.get().entities());
            }
        }
        List<Mention> after = r.mentions().stream().filter(m -> m.from() >= from && m.from() < until && m.namesActor()
                && m.entities().stream().noneMatch(e -> actors.isA(e, CKG.Place) && !actors.isA(e, CKG.State)
                        && actors.lexicon().stateOfCapital(e).isEmpty())).toList();
        List<Resource> accused = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Mention m = after.get(i);
            if (i > 0) {
                Mention previous = after.get(i - 1);
                int gap = m.from() - previous.to();
                boolean joined = gap >= 1 && gap <= 2 && r.tokens().get(previous.to()).normMatches(",|et")
                        && (gap == 1 || SentenceParse.ARTICLES.contains(r.tokens().get(previous.to() + 1).norm()));
                if (!joined) {
                    break;
                }
            }
            accused.addAll(m.entities());
        }
        return accused;
    }

    /* An actor named at {@code at}, or after an article there. */
    private Optional<Mention> actorAt(SentenceReading r, int at, int end) {
        int from = at < end && SentenceParse.ARTICLES.contains(r.tokens().get(at).norm()) ? at + 1 : at;
        // (« de la partie chinoise », « du côté azerbaïdjanais »: a side named by its demonym)
        boolean side = from < end && r.tokens().get(from).normMatches("partie|cote|camp");
        return r.mentions().stream().filter(m -> m.to() <= end && ((m.from() == at || m.from() == from) && m.namesActor()
                || side && m.from() == from + 1 && m.kind() == Mention.Kind.DEMONYM)).findFirst();
    }

    private Resource stateOrSelf(Resource actor) {
        return actors.stateOrSelf(actor);
    }

    /** The side an actor named in a statement stands for: a capital's state (« Moscou »), a body's state, else itself. */
    Resource sideOf(Resource actor) {
        return actors.lexicon().stateOfCapital(actor).orElseGet(() -> stateOrSelf(actor));
    }

    /* Auxiliaries and adverbs between a doer and the deed (« avait délibérément violé »): compiled once, read per word. */
    private static final java.util.regex.Pattern BEFORE_THE_DEED = java.util.regex.Pattern.compile(
            ClaimFinder.AUXILIARIES + "|deliberement|sciemment|volontairement|de|nouveau");
    /* Verbs of urging someone to do something (« demander à X de », « sommer X de », « appeler X à »). */
    private static final Set<String> URGES = FrenchText.stemsOf("demandé", "demande", "demandent", "demandant", "sommé", "somme",
            "somment", "sommant", "appelé", "appelle", "appellent", "appelant", "exhorté", "exhorte", "exhortent", "exhortant",
            "enjoint", "enjoignant");

    /* What one is urged to do that blames one: stop, withdraw, undo. */
    private static final Set<String> UNDO = FrenchText.stemsOf("cesser", "arrêter", "retirer", "mettre", "rétablir", "libérer",
            "respecter", "renoncer", "stopper", "quitter", "évacuer", "restituer", "désescalade", "annuler", "relâcher");

    /* What a speaker condemns is someone's deed (the participle after the auxiliary, or the present). */
    private static final Set<String> CONDEMNS = FrenchText.stemsOf("condamné", "condamne", "condamnent", "dénoncé",
            "dénonce", "dénoncent", "fustigé", "fustige", "critiqué", "critique", "déploré", "déplore", "stigmatisé", "vilipendé",
            // (whose words or deeds one rejects: « rejetant les prétextes … avancés par Alger »)
            "rejeté", "rejette", "rejettent", "rejetant", "dénonçant", "condamnant", "fustigeant", "critiquant");
    /* Hostile deeds: whoever does them (« X a violé », « abattu par X ») is accused by who tells it. */
    private static final Set<String> HOSTILE_ACTS = FrenchText.stemsOf("abattu", "abattue", "abattus", "visé", "visée", "visés",
            "tué", "tués", "tuée", "tuées", "bombardé", "bombardée", "bombardés", "attaqué", "attaquée", "attaqués", "frappé",
            "frappée", "frappés", "touché", "touchée", "touchés", "pilonné", "pilonnés", "pilonnée", "ciblé", "ciblée", "ciblés", "ciblées",
            "violé", "violée", "violés", "agressé", "agressée", "envahi", "envahie", "envahis", "provoqué", "saboté", "orchestré", "tirés",
            "tirées",
            // (« les forces X avaient rasé le village », « auraient incendié des maisons »)
            "rasé", "rasée", "rasés", "incendié", "incendiée", "incendiés", "pillé", "pillée", "pillés");
    /* Weapons « lancés par X » are X's. */
    private static final Set<String> LAUNCHED = FrenchText.stemsOf("lancé", "lancés", "lancée", "lancées");
    private static final Set<String> AGGRESSION = FrenchText.stemsOf("agression", "agressions", "provocation",
            "provocations", "attaque", "attaques", "ingérence", "occupation", "invasion", "violation", "violations", "incursion",
            "incursions", "chantage", "piraterie");
    private static final java.util.regex.Pattern AGGRESSION_VERB = java.util.regex.Pattern.compile(
            "(viol|occup|agress|provoqu|envah)(er|e|ee|es|ees|ait|aient|ent|ant|i|ie|is|ies)");
    /* A withdrawal or departure demanded: its complement names whose forces must go. */
    private static final Set<String> WITHDRAWAL = FrenchText.stemsOf("retrait", "départ", "évacuation");
    /* Verbs of demanding (« a exigé », « réclament », « en demandant »). */
    private static final Set<String> DEMANDS = FrenchText.stemsOf("exigé", "exige", "exigent", "exigeant", "réclamé", "réclame",
            "réclament", "réclamant", "demandé", "demande", "demandent", "demandant");
    /* Nouns that count a harm: their complement is who suffered it. */
    private static final Set<String> VICTIMS = FrenchText.stemsOf("mort", "morts", "décès", "victimes", "blessés",
            "pertes", "disparition", "souffrances", "sort", "détention", "arrestation", "libération");
}
