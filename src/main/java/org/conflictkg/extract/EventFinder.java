package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

import static org.conflictkg.extract.TriggerContext.*;

/**
 * Finds events in a segment of a sentence from the trigger words of the lexicon, and fills in
 * their roles from the French around them: « par X » is the attacker; « contre X », « en direction
 * de X », or the subject of « subir » / « soumis à » is the target; place phrases, weapons and
 * outcomes in the segment; the date when the text gives one.
 */
final class EventFinder {
    private static final Set<String> ATTACK_VERBS = FrenchText.stemsOf("mené", "mènent", "lancé", "lancent", "effectué", "conduit",
            "conduisent", "ouvert", "ouvrent", "bombardé", "bombardent", "utilisé", "utilisent", "pilonné", "pilonnent", "attaqué",
            "attaquent", "frappé", "frappent", "tiré", "tirent", "employé", "emploient", "intensifié", "pris", "étendu", "multiplié", "poursuivi", "repris",
            // (the feminine participles whose stems keep their -ée: « l'offensive que l'Azerbaïdjan a lancée »)
            "menée", "menées", "lancée", "lancées", "frappée", "frappées", "tirée", "tirées",
            // (the present and the imperfect, whose stems the light stemmer does not always fold into the participle's:
            // « des commandos indonésiens multiplient les incursions », « l'armée turque multipliait les frappes », « l'aviation
            // effectuait des raids », « l'armée russe attaque Kharkiv », « les forces serbes reprennent l'offensive »)
            "mène", "menait", "lance", "lançait", "effectue", "effectuent", "effectuait", "effectuaient", "conduisait",
            "bombarde", "bombardait", "utilise", "utilisait", "pilonne", "pilonnait", "attaque", "attaquait", "attaquaient",
            "frappe", "frappait", "tire", "tirait", "emploie", "employait", "intensifie", "intensifient", "intensifiait",
            "intensifiaient", "multiplie", "multiplient", "multipliait", "multipliaient", "prend", "prennent", "prenait", "prenaient",
            "étend", "étendent", "poursuit", "poursuivent", "poursuivait", "poursuivaient", "reprend", "reprennent", "reprenait",
            "reprenaient",
            // (« des soldats chinois ont tendu une embuscade à une patrouille soviétique »)
            "tendu", "tendent", "tend", "tendait", "tendaient");
    /* What forces have and an attack strikes: vessels, craft, units, positions (« des bâtiments des garde-côtes vietnamiens »). */
    private static final java.util.regex.Pattern HELD_BY_FORCES = java.util.regex.Pattern.compile(
            "(navire|batiment|vedette|patrouilleur|position|unite|poste|convoi|vehicule|avion|appareil|helicoptere|base|camp)s?|bateaux?");
    private static final Set<String> ASCRIBE = FrenchText.stemsOf("attribue", "attribué", "attribuent", "attribuant", "impute",
            "imputé", "imputent", "imputant");
    /* Words that count or introduce what is sent: « des milliers de », « plusieurs », « quelque 1 400 ». */
    private static final String COUNTING_WORDS = "des|de|d'|du|plusieurs|quelque|quelques|pres|environ|milliers|centaines"
            + "|dizaines|millier|centaine|dizaine|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|douze|cent|mille|nouveaux"
            // (« une cinquantaine de garde-frontières », « une vingtaine de navires »)
            + "|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|vingtaines|trentaines|cinquantaines"
            + "|nouvelles|importants|importantes|ses|leurs|sa|son";
    /* Ships, craft and formations an actor sends (the lexicon's heads and weapons name the others). */
    private static final Set<String> SENT_FORCES = Set.of("navires", "navire", "batiments", "batiment", "fregates", "fregate",
            "porte-avions", "destroyers", "destroyer", "sous-marins", "vedettes", "renforts", "hommes", "divisions", "brigades",
            "bataillons", "unites", "colonnes", "avions", "chasseurs", "bombardiers", "blindes", "vehicules",
            // (and the ships a crew boards: « ont abordé un patrouilleur », « l'abordage d'un bateau de pêche »)
            "bateau", "bateaux", "patrouilleur", "patrouilleurs", "vedette", "corvette", "corvettes", "chalutier", "chalutiers",
            "embarcation", "embarcations", "garde-cotes", "petrolier", "petroliers", "cargo", "cargos");
    private static final Set<String> SUFFER = FrenchText.stemsOf("subir", "subi", "subissent", "soumis", "soumise", "victime",
            "victimes", "visé", "visée", "visés", "essuyé", "essuient", "essuyaient", "ciblé", "ciblée", "ciblés");
    private static final Set<String> HARMED = FrenchText.stemsOf("tué", "tués", "tuée", "tuées", "blessé", "blessés", "blessée",
            "blessées", "touché", "touchés", "touchée", "touchées");
    private static final Set<String> STRIKES = FrenchText.stemsOf("touché", "touchée", "frappé", "frappée", "blessé", "blessés",
            "tué", "tués", "tuée", "tuées", "blessée", "blessées", "détruit", "détruite", "endommagé", "endommagée", "atteint",
            "atteinte", "visé", "visée",
            // (« un engin explosif a détoné au passage d'une patrouille »)
            "explosé", "détoné", "sauté");
    private static final Set<String> TARGET_NOUNS = FrenchText.stemsOf("positions", "cibles", "objectifs", "bases", "convoi",
            "camps", "bastion", "fief", "poste", "véhicules", "navire", "avions", "drone", "patrouille", "caserne", "dépôt",
            "installations", "infrastructures", "sites", "entrepôts", "bureaux", "résidence", "aérodromes", "aéroports", "garnison",
            // (people and things struck: « un autobus qui transportait des volontaires arméniens », « des villages azerbaïdjanais »)
            "volontaires", "civils", "villages", "localités", "habitants", "pêcheurs", "autobus", "véhicule", "ambulance",
            "maisons", "quartiers", "hôpital", "école", "usine", "marins", "équipage", "colonne", "tranchées", "lignes", "batteries");
    /* Those who meet for an organisation (« une réunion des ministres de la Défense de la SADC »), normalized. */
    private static final Pattern PEERS = Pattern.compile("ministres|chefs|dirigeants|delegues|representants|ambassadeurs|membres"
            + "|presidents|responsables");
    private static final Set<String> CONTRE = FrenchText.stemsOf("contre");
    private static final Set<String> DIRECTION = FrenchText.stemsOf("direction");
    // (« en marge de l'Assemblée générale de l'ONU, X a rencontré Y »: the occasion takes no part either)
    private static final Set<String> SUMMIT = FrenchText.stemsOf("sommet", "marge");
    // (and who witnesses or hosts: « en présence du président algérien », « à l'invitation de l'empereur »)
    // (and who presses for it: « sous la pression de Washington, Ankara et Athènes ont accepté un cessez-le-feu »)
    private static final Set<String> BROKERING = FrenchText.stemsOf("égide", "auspices", "médiation", "parrainage", "entremise",
            "présence", "invitation", "offices", "pression");
    // (but whom a meeting or a call is held in the presence of takes part in it: « ont eu un long entretien en présence des
    // présidents équatorien et uruguayen »; only an agreement's witness signs nothing)
    private static final Set<String> PRESENCE = FrenchText.stemsOf("présence");
    /* Participles of who brokers, authors, wins or judges an agreement, its agent after « par » no party, normalized. */
    private static final Pattern BROKERED = Pattern.compile("(negocie|parraine|facilite|mediatise|soutenu|propose|presente|elabore|redige"
            + "|prepare|salue|condamne|critique|denonce|rejete|obtenu|arrache|impose|exige|reclame)(e|s|es)?");
    /* A civility title before a name (« M. Cameron », « Mme Merkel »), normalized: no word of a list of parties. */
    private static final Pattern CIVILITY = Pattern.compile("m|mm|mme|mmes|mlle|m\\.|mm\\.");
    /* What may stand between the items of a list of parties (« , et de son homologue russe, »), normalized. */
    private static final Pattern LIST_GLUE = Pattern.compile(",|et|de|d'|du|des|la|le|l'|les|son|sa|ses|leur|leurs");
    /* The verb or auxiliary right after the subject of a clause of its own (« , et M. Trump a suspendu »), normalized. */
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile("a|ont|avait|avaient|aurait|auraient|est|sont|etait|etaient"
            + "|sera|seront|s'|se|n'|ne");
    private static final Set<String> SIGNING = FrenchText.stemsOf("signé", "signer", "conclu", "conclure", "paraphé", "approuvé",
            "approuver", "ratifié", "ratifier", "accepté", "adopté", "signée", "signées", "conclue", "ratifiée", "adoptée", "approuvée");
    private static final Set<String> AGGRESSION = FrenchText.stemsOf("action", "actions", "attaque", "attaques", "agression",
            "provocation", "offensive", "frappe", "frappes", "tir", "tirs", "bombardement", "bombardements", "raid", "raids",
            "incursion", "incursions");
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("\\p{L}+(é|ée|és|ées)");
    private static final Pattern HELP = Pattern.compile("aides?|appuis?|soutiens?|assistance|secours|interventions?|protection");
    private static final Pattern PARTNERS = Pattern.compile("partenaires|allies|alliees|amis|voisins|parrains|protecteurs");
    private static final Set<String> APPEAL_END = Set.of("face", "concernant", "contre", "afin", "pour", "raison", "suite", "apres");
    private static final Set<String> TOPIC = FrenchText.stemsOf("discuté", "discuter", "évoqué", "évoquer", "abordé", "aborder",
            "examiné", "examiner", "parlé", "parler", "porté", "porter");
    private static final Pattern DIRECTIONS = Pattern.compile("\\bdans (?:\\p{L}+ )?(?:directions?|secteurs?|zones?)\\b|\\b(?:le long de|a|sur) la (?:frontiere|ligne de contact)(?: (?:entre|avec) [\\p{L}' -]+?)?(?=,|$)");

    private final Actors actors;
    private final String text;
    private final EventDates dates;
    /* Craft the report named by model with their state (« un bombardier russe Su-24 »), for « le Su-24 » later on. */
    private final java.util.Map<String, Resource> craftOwners = new java.util.HashMap<>();
    /* The sentence read last and the actor opening it, and the one opening the sentence before (« À sa demande » after it). */
    private org.conflictkg.report.Sentence current;
    private Resource currentSubject;
    private Resource previousSubject;

    EventFinder(Actors actors, String text, Optional<LocalDate> published) {
        this.actors = actors;
        this.text = text;
        this.dates = new EventDates(text, published);
    }

    List<Extraction.Event> find(SentenceReading r, int from, int to) {
        // « Des frappes de l'armée ont touché Khartoum, tandis que les FSR ont pilonné Omdurman »: two
        // clauses joined by « tandis que », « alors que » or « ; », each with its own incident, are read apart.
        int contrastAt = contrast(r, from, to);
        if (contrastAt > from) {
            List<Extraction.Event> both = new ArrayList<>(find(r, from, contrastAt));
            both.addAll(find(r, contrastAt, to));
            return both;
        }
        rememberCraft(r);
        rememberSubject(r);
        List<PhraseIndex.Match<Lexicon.Term>> triggers = r.terms(CKG.EventTriggerScheme).stream()
                .filter(t -> t.from() >= from && t.to() <= to && t.values().get(0).evokes() != null)
                // « des avions de combat suédois »: a trigger word inside a weapon's name is no event
                .filter(t -> r.terms(CKG.WeaponScheme).stream().noneMatch(w -> w.from() <= t.from() && t.to() <= w.to()
                        && w.to() - w.from() > t.to() - t.from()))
                // (« les FDS se sont retrouvées seules face à l'armée turque »: finding oneself alone, cornered, is no meeting)
                .filter(t -> !(r.tokens().get(t.to() - 1).norm().startsWith("retrouv") && t.to() < r.tokens().size()
                        && r.tokens().get(t.to()).normMatches("seule?s?|isolee?s?|face|prise?s?|coincee?s?|privee?s?|sans|demunie?s?|confrontee?s?|contrainte?s?")))
                // (« abattus … par des missiles tirés depuis un navire »: a participle right after the weapon of another event,
                // its instrument, describes that weapon)
                .filter(t -> !(PAST_PARTICIPLE.matcher(r.tokens().get(t.from()).surface()).matches() && t.to() - t.from() == 1
                        && r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.to() == t.from() && w.from() > 1
                                && r.tokens().get(w.from() - 1).normMatches("des|de|d'|un|une|les")
                                && r.tokens().get(w.from() - 2).is("par"))))
                // « un cessez-le-feu négocié par les États-Unis »: a participle right after another trigger describes it
                .filter(t -> !(PAST_PARTICIPLE.matcher(r.tokens().get(t.from()).surface()).matches() && t.to() - t.from() == 1
                        && r.terms(CKG.EventTriggerScheme).stream().anyMatch(o -> o.to() == t.from())))
                // « ne conclurait aucun accord », « sans adopter de déclaration », « n'a pas bombardé »: no event
                .filter(t -> !negated(r.tokens(), t.from()))
                // « lui demander de se réunir », « menace de bombarder »: an infinitive tells of no event
                .filter(t -> !infinitive(r.tokens(), t)
                        || TriggerContext.attempted(r.tokens(), t) && actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Incident))
                .filter(t -> !futureOrConditional(r.tokens(), t) && !objectOfFutureVerb(r.tokens(), t)
                        && !TriggerContext.objectOfIntendedVerb(r.tokens(), t.from()))
                // « une résolution appelant à un cessez-le-feu », « réclame des négociations »: an agreement or a
                // meeting called for has not happened (an attack called to stop has); nor one kept from happening, « pour faire
                // dérailler l'adhésion » (an attack blocked has; and asking for consultations under a treaty is the appeal itself,
                // « a demandé des consultations en vertu de l'article 4 »)
                // (but a deployment called for has not happened either: « ont réclamé la mobilisation générale », « demande
                // l'envoi de troupes »)
                .filter(t -> actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Incident)
                                && !(actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Deployment)
                                        && TriggerContext.calledFor(r.tokens(), t.from()))
                        || (actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.AssistanceRequest) || !TriggerContext.calledFor(r.tokens(), t.from()))
                                && !TriggerContext.prevented(r.tokens(), t.from()))
                .filter(t -> !TriggerContext.planned(r.tokens(), t.from()))
                // « la rencontre a bien failli tourner à l'affrontement », « on a frôlé l'affrontement »: an event that nearly
                // happened did not
                .filter(t -> !TriggerContext.nearlyHappened(r.tokens(), t.from()))
                // « une aide qui ne vaudrait qu'en cas d'agression »: an event that may come is none
                .filter(t -> !TriggerContext.hypothetical(r.tokens(), t.from()))
                // « le déploiement d'observateurs », « les efforts déployés pour éviter une escalade »: what is deployed is no
                // force (unarmed observers, efforts)
                .filter(t -> !(actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Deployment)
                        && TriggerContext.unarmedDeployed(r.tokens(), t)))
                // « a appelé au calme et à la retenue »: a call to calm asks for no help
                .filter(t -> !(actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.AssistanceRequest)
                        && TriggerContext.callToCalm(r.tokens(), t.from()) >= 0))
                // « déployée depuis le cessez-le-feu de novembre 2020 »: an event named as a point in time
                .filter(t -> !(t.from() > 1 && r.tokens().get(t.from() - 2).is("depuis")
                        && SentenceParse.ARTICLES.contains(r.tokens().get(t.from() - 1).norm())))
                // « dans un entretien à la télévision publique », « un entretien accordé à l'AFP »: an interview
                // (not where it was held: « avait eu un long entretien à Téhéran avec le président russe »; nor one that a plural
                // subject had, which they had together: « X et son homologue Y ont eu un entretien à la frontière »)
                .filter(t -> !(r.tokens().get(t.from()).normMatches("entretiens?") && t.to() < r.tokens().size()
                        && !(t.from() > 2 && r.tokens().get(t.from() - 1).normMatches("un|de|d'|des") && r.tokens().get(t.from() - 2).is("eu")
                                && r.tokens().get(t.from() - 3).normMatches("ont|avaient|auront|auraient"))
                        && r.tokens().get(t.to()).normMatches("a|au|aux|accorde|accordee|televise")
                        && r.mentionAt(t.to() + 1).filter(m -> m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.CAPITAL
                                || m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place))).isEmpty()))
                // « une attaque revendiquée par l'État islamique », « l'attentat, revendiqué par les shebab, »: an incident claimed
                // by those who made it, no land claimed (incident() makes them its attacker)
                .filter(t -> !(actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Dispute) && deedClaimedAt(r, t.from()).isPresent()))
                // « l'accord, négocié par les États-Unis, … »: a participle set off by a comma describes what precedes (a guest
                // too, but that one met the host: « le chancelier, reçu par M. Macron, a plaidé … » tells a meeting)
                .filter(t -> !(t.from() > 0 && r.tokens().get(t.from() - 1).is(",") && t.to() < r.tokens().size()
                        && r.tokens().get(t.to()).is("par") && !t.values().get(0).needsObject().contains(CKG.Person)))
                // (« le Mali vise à reprendre Kidal »: a trigger written as a participle, « visé », « stationnés », is read in
                // participles only, not in the other forms of its verb the light stemmer gives the same stem)
                .filter(t -> !PAST_PARTICIPLE.matcher(t.values().get(0).label()).matches() || t.to() - t.from() > 1
                        || PAST_PARTICIPLE.matcher(r.tokens().get(t.from()).surface().toLowerCase(java.util.Locale.ROOT)).matches())
                .filter(t -> t.values().get(0).needsObject().isEmpty() || hasObject(r, t))
                .filter(t -> t.values().get(0).needsSubject().isEmpty() || actorRightBefore(r, t.from(), t.values().get(0).needsSubject()))
                // (« le Parlement bulgare a approuvé », « le Sénat avait donné son feu vert »: an approval is an agreement, a
                // ratification, only when a legislature gives it; a government's or a cabinet's approval of a ceasefire or a plan
                // is no agreement of its own)
                .filter(t -> !(actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Agreement)
                        && t.values().get(0).needsSubject().contains(CKG.GovernmentBody))
                        || legislatureRightBefore(r, t.from()) && !domesticMeasureNear(r.tokens(), t.from(), t.to()))
                // (« des personnalités maliennes visées par des mandats d'arrêt »: the participle of an attack right after its noun
                // describes it; the actor that aimed has its auxiliary, « l'armée de l'air saoudienne a également visé Saada »;
                // forces in place are told by the bare participle, « les militaires français stationnés à Djibouti »)
                .filter(t -> t.values().get(0).needsSubject().isEmpty()
                        || !actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Incident)
                        || actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.Deployment)
                        || IntStream.range(Math.max(0, t.from() - 3), t.from()).anyMatch(k -> r.tokens().get(k).normMatches("a|ont|avait|avaient|aurait|auraient"))
                        // (« les troupes sont entrées dans la ville »: a trigger that opens with its own auxiliary is a verb)
                        || r.tokens().get(t.from()).normMatches("sont|est|etaient|etait"))
                // « des unités libyennes, appuyées par des tirs d'artillerie, ont lancé un raid »: the support of another
                // attack is no event of its own (its weapons are the attack's), when that attack follows
                .filter(t -> !(supporting(r.tokens(), t.from()) && r.terms(CKG.EventTriggerScheme).stream().anyMatch(o -> o.from() > t.to()
                        && actors.lexicon().isSubClass(o.values().get(0).evokes(), CKG.Incident))))
                .toList();
        List<Extraction.Event> events = new ArrayList<>();
        Extraction.Event incident = null;
        PhraseIndex.Match<Lexicon.Term> incidentTrigger = null;
        List<Extraction.Event> extra = new ArrayList<>();
        List<PhraseIndex.Match<Lexicon.Term>> extraTriggers = new ArrayList<>();
        // (the incident's kind told again in the sentence: « les combats ont été les plus acharnés : …, la Garde nationale et
        // les troupes turques se sont affrontées »)
        List<PhraseIndex.Match<Lexicon.Term>> sameKind = new ArrayList<>();
        Extraction.Event appeal = null;
        List<Extraction.Event> others = new ArrayList<>();
        java.util.Map<Extraction.Event, PhraseIndex.Match<Lexicon.Term>> triggerOf = new java.util.HashMap<>();
        for (PhraseIndex.Match<Lexicon.Term> t : triggers) {
            Resource cls = t.values().get(0).evokes();
            if (actors.lexicon().isSubClass(cls, CKG.Incident)) {
                // « des affrontements …, avec des bombardements »: the first trigger names the incident.
                if (incident == null) {
                    incident = start(events, r, t);
                    incident.types.add(cls);
                    incidentTrigger = t;
                } else if (participleAside(r.tokens(), t)) {
                    // « l'armée a lancé une offensive contre la ville, la pilonnant à l'artillerie »: a present participle set
                    // off by a comma, with no subject of its own, tells how the incident before it was carried out, not another
                    // one (its weapons and places are that incident's: its roles run to the sentence's end)
                    continue;
                } else if ((incident.types.stream().noneMatch(c -> actors.lexicon().isSubClass(c, cls) || actors.lexicon().isSubClass(cls, c))
                                // (« des paramilitaires russes sont déployés au Mali, et des instructeurs russes sont arrivés à
                                // Niamey »: one of the same kind with a subject of its own in a later clause is another)
                                || subjectOfItsOwn(r, t, clause(r, t, from, to)[0], incidentTrigger))
                        && clause(r, t, from, to)[0] > incidentTrigger.to()
                        && extra.stream().noneMatch(x -> x.types.contains(cls))) {
                    // « des soldats de la force, déployée dans la région…, ont été tués lorsque leur véhicule a
                    // essuyé des tirs »: an incident of another kind in a later clause is another incident
                    Extraction.Event other = start(events, r, t);
                    other.types.add(cls);
                    extra.add(other);
                    extraTriggers.add(t);
                } else if (incident.types.stream().anyMatch(c -> c.equals(cls))) {
                    sameKind.add(t);
                }
            } else if (actors.lexicon().isSubClass(cls, CKG.AssistanceRequest)) {
                appeal = appeal == null ? start(events, r, t) : appeal;
                appeal.types.add(cls);
                addressees(r, appeal, t.to(), to);
                // (« a appelé la France à la rescousse »: whom the appeal's words are split around)
                Extraction.Event asked = appeal;
                // (not when the phrase needs its addressee after it: « a porté ses griefs contre le Togo devant l'ONU », « une
                // plainte contre X auprès du Conseil » name in between the matter, not whom it is brought to)
                int splitEnd = t.values().get(0).needsObject().isEmpty() ? t.to() : t.from() + 1;
                actorsIn(r, t.from() + 1, splitEnd).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM && m.to() < t.to())
                        .forEach(m -> asked.addressees.addAll(m.entities()));
            } else {
                // One event per kind: « un accord de cessez-le-feu » is one ceasefire, but « ils se sont
                // rencontrés et sont convenus de … » is a meeting and an agreement.
                // A kind and its sub-kind are one event when their words stand together (« accord de
                // cessez-le-feu »), two apart (« avait rejoint l'OTAN …, après la ratification de son adhésion »).
                Extraction.Event same = others.stream().filter(o -> o.types.stream().anyMatch(c -> c.equals(cls)
                        || (actors.lexicon().isSubClass(c, cls) || actors.lexicon().isSubClass(cls, c))
                            && Math.abs(triggerOf.get(o).from() - t.from()) <= 4)).findFirst().orElse(null);
                // « s'est entretenu par téléphone avec X, avant d'appeler son homologue turque, Y »: a second call, by the
                // subject of the first, with whom its own verb names
                // (« a été reçu lundi à Moscou par Sergueï Lavrov, avant de se rendre à Téhéran pour rencontrer le président
                // iranien »: and a meeting its subject went on to, after « pour » or « afin de »)
                int inf = t.from() > 0 && r.tokens().get(t.from() - 1).normMatches("s'|se|y") ? t.from() - 1 : t.from();
                boolean nextCall = same != null && inf > 1 && (r.tokens().get(inf - 1).normMatches("de|d'")
                        && r.tokens().get(inf - 2).normMatches("avant|afin") || r.tokens().get(inf - 1).is("pour"));
                // (« s'est rendu à Paris, où il a rencontré X, puis à Berlin, où il a été reçu par Y », « a eu un entretien avec X,
                // avant de gagner Rome pour y être reçu par Y »: a meeting or call told again past « puis » or « avant de » that
                // opens a clause of its own, a relative « où » or « pour », is the subject's next one, with whom that verb names)
                nextCall = nextCall || same != null && (actors.lexicon().isSubClass(cls, CKG.Meeting) || actors.lexicon().isSubClass(cls, CKG.PhoneCall))
                        && nextStop(r.tokens(), triggerOf.get(same).to(), t.from());
                if (same != null && !nextCall) {
                    if (same.types.stream().allMatch(c -> actors.lexicon().isSubClass(cls, c))) {
                        same.types.clear();
                        same.types.add(cls);
                    }
                    // (« la souveraineté sur les îles Hanish est contestée par l'Érythrée et le Yémen »: the second word of a
                    // dispute names the sides the first did not)
                    if (actors.lexicon().isSubClass(cls, CKG.Dispute) && same.participants.isEmpty()) {
                        dispute(r, same, from, t, to);
                    }
                    // (« Erdogan, en visite officielle en Russie depuis lundi, a rencontré Vladimir Poutine »: whom the second
                    // word of a meeting or call names, its verb's object, takes part in the one the first word told with a
                    // single party; « où il a rencontré X et Y, puis à Ankara, où il a été reçu par Z » is another meeting)
                    if ((actors.lexicon().isSubClass(cls, CKG.Meeting) || actors.lexicon().isSubClass(cls, CKG.PhoneCall))
                            && t.from() - triggerOf.get(same).to() > 4 && same.participants.size() == 1) {
                        Extraction.Event told = new Extraction.Event();
                        told.types.addAll(same.types);
                        meetingOrAgreement(r, told, from, t, partiesEnd(r, triggers, t, to), -1, -1);
                        same.participants.addAll(told.participants);
                    }
                    continue;
                }
                Extraction.Event other = start(events, r, t);
                other.types.add(cls);
                others.add(other);
                triggerOf.put(other, t);
                if (actors.lexicon().isSubClass(cls, CKG.Dispute) && !nextCall) {
                    dispute(r, other, from, t, to);
                } else {
                    // (and those of the event whose parties stop there are none of its: « s'est entretenu au téléphone avec Joe
                    // Biden, et a rencontré Olaf Scholz » is no meeting with Biden)
                    int othersFrom = -1;
                    int othersTo = -1;
                    for (PhraseIndex.Match<Lexicon.Term> o : triggers) {
                        int end = o.to() <= t.from() ? partiesEnd(r, triggers, o, to) : to;
                        if (end < t.from()) {
                            othersFrom = o.to();
                            othersTo = end;
                        }
                    }
                    events.addAll(meetingOrAgreement(r, other, nextCall ? t.from() : from, t, partiesEnd(r, triggers, t, to),
                            othersFrom, othersTo));
                    // (« X et Y ont jugé inadmissibles les actions des États-Unis lors d'un entretien téléphonique »: a call
                    // told after the verb is the subject's, whoever the words between name)
                    boolean afterTheVerb = t.from() > 3 && r.tokens().get(t.from() - 4).isWord();
                    if (other.participants.isEmpty() && other.types.contains(CKG.Meeting)
                            || afterTheVerb && other.types.contains(CKG.PhoneCall)) {
                        meetingOfTheSubject(r, other, t);
                    }
                }
                if (nextCall) {
                    actorsIn(r, from, triggerOf.get(same).from()).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM).findFirst()
                            .ifPresent(m -> other.participants.addAll(m.entities()));
                }
            }
        }
        // « s'est entretenu jeudi soir par téléphone avec X »: talking over the telephone makes the
        // meeting a call (its parties, split or not, stay those of the meeting's verb)
        for (Extraction.Event call : others.stream().filter(o -> o.types.contains(CKG.PhoneCall)).toList()) {
            List<Extraction.Event> meetings = others.stream().filter(o -> o.types.contains(CKG.Meeting)
                    && Math.abs(triggerOf.get(o).from() - triggerOf.get(call).from()) <= 6).toList();
            if (!meetings.isEmpty()) {
                events.remove(call);
                events.stream().filter(x -> x.types.contains(CKG.Meeting) && meetings.stream().anyMatch(mt -> mt.trigger.equals(x.trigger)))
                        .forEach(x -> {
                            x.types.clear();
                            x.types.add(CKG.PhoneCall);
                        });
            }
        }
        // « les forces tadjikes ont utilisé des chars et des mortiers contre des positions kirghizes »:
        // weapons turned « contre » someone make an attack even with no trigger word.
        if (incident == null && r.find(from, to, "contre") >= 0
                && r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.from() >= from && w.to() <= to)) {
            PhraseIndex.Match<Lexicon.Term> w = r.terms(CKG.WeaponScheme).stream()
                    .filter(x -> x.from() >= from && x.to() <= to).findFirst().orElseThrow();
            incident = start(events, r, w);
            incident.types.add(CKG.Incident);
            incidentTrigger = w;
        }
        // « Une roquette a touché une station-service dans le district de Kantharalak », « l'explosion d'une
        // mine avait blessé cinq soldats »: a weapon that strikes or wounds, as the subject, tells of an
        // attack (Coreference joins it to the one just told with that weapon, which it then describes)
        if (incident == null) {
            Optional<PhraseIndex.Match<Lexicon.Term>> hit = r.terms(CKG.WeaponScheme).stream()
                    .filter(w -> w.from() >= from && w.from() <= from + 10 && w.to() <= to)
                    .filter(w -> r.tokens().subList(w.to(), Math.min(to, w.to() + 4)).stream().anyMatch(x -> STRIKES.contains(x.stem())))
                    .findFirst()
                    // « Une base … a été visée mardi par deux drones »: a weapon as the agent of a passive strike
                    .or(() -> r.terms(CKG.WeaponScheme).stream().filter(w -> w.from() >= from + 2 && w.to() <= to)
                            .filter(w -> {
                                int par = lastIndexOf(r.tokens(), Math.max(from, w.from() - 3), w.from(), "par");
                                return par > 0 && (r.tokens().subList(Math.max(from, par - 4), par).stream()
                                        .anyMatch(x -> STRIKES.contains(x.stem()) || SUFFER.contains(x.stem()))
                                        && r.tokens().subList(Math.max(from, par - 6), par).stream()
                                                .anyMatch(x -> x.normMatches("ete|est|sont|etait|etaient"))
                                        // (or a participle set off by a comma: « Qassem Soleimani, tué cinq jours plus tôt par un drone »)
                                        || harmedAntecedentBefore(r.tokens(), Math.max(from, par - 7), par) >= 0);
                            }).findFirst());
            if (hit.isPresent()) {
                incident = start(events, r, hit.get());
                incident.types.add(CKG.Incident);
                incident.weaponSubject = true;
                incidentTrigger = hit.get();
            }
        }
        if (incident != null) {
            // (the first incident's roles stop where a later one's clause begins)
            int firstEnd = extraTriggers.isEmpty() ? to : clause(r, extraTriggers.get(0), from, to)[0];
            incident(r, incident, from, firstEnd, incidentTrigger);
            // « des heurts ont opposé la police à des centaines de jeunes », « des affrontements entre manifestants et forces
            // de l'ordre »: a clash with a crowd on one side is civil unrest
            if (incident.types.equals(Set.of(CKG.ArmedClash)) && crowdSide(r.tokens(), incidentTrigger, firstEnd)) {
                incident.types.clear();
                incident.types.add(CKG.Unrest);
            }
            // (when the first words of the kind name no side, the words that tell it again may: who fought is said there)
            for (PhraseIndex.Match<Lexicon.Term> again : sameKind) {
                if (!incident.attackers.isEmpty() || !incident.targets.isEmpty() || !incident.participants.isEmpty() || again.to() > firstEnd) {
                    break;
                }
                Extraction.Event told = new Extraction.Event();
                told.types.addAll(incident.types);
                incident(r, told, from, firstEnd, again);
                incident.attackers.addAll(told.attackers);
                incident.targets.addAll(told.targets);
                incident.participants.addAll(told.participants);
            }
        }
        for (int k = 0; k < extra.size(); k++) {
            incident(r, extra.get(k), from, to, extraTriggers.get(k));
        }
        if (appeal != null) {
            requester(r, appeal, from, to);
        }
        meetingsAskedFor(r, from, to, events);
        referredBy(r, from, to, events);
        callsOnForHelp(r, from, to, events);
        for (Extraction.Event e : events) {
            dates.date(r, e, from, to);
            // (the treaty a request for help rests on; an air strike « en vertu de l'article 51 de la Charte » invokes nothing:
            // ckg:invokes is a request's, and would make the strike one under inference)
            if (e.types.stream().anyMatch(c -> actors.lexicon().isSubClass(c, CKG.AssistanceRequest))) {
                r.mentionsIn(from, to).stream().filter(m -> m.kind() == Mention.Kind.TREATY).forEach(m -> e.treaties.addAll(m.entities()));
            }
            byWeapons(e);
            e.weapons.removeAll(e.weaponsOfNames);
        }
        return events;
    }

    /*
     * « Un drone a frappé une base », « des frappes de missiles »: the bare word « frappe » says no more than
     * a strike; the weapons say which (their ckg:strikeKind: a drone strike; fire of missiles, rockets or artillery is
     * a shelling). A strike by aircraft, or with no weapon named, stays an air strike. (An attack of no said kind takes
     * its kind from its means once the report is read: IncidentKinds.)
     */
    private void byWeapons(Extraction.Event e) {
        // « Le bombardement de Tyr par l'aviation israélienne », « des chasseurs égyptiens ont pilonné la base »: bombing by
        // aircraft is an air strike
        // (bombing « à l'aide de véhicules aériens sans pilote » stays a shelling, as the first report's gold has it)
        // (and so is firing from aircraft at a place: « des avions de combat israéliens ont tiré des missiles sur l'annexe
        // consulaire … à Damas »; not at another craft, « l'un d'eux a tiré un missile air-air »)
        String trigger = e.trigger == null ? "" : FrenchText.normalize(e.trigger);
        boolean bombing = e.types.equals(Set.of(CKG.Shelling)) && e.trigger != null
                && (Patterns.matches(trigger, "(bombard|pilonn)\\w*") || Patterns.matches(trigger, "tir\\w*") && !e.places.isEmpty());
        if (bombing) {
            if (e.weapons.stream().anyMatch(w -> actors.lexicon().strikeKind(w).filter(CKG.AirStrike::equals).isPresent())) {
                e.types.clear();
                e.types.add(CKG.AirStrike);
            }
            return;
        }
        boolean bareStrike = e.types.equals(Set.of(CKG.AirStrike)) && e.trigger != null && Patterns.matches(trigger, "frapp\\w*");
        Set<Resource> kinds = new java.util.HashSet<>();
        for (Resource w : e.weapons) {
            kinds.add(actors.lexicon().strikeKind(w).orElse(CKG.Incident));
        }
        if (bareStrike && kinds.size() == 1 && !kinds.contains(CKG.AirStrike) && !kinds.contains(CKG.Incident)) {
            e.types.clear();
            e.types.addAll(kinds);
        }
    }

    /*
     * « Saisi en urgence par le Koweït et les États-Unis, le Conseil de sécurité a condamné l'invasion »: an international
     * organisation a phrase opening the sentence says was referred to by some, was asked for help by each.
     */
    private void referredBy(SentenceReading r, int from, int to, List<Extraction.Event> events) {
        List<Token> tk = r.tokens();
        referredAfter(r, from, to, events);
        if (from != 0 || tk.isEmpty() || !tk.get(0).normMatches("saisie?s?")) {
            return;
        }
        // (« Saisi dès le 30 octobre par l'Égypte, … »: past a phrase of time)
        int par = r.find(0, Math.min(to, 8), "par");
        int comma = r.find(0, to, ",");
        if (par < 0 || comma < par) {
            return;
        }
        // (« Saisi par l'Égypte, qui lui demandait d'intervenir, le Conseil … »: past a relative clause on the askers)
        int relative = comma + 1 < to && tk.get(comma + 1).normMatches("qui|dont") ? r.find(comma + 1, to, ",") : -1;
        int subject = relative > 0 ? relative : comma;
        Optional<Resource> organisation = r.mentions().stream().filter(m -> m.from() > subject && m.from() <= subject + 3
                && m.entities().size() == 1 && (actors.isA(m.first(), CKG.InternationalOrganization) || actors.isA(m.first(), CKG.Alliance)))
                .findFirst().map(Mention::first);
        if (organisation.isEmpty()) {
            return;
        }
        // (the ones joined by « et » asked together: one appeal, as « Le Koweït et les États-Unis ont saisi le Conseil »)
        List<Resource> askers = r.mentions().stream().filter(m -> m.from() > par && m.to() <= comma && m.namesActor() && m.kind() != Mention.Kind.DEMONYM)
                .map(m -> actors.stateOrSelf(m.first())).distinct().toList();
        if (!askers.isEmpty()) {
            Extraction.Event appeal = appealTo(r, tk.get(0).surface(), askers.get(0), Set.of(organisation.get()));
            appeal.coRequesters.addAll(askers.subList(1, askers.size()));
            events.add(appeal);
        }
    }

    /*
     * « …, au Conseil de sécurité, saisi par Washington dès le 22 octobre », « l'OTAN, saisie par la Turquie et la Pologne, »:
     * an organisation the participle set off after it says was referred to by some was asked for help, once by those joined.
     * (Not a court: « la CIJ, saisie par Georgetown » is asked to judge, not to help; its name's first word tells it.)
     */
    private void referredAfter(SentenceReading r, int from, int to, List<Extraction.Event> events) {
        List<Token> tk = r.tokens();
        for (int i = Math.max(from, 1); i + 2 < to; i++) {
            if (!tk.get(i).normMatches("saisie?s?") || !tk.get(i - 1).is(",")) {
                continue;
            }
            int at = i - 1;
            int par = r.find(i + 1, Math.min(to, i + 6), "par");
            Optional<Mention> organisation = r.mentions().stream().filter(m -> m.to() == at && m.entities().size() == 1
                    && (actors.isA(m.first(), CKG.InternationalOrganization) || actors.isA(m.first(), CKG.Alliance))
                    && !tk.get(m.from()).normMatches(COURT)).findFirst();
            if (par < 0 || organisation.isEmpty()) {
                continue;
            }
            // the askers: right after « par », joined by « et » or commas
            List<Resource> askers = new ArrayList<>();
            int next = par + 1;
            for (Mention m : r.mentions().stream().filter(m -> m.from() > par && m.to() <= to).sorted(java.util.Comparator.comparingInt(Mention::from)).toList()) {
                if (!tk.subList(next, m.from()).stream().allMatch(w -> w.normMatches("et|,") || SentenceParse.ARTICLES.contains(w.norm()))) {
                    break;
                }
                if (!m.namesActor() || m.kind() == Mention.Kind.DEMONYM) {
                    break;
                }
                askers.add(actors.stateOrSelf(m.first()));
                next = m.to();
            }
            askers.remove(organisation.get().first());
            if (!askers.isEmpty()) {
                Extraction.Event appeal = appealTo(r, tk.get(i).surface(), askers.get(0), Set.of(organisation.get().first()));
                askers.stream().skip(1).distinct().filter(a -> !a.equals(askers.get(0))).forEach(appeal.coRequesters::add);
                events.add(appeal);
            }
        }
    }

    private static final String COURT = "cour|cij|cpi|tribunal|tpi|tpiy";

    /*
     * « Il a appelé les États-Unis et l'Union européenne à aider la région », « a exhorté le gouvernement américain à
     * l'aider », « a imploré les États-Unis d'intervenir »: calling on someone to help is an appeal to whom the verb names,
     * however many (past the five words a phrase of the lexicon may be split around). Not a call to stop, « a appelé la
     * Russie à retirer ses troupes », nor to calm, « a appelé les deux camps à la retenue », which help no one.
     */
    private void callsOnForHelp(SentenceReading r, int from, int to, List<Extraction.Event> events) {
        List<Token> tk = r.tokens();
        // (the verb may open the statement that makes the segment: « a appelé » then whom and to what, its requester then
        // the claimant)
        for (int i = Math.max(0, from - 2); i + 3 < to; i++) {
            int verb = i;
            // « a écrit au Conseil de sécurité pour lui demander de se réunir d'urgence », « a téléphoné au président
            // français pour lui demander d'intervenir »: asked by a pronoun, the one just named is whom the help is asked of
            int pronoun = askedByPronoun(tk, i);
            if (!tk.get(i).normMatches(CALLING_ON) && pronoun < 0 || r.terms(CKG.EventTriggerScheme).stream().anyMatch(t -> t.from() <= verb && verb < t.to()
                    && actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.AssistanceRequest))) {
                continue;
            }
            // the infinitive asked for: « à » (« de » after « implorer », « prier »), a pronoun or two, then a verb of help
            int asked = -1;
            for (int k = pronoun >= 0 ? i + 1 : i + 2; k < Math.min(to, i + 16) && asked < 0; k++) {
                if (tk.get(k).normMatches("[.;:]|pour|que|qu'")) {
                    break;
                }
                if (!tk.get(k).normMatches("a|de|d'")) {
                    continue;
                }
                int v = k + 1;
                while (v < to && v < k + 3 && tk.get(v).normMatches("l'|la|le|les|leur|lui|y|se|s'|en|nous")) {
                    v++;
                }
                if (v < to && tk.get(v).normMatches(HELP_VERB) && (!tk.get(v).normMatches("saisir|venir")
                        || tk.get(v).is("saisir") && tk.get(v - 1).normMatches("se|s'")
                        || tk.get(v).is("venir") && v + 2 < to && tk.get(v + 2).normMatches("aide|secours|rescousse"))
                        // (an organisation asked to meet, « lui demander de se réunir d'urgence », is asked to act)
                        || pronoun >= 0 && v < to && tk.get(v).is("reunir") && tk.get(v - 1).normMatches("se|s'")) {
                    asked = k;
                }
            }
            if (asked < from) {
                continue;
            }
            Set<Resource> called = new java.util.LinkedHashSet<>();
            int subjectEnd = i;
            if (pronoun >= 0) {
                // (the actor named last before the pronoun, in the same sentence: « au secrétaire général de l'ONU, X, pour lui »;
                // no place, « s'est tourné vers la Ligue arabe, dont le siège est au Caire, en lui demandant »)
                int p = pronoun;
                Optional<Mention> named = r.mentions().stream().filter(m -> m.to() <= p && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                        && m.entities().stream().noneMatch(x -> actors.isA(x, CKG.Place))).reduce((a, b) -> b);
                named.ifPresent(m -> called.addAll(m.entities()));
                // (the requester is the subject before whom it names)
                subjectEnd = named.map(Mention::from).orElse(i);
                // (to meet, only an organisation: « leur demander de se réunir » said of two leaders is a meeting called for)
                if (tk.get(asked + 1).normMatches("se|s'") && asked + 2 < to && tk.get(asked + 2).is("reunir")
                        && !called.stream().allMatch(x -> actors.isA(x, CKG.InternationalOrganization) || actors.isA(x, CKG.Alliance))) {
                    called.clear();
                }
            } else {
                actorsIn(r, i + 1, asked).stream().filter(m -> m.namesActor() && m.kind() != Mention.Kind.DEMONYM)
                        .forEach(m -> called.addAll(m.entities()));
            }
            if (called.isEmpty()) {
                continue;
            }
            Extraction.Event appeal = appealTo(r, tk.get(i).surface(), null, called);
            // (« a affirmé que le régime bélarusse était derrière cette opération et appelé les alliés … »: a verb joined by
            // « et » to a statement's is the speaker's, whom the statement gives, not the last actor it names)
            int at = i;
            boolean joinedToStatement = i > 0 && tk.get(i - 1).is("et")
                    && r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.to() <= at);
            if (i >= from && !joinedToStatement) {
                requester(r, appeal, from, subjectEnd, to);
            }
            if (!appeal.addressees.isEmpty()) {
                events.add(appeal);
            }
            i = asked;
        }
    }

    /*
     * The index of « lui » or « leur » when the verb at {@code i} asks by it after « pour » or « en » (« pour lui demander »,
     * « en leur demandant »: whom the sentence just named); else -1. (« il lui a demandé » may look back to another sentence.)
     */
    private static int askedByPronoun(List<Token> tk, int i) {
        if (!tk.get(i).normMatches("demand(?:er|ant|ait|aient|e|ee|es)")) {
            return -1;
        }
        if (i > 0 && tk.get(i - 1).normMatches("lui|leur") && i > 1 && tk.get(i - 2).normMatches("pour|en")) {
            return i - 1;
        }
        return -1;
    }

    private static final String CALLING_ON = "appel(?:er|e|ee|es|ees|le|les|lent|ait|aient|ant|lera|lerait)|exhort\\w*|implor\\w*";
    private static final String HELP_VERB = "aider|intervenir|secourir|soutenir|appuyer|assister|proteger|defendre|interposer|contribuer|reagir|saisir|venir";

    /* A request for help that words about an organisation tell of (« à la demande de X », « saisi par X »), one per asker. */
    private static Extraction.Event appealTo(SentenceReading r, String trigger, Resource asker, Set<Resource> organisations) {
        Extraction.Event appeal = new Extraction.Event();
        appeal.types.add(CKG.AssistanceRequest);
        appeal.trigger = trigger;
        appeal.requester = asker;
        appeal.addressees.addAll(organisations);
        appeal.evidence.add(r.sentence());
        return appeal;
    }

    /**
     * « À la demande de Moscou, puis de Kiev, le Conseil de sécurité de l'ONU s'est réuni en urgence »: an organisation that
     * meets at someone's request was asked for help, once by each who asked.
     */
    private void meetingsAskedFor(SentenceReading r, int from, int to, List<Extraction.Event> events) {
        List<Token> tk = r.tokens();
        List<Extraction.Event> meetings = events.stream().filter(e -> e.types.contains(CKG.Meeting)).toList();
        for (int i = from; i + 2 < to; i++) {
            // « réuni en urgence à sa demande »: the one asking is the sentence's subject
            if (!tk.get(i).norm().equals("a") || !tk.get(i + 2).norm().equals("demande")) {
                continue;
            }
            boolean possessive = tk.get(i + 1).normMatches("sa|leur");
            if (!possessive && !(i + 3 < to && tk.get(i + 1).norm().equals("la"))) {
                continue;
            }
            Set<Resource> organisations = new java.util.LinkedHashSet<>();
            meetings.forEach(mt -> mt.participants.stream().filter(p -> actors.isA(p, CKG.InternationalOrganization)
                    || actors.isA(p, CKG.Alliance)).forEach(organisations::add));
            // « À la demande de Bamako, la France a dépêché 500 soldats », « l'envoi de 1 000 militaires, à la demande du
            // gouvernement mozambicain »: forces sent at someone's request answer an appeal to whom sends them (not « à sa
            // demande », which may be the sender's own)
            boolean sending = false;
            if (organisations.isEmpty() && !possessive) {
                events.stream().filter(e -> e.types.stream().anyMatch(c -> actors.lexicon().isSubClass(c, CKG.Deployment)))
                        .forEach(e -> e.participants.forEach(p -> organisations.add(actors.stateOrSelf(p))));
                sending = true;
            }
            // (« Le gouvernement rwandais a annoncé l'envoi de 1 000 militaires, à la demande du gouvernement mozambicain »,
            // « Dépêchés à la demande du roi, les parachutistes américains se sont posés », « Le Conseil de sécurité a été
            // convoqué à la demande du Japon »: when no meeting or sending names its party, forces sent or an organisation
            // convened answer the askers through the clause's subject, sought once the askers are known)
            int sentOrConvened = organisations.isEmpty() && !possessive ? sentOrConvened(tk, from, to, events) : 0;
            if (organisations.isEmpty() && sentOrConvened == 0) {
                return;
            }
            // the ones asking: « de X », « puis de Y », « et de Y », up to the comma that ends the phrase
            int end = i + 3;
            List<Resource> askers = new ArrayList<>();
            // (« à la demande de Moscou, puis de Kiev »: one after the other asked apart; « des États-Unis, du Japon et de la
            // Corée du Sud » together)
            List<Integer> apart = new ArrayList<>();
            if (possessive) {
                int at = i;
                // (of the sentence, which may open before this segment: « L'Irak a accusé la Turquie, devant le Conseil … »)
                r.mentions().stream().filter(m -> m.to() <= at && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                        && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Actor))
                        && m.entities().stream().noneMatch(organisations::contains)).findFirst()
                        .ifPresent(m -> askers.add(actors.stateOrSelf(m.first())));
                // (« La Turquie s'est aussi tournée vers ses alliés. À sa demande, les ambassadeurs … se sont réunis »:
                // opening the sentence, the possessive is the one the sentence before opened with)
                if (askers.isEmpty() && at <= 1 && previousSubject != null && !organisations.contains(previousSubject)) {
                    askers.add(previousSubject);
                }
                end = to;
            }
            while (end < to) {
                int at = end;
                // (« à la demande notamment des États-Unis, du Japon et de la Corée du Sud »)
                if (tk.get(at).normMatches("notamment|surtout|conjointe|expresse|pressante")) {
                    end++;
                    continue;
                }
                if (tk.get(at).normMatches("de|d'|du|des")) {
                    int named = at + 1 < to && SentenceParse.ARTICLES.contains(tk.get(at + 1).norm()) ? at + 2 : at + 1;
                    Optional<Mention> asker = r.mentions().stream().filter(m -> (m.from() == at + 1 || m.from() == named)
                            && m.namesActor() && m.kind() != Mention.Kind.DEMONYM).findFirst();
                    if (asker.isEmpty()) {
                        break;
                    }
                    askers.add(actors.stateOrSelf(asker.get().first()));
                    end = asker.get().to();
                } else if (tk.get(at).normMatches(",|puis|et|ensuite") && at + 1 < to && tk.get(at + 1).normMatches("de|d'|du|puis|et")) {
                    if (tk.get(at).normMatches("puis|ensuite") || tk.get(at + 1).norm().equals("puis")) {
                        apart.add(askers.size());
                    }
                    end++;
                } else {
                    break;
                }
            }
            if (sentOrConvened != 0) {
                subjectAnswering(r, from, to, i, end, askers, sentOrConvened < 0).ifPresent(organisations::add);
                if (organisations.isEmpty()) {
                    return;
                }
            }
            // (who asked sends nothing to itself)
            if (sending) {
                askers.forEach(organisations::remove);
                if (organisations.isEmpty()) {
                    return;
                }
            }
            // (who asked does not sit: the organisation met)
            meetings.forEach(mt -> mt.participants.removeIf(p -> askers.contains(actors.stateOrSelf(p)) && !organisations.contains(p)));
            Extraction.Event appeal = null;
            for (int k = 0; k < askers.size(); k++) {
                if (appeal == null || apart.contains(k)) {
                    appeal = appealTo(r, "demande", askers.get(k), organisations);
                    events.add(appeal);
                } else if (!askers.get(k).equals(appeal.requester)) {
                    appeal.coRequesters.add(askers.get(k));
                }
            }
            return;
        }
    }

    /*
     * 1 when the segment sends forces (a deployment, « dépêchés », « a envoyé »), -1 when it convenes (« convoqué »), else 0.
     */
    private int sentOrConvened(List<Token> tk, int from, int to, List<Extraction.Event> events) {
        if (events.stream().anyMatch(e -> actors.isA(e, CKG.Deployment))
                || IntStream.range(from, to).anyMatch(k -> tk.get(k).normMatches("depech\\w*|envoi|envoy\\w*|deploy\\w*"))) {
            return 1;
        }
        return IntStream.range(from, to).anyMatch(k -> tk.get(k).normMatches("convoque(?:e|s|es)?")) ? -1 : 0;
    }

    /*
     * The subject of the clause an « à la demande de … » phrase ({@code at} to {@code end}) stands in: the first actor named
     * before it, else after it, that no preposition introduces (« souverain d'Arabie saoudite » is an aside) and that is
     * none of the askers; only an organisation when it is convened (« convoquer l'ambassadeur » is no help).
     */
    private Optional<Resource> subjectAnswering(SentenceReading r, int from, int to, int at, int end, List<Resource> askers,
                                                boolean organisation) {
        List<Token> tk = r.tokens();
        List<Mention> candidates = r.mentions().stream().filter(m -> m.from() >= from && m.to() <= to && (m.to() <= at || m.from() >= end)
                && m.namesActor() && m.entities().stream().noneMatch(x -> actors.isA(x, CKG.Place))
                && !askers.contains(actors.stateOrSelf(m.first()))).filter(m -> {
                    int word = m.from() > 0 && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()) ? m.from() - 2 : m.from() - 1;
                    return word < 0 || !tk.get(word).normMatches("a|au|aux|de|du|des|d'|par|contre|vers|avec|entre|sur|pour|chez|dont");
                }).toList();
        Optional<Mention> subject = candidates.stream().filter(m -> m.to() <= at).findFirst().or(() -> candidates.stream().findFirst());
        return subject.map(m -> m.first()).filter(x -> !organisation || actors.isA(x, CKG.InternationalOrganization)
                || actors.isA(x, CKG.Alliance)).map(actors::stateOrSelf);
    }

    private Extraction.Event start(List<Extraction.Event> events, SentenceReading r, PhraseIndex.Match<Lexicon.Term> t) {
        Extraction.Event e = new Extraction.Event();
        e.trigger = r.text(text, t.from(), t.to());
        e.triggerConcept = t.values().get(0).concept();
        e.definite = t.from() > 0 && r.tokens().get(t.from() - 1).normMatches("l'|le|la|cet|cette|ce|ledit|ladite");
        e.evidence.add(r.sentence());
        events.add(e);
        return e;
    }

    /* Whether the clause of {@code t}, begun at {@code clauseStart} after « , et » or « ; », names an actor before it. */
    private boolean subjectOfItsOwn(SentenceReading r, PhraseIndex.Match<Lexicon.Term> t, int clauseStart,
                                    PhraseIndex.Match<Lexicon.Term> first) {
        List<Token> tk = r.tokens();
        boolean joined = clauseStart > 1 && (tk.get(clauseStart - 1).is(";")
                || tk.get(clauseStart).is("et") && tk.get(clauseStart - 1).is(",")
                || tk.get(clauseStart - 1).is("et") && tk.get(clauseStart - 2).is(","));
        return joined && clauseStart > first.to() && !actorsIn(r, clauseStart, t.from()).isEmpty();
    }

    /*
     * Whether the trigger {@code t} is a present participle (« pilonnant », « bombardant », « en frappant ») opening a phrase
     * set off by a comma (an object pronoun may stand between: « , les bombardant »).
     */
    private static boolean participleAside(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t) {
        if (!tk.get(t.from()).norm().matches("\\p{L}{3,}ant")) {
            return false;
        }
        int k = t.from() - 1;
        if (k >= 0 && tk.get(k).normMatches("la|le|les|l'|lui|leur|y")) {
            k--;
        }
        if (k >= 0 && tk.get(k).is("en")) {
            k--;
        }
        return k > 0 && tk.get(k).is(",");
    }

    /*
     * Whether a crowd (« des manifestants », « des centaines de jeunes », « les habitants ») is named as a side of the clash
     * whose trigger is {@code t}: after the trigger in its clause, or between « entre » and it, with its article after a word
     * that joins the sides (« à », « entre », « et », « contre », « avec », « opposé », a comma).
     */
    private static boolean crowdSide(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t, int to) {
        int start = t.from();
        for (int i = t.from() - 1; i >= Math.max(0, t.from() - 8) && !tk.get(i).normMatches("[,;:.]"); i--) {
            if (tk.get(i).is("entre")) {
                start = i;
            }
        }
        for (int i = start + 1; i < to && !tk.get(i).normMatches("[;:.]"); i++) {
            if (!CROWD.matcher(tk.get(i).norm()).matches()) {
                continue;
            }
            // (a side of the clash, past its article and a number: not those it harmed, « poussant des milliers d'habitants à fuir »)
            int k = i - 1;
            while (k > start && tk.get(k).normMatches("des|les|de|d'|du|centaines|milliers|dizaines|plusieurs|quelques|nombreux|jeunes")) {
                k--;
            }
            if (k < i - 1 && tk.get(k).normMatches("a|aux|entre|et|contre|avec|,|opposant|oppose|opposes|opposee|opposees|opposaient|opposait")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CROWD = Pattern.compile(
            "manifestants|manifestantes|protestataires|emeutiers|habitants|villageois|jeunes|foule|foules|etudiants|grevistes|supporters");

    /** Where a contrasting clause with an incident and an actor of its own begins in {@code [from, to)}, or -1. */
    private int contrast(SentenceReading r, int from, int to) {
        List<Token> tk = r.tokens();
        for (int i = from + 1; i < to - 1; i++) {
            boolean joint = tk.get(i).is(";") || tk.get(i).normMatches("tandis|alors") && tk.get(i + 1).normMatches("que|qu'");
            if (!joint) {
                continue;
            }
            int at = i;
            boolean before = incidentTriggerIn(r, from, at);
            boolean after = incidentTriggerIn(r, at, to) && !actorsIn(r, at, to).isEmpty();
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /*
     * « Deux soldats pakistanais y ont été tués et neuf autres blessés »: the forces a sentence opens with saying they were
     * killed or wounded, when it tells no event of its own (the attack told just before harmed them); empty if none.
     */
    List<Resource> harmedForces(SentenceReading r) {
        List<Token> tk = r.tokens();
        for (Mention m : r.mentions()) {
            if (m.from() > 4 || m.kind() != Mention.Kind.BODY || m.entities().isEmpty()
                    || !m.entities().stream().allMatch(x -> actors.isA(x, CKG.ArmedForces))) {
                continue;
            }
            int k = m.to() < tk.size() && tk.get(m.to()).is("y") ? m.to() + 1 : m.to();
            if (k + 2 < tk.size() && tk.get(k).normMatches("ont|avaient|sont") && tk.get(k + 1).norm().equals("ete")
                    && HARMED.contains(tk.get(k + 2).stem())) {
                return m.entities();
            }
        }
        return List.of();
    }

    /*
     * « La Ligue arabe … a condamné le protocole lors d'une réunion extraordinaire »: a meeting in a phrase after the verb
     * (« lors d' », « au cours d' », « à l'issue d' ») is the subject's, with whom « et » joins to it (« Antony Blinken, et le
     * secrétaire général de l'OTAN, Jens Stoltenberg »); asked of a meeting that names no one, and of every call told so,
     * from which the subject, when people, removes the states the words between named.
     */
    private void meetingOfTheSubject(SentenceReading r, Extraction.Event meeting, PhraseIndex.Match<Lexicon.Term> t) {
        List<Token> tk = r.tokens();
        if (t.from() <= 3 || !tk.get(t.from() - 3).normMatches("lors|cours|issue") || !tk.get(t.from() - 2).normMatches("d'|de")
                || !tk.get(t.from() - 1).normMatches("une?|la|le|l'")) {
            return;
        }
        List<Mention> before = actorsIn(r, 0, t.from() - 3).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM
                && !namesPlace(m) && m.entities().stream().noneMatch(x -> actors.isA(x, CKG.NewsAgency))).toList();
        if (before.isEmpty()) {
            return;
        }
        Mention subject = before.get(0);
        // (a state named between is no party of a call between people: « les actions des États-Unis »)
        if (subject.entities().stream().allMatch(x -> actors.isA(x, CKG.Person))) {
            meeting.participants.removeIf(x -> actors.isA(x, CKG.State));
        }
        meeting.participants.addAll(subject.entities());
        int k = subject.to() < tk.size() && tk.get(subject.to()).is(",") ? subject.to() + 1 : subject.to();
        if (k < tk.size() && tk.get(k).is("et")) {
            int next = k + 1;
            before.stream().filter(m -> m.from() >= next && m.from() <= next + 1).findFirst()
                    .ifPresent(m -> meeting.participants.addAll(m.entities()));
        }
    }

    /* « par les jihadistes du JNIM », « par des combattants de l'État islamique »: the « par » of fighters of a group, or -1 */
    private static int fightersOf(List<Token> tk, int at) {
        int k = at - 1;
        if (k >= 0 && SentenceParse.ARTICLES.contains(tk.get(k).norm()) && k > 0 && tk.get(k - 1).normMatches("de|d'")) {
            k -= 2;
        } else if (k >= 0 && tk.get(k).normMatches("du|des|d'|de")) {
            k -= 1;
        } else {
            return -1;
        }
        if (k < 2 || !FIGHTERS.contains(tk.get(k).stem())) {
            return -1;
        }
        return tk.get(k - 1).normMatches("les|des|l'|la|le") && tk.get(k - 2).is("par") ? k - 2 : -1;
    }

    // (« par l'armée de Saddam Hussein », « par les troupes de Kadhafi »: a leader's forces)
    private static final Set<String> FIGHTERS = FrenchText.stemsOf("jihadistes", "djihadistes", "combattants", "rebelles",
            "miliciens", "insurgés", "militants", "éléments", "hommes", "membres", "assaillants", "terroristes", "islamistes",
            "armée", "troupes", "forces", "soldats", "militaires", "unités");

    /* The span of the demonyms joined by « et » or commas that {@code m} stands in (« britanniques et français »). */
    private static int[] joinedDemonyms(SentenceReading r, Mention m) {
        List<Token> tk = r.tokens();
        int from = m.from();
        int to = m.to();
        while (from >= 2 && tk.get(from - 1).normMatches("et|,") && demonymAt(r, from - 2).isPresent()) {
            from = demonymAt(r, from - 2).get().from();
        }
        while (to + 1 < tk.size() && tk.get(to).normMatches("et|,") && demonymAt(r, to + 1).isPresent()) {
            to = demonymAt(r, to + 1).get().to();
        }
        return new int[] {from, to};
    }

    /*
     * Where the coordinated actors {@code m} opens end (« la Russie et la Biélorussie », « l'Égypte, la Libye et le
     * Soudan »), before {@code to}; {@code m.to()} when no actor is joined to it.
     */
    private static int coordinatedEnd(SentenceReading r, Mention m, int to) {
        List<Token> tk = r.tokens();
        int end = m.to();
        // (a list joined by commas ends with « et »: « Selon Moscou, l'armée ukrainienne a bombardé » joins no one)
        int closed = end;
        while (end + 1 < to && tk.get(end).normMatches("et|,")) {
            boolean et = tk.get(end).is("et");
            int article = end + 1 < tk.size() && SentenceParse.ARTICLES.contains(tk.get(end + 1).norm()) ? end + 2 : end + 1;
            // (past the fighters of a group: « l'armée rwandaise et les rebelles du M23 ont attaqué »)
            int next = article + 1 < to && FIGHTERS.contains(tk.get(article).stem()) && r.mentionAt(article).isEmpty()
                    ? (tk.get(article + 1).normMatches("du|des|d'") ? article + 2
                            : tk.get(article + 1).is("de") && article + 2 < to && SentenceParse.ARTICLES.contains(tk.get(article + 2).norm())
                                    ? article + 3 : article)
                    : article;
            Optional<Mention> joined = r.mentionAt(next).filter(x -> x.from() == next && x.namesActor());
            if (joined.isEmpty() || joined.get().to() > to) {
                break;
            }
            end = joined.get().to();
            if (et) {
                closed = end;
            }
        }
        return closed;
    }

    /* Role nouns whose holder a report names in apposition after whose role it is (« l'émissaire de l'ONU, X, »). */
    private static final Pattern ROLE_OF = Pattern.compile("emissaire|envoye|envoyee|representant|representante|mediateur|mediatrice"
            + "|secretaire|commissaire|haut-commissaire|haute-commissaire|porte-parole|coordinateur|coordinatrice");

    /*
     * The person named in apposition to the role phrase {@code whose} ends (« l'émissaire de l'ONU chargé de suivre
     * l'application de la résolution 1559, Terje Roed-Larsen, »), if any.
     */
    private Optional<Mention> holderInApposition(SentenceReading r, Mention whose) {
        List<Token> tk = r.tokens();
        int de = whose.from() > 0 && SentenceParse.DE.contains(tk.get(whose.from() - 1).norm()) ? whose.from() - 1
                : whose.from() > 1 && SentenceParse.ARTICLES.contains(tk.get(whose.from() - 1).norm())
                        && SentenceParse.DE.contains(tk.get(whose.from() - 2).norm()) ? whose.from() - 2 : -1;
        // (the role noun may open the mention: « émissaire de l'ONU » names the organisation it serves)
        if (!ROLE_OF.matcher(tk.get(whose.from()).norm()).matches() && (de < 1 || !ROLE_OF.matcher(tk.get(de - 1).norm()).matches())) {
            return Optional.empty();
        }
        int comma = r.find(whose.to(), Math.min(tk.size(), whose.to() + 12), ",");
        return comma < 0 ? Optional.empty() : r.mentions().stream().filter(m -> m.from() == comma + 1 && m.to() < tk.size()
                && tk.get(m.to()).is(",") && m.entities().size() == 1 && actors.isA(m.first(), CKG.Person)).findFirst();
    }

    /*
     * The actors « et » joins to a subject, each perhaps with its office, title or « son homologue » before it (« X et son
     * homologue français Y »), past an aside set off by commas after one of them (« Y, un ami de longue date de Hariri, »).
     */
    private static List<Mention> joinedToSubject(SentenceReading r, Mention subject, int to) {
        List<Token> tk = r.tokens();
        List<Mention> joined = new ArrayList<>();
        int k = subject.to();
        while (k + 1 < to) {
            if (tk.get(k).is(",") && !tk.get(k + 1).is("et")) {
                int close = r.find(k + 1, Math.min(to, k + 12), ",");
                if (close < 0 || close + 1 >= to || !tk.get(close + 1).is("et")) {
                    break;
                }
                k = close;
            }
            if (tk.get(k).is(",") && tk.get(k + 1).is("et")) {
                k++;
            }
            if (!tk.get(k).is("et")) {
                break;
            }
            int at = k + 1;
            while (at < to && (SentenceParse.ARTICLES.contains(tk.get(at).norm()) || tk.get(at).normMatches("son|sa|leur|homologue|m|mme|\\.")
                    || r.officeOrDemonymAt(at) && r.mentionAt(at).filter(Mention::namesActor).filter(x -> x.kind() != Mention.Kind.DEMONYM).isEmpty())) {
                at++;
            }
            int first = at;
            Optional<Mention> next = r.mentionAt(first).filter(x -> x.from() <= first && x.namesActor() && x.kind() != Mention.Kind.DEMONYM && x.to() <= to);
            if (next.isEmpty()) {
                break;
            }
            joined.add(next.get());
            k = next.get().to();
        }
        return joined;
    }

    private static Optional<Mention> demonymAt(SentenceReading r, int i) {
        return r.mentionAt(i).filter(x -> x.kind() == Mention.Kind.DEMONYM);
    }

    /* Whether the word at {@code at} follows « appuyé par », « soutenus par des … » (an article between at most). */
    private static boolean supporting(List<Token> tk, int at) {
        int par = at > 0 && tk.get(at - 1).normMatches("par|de|d'") ? at - 1
                : at > 1 && tk.get(at - 2).normMatches("par|de|d'") && tk.get(at - 1).normMatches("des|les|l'|la|le|un|une") ? at - 2 : -1;
        return par > 0 && SUPPORTED.matcher(tk.get(par - 1).norm()).matches();
    }

    private static final java.util.regex.Pattern SUPPORTED = java.util.regex.Pattern.compile(
            "(appuye|soutenu|escorte|accompagne|equipe|arme|couvert)(e|s|es)?");

    private static final Pattern AUXILIARY = Pattern.compile("a|ont|avait|avaient|aurait|auraient");

    /*
     * The word before the « par » at {@code parAt} that says what its agent does, past a time phrase between them: « occupée
     * depuis dix jours par », « tenue depuis 2012 par », « soutenus de longue date par ».
     */
    private static int participleBeforeAgent(List<Token> tk, int parAt) {
        int k = parAt - 1;
        int depuis = lastIndexOf(tk, Math.max(0, parAt - 6), parAt, "depuis");
        int since = depuis >= 0 ? depuis : lastIndexOf(tk, Math.max(0, parAt - 6), parAt, "pendant");
        if (since > 0 && IntStream.range(since + 1, parAt).allMatch(i -> tk.get(i).isWord() || tk.get(i).surfaceMatches("\\d+"))) {
            k = since - 1;
        }
        return k;
    }

    /*
     * Whether a verb at {@code verb} may have {@code trigger} for its own words or its object (« ont lancé contre Israël quelque
     * 170 drones, plus de 30 missiles »): not a trigger after it in a phrase of time or cause (« multiplient consultations et
     * démonstrations de force après le tir »).
     */
    private static boolean governs(List<Token> tk, int verb, PhraseIndex.Match<Lexicon.Term> trigger) {
        return trigger.to() <= verb || IntStream.range(verb + 1, trigger.from())
                .noneMatch(k -> tk.get(k).normMatches("apres|avant|suite|lors|pendant|durant|malgre|face|reponse|represailles"));
    }

    /*
     * The voice of the trigger's verb for a subject whose verb starts at {@code at}, as voice() reads it; and when the
     * trigger is the second of two verbs joined by « et » or « puis » (« ont survolé la zone et tiré des roquettes », « a
     * rappelé son ambassadeur et a bombardé », « a déployé des blindés près de Vorukh, puis a bombardé »), the voice of
     * the first, whose subject the second shares. (A second verb with its own auxiliary is active whatever the first:
     * « ont été attaqués et ont riposté ».)
     */
    private static Voice sharedVoice(List<Token> tk, int at, PhraseIndex.Match<Lexicon.Term> trigger) {
        Voice own = voice(tk, at, trigger);
        if (own != Voice.NONE || trigger == null) {
            return own;
        }
        int j = trigger.from() - 1;
        boolean ownAuxiliary = j > at && AUXILIARY.matcher(tk.get(j).norm()).matches();
        j -= ownAuxiliary ? 1 : 0;
        while (j > at && tk.get(j).normMatches(JOINED_ADVERBS)) {
            j--;
        }
        if (j <= at || !tk.get(j).normMatches("et|puis")) {
            return own;
        }
        // (the first verb's auxiliary, in the same clause: no relative, no other clause between)
        for (int a = at; a < j; a++) {
            String n = tk.get(a).norm();
            if (Patterns.matches(n, "qui|que|qu'|dont|lorsque|lorsqu'|quand|[;:]")) {
                return own;
            }
        }
        int participle = at;
        while (participle < j && BEFORE_PARTICIPLE.matcher(tk.get(participle).norm()).matches()) {
            participle++;
        }
        if (participle == at || participle >= j || !tk.get(participle).isWord()) {
            return own;
        }
        Voice first = voice(tk, at, new PhraseIndex.Match<>(participle, participle + 1, trigger.values()));
        return first == Voice.PASSIVE && ownAuxiliary ? Voice.ACTIVE : first;
    }

    private static final String JOINED_ADVERBS = "ensuite|aussi|egalement|alors|meme|deja|aussitot|immediatement|enfin";
    /* What may stand between a subject and its participle: auxiliaries, « été », a reflexive pronoun, adverbs. */
    private static final Pattern BEFORE_PARTICIPLE = Pattern.compile(AUXILIARY.pattern() + "|ete|est|sont|etait|etaient|s'|se|" + JOINED_ADVERBS);

    /*
     * Where the verb of a subject ending at {@code at} may start, past an acronym in brackets (« Les Forces de
     * soutien rapide (FSR) ont bombardé »), a participle of support or a relative clause with no comma, and an aside
     * between commas naming no actor (« Les forces israéliennes, appuyées par des véhicules blindés, ont mené un raid »).
     */
    private static int verbAfterAsides(SentenceReading r, int at, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        int k = at;
        if (k + 2 < tk.size() && tk.get(k).is("(")) {
            int close = r.find(k, Math.min(tk.size(), k + 4), ")");
            k = close > 0 ? close + 1 : k;
        }
        // « des troupes péruviennes appuyées par des hélicoptères et par l'artillerie ont lancé un assaut »: a participle
        // of support with no comma, naming no actor before the auxiliary
        if (trigger != null && k + 1 < trigger.from() && SUPPORTED.matcher(tk.get(k).norm()).matches()
                && tk.get(k + 1).normMatches("par|de|d'")) {
            k = auxiliaryPastClause(r, k, 12, false, trigger);
        }
        // « un avion de l'armée de l'air nigériane qui patrouillait a tiré »: a relative clause with its own verb, no comma and
        // no actor, before the auxiliary of the trigger's verb
        if (trigger != null && k + 2 < trigger.from() && tk.get(k).is("qui") && !AUXILIARY.matcher(tk.get(k + 1).norm()).matches()) {
            k = auxiliaryPastClause(r, k, 8, true, trigger);
        }
        if (trigger != null && k < trigger.from() && tk.get(k).is(",")) {
            int close = r.find(k + 1, trigger.from(), ",");
            int start = k;
            // (an aside of means may be longer: « l'aviation salvadorienne, avec des chasseurs Mustang et des avions de transport
            // reconvertis, a bombardé »; and so may one of support, « la police libanaise, appuyée par une vingtaine de soldats
            // de l'armée libanaise, a attaqué le camp »)
            int reach = k + 1 < tk.size() && (tk.get(k + 1).normMatches("avec|grace")
                    || SUPPORTED.matcher(tk.get(k + 1).norm()).matches()) ? 14 : 10;
            if (close > 0 && close - k <= reach && (r.mentions().stream().noneMatch(m -> m.from() > start && m.from() < close && m.namesActor())
                    || apposition(r, start, close, trigger))) {
                k = close + 1;
            }
        }
        return k;
    }

    /*
     * The first auxiliary within {@code reach} words past the clause opening at {@code start} (its second word on), before
     * the trigger and, when {@code commaEnds}, before a comma, if the clause names no actor up to it; else {@code start}.
     */
    private static int auxiliaryPastClause(SentenceReading r, int start, int reach, boolean commaEnds, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        for (int v = start + 2; v < trigger.from() && v <= start + reach && !(commaEnds && tk.get(v).is(",")); v++) {
            int aux = v;
            if (AUXILIARY.matcher(tk.get(v).norm()).matches()) {
                return r.mentions().stream().noneMatch(m -> m.from() > start && m.from() < aux && m.namesActor()) ? v : start;
            }
        }
        return start;
    }

    /**
     * Whether the words between the commas at {@code open} and {@code close} describe the noun before them and the
     * verb follows: « Les États-Unis, alliés de la Corée du Sud et du Japon, ont déployé … », « Le Pakistan, qui
     * accuse l'Inde, a frappé … ». An aside opens with a word that is no actor (an actor opens the next item of a
     * list: « la Russie, la Chine et l'Iran ont … »).
     */
    static boolean apposition(SentenceReading r, int open, int close, PhraseIndex.Match<Lexicon.Term> trigger) {
        return trigger != null && apposition(r, open, close, trigger.from());
    }

    static boolean apposition(SentenceReading r, int open, int close, int verb) {
        List<Token> tk = r.tokens();
        if (open < 1 || close <= open + 1 || verb <= close || verb - close > 4
                || r.find(open + 1, close, ",") >= 0) {
            return false;
        }
        int first = open + 1;
        int named = SentenceParse.ARTICLES.contains(tk.get(first).norm()) ? first + 1 : first;
        // (the head may end with its acronym in brackets: « l'Armée populaire de libération du Soudan (SPLA), »)
        int headEnd = tk.get(open - 1).is(")") ? lastIndexOf(tk, Math.max(0, open - 4), open, "(") : open;
        Optional<Mention> head = r.mentions().stream().filter(m -> (m.to() == open || m.to() == headEnd) && m.namesActor()).findFirst();
        // (an actor that is the head again renames it, as no next item of a list does: « l'Armée populaire de libération
        // du Soudan (SPLA), l'armée du Sud, avait lancé une offensive »)
        boolean opensWithActor = r.mentions().stream().anyMatch(m -> (m.from() == first || m.from() == named) && m.namesActor()
                && !(head.isPresent() && head.get().entities().equals(m.entities())));
        return head.isPresent() && !opensWithActor && tk.get(first).isWord() && !tk.get(first).normMatches("et|ou|mais|puis|tandis|alors");
    }

    /** Whether {@code m} stands inside an apposition between its clause's subject and the verb {@code trigger}. */
    private static boolean inApposition(SentenceReading r, Mention m, PhraseIndex.Match<Lexicon.Term> trigger) {
        if (trigger == null || m.to() > trigger.from()) {
            return false;
        }
        int open = lastIndexOf(r.tokens(), Math.max(0, m.from() - 12), m.from(), ",");
        int close = r.find(m.to(), trigger.from(), ",");
        return open >= 0 && close >= 0 && apposition(r, open, close, trigger);
    }

    private static boolean sufferedAfter(List<Token> tk, int at, int window) {
        for (int i = at; i < Math.min(tk.size(), at + window); i++) {
            // (the noun « cibles » is no suffering, « a frappé des cibles du Hezbollah », but being it is: « ont été la cible de tirs »)
            boolean beingTarget = i >= 2 && tk.get(i - 1).normMatches("la|les")
                    && tk.get(i - 2).normMatches("ete|est|sont|etait|etaient|fut|furent|sera|seront|devenue?s?");
            if (SUFFER.contains(tk.get(i).stem()) && (!tk.get(i).normMatches("cibles?") || beingTarget)) {
                return true;
            }
            // « des soldats soudanais … sont tombés dans une embuscade »
            if (tk.get(i).normMatches("tombe|tombes|tombee|tombees|tombent|tombaient") && i + 1 < tk.size() && tk.get(i + 1).is("dans")) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmedAfter(List<Token> tk, int at, int window) {
        for (int i = at + 1; i < Math.min(tk.size(), at + window); i++) {
            if (HARMED.contains(tk.get(i).stem()) && tk.get(i - 1).is("ete")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an article stands between the aggression word before {@code at} and {@code at}: « frappé un complexe de Doha ». */
    private static boolean afterObjectOfAggression(List<Token> tk, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            if (AGGRESSION.contains(tk.get(i).stem())) {
                // (« dans une attaque des jihadistes du JNIM »: after the noun, « des » is « de » and the article of who fights)
                // (« une attaque des combattants de l'État islamique »: an article may follow that « de »)
                int de = SentenceParse.ARTICLES.contains(tk.get(at - 1).norm()) ? at - 2 : at - 1;
                boolean fightersOfNoun = i > 0 && i + 3 == de && tk.get(i - 1).normMatches("une?|les?|la|l'|ces|cette|cet|ce|leurs?|sa|son|ses")
                        && tk.get(i + 1).normMatches("des|du") && FIGHTERS.contains(tk.get(i + 2).stem()) && tk.get(de).normMatches("de|du|d'|des");
                // (or an aside on a named object: « a bombardé Saada, bastion des rebelles houthis »)
                return !fightersOfNoun && tk.subList(i + 1, Math.max(i + 1, at - 1)).stream()
                        .anyMatch(x -> x.normMatches("une?|les?|la|l'|ce|cet|cette|ces|des|son|sa|ses|leurs?|,"));
            }
        }
        return false;
    }

    /**
     * « un cessez-le-feu entre Israël et le Hezbollah entre en vigueur après des frappes sur Beyrouth »: the
     * sides « entre » names are those of the event noun just before it, when that is not {@code trigger}.
     */
    private boolean sidesOfAnotherEvent(SentenceReading r, Mention m, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        int entre = lastIndexOf(tk, Math.max(0, m.from() - 6), m.from(), "entre");
        if (entre < 0 || trigger == null) {
            return false;
        }
        return r.terms(CKG.EventTriggerScheme).stream().filter(t -> t.to() <= entre && entre - t.to() <= 1)
                .anyMatch(t -> t.from() != trigger.from());
    }

    /** « ses alliés russes du groupe Wagner »: a demonym qualifying people whom the actor after it names. */
    private boolean qualifiesNamedActor(SentenceReading r, Mention m, int to) {
        List<Token> tk = r.tokens();
        return m.kind() == Mention.Kind.DEMONYM && m.to() + 1 < tk.size() && tk.get(m.to()).normMatches("du|des|de")
                && !actorsIn(r, m.to() + 1, Math.min(to, m.to() + 4)).isEmpty();
    }

    /* The last word of a trigger of entering a state's space (« l'espace aérien », « le territoire », « le sol »), normalized. */
    private static final Pattern ENTERED = Pattern.compile("aerien|territoire|sol");
    private static final Pattern DATIVE_A = Pattern.compile("a|au|aux");
    private static final Pattern SET = Pattern.compile("tendue?s?");
    private static final Pattern AMBUSH = Pattern.compile("embuscades?");

    /* Whether {@code trigger} is an ambush ending at {@code at}, or one word before it (« une embuscade meurtrière à »). */
    private static boolean ambushEndsAt(List<Token> tk, PhraseIndex.Match<Lexicon.Term> trigger, int at) {
        return trigger != null && (trigger.to() == at || trigger.to() == at - 1 && tk.get(at - 1).isWord())
                && AMBUSH.matcher(tk.get(trigger.to() - 1).norm()).matches();
    }

    /*
     * The incident a participle of « revendiquer » at {@code at} says was claimed (TriggerContext.claimedDeedEnd): the incident
     * trigger its words end with, or end a few words past (« l'attentat suicide de mardi contre une base … a été revendiqué
     * par »), with no comma, relative pronoun, « et » or other trigger between, and whose noun the participle agrees with;
     * not when they end with land (« les combats pour Kargil, revendiqué par le Pakistan », « l'offensive sur Heglig,
     * revendiqué par Juba »: the place is claimed).
     */
    private Optional<PhraseIndex.Match<Lexicon.Term>> deedClaimedAt(SentenceReading r, int at) {
        int end = claimedDeedEnd(r.tokens(), at);
        if (end < 0 || r.mentions().stream().anyMatch(m -> m.to() == end && !m.entities().isEmpty()
                && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) || actors.isA(x, CKG.State)))) {
            return Optional.empty();
        }
        return r.terms(CKG.EventTriggerScheme).stream().filter(t -> t.to() <= end && end - t.to() <= 12 && evokesIncident(t)
                        && IntStream.range(t.to(), end).noneMatch(k -> r.tokens().get(k).normMatches(",|;|:|qui|que|qu'|dont|et|ou"))
                        && r.terms(CKG.EventTriggerScheme).stream().noneMatch(o -> o.from() >= t.to() && o.to() <= end)
                        && agrees(r.tokens(), t.from(), at))
                .reduce((a, b) -> b);
    }

    /*
     * Whether the participle at {@code participle} may be said of the noun at {@code noun}: in number (« les tirs … revendiqués
     * », not « les combats pour Kargil, revendiqué »), and in gender when an article tells the noun's (« une attaque
     * revendiquée », not « une offensive sur Heglig, revendiqué »).
     */
    private static boolean agrees(List<Token> tk, int noun, int participle) {
        boolean plural = tk.get(participle).normMatches(".*s");
        if (!tk.get(noun).normMatches("obus|.*[^sx]") && !plural || tk.get(noun).normMatches(".*[^sx]") && plural) {
            return false;
        }
        boolean feminine = tk.get(participle).normMatches(".*ees?");
        return noun == 0 || !(tk.get(noun - 1).normMatches("une|la|cette") && !feminine
                || tk.get(noun - 1).normMatches("un|le|ce|cet") && feminine);
    }

    /* Who « revendiqué par » after {@code trigger} names (deedClaimedAt): the actor right after its « par ». */
    private Optional<Mention> claimedBy(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        if (trigger == null) {
            return Optional.empty();
        }
        for (int k = trigger.to(); k < Math.min(tk.size() - 2, trigger.to() + 16); k++) {
            if (claimedDeedEnd(tk, k) < 0 || deedClaimedAt(r, k).filter(t -> t.from() == trigger.from()).isEmpty()) {
                continue;
            }
            // (« revendiquée dimanche par »)
            int par = r.find(k + 1, Math.min(tk.size(), k + 3), "par");
            return par < 0 ? Optional.empty() : r.mentions().stream()
                    .filter(m -> m.from() > par && m.from() <= par + 3 && m.namesActor()).findFirst();
        }
        return Optional.empty();
    }

    private boolean incidentTriggerEndsAt(SentenceReading r, int at) {
        return r.terms(CKG.EventTriggerScheme).stream().anyMatch(t -> t.to() == at && evokesIncident(t));
    }

    private boolean incidentTriggerIn(SentenceReading r, int from, int to) {
        return r.terms(CKG.EventTriggerScheme).stream().anyMatch(t -> t.from() >= from && t.to() <= to && evokesIncident(t));
    }

    private boolean evokesIncident(PhraseIndex.Match<Lexicon.Term> trigger) {
        Resource evoked = trigger.values().get(0).evokes();
        return evoked != null && actors.lexicon().isSubClass(evoked, CKG.Incident);
    }

    private void incident(SentenceReading r, Extraction.Event e, int segmentStart, int segmentEnd, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        // (and the event of the main clause has none in it)
        int from = Math.max(afterFrontedTimePhrase(r, trigger, segmentStart), timePhraseAfterEvent(r, trigger, segmentStart));
        // « … lancés contre Abqaïq en représailles à l'agression saoudienne contre le Yémen »: what follows the cause
        // an incident answers tells of another event, whose sides are not this one's
        int to = purposeOf(r, e, trigger, frontedPhraseOf(r, trigger, segmentStart, causeAfter(tk, trigger, segmentEnd)));
        int[] ownClause = trigger == null ? new int[] {from, to} : clause(r, trigger, from, to);
        boolean attack = e.types.stream().noneMatch(t -> actors.lexicon().isSubClass(t, CKG.Deployment)
                || actors.lexicon().isSubClass(t, CKG.Unrest));
        // « l'Iran venge Soleimani en tirant des missiles sur deux bases »: the subject of a gerund is the sentence's, not
        // the object of its verb
        Mention gerundSubject = gerundSubject(r, trigger, from);
        // (read once per trigger, not per mention)
        Optional<Integer> hit = hitBy(r, trigger, to);
        boolean downs = downs(r, trigger);
        e.fellUpon = trigger != null && trigger.values().get(0).ownerIsTarget() && !downs;
        for (Mention m : actorsIn(r, from, to)) {
            if (gerundSubject != null && m.to() <= trigger.from()) {
                if (m == gerundSubject) {
                    e.attackers.addAll(m.entities());
                }
                continue;
            }
            // (« les Houthis du Yémen »: the state a group is from takes no part of its own)
            boolean homeOfGroup = actors.groupFrom(r, m).isPresent();
            // (« a accusé la Turquie, devant le Conseil de sécurité, d'avoir bombardé »: the forum takes no part)
            boolean forum = m.from() > 1 && (tk.get(m.from() - 1).is("devant")
                    || tk.get(m.from() - 2).is("devant") && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()));
            if (homeOfGroup || forum || inApposition(r, m, trigger)) {
                continue;
            }
            String before = m.from() > 0 ? tk.get(m.from() - 1).norm() : "";
            String twoBefore = m.from() > 1 ? tk.get(m.from() - 2).norm() : "";
            // (« La Russie et la Biélorussie ont bombardé »: each actor of a coordinated subject is read by the verb after the last)
            int end = coordinatedEnd(r, m, to);
            String after = end < tk.size() ? tk.get(end).stem() : "";
            String afterNext = end + 1 < tk.size() ? tk.get(end + 1).stem() : "";
            // (« les séparatistes soutenus par Moscou », « l'alliance dirigée par Moscou »: who backs or leads, not who attacks)
            // (past a title: « l'offensive lancée sur Tripoli par le maréchal Khalifa Haftar »)
            boolean titled = m.from() > 2 && tk.get(m.from() - 1).normMatches(SentenceParse.TITLES)
                    && SentenceParse.ARTICLES.contains(twoBefore) && tk.get(m.from() - 3).is("par");
            int parAt = before.equals("par") ? m.from() - 1 : twoBefore.equals("par") ? m.from() - 2 : titled ? m.from() - 3
                    : fightersOf(tk, m.from());
            // (past a time phrase: « Heglig, occupée depuis dix jours par l'armée sud-soudanaise »)
            int participleAt = parAt > 0 ? participleBeforeAgent(tk, parAt) : -1;
            boolean agent = parAt > 0 && !tk.get(participleAt).normMatches("(soutenu|appuye|finance|arme|parraine|dirige|commande"
                    + "|encadre|equipe|entraine|forme|negocie|mediatise|facilite|controle|tenu|administre|occupe|revendique"
                    // (« sans avoir été repéré par la flotte grecque »: who sees, not who attacks)
                    + "|repere|detecte|apercu|signale|observe|surveille|photographie|filme)(e|s|es)?");
            // « l'agression de l'Azerbaïdjan », « des frappes aériennes de l'armée »; not « des frappes
            // contre des objectifs des forces X », whose target that is
            // (not the complement of the object: « ont frappé un complexe résidentiel de Doha »)
            boolean genitiveOfAggression = (Patterns.matches(before, "des|de|du|d'") || Patterns.matches(twoBefore, "des|de|du|d'"))
                    && precededBy(tk, m.from(), AGGRESSION, 6) && !precededByAny(tk, m.from(), "contre|sur|visant|vers", 6)
                    && !afterObjectOfAggression(tk, m.from());
            // « contre une annexe de l'ambassade d'Iran »: « contre » a few words before, no other actor between
            boolean againstIt = precededByWord(tk, m.from(), "contre", 5)
                    && actorsIn(r, Math.max(from, m.from() - 5), m.from()).isEmpty();
            // « des frappes sur des positions des FSR », « visé des positions arméniennes »: what a target noun names
            // (not the weapon that strikes: « un drone turc a frappé » is Turkey's drone)
            boolean targetNoun = precededBy(tk, m.from(), TARGET_NOUNS, 3) && !(trigger != null && m.from() == trigger.to())
                    && (m.kind() == Mention.Kind.DEMONYM
                    || Patterns.matches(before, "de|des|du|d'") || Patterns.matches(twoBefore, "de|des|du|d'"));
            // « des camps d'entraînement d'Al-Qaïda », « des dépôts de munitions du Hezbollah », « des positions d'artillerie
            // azerbaïdjanaises »: a target noun with a complement of its own before the actor whose it is
            // (past the trigger, and no craft that strikes: « des avions de combat de l'armée de l'air ougandaise avaient mené un raid »)
            targetNoun |= trigger != null && m.from() != trigger.to() && IntStream.rangeClosed(3, 5).map(w -> m.from() - w)
                    .filter(i -> i > from && i >= trigger.to() && TARGET_NOUNS.contains(tk.get(i).stem()) && tk.get(i + 1).normMatches("de|d'")
                            && r.terms(CKG.WeaponScheme).stream().noneMatch(w -> w.from() == i)
                            && tk.get(i + 2).isWord() && !tk.get(i + 2).isCapitalized()
                            && !SentenceParse.FUNCTION_WORDS.contains(tk.get(i + 2).norm()))
                    .anyMatch(i -> i + 3 == m.from() ? m.kind() == Mention.Kind.DEMONYM
                            : tk.get(i + 3).normMatches("de|du|des|d'")
                                    && (i + 4 == m.from() || i + 5 == m.from() && SentenceParse.ARTICLES.contains(tk.get(i + 4).norm())));
            // « des roquettes sur le nord d'Israël », « sur le territoire russe »: a state whose part is struck
            int surAt = lastIndexOf(tk, Math.max(from, m.from() - 5), m.from(), "sur");
            boolean onItsTerritory = surAt >= 0 && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State))
                    && tk.subList(surAt + 1, m.from()).stream().allMatch(x -> x.normMatches(
                            "le|la|l'|les|de|du|d'|des|nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|territoire|sol"));
            // « …, tuant le chef du Hezbollah Hassan Nasrallah dans une frappe »: whom the attack kills
            boolean killed = (Patterns.matches(before, "tuant|blessant") || Patterns.matches(twoBefore, "tuant|blessant")) && trigger != null
                    && Math.min(Math.abs(trigger.from() - m.to()), Math.abs(m.from() - trigger.to())) <= 6;
            // (« une mine avait blessé cinq soldats thaïlandais »: what the weapon struck)
            boolean struckByWeapon = e.weaponSubject && trigger != null && m.from() >= trigger.to() && m.from() - trigger.to() <= 6
                    && tk.subList(trigger.to(), m.from()).stream().anyMatch(x -> STRIKES.contains(x.stem()));
            // « Une frappe aérienne que la Turquie attribue aux forces syriennes a visé une unité de l'armée turque »: what
            // the attack, as subject, struck
            boolean struckByAttack = hit.filter(k -> m.from() > k && m.from() - k <= 3).isPresent();
            // « Qassem Soleimani, tué cinq jours plus tôt par un drone américain »: who the participle says was harmed
            boolean harmedAntecedent = m.to() + 1 < tk.size() && tk.get(m.to()).is(",") && STRIKES.contains(tk.get(m.to() + 1).stem())
                    && trigger != null && trigger.from() > m.to() && trigger.from() - m.to() <= 10;
            // (« une embuscade tendue à un détachement de l'armée nigérienne »: whom an ambush is set for; and « ont tendu une
            // embuscade à une patrouille de gardes-frontières soviétiques », « une embuscade meurtrière à des soldats maliens »)
            int setFor = IntStream.range(Math.max(from, m.from() - 6), m.from()).filter(k -> k > 0 && DATIVE_A.matcher(tk.get(k).norm()).matches()
                    && (SET.matcher(tk.get(k - 1).norm()).matches()
                            // (the preposition, not the auxiliary: « l'embuscade a tué des soldats »)
                            || ambushEndsAt(tk, trigger, k) && (tk.get(k).isPrepositionA() || !tk.get(k).is("a")))).findFirst().orElse(-1);
            boolean ambushed = setFor > 0 && actorsIn(r, setFor, m.from()).isEmpty();
            // (« ont ouvert le feu sur des soldats érythréens »: an article may stand after « sur »)
            boolean target = ambushed || Patterns.matches(before, "contre|visant|sur") || Patterns.matches(twoBefore, "contre|visant")
                    || twoBefore.equals("sur") && Patterns.matches(before, "des|les|la|le|l'|un|une") || againstIt || targetNoun
                    || harmedAntecedent
                    || struckByAttack
                    || killed
                    || onItsTerritory || struckByWeapon
                    || m.kind() == Mention.Kind.DEMONYM && precededBy(tk, m.from(), CONTRE, 3)
                    || precededBy(tk, m.from(), DIRECTION, 6);
            // « Certaines positions … des forces X dans les régions de … ont été soumis à des tirs »:
            // the verb of suffering may come after a long complement, as long as no other actor intervenes.
            int nextActor = actorsIn(r, m.to(), to).stream().mapToInt(Mention::from).min().orElse(to);
            // (« des missiles … visaient Ispahan »: a finite verb in the active is no suffering)
            boolean activeVerbNext = tk.subList(m.to(), Math.min(tk.size(), m.to() + 3)).stream()
                    .anyMatch(x -> SUFFER.contains(x.stem()) && x.normMatches(".*(ent|ait|aient)"))
                    // (nor an aim in a compound tense: « un drone turc a visé un véhicule »)
                    || IntStream.range(m.to(), Math.min(tk.size() - 1, m.to() + 3)).anyMatch(i -> tk.get(i).normMatches("a|ont|avait|avaient")
                            && tk.get(i + 1).normMatches("vise|visee|vises|visees|cible|ciblee|cibles|ciblees"));
            // « les militaires kirghiz ont ouvert le feu », « les forces cambodgiennes ont bombardé »: the
            // subject of the trigger verb attacks; of its passive (« ont été bombardés »), is attacked.
            int verbAt = verbAfterAsides(r, end, trigger);
            Voice voice = sharedVoice(tk, verbAt, trigger);
            // (the subject of the trigger verb in the active suffers nothing the words after the verb tell of: « l'armée
            // arménienne a ouvert le feu sur la ville de Terter, qui a été touchée par plusieurs obus »)
            boolean subjectOfSuffer = voice != Voice.ACTIVE && (!activeVerbNext && (SUFFER.contains(after) || SUFFER.contains(afterNext)
                    || sufferedAfter(tk, m.to(), Math.min(14, nextActor - m.to())))
                    // « des soldats …, déployés depuis 2020, ont été tués lorsque … des tirs »: who is
                    // killed or wounded in an attack is its target (not in a deployment or unrest)
                    || attack && harmedAfter(tk, m.to(), Math.min(24, nextActor - m.to())));
            // (« ont fait usage de canons à eau », « a eu recours à des drones »: who uses a weapon)
            boolean uses = end + 2 < tk.size() && tk.get(end).normMatches("a|ont|avait|avaient")
                    && (tk.get(end + 1).is("fait") && tk.get(end + 2).is("usage")
                            || tk.get(end + 1).is("eu") && tk.get(end + 2).is("recours"));
            // (past an aside: « des troupes péruviennes, appuyées par des hélicoptères, ont lancé un assaut »)
            // (and an adverb: « des unités libyennes, appuyées par des tirs d'artillerie, ont alors lancé un raid »)
            int adverb = verbAt + 2 < tk.size() && tk.get(verbAt + 1).normMatches("alors|ensuite|aussitot|deja|egalement|aussi|immediatement")
                    ? verbAt + 2 : verbAt + 1;
            boolean attackVerbPastAside = verbAt > end && adverb < tk.size()
                    && (ATTACK_VERBS.contains(tk.get(verbAt).stem()) || ATTACK_VERBS.contains(tk.get(adverb).stem()));
            // (« l'offensive qu'a lancée l'Azerbaïdjan »: the subject put after the verb of a relative clause on the trigger)
            int verbBefore = SentenceParse.ARTICLES.contains(before) ? m.from() - 2 : m.from() - 1;
            boolean invertedSubject = trigger != null && verbBefore >= 2 && verbBefore - 2 >= trigger.to()
                    && ATTACK_VERBS.contains(tk.get(verbBefore).stem()) && AUXILIARY.matcher(tk.get(verbBefore - 1).norm()).matches()
                    && tk.get(verbBefore - 2).normMatches("qu'|que");
            // (the attack verb governs the trigger, a few words on: « multiplient les incursions », not « Le Japon, la Corée du
            // Sud et les États-Unis multiplient consultations et démonstrations de force après le tir »)
            // (past the « qui » of a subject set apart: « c'est l'armée de l'air pakistanaise qui a mené ces frappes »)
            int verbNext = end + 2 < tk.size() && tk.get(end).is("qui") ? end + 1 : end;
            String verbWord = verbNext < tk.size() ? tk.get(verbNext).stem() : "";
            String verbWordNext = verbNext + 1 < tk.size() ? tk.get(verbNext + 1).stem() : "";
            boolean attackVerbNext = trigger != null && (ATTACK_VERBS.contains(verbWord) && governs(tk, verbNext, trigger)
                    || ATTACK_VERBS.contains(verbWordNext) && governs(tk, verbNext + 1, trigger));
            boolean subjectOfAttack = (attackVerbNext || attackVerbPastAside
                    || voice == Voice.ACTIVE || uses || invertedSubject) && parAt < 0;
            if (voice == Voice.PASSIVE) {
                e.targets.addAll(m.entities());
                continue;
            }
            // « l'invasion de l'Ukraine par la Russie »: a state right after the trigger noun is its object.
            int deAt = Patterns.matches(before, "de|du|d'") ? m.from() - 1 : Patterns.matches(twoBefore, "de|du|d'") ? m.from() - 2 : -1;
            // (« l'invasion russe de l'Ukraine »: a demonym may stand between the trigger and « de »)
            // (an incident's trigger, not « a demandé l'aide de la Russie »; and not when a target follows: « les frappes d'Israël
            // sur Gaza » are Israel's)
            boolean objectOfTrigger = deAt > 0 && (incidentTriggerEndsAt(r, deAt)
                    || deAt > 0 && r.mentionAt(deAt - 1).filter(x -> x.kind() == Mention.Kind.DEMONYM).isPresent()
                            && incidentTriggerEndsAt(r, deAt - 1))
                    && !(m.to() < tk.size() && tk.get(m.to()).normMatches("sur|contre|visant"))
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State));
            // « l'attaque iranienne », « l'invasion russe »: a demonym right after the trigger is the attacker.
            // (of a trigger in this incident's clause: in « des frappes …, deux jours après une attaque
            // iranienne », Iran made the other attack)
            // (so is the demonym of a weapon that strikes: « un drone turc a visé un véhicule »)
            // (and of weapons that are the subject of the trigger verb: « Des chasseurs thaïlandais ont bombardé »)
            // (« des bombardiers britanniques et français ont pilonné »: and each demonym joined to it)
            int[] joined = joinedDemonyms(r, m);
            boolean weaponOfChain = m.kind() == Mention.Kind.DEMONYM && r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.to() == joined[0]);
            boolean weaponBefore = r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.to() == m.from());
            boolean weaponsOfSubject = trigger != null && m.to() <= trigger.from()
                    && (weaponOfChain && sharedVoice(tk, verbAfterAsides(r, joined[1], trigger), trigger) == Voice.ACTIVE
                            || weaponBefore && voice == Voice.ACTIVE);
            boolean demonymOfTrigger = m.kind() == Mention.Kind.DEMONYM && (triggerEndsAt(r, m.from())
                    || e.weaponSubject && trigger != null && m.from() == trigger.to() || weaponsOfSubject)
                    && m.from() >= ownClause[0] && m.to() <= ownClause[1];
            // « Le Pakistan frappe l'Iran », « a bombardé la Géorgie »: the object of the trigger verb (a verb: no article or
            // determiner before it) that is no demonym
            boolean objectOfVerb = trigger != null && m.from() > trigger.to() && trigger.from() > 0
                    && !SentenceParse.ARTICLES.contains(tk.get(trigger.from() - 1).norm())
                    && !tk.get(trigger.from() - 1).normMatches("une?|des|de|du|d'|ces|cette|cet|ce|leur|leurs|sa|son|ses")
                    && m.kind() != Mention.Kind.DEMONYM;
            List<Token> beforeObject = objectOfVerb ? tk.subList(trigger.to(), m.from()) : List.of();
            // (« ont attaqué des soldats nigériens »: or an indefinite article)
            boolean directObject = objectOfVerb && m.from() - trigger.to() <= 1
                    && beforeObject.stream().allMatch(x -> SentenceParse.ARTICLES.contains(x.norm()) || x.normMatches("des|une?"));
            // (« ont éperonné des bâtiments des garde-côtes vietnamiens », « a pilonné les positions de l'armée arménienne »: or
            // whose vessels, units or positions the object names)
            directObject |= objectOfVerb && m.from() > trigger.to() + 1 && m.from() - trigger.to() <= 4
                    && beforeObject.stream().anyMatch(x -> HELD_BY_FORCES.matcher(x.norm()).matches())
                    && beforeObject.stream().allMatch(x -> HELD_BY_FORCES.matcher(x.norm()).matches()
                            || SentenceParse.ARTICLES.contains(x.norm()) || x.normMatches("des|une?|de|du|d'"))
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.ArmedForces));
            // « intercepté par deux avions de chasse russes », « tués par des tirs azerbaïdjanais »: the
            // demonym of an agent phrase names the attacker
            // (« des missiles tirés depuis un sous-marin américain »: where they were fired from is whose they are)
            int depuis = lastIndexOf(tk, Math.max(0, m.from() - 4), m.from(), "depuis");
            boolean firedFrom = depuis > 0 && tk.get(depuis - 1).normMatches("(tire|lance)e?s?");
            boolean agentDemonym = m.kind() == Mention.Kind.DEMONYM && (precededByWord(tk, m.from(), "par", 6) || firedFrom)
                    && actorsIn(r, Math.max(from, m.from() - 6), m.from()).isEmpty();
            // « attribue l'attaque à un drone de l'armée marocaine », « impute l'attaque au Rwanda »: to whom a deed is ascribed
            int toAt = Math.max(Math.max(lastIndexOf(tk, Math.max(from, m.from() - 5), m.from(), "a"),
                    lastIndexOf(tk, Math.max(from, m.from() - 5), m.from(), "au")), lastIndexOf(tk, Math.max(from, m.from() - 5), m.from(), "aux"));
            boolean ascribed = toAt > 0 && precededBy(tk, toAt, ASCRIBE, 4) && r.find(toAt, m.from(), ",") < 0;
            // (« une violation de l'espace aérien polonais »: whose airspace it is, is the target; so is whose land troops
            // enter, « des chars soudanais ont pénétré sur le territoire tchadien », « pénétré sur le sol pakistanais »)
            boolean airspace = demonymOfTrigger && trigger != null && ENTERED.matcher(tk.get(trigger.to() - 1).norm()).matches()
                    && m.from() == trigger.to();
            // « a abattu un drone russe », « la destruction d'un bombardier russe »: whose craft is struck down is the target
            // (« a abattu une dizaine d'appareils égyptiens »: a craft no weapon names)
            boolean craftOwner = downs && m.kind() == Mention.Kind.DEMONYM && m.from() >= trigger.to() && (demonymOfTrigger
                    || m.from() - trigger.to() <= 5 && tk.get(m.from() - 1).normMatches("appareils?|aeronefs?")
                    || r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.to() <= m.from() && w.from() >= trigger.to() && w.from() - trigger.to() <= 8
                            // (« ont abattu avec un missile sol-air un hélicoptère Mi-24 russe »: past the weapon it is downed
                            // with, and the craft's model)
                            // (and past the craft's own adjectives: « un chasseur furtif américain F-117 »)
                            && m.from() - w.to() <= 3 && IntStream.range(w.to(), m.from()).allMatch(k -> SentenceParse.MODEL_CODE.matcher(tk.get(k).surface()).matches()
                                    || tk.get(k).isWord() && !tk.get(k).isCapitalized() && !SentenceParse.FUNCTION_WORDS.contains(tk.get(k).norm()))
                            && r.find(trigger.to(), w.from(), "par") < 0));
            // « a pris d'assaut la base aérienne de Maaten al-Sarra, tenue par l'armée libyenne »: who holds the
            // place attacked is attacked (not in « tué par des tirs venus d'une zone tenue par des rebelles », where the
            // trigger is itself an agent)
            boolean holder = parAt > 0 && trigger != null && parAt > trigger.to() && !precededByWord(tk, trigger.from(), "par", 2)
                    && tk.get(participleAt).normMatches("(tenu|controle|occupe|defendu)(e|s|es)?");
            if (airspace || craftOwner || holder) {
                e.targets.addAll(m.entities());
            } else if (demonymOfTrigger || agentDemonym || ascribed) {
                e.attackers.addAll(m.entities());
            } else if (directObject && !agent) {
                e.targets.addAll(m.entities());
            } else if (objectOfTrigger && !agent) {
                e.targets.addAll(m.entities());
            } else if (agent || genitiveOfAggression || (subjectOfAttack && !subjectOfSuffer)) {
                e.attackers.addAll(m.entities());
            } else if (target || subjectOfSuffer) {
                e.targets.addAll(m.entities());
            }
        }
        // « une attaque revendiquée par l'État islamique », « l'embuscade a été revendiquée par le JNIM »: who claims the incident
        // made it (also past the segment's end: ClaimFinder reads « les frappes, revendiquées par les houthis, » as their words)
        claimedBy(r, trigger).ifPresent(m -> {
            e.targets.removeAll(m.entities());
            e.participants.removeAll(m.entities());
            e.attackers.addAll(m.entities());
        });
        // « l'aviation péruvienne est entrée en action : des avions de combat ont bombardé … »: an attack that names no
        // one making it, after a colon, is made by the force the words before the colon open with (not « Selon l'armée : »)
        int colon = trigger == null ? -1 : lastIndexOf(tk, 0, trigger.from(), ":");
        if (attack && e.attackers.isEmpty() && colon > 0 && r.terms(CKG.SpeechCueScheme).stream().noneMatch(c -> c.from() < colon)) {
            actorsIn(r, 0, colon).stream().findFirst()
                    .filter(m -> m.entities().size() == 1 && actors.isA(m.first(), CKG.ArmedForces) && !e.targets.containsAll(m.entities()))
                    .ifPresent(m -> e.attackers.addAll(m.entities()));
        }
        // « des affrontements ont eu lieu entre les deux pays », « des parachutistes russes déployés »:
        // no side is said to attack the other; who takes part is named in the trigger's own clause,
        // not as a place (« l'envoi de forces au Kazakhstan ») nor in the clauses around it.
        if (e.attackers.isEmpty() && e.targets.isEmpty()) {
            int[] clause = clause(r, trigger, from, to);
            // « la force russe de maintien de la paix, déployée dans la région »: a participle set off
            // by a comma tells of the noun before it.
            if (actorsIn(r, clause[0], clause[1]).isEmpty() && clause[0] == trigger.from() && clause[0] > from) {
                int start = clause[0] - 1;
                while (start > from && !boundary(r, start - 1)) {
                    start--;
                }
                clause[0] = start;
            }
            for (Mention m : actorsIn(r, clause[0], clause[1])) {
                if (qualifiesNamedActor(r, m, clause[1]) || sidesOfAnotherEvent(r, m, trigger)) {
                    continue;
                }
                String before = m.from() > 0 ? tk.get(m.from() - 1).norm() : "";
                String twoBefore = m.from() > 1 ? tk.get(m.from() - 2).norm() : "";
                // (« autour de Taïwan », « près de la frontière », « face à … »: where, not who)
                // (but « ont opposé l'armée indienne à l'armée pakistanaise »: a force, a body or a group is nowhere)
                boolean where = m.entities().stream().allMatch(x -> actors.isA(x, CKG.State) || actors.isA(x, CKG.Place));
                boolean locative = where && Patterns.matches(before, "a|au|aux|en|dans|vers|depuis")
                        || where && Patterns.matches(twoBefore, "a|dans|vers|depuis") && SentenceParse.ARTICLES.contains(before)
                        || Patterns.matches(before, "de|du|d'") && Patterns.matches(twoBefore, "autour|pres|proximite|large|long")
                        || m.from() > 2 && SentenceParse.ARTICLES.contains(before) && Patterns.matches(twoBefore, "de|du|d'")
                                && tk.get(m.from() - 3).normMatches("autour|pres|proximite|large|long");
                if (!locative) {
                    e.participants.addAll(m.entities());
                }
            }
        }
        // « les tirs d'artillerie et de mortier de l'armée arménienne », « un chasseur de l'aviation soviétique a tiré deux
        // missiles »: an attack whose words name one side only, neither as striking nor as struck, is most often told by the
        // side that strikes (in the gold files, attacks other than clashes have an attacker and never participants). Two
        // sides named are left as they are: nothing tells which struck.
        boolean sided = attack && !actors.isA(e, CKG.ArmedClash);
        if (sided && e.attackers.isEmpty() && e.targets.isEmpty()
                && e.participants.stream().map(actors::stateOrSelf).distinct().count() == 1
                // (one that can fight: not « l'ONU », a government or an embassy named beside the attack)
                && e.participants.stream().allMatch(x -> actors.isA(x, CKG.State) || actors.isA(x, CKG.ArmedForces)
                        || actors.isA(x, CKG.ArmedGroup))
                // (nor one who speaks of it: « Moscou a exprimé sa préoccupation face aux frappes »)
                && actorsIn(r, from, to).stream().noneMatch(m -> e.participants.containsAll(m.entities()) && speaker(r, m))) {
            e.attackers.addAll(e.participants);
            e.participants.clear();
        }
        // « des frappes de missiles au Pakistan »: a strike on a state's territory targets that state.
        boolean strike = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Shelling)
                || actors.lexicon().isSubClass(t, CKG.DroneStrike) || actors.lexicon().isSubClass(t, CKG.AirStrike)
                || actors.lexicon().isSubClass(t, CKG.Offensive));
        if (strike && e.targets.isEmpty()) {
            Set<Resource> attackerStates = new java.util.HashSet<>();
            e.attackers.forEach(a -> attackerStates.add(actors.stateOrSelf(a)));
            for (Mention m : actorsIn(r, from, to)) {
                String before = m.from() > 0 ? tk.get(m.from() - 1).norm() : "";
                if (Patterns.matches(before, "en|au|aux") && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State))
                        && m.entities().stream().noneMatch(attackerStates::contains)) {
                    e.targets.addAll(m.entities());
                }
            }
        }
        // A clash has sides, not an attacker: « des affrontements ont opposé X et Y ».
        if (actors.isA(e, CKG.ArmedClash)) {
            e.participants.addAll(e.attackers);
            e.participants.addAll(e.targets);
            e.attackers.clear();
            e.targets.clear();
            for (Mention m : actorsIn(r, from, to)) {
                if (qualifiesNamedActor(r, m, to)) {
                    continue;
                }
                // « ont opposé l'armée soudanaise aux Forces de soutien rapide »
                // (« à l'armée pakistanaise »: an article may stand between)
                int joinAt = m.from() > 1 && SentenceParse.ARTICLES.contains(r.tokens().get(m.from() - 1).norm()) ? m.from() - 2 : m.from() - 1;
                boolean opposedTo = (joinAt >= 0 && r.tokens().get(joinAt).normMatches("a|aux?|et"))
                        && r.tokens().subList(Math.max(from, m.from() - 20), m.from()).stream().anyMatch(t -> t.norm().startsWith("oppos"));
                // « ont échangé des tirs avec l'armée pakistanaise », « lors d'affrontements avec des militaires kirghiz »
                boolean with = trigger != null && m.from() >= trigger.to() && precededByWord(r.tokens(), m.from(), "avec", 3);
                // « les parachutistes sud-africains s'y sont heurtés à des éléments de l'armée lesothane », « se sont affrontés aux
                // rebelles »: whom the verb of the clash faces, right after it (the subject read as its side)
                int faced = trigger == null ? -1 : trigger.to();
                boolean facing = faced >= 0 && faced < m.from() && m.from() - faced <= 6 && DATIVE_A.matcher(r.tokens().get(faced).norm()).matches()
                        && (r.tokens().get(faced).isPrepositionA() || !r.tokens().get(faced).is("a"))
                        && actorsIn(r, faced, m.from()).isEmpty();
                if (with || facing) {
                    e.participants.addAll(m.entities());
                }
                if (opposedTo || r.tokens().subList(Math.max(from, m.from() - 4), m.from()).stream().anyMatch(t -> t.norm().startsWith("oppos")
                        || t.is("entre"))) {
                    e.participants.addAll(m.entities());
                }
            }
        }
        // Unrest has no attacker: « la police a fait usage de canons à eau contre les manifestants » tells which of the state's
        // forces take part in it (the crowd's target, « l'ambassade », stays its target; a group that strikes, « des
        // combattants du groupe Ansar al-Sunna ont attaqué des postes de police », makes an attack, whatever the word)
        if (actors.isA(e, CKG.Unrest)
                && e.attackers.stream().allMatch(a -> actors.isA(a, CKG.State) || actors.stateOf(a).isPresent())) {
            e.participants.addAll(e.attackers);
            e.attackers.clear();
        }
        // A deployment has no attacker nor target: « des avions de combat danois, français et allemands doivent
        // y être déployés » names who deploys; « les soldats éthiopiens déployés en Somalie contre les shebab »,
        // « des paramilitaires du groupe Wagner sont déployés au Mali »: who is deployed is the force the
        // participle or verb is about, when one stands right before it.
        if (actors.isA(e, CKG.Deployment)) {
            e.participants.addAll(e.attackers);
            e.participants.addAll(e.targets);
            e.attackers.clear();
            e.targets.clear();
            if (trigger != null) {
                actorsIn(r, Math.max(from, trigger.from() - 5), trigger.from()).stream()
                        .filter(m -> m.kind() != Mention.Kind.DEMONYM && !qualifiesNamedActor(r, m, to) && !inApposition(r, m, trigger)
                                && tk.subList(m.to(), trigger.from()).stream().allMatch(x -> x.normMatches("sont|est|ont|a|ete|deja|desormais|,")))
                        .reduce((a, b) -> b).ifPresent(m -> {
                            e.participants.clear();
                            e.participants.addAll(m.entities());
                        });
            }
            // « Le ministre polonais de la Défense … a annoncé le déploiement de 40 000 soldats »: troops that no
            // one else is named for are those of the state that announces or orders their deployment
            if (e.participants.isEmpty() && trigger != null) {
                orderedBy(r, trigger).ifPresent(m -> m.entities().forEach(x -> e.participants.add(actors.stateOrSelf(x))));
            }
            // « Varsovie a déployé quelque 15 000 soldats »: a state that sends its troops takes part through them
            if (trigger != null) {
                // (one mention names the troops of every sender: « l'Australie et la Nouvelle-Zélande ont engagé des troupes »)
                r.mentions().stream().filter(m -> m.from() > trigger.from() && m.from() <= trigger.to() + 8 && m.from() < to
                                && m.entities().stream().allMatch(x -> actors.isA(x, CKG.ArmedForces))
                                && m.entities().stream().anyMatch(x -> actors.stateOf(x).filter(e.participants::contains).isPresent()))
                        .flatMap(m -> m.entities().stream()).toList().forEach(e.participants::add);
            }
            e.participants.removeIf(x -> actors.isA(x, CKG.State) && e.participants.stream()
                    .anyMatch(y -> !y.equals(x) && actors.isA(y, CKG.ArmedForces) && actors.stateOf(y).filter(x::equals).isPresent()));
            // « ont engagé des troupes aux côtés des forces malaisiennes »: those whom they join are no part of the sending
            if (trigger != null) {
                r.mentions().stream().filter(m -> m.from() >= trigger.to() && m.from() <= to && m.from() >= 3
                                && tk.get(m.from() - 2).norm().equals("cotes") && tk.get(m.from() - 3).normMatches("aux?"))
                        .forEach(m -> e.participants.removeAll(m.entities()));
            }
        }
        // « le Su-24 avait pénétré dans l'espace aérien turc »: a craft the report named before with its state, as subject
        if (e.attackers.isEmpty() && trigger != null && !downs) {
            r.terms(CKG.WeaponScheme).stream().filter(w -> w.to() <= trigger.from() && trigger.from() - w.to() <= 4 && w.from() >= from
                            && w.from() > 0 && SentenceParse.ARTICLES.contains(tk.get(w.from() - 1).norm()))
                    .map(w -> craftOwners.get(FrenchText.normalize(r.text(text, w.from(), w.to()))))
                    .filter(java.util.Objects::nonNull).findFirst()
                    .filter(owner -> !e.targets.contains(owner)).ifPresent(e.attackers::add);
        }
        // « deux F-16 turcs ont pris le bombardier en chasse, et l'un d'eux a tiré un missile »: a craft the report named before
        // with another state, named again in an attack's clause, is what the attackers struck
        if (e.targets.isEmpty() && !e.attackers.isEmpty() && trigger != null && !downs && attack) {
            Set<Resource> side = e.attackers.stream().map(actors::stateOrSelf).collect(java.util.stream.Collectors.toSet());
            r.terms(CKG.WeaponScheme).stream().filter(w -> w.from() >= from && w.to() <= to && w.from() > 0
                            && SentenceParse.ARTICLES.contains(tk.get(w.from() - 1).norm()))
                    .map(w -> craftOwners.get(FrenchText.normalize(r.text(text, w.from(), w.to()))))
                    .filter(owner -> owner != null && !side.contains(owner)).findFirst().ifPresent(e.targets::add);
        }
        roles(r, e, from, to, trigger);
    }

    /*
     * « l'envoi de forces américaines en Arabie saoudite pour dissuader l'Irak »: whom a deployment is meant to deter
     * or to watch takes no part in it; where its purpose begins, or {@code to} when none does.
     */
    private int purposeOf(SentenceReading r, Extraction.Event e, PhraseIndex.Match<Lexicon.Term> trigger, int to) {
        if (trigger == null || !actors.isA(e, CKG.Deployment)) {
            return to;
        }
        int purpose = r.find(trigger.to(), to, "pour");
        return purpose > 0 ? purpose : to;
    }

    /*
     * « un cessez-le-feu signé à Alger après cinq semaines d'offensive éthiopienne »: an incident told in a phrase of
     * time after another event has its sides in that phrase, not in the other event's clause (Algiers, where the
     * ceasefire was signed, was no target); the start of that phrase, or {@code from} when there is none.
     */
    private static int timePhraseAfterEvent(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int from) {
        if (trigger == null) {
            return from;
        }
        List<Token> tk = r.tokens();
        for (int i = trigger.from() - 1; i > from && i >= trigger.from() - 8; i--) {
            int at = i;
            if (tk.get(i).normMatches("apres|avant|terme")
                    && r.terms(CKG.EventTriggerScheme).stream().anyMatch(o -> o.to() <= at && o.from() >= from)) {
                return i;
            }
        }
        return from;
    }

    private static final java.util.regex.Pattern ORDERING_VERB = java.util.regex.Pattern.compile(
            "(annonc|ordonn|decid|decret|approuv|autoris)(e|es|ee|ees|ait|aient|ant)");

    /*
     * « X a annoncé le déploiement de … », « X a ordonné l'envoi de … »: the actor that announces, orders or
     * decides the event, as the subject of that verb right before the trigger (an article between them);
     * the subject is the last actor before the verb that is no demonym or apposition inside its clause. The
     * verb may stand before the segment read (« a annoncé » is a speech verb, and what it announces is read
     * apart), so the subject is looked for from the start of the sentence or its last « ; » or « : ».
     */
    private Optional<Mention> orderedBy(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger) {
        List<Token> tk = r.tokens();
        int verb = trigger.from() - 2;
        // (« a fait déployer des systèmes S-400 »: who has it done, right before the verb)
        boolean causative = trigger.from() > 0 && tk.get(trigger.from() - 1).normMatches("fait|faire|fera|faisait");
        if (causative) {
            verb = trigger.from() - 1;
        } else if (verb < 0 || !ORDERING_VERB.matcher(tk.get(verb).norm()).matches()
                || !tk.get(trigger.from() - 1).normMatches("le|la|l'|les|un|une|des")) {
            return Optional.empty();
        }
        int verbAt = verb;
        int start = Math.max(lastIndexOf(tk, 0, verbAt, ";"), lastIndexOf(tk, 0, verbAt, ":")) + 1;
        return actorsIn(r, start, verbAt).stream()
                .filter(m -> m.kind() != Mention.Kind.DEMONYM && !qualifiesNamedActor(r, m, verbAt))
                .reduce((a, b) -> b);
    }

    /* The actor a sentence opens with (« La Turquie s'est aussi tournée vers ses alliés »), kept for the next one. */
    private void rememberSubject(SentenceReading r) {
        if (r.sentence() == current) {
            return;
        }
        previousSubject = currentSubject;
        current = r.sentence();
        int opening = r.datelineEnd();
        currentSubject = r.mentions().stream().filter(m -> m.from() >= opening && m.from() - opening <= 2 && m.namesActor() && m.kind() != Mention.Kind.DEMONYM
                && m.entities().size() == 1).findFirst().map(m -> actors.stateOrSelf(m.first())).orElse(null);
    }

    /*
     * Model names (« Su-24 », « F-16 ») the sentence gives a state by a demonym next to them; and craft named with a demonym
     * after them (« un bombardier russe Su-24 »), which « le bombardier » names again.
     */
    private void rememberCraft(SentenceReading r) {
        for (PhraseIndex.Match<Lexicon.Term> w : r.terms(CKG.WeaponScheme)) {
            String name = r.text(text, w.from(), w.to());
            boolean model = Patterns.matches(name, ".*\\d.*");
            r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && m.entities().size() == 1
                            && (model && m.to() == w.from() || m.from() == w.to()))
                    .findFirst().ifPresent(m -> craftOwners.put(FrenchText.normalize(name), m.first()));
        }
    }

    /**
     * Whether the weapon's words are brought as an instrument: « avec » right before them, or one word before (« avec un
     * missile sol-air »), or « d'un », « d'une » (« a abattu d'un missile sol-air un chasseur furtif américain »).
     */
    private static boolean byInstrument(SentenceReading r, PhraseIndex.Match<Lexicon.Term> w) {
        return w.from() >= 2 && (r.tokens().get(w.from() - 1).is("avec") || r.tokens().get(w.from() - 2).is("avec")
                || r.tokens().get(w.from() - 2).norm().equals("d'") && r.tokens().get(w.from() - 1).normMatches("une?"));
    }

    private void roles(SentenceReading r, Extraction.Event e, int from, int to, PhraseIndex.Match<Lexicon.Term> trigger) {
        // A place phrase, or a place named alone (« à Almaty »; a capital standing for its state is no place),
        // in the trigger's clause: the clauses after it give the surroundings (« autour du temple de
        // Ta Muen Thom, dans une zone frontalière…, entre la province de Surin et … »). With none
        // there, the place nearest the trigger (« À Almaty, des manifestants ont pris d'assaut … »).
        int[] clause = clause(r, trigger, from, to);
        // (the city of a dateline is where the report was written, not where its events happened)
        int dateline = r.datelineEnd();
        List<Mention> places = r.mentionsIn(Math.max(from, dateline), to).stream().filter(this::namesPlace).toList();
        List<Mention> inClause = places.stream().filter(m -> m.from() >= clause[0] && m.to() <= clause[1]).toList();
        // « ont débarqué sur la côte ouest du Johor, près de Pontian », « dans la région du Tigré, près de Zalambessa »: a town
        // set off by a comma right after the clause's regions is the most specific place given, the regions orient
        Optional<Mention> townNear = inClause.isEmpty() ? Optional.empty() : townNear(r, places, clause[1], to);
        if (townNear.isPresent() && inClause.stream().flatMap(m -> m.entities().stream()).noneMatch(x -> actors.isA(x, CKG.Settlement))) {
            inClause = List.of(townNear.get());
        }
        // (« sont déployés au Mali depuis 2021, et … à Niamey »: a state the clause places it in is where it is)
        boolean inAState = r.mentionsIn(clause[0], clause[1]).stream().anyMatch(m -> m.from() > 0
                && r.tokens().get(m.from() - 1).normMatches("au|en|aux") && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State)));
        if (!inClause.isEmpty()) {
            inClause.forEach(m -> e.places.addAll(m.entities()));
            // (« en direction de Lao Cai, de Cao Bang et de Lang Son »: a list the clause's comma cut)
            e.places.addAll(joinedTo(r, places, inClause.get(inClause.size() - 1)));
            // « … dans les monts Qandil, près de la frontière iranienne, et dans le district d'Amadiya »: a place
            // joined by « et » and a preposition of place after the clause, no actor nor other event between
            int last = inClause.get(inClause.size() - 1).to();
            for (int i = clause[1]; i + 2 < to; i++) {
                int et = i;
                // (« près du lac Sev, …, ainsi qu'à proximité du village de Verin Chorja »: « ainsi que » joins as « et » does)
                int prep = andAt(r.tokens(), et);
                if (prep < 0 || prep >= to || !r.tokens().get(prep).normMatches("dans|a|au|aux|en|pres|sur")) {
                    continue;
                }
                boolean quiet = r.mentionsIn(last, et).stream().noneMatch(Mention::namesActor)
                        && r.terms(CKG.EventTriggerScheme).stream().noneMatch(o -> o.from() >= last && o.from() < et);
                // (« et sur une base proche d'Erbil », « et dans plusieurs localités de la province de Hassaké »: the place may
                // close a noun phrase the preposition opens)
                places.stream().filter(m -> m.from() > prep && (m.from() <= prep + 3 || reachedBy(r, prep, m))).findFirst()
                        .filter(m -> quiet).map(m -> mostSpecific(r, places, m)).ifPresent(m -> e.places.addAll(m.entities()));
                break;
            }
        } else if (!inAState) {
            places.stream().min(java.util.Comparator.comparingInt(m -> Math.min(Math.abs(m.from() - trigger.to()),
                    Math.abs(trigger.from() - m.to())))).map(m -> mostSpecific(r, places, m)).ifPresent(m -> {
                e.places.addAll(m.entities());
                e.places.addAll(joinedTo(r, places, m));
            });
        }
        // « de la province de Khyber Pakhtunkhwa jusqu'au Baloutchistan »: a range names both ends
        for (Mention m : places) {
            if (m.entities().stream().anyMatch(e.places::contains)) {
                places.stream().filter(o -> o.from() > m.to() && o.from() <= m.to() + 2
                                && r.tokens().subList(m.to(), o.from()).stream().anyMatch(x -> x.norm().startsWith("jusqu")))
                        .findFirst().ifPresent(o -> e.places.addAll(o.entities()));
            }
        }
        boolean downs = downs(r, trigger);
        for (PhraseIndex.Match<Lexicon.Term> w : r.terms(CKG.WeaponScheme)) {
            // (a craft struck down is no weapon of the event: « a abattu un drone »)
            // (nor one the passive says was: « des drones russes ont été abattus »)
            // (« ont abattu avec un missile sol-air un hélicoptère Mi-24 russe »: the weapon « avec » brings is what struck, the
            // craft after it is what was struck down)
            boolean instrument = downs && byInstrument(r, w);
            boolean afterInstrument = downs && r.terms(CKG.WeaponScheme).stream().anyMatch(o -> o.from() >= trigger.to() && o.to() <= w.from()
                    && byInstrument(r, o));
            boolean struckDown = downs && !instrument && (w.from() >= trigger.from() && w.from() <= trigger.to() + 3
                            && r.find(trigger.to(), w.from(), "par") < 0
                    || afterInstrument && w.from() <= trigger.to() + 8 && r.find(trigger.to(), w.from(), "par") < 0
                    || w.to() <= trigger.from() && trigger.from() - w.to() <= 5
                            && r.find(w.to(), trigger.from(), "ete", "sont", "est", "etaient", "etait") >= 0);
            // (the words of a force's name, « les unités de la défense aérienne », « l'aviation éthiopienne », say who fired and
            // what kind of attack it was, not with what: kept aside until the kind is known)
            boolean forceName = r.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.BODY && m.from() <= w.from() && w.to() <= m.to());
            if (w.from() >= from && w.to() <= to && !struckDown) {
                w.values().forEach(v -> {
                    if (forceName && !e.weapons.contains(v.concept())) {
                        e.weaponsOfNames.add(v.concept());
                    } else if (!forceName) {
                        e.weaponsOfNames.remove(v.concept());
                    }
                    e.weapons.add(v.concept());
                });
            }
        }
        for (PhraseIndex.Match<Lexicon.Term> o : r.terms(CKG.OutcomeScheme)) {
            if (o.from() >= from && o.to() <= to) {
                o.values().forEach(v -> e.outcomes.add(v.concept()));
            }
        }
        Matcher d = DIRECTIONS.matcher(FrenchText.normalize(r.text(text, from, to)));
        if (d.find()) {
            e.placeTexts.add(original(r, from, to, d.start(), d.end()));
        }
    }

    /*
     * The town that « , près de », « , non loin de », « , à proximité de » or « , aux abords de » names right at {@code at}, the
     * aside ending with it.
     */
    private Optional<Mention> townNear(SentenceReading r, List<Mention> places, int at, int to) {
        List<Token> tk = r.tokens();
        if (at + 3 >= to || !tk.get(at).is(",")) {
            return Optional.empty();
        }
        int k = at + 1;
        k += tk.get(k).normMatches("non|a|aux") && k + 1 < to && tk.get(k + 1).normMatches("loin|proximite|abords") ? 2
                : tk.get(k).is("pres") ? 1 : 0;
        if (k == at + 1 || !tk.get(k).normMatches("de|d'|du|des")) {
            return Optional.empty();
        }
        int start = k + 1;
        return places.stream().filter(m -> m.from() >= start && m.from() <= start + 1 && m.entities().size() == 1
                        && actors.isA(m.first(), CKG.Settlement)
                        && (m.to() >= to || !tk.get(m.to()).isWord()))
                .findFirst();
    }

    /*
     * The places a list joins to {@code m}, when the list ends with « et »: « à la limite de la région de Batken et du
     * district d'Isfara », « touchant notamment Tel-Aviv, Haïfa et Beersheba », « de Lao Cai, de Cao Bang et de Lang Son ».
     */
    private static List<Resource> joinedTo(SentenceReading r, List<Mention> places, Mention m) {
        int end = appositionEnd(r, m.to());
        List<Resource> chain = new ArrayList<>();
        for (Mention o : places) {
            int from = end;
            // (« Kharkiv, ainsi que Soumy », « à Kandahar ainsi qu'à Kaboul »: « ainsi que » joins as « et » does)
            boolean ainsiQue = IntStream.range(from, o.from()).anyMatch(k -> andAt(r.tokens(), k) == k + 2);
            if (o.from() >= end && o.from() - end <= (ainsiQue ? 4 : 3)
                    // (« notamment à Masina et à Kimbanseke »: the preposition may be said again)
                    // (« s'emparent de Kasese, puis de Jinja »: « puis » joins places taken one after the other, as « et » does)
                    && IntStream.range(from, o.from()).allMatch(k -> r.tokens().get(k).normMatches("et|puis|du|de|des|d'|la|le|l'|les|,|a|au|aux|dans")
                            || andAt(r.tokens(), k) == k + 2 || k > from && andAt(r.tokens(), k - 1) == k + 1)
                    && (ainsiQue || r.tokens().subList(end, o.from()).stream().anyMatch(x -> x.is("et") || x.is("puis") || x.is(",")))) {
                // (« sur la base d'Aïn al-Asad, dans la province d'Anbar, et sur … »: a container set off for orientation is no
                // item of the list)
                boolean orients = o.from() - end >= 2 && r.tokens().get(end).is(",") && r.tokens().get(end + 1).normMatches("dans|au|aux|en");
                if (!orients) {
                    chain.addAll(o.entities());
                }
                boolean last = ainsiQue || r.tokens().subList(end, o.from()).stream().anyMatch(x -> x.is("et") || x.is("puis"));
                end = o.to();
                if (last) {
                    return chain;
                }
            } else if (o.from() > end && closesList(r, end, o)) {
                // (« à Kobané, à Qamichli et dans plusieurs localités de la province de Hassaké »: the last item may be a
                // noun phrase the place closes)
                chain.addAll(o.entities());
                return chain;
            }
        }
        return List.of();
    }

    /*
     * Whether {@code m} closes the noun phrase the preposition at {@code prep} opens, within six words: lower-case words only
     * (no comma, no name, no verb of a new clause), as in « sur une base proche d'Erbil », « dans plusieurs localités de la
     * province de Hassaké ».
     */
    private static boolean reachedBy(SentenceReading r, int prep, Mention m) {
        // (« et a bombardé la ville de … » is another clause: the auxiliary « a » is no preposition)
        return m.from() - prep <= 7 && (!r.tokens().get(prep).is("a") || r.tokens().get(prep).isPrepositionA())
                && r.tokens().subList(prep + 1, m.from()).stream()
                .allMatch(x -> x.isWord() && !x.isCapitalized() && !x.normMatches(CLAUSE_WORDS));
    }

    /* Words that open or carry another clause: a noun phrase of place goes on past none of them. */
    private static final String CLAUSE_WORDS = "a|ont|est|sont|etait|etaient|avait|avaient|qui|que|qu'|dont|ou|se|s'|ne|n'|y|en|pour|avant|apres|depuis|lors";

    /*
     * Whether the list that ends at {@code end} closes with « et » and a preposition of place opening a noun phrase that
     * {@code o} closes (« …, à Qamichli et dans plusieurs localités de la province de Hassaké »).
     */
    private static boolean closesList(SentenceReading r, int end, Mention o) {
        List<Token> tk = r.tokens();
        int et = end < tk.size() && tk.get(end).is(",") ? end + 1 : end;
        return et + 1 < o.from() && tk.get(et).is("et") && tk.get(et + 1).normMatches("dans|a|au|aux|en|sur")
                && (!tk.get(et + 1).is("a") || tk.get(et + 1).isPrepositionA())
                && (o.from() == et + 2 || reachedBy(r, et + 1, o));
    }

    /*
     * Where the list goes on past a noun phrase set off by commas right after a place, when « et » or « ainsi que » follows it
     * (« a visé Saada, le fief des rebelles dans le nord, ainsi que la base d'Al-Anad », « Mekele, la capitale du Tigré, et
     * Adigrat »): the comma that closes the apposition; else {@code at} itself.
     */
    private static int appositionEnd(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        if (at + 2 >= tk.size() || !tk.get(at).is(",") || !tk.get(at + 1).normMatches("le|la|l'|les|un|une")) {
            return at;
        }
        for (int c = at + 2; c < tk.size() && c <= at + 12; c++) {
            Token x = tk.get(c);
            if (x.is(",")) {
                return c > at + 2 && andAt(tk, c + 1) > 0 ? c : at;
            }
            if (!x.isWord() || x.is("et") || x.normMatches(CLAUSE_WORDS)) {
                return at;
            }
        }
        return at;
    }

    /* The word after the « et » or « ainsi que » at {@code at} that joins what follows to what precedes, or -1. */
    private static int andAt(List<Token> tk, int at) {
        if (at < tk.size() && tk.get(at).is("et")) {
            return at + 1;
        }
        return at + 1 < tk.size() && tk.get(at).is("ainsi") && tk.get(at + 1).normMatches("que|qu'") ? at + 2 : -1;
    }

    /*
     * « à Uri, dans le district de Baramulla, au Jammu-et-Cachemire »: the containers a place is given with are for
     * orientation (data/gold/README.md); the place is the first of the chain.
     */
    private static Mention mostSpecific(SentenceReading r, List<Mention> places, Mention m) {
        Mention place = m;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Mention before : places) {
                int gap = place.from() - before.to();
                List<Token> between = gap >= 2 && gap <= 4 ? r.tokens().subList(before.to(), place.from()) : List.of();
                // (« Barentu, chef-lieu de la région de Gash-Barka »: a town and the unit it heads)
                boolean heads = !between.isEmpty() && gap >= 3 && between.get(0).is(",") && between.get(1).normMatches("chef-lieu|capitale")
                        && between.get(2).normMatches("de|du|d'|des") && (gap == 3 || SentenceParse.ARTICLES.contains(between.get(3).norm()));
                if (heads || !between.isEmpty() && gap <= 3 && between.get(0).is(",") && between.get(1).normMatches("dans|au|aux|en")
                        && (gap == 2 || SentenceParse.ARTICLES.contains(between.get(2).norm()))) {
                    place = before;
                    moved = true;
                    break;
                }
            }
        }
        return place;
    }

    /** The original characters of a match found in the normalized segment (normalizing keeps lengths). */
    private String original(SentenceReading r, int from, int to, int s, int end) {
        String segment = r.text(text, from, to);
        return segment.length() == FrenchText.normalize(segment).length() ? segment.substring(s, end) : FrenchText.normalize(segment).substring(s, end);
    }

    /* Whether token {@code at} lies inside a mention, past its first word. */
    private static boolean insideName(SentenceReading r, int at) {
        return r.mentions().stream().anyMatch(m -> m.from() < at && at < m.to());
    }

    private void addressees(SentenceReading r, Extraction.Event e, int from, int to) {
        List<Token> tk = r.tokens();
        int end = from;
        // (nor past a participle clause: « …, leur demandant de faire respecter l'intégrité territoriale de la Somalie »)
        // (a word of the end inside a name does not end it: « l'Organisation pour la sécurité et la coopération en Europe »,
        // « l'Autorité intergouvernementale pour le développement »)
        while (end < to && !(APPEAL_END.contains(tk.get(end).norm()) && !insideName(r, end)) && !(tk.get(end).is(",") && end + 1 < to
                && (tk.get(end + 1).norm().endsWith("ant") || tk.get(end + 1).normMatches("leur|lui") && end + 2 < to
                        && tk.get(end + 2).norm().endsWith("ant")))) {
            end++;
        }
        // An addressee is introduced by « à », « au », « vers », « auprès de », or joined to one by « et ».
        boolean previousAccepted = false;
        for (Mention m : actorsIn(r, from, end)) {
            String before = m.from() > 0 ? tk.get(m.from() - 1).norm() : "";
            String twoBefore = m.from() > 1 ? tk.get(m.from() - 2).norm() : "";
            // « … (OTSC) et le Conseil … »: an acronym in brackets repeats the addressee before it.
            // « l'aide de l'OTSC », « l'appui du Conseil de sécurité »: after the help asked for, « de » introduces the one asked.
            // (« l'aide militaire du Caire »: an adjective may stand between)
            int deAt = Patterns.matches(before, "de|du|d'|des") ? m.from() - 1 : Patterns.matches(twoBefore, "de|du|d'") ? m.from() - 2 : -1;
            boolean ofHelp = deAt > 0 && (HELP.matcher(tk.get(deAt - 1).norm()).matches()
                    || deAt > 1 && HELP.matcher(tk.get(deAt - 2).norm()).matches() && tk.get(deAt - 1).isWord() && !tk.get(deAt - 1).isCapitalized()
                            && !SentenceParse.FUNCTION_WORDS.contains(tk.get(deAt - 1).norm()));
            // « multiplie les appels à l'aide en direction des États-Unis »
            ofHelp |= deAt > 0 && tk.get(deAt - 1).is("direction");
            // (« l'aide militaire de l'Égypte », read as Egypt's military: the help named right after the word for it, asked
            // of the state)
            boolean helpOfForces = HELP.matcher(before).matches() && m.kind() == Mention.Kind.BODY
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.ArmedForces));
            // (« de » only after « auprès », an addressee it joins, or the partners asked: « auprès de la France », « l'aide des
            // États-Unis et de la Grande-Bretagne », « l'appui de ses partenaires de l'Union européenne »; « d'imposer une zone
            // d'exclusion aérienne au-dessus de la Syrie » names no one asked)
            String threeBefore = m.from() > 2 ? tk.get(m.from() - 3).norm() : "";
            boolean introducedBy = Patterns.matches(twoBefore, "a|au|aux|vers") || twoBefore.equals("de") && (threeBefore.equals("aupres")
                    || previousAccepted && Patterns.matches(threeBefore, "et|,") || PARTNERS.matcher(threeBefore).matches());
            boolean introduced = before.equals("(") ? previousAccepted : ofHelp || Patterns.matches(before, "a|au|aux|vers|aupres") || introducedBy
                    && Patterns.matches(before, "la|le|l'|les|de|du")
                    || previousAccepted && (Patterns.matches(before, "et|,") || Patterns.matches(twoBefore, "et|,"));
            // « a saisi le Conseil de sécurité », « a appelé à l'aide les États-Unis, l'OTAN et … »: the organisation or
            // state right after the trigger
            // (past a phrase of time: « a saisi le jour même le Conseil de sécurité »)
            int object = Math.min(objectAt(r, from), m.from());
            introduced |= m.from() - object <= 2 && m.kind() != Mention.Kind.DEMONYM && m.entities().stream()
                    .allMatch(x -> actors.isA(x, CKG.InternationalOrganization) || actors.isA(x, CKG.Alliance)
                            || actors.isA(x, CKG.State) && tk.subList(object, m.from()).stream().allMatch(w -> SentenceParse.ARTICLES.contains(w.norm())));
            // (« le Conseil de sécurité ainsi que l'OACI »)
            introduced |= previousAccepted && m.from() > 2 && tk.get(m.from() - 3).norm().equals("ainsi") && twoBefore.equals("que")
                    && SentenceParse.ARTICLES.contains(before);
            previousAccepted = introduced && m.kind() != Mention.Kind.DEMONYM && m.kind() != Mention.Kind.PERSON;
            // (« a appelé à l'aide son allié libyen », « a demandé l'aide de son allié russe »: the ally the subject turns to)
            boolean ally = m.kind() == Mention.Kind.DEMONYM && Patterns.matches(before, "allie|alliee|allies|alliees|parrain|protecteur")
                    && Patterns.matches(twoBefore, "son|sa|ses|leur|leurs");
            if (previousAccepted || ally) {
                e.addressees.addAll(m.entities());
            } else if (helpOfForces) {
                m.entities().forEach(x -> e.addressees.add(actors.stateOrSelf(x)));
                previousAccepted = true;
            }
        }
    }

    private void requester(SentenceReading r, Extraction.Event e, int from, int to) {
        // (the appeal's own word: « Réuni jeudi, le Conseil … a décidé de solliciter l'OTSC » opens with a meeting)
        int firstTrigger = r.terms(CKG.EventTriggerScheme).stream().filter(t -> t.from() >= from
                && actors.lexicon().isSubClass(t.values().get(0).evokes(), CKG.AssistanceRequest)).mapToInt(t -> t.from()).min().orElse(to);
        requester(r, e, from, firstTrigger, to);
    }

    /* The requester of an appeal whose own word begins at {@code firstTrigger}: the subject before it. */
    private void requester(SentenceReading r, Extraction.Event e, int from, int firstTrigger, int to) {
        List<Token> tk = r.tokens();
        Mention asker = null;
        for (Mention m : actorsIn(r, from, firstTrigger)) {
            // (« L'Arménie, alliée de la Russie, a demandé »: an aside between the subject and its verb names no requester)
            int open = lastIndexOf(tk, Math.max(from, m.from() - 12), m.from(), ",");
            int close = r.find(m.to(), firstTrigger, ",");
            if (open >= 0 && close >= 0 && apposition(r, open, close, firstTrigger)) {
                continue;
            }
            // (« avait demandé le 31 octobre à la Russie »: past the article)
            int word = m.from() > 1 && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()) ? m.from() - 2 : m.from() - 1;
            String before = word >= 0 ? tk.get(word).norm() : "";
            // (« l'Arménie avait demandé le 31 octobre à la Russie d'ouvrir des consultations sur une aide militaire, en
            // invoquant le traité »: whom the subject asked, before the appeal's own word)
            if (Patterns.matches(before, "a|au|aux") && stemBetween(tk, Math.max(from, word - 5), word, "demand")) {
                e.addressees.add(actors.stateOrSelf(m.first()));
            }
            // (« Hun Sen a accusé la Thaïlande d'agression et … a demandé »: whom a statement's verb names is its object, no
            // requester)
            int afterWord = word + 1;
            boolean objectOfCue = r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.to() == afterWord);
            if (!Patterns.matches(before, "vers|a|au|aux|entre|contre|sur|et") && !e.addressees.containsAll(m.entities()) && !objectOfCue) {
                e.requester = actors.stateOrSelf(m.first());
                asker = m;
                if (r.find(m.to(), firstTrigger, "decide", "decidé") >= 0 || stemBetween(tk, m.to(), firstTrigger, "decid")) {
                    e.decidedBy = m.first();
                }
            }
        }
        // « Les Émirats et l'Arabie saoudite ont demandé »: the first of a joined subject is no more the requester than the
        // others (the loop above skips those after « et », lest « demandé à la France et à l'OTAN » give requesters)
        // (« Le Japon, la Corée du Sud et les États-Unis ont demandé »: the loop's last is inside the list, which its first opens)
        if (asker != null) {
            Mention last = asker;
            Mention head = actorsIn(r, from, asker.from()).stream()
                    .filter(m -> joinedToSubject(r, m, firstTrigger).stream().anyMatch(j -> j.from() == last.from()))
                    .findFirst().orElse(asker);
            List<Mention> joined = new ArrayList<>(joinedToSubject(r, head, firstTrigger));
            if (!joined.isEmpty()) {
                joined.add(head);
                // (the list's commas: « Le Japon, la Corée du Sud et … »)
                List<Mention> before = actorsIn(r, from, head.from());
                for (int i = before.size() - 1; i >= 0; i--) {
                    Mention p = before.get(i);
                    Mention next = joined.get(joined.size() - 1);
                    List<Token> between = tk.subList(p.to(), next.from());
                    if (between.isEmpty() || !between.get(0).is(",") || !between.subList(1, between.size()).stream()
                            .allMatch(w -> SentenceParse.ARTICLES.contains(w.norm()))) {
                        break;
                    }
                    joined.add(p);
                }
                joined.forEach(j -> j.entities().forEach(x -> e.coRequesters.add(actors.stateOrSelf(x))));
            }
            e.coRequesters.remove(e.requester);
        }
        // (« …, et son ministre des Affaires étrangères, Mahmoud Ali Youssouf, avait saisi le Conseil »: the subject may
        // begin before the segment, whose comma falls inside its apposition)
        if (e.requester == null) {
            r.mentions().stream().filter(m -> m.from() < from && m.to() > from && m.to() <= firstTrigger && m.kind() == Mention.Kind.PERSON
                    && !e.addressees.containsAll(m.entities())).findFirst().ifPresent(m -> e.requester = actors.stateOrSelf(m.first()));
        }
        // (« dans une lettre adressée au Conseil de sécurité de l'ONU, a demandé la convocation d'une réunion d'urgence »: whom
        // the sentence's letter or message is addressed to, when the appeal names no one)
        for (int i = 0; i + 2 < tk.size() && e.addressees.isEmpty(); i++) {
            if (tk.get(i).norm().startsWith("adresse") && tk.get(i + 1).normMatches("a|au|aux")) {
                int at = tk.get(i + 2).normMatches("la|l'|le|les") ? i + 3 : i + 2;
                r.mentions().stream().filter(m -> m.from() == at && !m.entities().isEmpty() && m.entities().stream()
                                .allMatch(x -> actors.isA(x, CKG.InternationalOrganization) || actors.isA(x, CKG.Alliance)))
                        .findFirst().ifPresent(m -> e.addressees.addAll(m.entities()));
            }
        }
        if (e.requester != null) {
            e.addressees.remove(e.requester);
            e.addressees.removeAll(e.coRequesters);
        }
    }

    /* Whether {@code m} is the subject of a statement's verb (« Moscou a exprimé », « Le Caire a aussitôt dénoncé »). */
    private static boolean speaker(SentenceReading r, Mention m) {
        return r.terms(CKG.SpeechCueScheme).stream().anyMatch(c -> c.from() >= m.to() && c.from() - m.to() <= 3
                && r.tokens().subList(m.to(), c.from()).stream().allMatch(x -> BETWEEN_SUBJECT_AND_VERB.matcher(x.norm()).matches()));
    }

    /* Whether a trigger that needs an object (« recevoir » a person) has one, past when and where. */
    private boolean hasObject(SentenceReading r, PhraseIndex.Match<Lexicon.Term> t) {
        Set<Resource> needs = t.values().get(0).needsObject();
        int object = objectAt(r, t.to());
        return r.mentions().stream().anyMatch(m -> m.from() >= t.to() && m.from() <= object + 3
                        && m.entities().stream().allMatch(x -> needs.stream().anyMatch(c -> actors.isA(x, c))))
                // « revendique la souveraineté sur le Sahara occidental », « revendique depuis des décennies l'Essequibo »: a
                // place claimed past how much of it and since when; « l'île Zhenbao, que Pékin comme Moscou revendiquent »: or
                // the antecedent of the relative
                || needs.contains(CKG.Place) && (claimedPlace(r, t.to()).isPresent()
                        || TriggerContext.claimedBefore(r, t.from(), this::namesPlace).isPresent())
                // « a demandé à la France et à ses partenaires de maintenir leur appui »: a state asked for help
                || needs.contains(CKG.InternationalOrganization) && r.mentions().stream().anyMatch(m -> m.from() >= t.to() && m.from() <= object + 3
                        && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State))) && helpAsked(r.tokens(), t.to())
                // « a reçu son homologue iranien »: a counterpart is a person
                || needs.contains(CKG.Person) && counterpartAt(r.tokens(), object)
                || needs.contains(CKG.Person) && r.mentions().stream().anyMatch(m -> unnamedHolder(r, m, object))
                // « a reçu vendredi à Bamako une délégation de la Cédéao »: people sent by an actor
                || needs.contains(CKG.Person) && delegationOf(r, object).isPresent()
                // « a dépêché plusieurs bâtiments de guerre », « l'envoi de forces américaines »: forces or arms sent
                || needs.contains(CKG.ArmedForces) && (forcesAt(r, object)
                        // « plusieurs divisions de la Garde républicaine irakienne massées à la frontière », « des parachutistes russes
                        // ont été acheminés »: forces sent, then the participle
                        || PAST_PARTICIPLE.matcher(r.tokens().get(t.from()).surface()).matches() && actorRightBefore(r, t.from(), Set.of(CKG.ArmedForces)));
    }

    /*
     * Whether an actor of one of {@code classes} stands right before token {@code at}, past auxiliaries and adverbs (« des
     * soldats grecs prenaient position », « ses unités ont simplement pris position »).
     */
    private boolean actorRightBefore(SentenceReading r, int at, Set<Resource> classes) {
        return actorRightBefore(r, at, x -> classes.stream().anyMatch(c -> actors.isA(x, c)));
    }

    /* Whether an actor all of whose entities are {@code such} stands right before token {@code at}, as above. */
    private static boolean actorRightBefore(SentenceReading r, int at, java.util.function.Predicate<Resource> such) {
        return r.mentions().stream().anyMatch(m -> m.to() <= at
                && r.tokens().subList(m.to(), at).stream().allMatch(x -> BETWEEN_SUBJECT_AND_VERB.matcher(x.norm()).matches())
                && !m.entities().isEmpty() && m.entities().stream().allMatch(such));
    }

    /* A legislature (its body's slug: « parlement », « senat », « assemblee-nationale », …) as the subject right before {@code at}. */
    private boolean legislatureRightBefore(SentenceReading r, int at) {
        return actorRightBefore(r, at, x -> x.isURIResource()
                && LEGISLATURE.matcher(x.getURI().substring(x.getURI().lastIndexOf('/') + 1)).matches());
    }

    /* « la loi martiale, que la Rada a approuvée », « a approuvé l'envoi de troupes »: a measure of the state's own that a
       legislature passes, named right after the verb or just before it, is no ratification. */
    private static boolean domesticMeasureNear(List<Token> tk, int from, int to) {
        return IntStream.range(Math.max(0, from - 8), Math.min(tk.size(), to + 4)).anyMatch(k -> DOMESTIC_MEASURE.matcher(tk.get(k).norm()).matches());
    }

    private static final Pattern DOMESTIC_MEASURE = Pattern.compile("lois?|decrets?|budgets?|envoi|deploiement|mobilisation|resolutions?"
            + "|motions?|reformes?|nominations?|sanctions|amendements?|constitution|revision|candidature|referendum|urgence|martiale");

    private static final Pattern LEGISLATURE = Pattern.compile(
            "parlement|senat|assemblee-nationale|chambre-des-representants|chambre-des-deputes|congres|douma|knesset");

    private static final Pattern BETWEEN_SUBJECT_AND_VERB = Pattern.compile("ont|a|sont|est|ete|avaient|avait|etaient|etait|seraient|serait"
            + "|auraient|aurait|deja|egalement|aussi|en|outre|par|ailleurs|simplement|finalement|ensuite|alors|rapidement");

    private static final Pattern ENDING = Pattern.compile("cesser|arreter|mettre|retirer|renoncer|suspendre|fin|ne|n'");
    private static final Pattern HELPING = Pattern.compile(
            "aide|aider|appui|appuyer|soutien|soutenir|assistance|assister|intervenir|secours|secourir|renforts|proteger|defendre"
            // (« a demandé à Washington de dépêcher son émissaire », « à l'ONU d'envoyer une force »: sending someone to
            // one's side is help asked for)
            + "|envoyer|depecher|deployer|mediation|mediateur");

    /* Help named in what « demander à X de … » asks, within a few words (« de maintenir leur appui », « d'intervenir »), not to end it. */
    private static boolean helpAsked(List<Token> tk, int from) {
        int de = -1;
        for (int k = from; k < Math.min(tk.size(), from + 10); k++) {
            // (« de l'aider », « de les secourir »: a pronoun before the infinitive is no article of a name)
            if (tk.get(k).normMatches("de|d'") && k + 1 < tk.size() && !tk.get(k + 1).isCapitalized()
                    && (!SentenceParse.ARTICLES.contains(tk.get(k + 1).norm())
                            || tk.get(k + 1).normMatches("l'|les|la") && k + 2 < tk.size() && HELPING.matcher(tk.get(k + 2).norm()).matches())) {
                de = k;
                break;
            }
        }
        for (int k = de + 1; de >= 0 && k < Math.min(tk.size(), de + 6); k++) {
            String n = tk.get(k).norm();
            if (ENDING.matcher(n).matches()) {
                return false;
            }
            if (HELPING.matcher(n).matches()) {
                return true;
            }
        }
        return false;
    }

    /*
     * Whether troops, craft or arms are named at {@code at}, past the words that count them (« des milliers de
     * soldats », « deux avions de combat »). Ships and formations have no head of their own in the lexicon:
     * they name no actor, only what an actor sends.
     */
    private boolean forcesAt(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int i = at;
        while (i < tk.size() && i < at + 6 && (tk.get(i).normMatches(COUNTING_WORDS) || tk.get(i).normMatches("\\d[\\d .,]*"))) {
            i++;
        }
        int here = i;
        return i < tk.size() && (SENT_FORCES.contains(tk.get(i).norm())
                || r.terms(CKG.WeaponScheme).stream().anyMatch(w -> w.from() == here)
                || r.terms(CKG.ActorHeadScheme).stream().anyMatch(h -> h.from() == here && h.values().get(0).denotesClass() != null
                        && actors.lexicon().isSubClass(h.values().get(0).denotesClass(), CKG.ArmedForces)));
    }

    /*
     * « une délégation de la Cédéao » at {@code at}: the actor that sent it; or who leads it, when the text names them
     * (« une délégation de la Cédéao conduite par l'ancien chef d'État nigérian Abdulsalami Abubakar », « une délégation
     * conduite par le général Nimeiry »: the leader met whom the verb names, for the sender)
     */
    private Optional<Mention> delegationOf(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        if (at + 1 >= tk.size() || !tk.get(at).normMatches("une|la|des|les") || !tk.get(at + 1).normMatches("delegations?")) {
            return Optional.empty();
        }
        int led = IntStream.range(at + 2, Math.min(tk.size() - 1, at + 9))
                .filter(i -> tk.get(i).normMatches("(conduite|menee|dirigee|emmenee|presidee)s?") && tk.get(i + 1).is("par"))
                .findFirst().orElse(-1);
        if (led >= 0 && IntStream.range(at + 2, led).noneMatch(i -> tk.get(i).normMatches("[.;:]|qui|que|et"))) {
            Optional<Mention> leader = r.mentions().stream().filter(m -> m.from() > led + 1 && m.from() <= led + 5 && m.namesActor()
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Person))
                    && IntStream.range(led + 2, m.from()).allMatch(i -> tk.get(i).normMatches("le|la|l'|les|m|mme|\\.|ancien|ancienne|ex-?|"
                            + SentenceParse.TITLES))).findFirst();
            if (leader.isPresent()) {
                return leader;
            }
        }
        if (at + 2 >= tk.size() || !tk.get(at + 2).normMatches("de|du|des|d'")) {
            return Optional.empty();
        }
        int from = at + 3 < tk.size() && SentenceParse.ARTICLES.contains(tk.get(at + 3).norm()) ? at + 4 : at + 3;
        return r.mentions().stream().filter(m -> (m.from() == from || m.from() == at + 3) && m.namesActor()).findFirst();
    }

    /* Adverbs that may stand between a verb and its object (« avait aussitôt saisi le Conseil », « a saisi en urgence »), normalized. */
    private static final String ADVERB_BEFORE_OBJECT = "aussitot|immediatement|rapidement|officiellement|egalement|aussi|deja|encore"
            + "|finalement|formellement|meme|alors|ensuite|enfin|notamment|urgemment|separement|longuement|brievement";
    private static final Pattern OBJECT_ADVERB = Pattern.compile(ADVERB_BEFORE_OBJECT);

    /*
     * The end of a phrase of time at {@code i} that may stand between a verb and its object (« le jour même », « dès les jours
     * suivants », « dès le 2 août », « en urgence », « à nouveau », « le lendemain »), or {@code i} when none begins there.
     */
    private static int timePhraseAt(List<Token> tk, int i) {
        if (i + 1 < tk.size() && (tk.get(i).normMatches("en|d'") && tk.get(i + 1).norm().equals("urgence")
                || tk.get(i).normMatches("a|de") && tk.get(i + 1).norm().equals("nouveau"))) {
            return i + 2;
        }
        // (« le soir même », « le matin même », « la nuit même »)
        if (i + 2 < tk.size() && tk.get(i).normMatches("le|la") && tk.get(i + 1).normMatches("jour|soir|matin|nuit|lendemain")
                && tk.get(i + 2).norm().equals("meme")) {
            return i + 3;
        }
        if (i + 1 < tk.size() && tk.get(i).norm().equals("le") && tk.get(i + 1).norm().equals("lendemain")) {
            return i + 2;
        }
        // (« a reçu le 12 mars à Moscou le président … », « a été reçu le mardi 4 juin 2019 par … »: a date)
        if (tk.get(i).norm().equals("le")) {
            int j = i + 1 < tk.size() && tk.get(i + 1).normMatches("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche") ? i + 2 : i + 1;
            if (j + 1 < tk.size() && tk.get(j).normMatches("1er|\\d{1,2}") && tk.get(j + 1).normMatches(EventDates.MONTH_NAMES)) {
                return j + 2 < tk.size() && tk.get(j + 2).normMatches("\\d{4}") ? j + 3 : j + 2;
            }
        }
        if (!tk.get(i).surfaceMatches("dès|Dès")) {
            return i;
        }
        int j = i + 1;
        while (j < tk.size() && j <= i + 5 && tk.get(j).normMatches("le|les|l'|la|jours?|suivants?|lendemain|premiers?|premieres?"
                + "|heures|\\d{1,4}|1er|" + EventDates.MONTH_NAMES + "|" + SentenceParse.WHEN_WORDS)) {
            j++;
        }
        return j > i + 1 ? j : i;
    }

    /* Where a verb's object starts past when and where (« a reçu jeudi à New Delhi le ministre … ») */
    private int objectAt(SentenceReading r, int at) {
        List<Token> tk = r.tokens();
        int i = at;
        while (i < tk.size()) {
            int here = i;
            if (tk.get(i).normMatches(SentenceParse.WHEN_WORDS) || tk.get(i).normMatches(ADVERB_BEFORE_OBJECT)) {
                i++;
                continue;
            }
            // (« a saisi le jour même le Conseil de sécurité », « a saisi dès les jours suivants le Conseil »: a phrase of time)
            int time = timePhraseAt(tk, i);
            if (time > i) {
                i = time;
                continue;
            }
            // (« à la Maison Blanche », « au Kremlin »: a seat of power names its state)
            int named = i + 1 < tk.size() && tk.get(i + 1).normMatches("la|l'|le|les") ? here + 2 : here + 1;
            Optional<Mention> place = tk.get(i).normMatches("a|au|aux") ? r.mentions().stream().filter(m -> m.from() == named
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) || actors.lexicon().stateOfCapital(x).isPresent()
                            // (« au Kremlin »: « au » holds the article)
                            || (named > here + 1 || tk.get(here).normMatches("au|aux"))
                                    && (actors.isA(x, CKG.State) || actors.isA(x, CKG.GovernmentBody))))
                    .findFirst() : Optional.empty();
            // (« a dépêché en Centrafrique des centaines de soldats », « en dépêchant sur place des navires »: where the
            // object is sent, written before it)
            if (place.isEmpty() && tk.get(i).is("en")) {
                place = r.mentions().stream().filter(m -> m.from() == here + 1 && !m.entities().isEmpty()
                        && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) || actors.isA(x, CKG.State))).findFirst();
            }
            if (place.isEmpty() && i + 1 < tk.size() && tk.get(i).is("sur") && tk.get(i + 1).is("place")) {
                i += 2;
                continue;
            }
            if (place.isEmpty()) {
                return i;
            }
            i = place.get().to();
        }
        return i;
    }

    /*
     * « a reçu le ministre malien de la Défense », « a rencontré le Premier ministre grec »: an office holder the text does
     * not name, object of the verb at {@code object}, stands for that holder's state (« a reçu le secrétaire général de
     * l'ONU »: or for the organisation whose office it is, the words of office and organisation being one mention).
     */
    private boolean unnamedHolder(SentenceReading r, Mention m, int object) {
        List<Token> tk = r.tokens();
        int at = object < tk.size() && tk.get(object).normMatches("le|la|l'|au|aux") ? object + 1 : object;
        // (the office's words and demonym are one mention, or after « au » the demonym alone)
        return r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() == at && (m.from() == at || m.kind() == Mention.Kind.DEMONYM
                        && m.from() >= o.to() && m.from() <= o.to() + 1))
                && !m.entities().isEmpty() && m.entities().stream().allMatch(x -> actors.isA(x, CKG.State)
                        || m.from() == at && m.entities().size() == 1 && actors.isA(x, CKG.Organization) && !actors.isA(x, CKG.NewsAgency));
    }

    /*
     * « un entretien téléphonique entre les Premiers ministres grec et macédonien, Alexis Tsipras et Zoran Zaev »: people named
     * after « entre » and a plural office with its demonyms (nothing else between: articles, the office's words, demonyms, the
     * people named before them, « et » and commas).
     */
    private boolean namedAfterEntre(SentenceReading r, Mention m, int from) {
        List<Token> tk = r.tokens();
        int entre = lastIndexOf(tk, Math.max(from, m.from() - 12), m.from(), "entre");
        return entre >= 0 && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Person))
                && r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() > entre && o.to() <= m.from())
                && IntStream.range(entre + 1, m.from()).allMatch(i -> tk.get(i).normMatches("les|des|et|,")
                        || r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() <= i && i < o.to())
                        || r.mentions().stream().anyMatch(d -> d.from() <= i && i < d.to() && (d.kind() == Mention.Kind.DEMONYM
                                || d.entities().stream().allMatch(x -> actors.isA(x, CKG.Person)))));
    }

    /*
     * Where the office the person {@code m} is named in apposition to begins (« avec le secrétaire général de l'organisation,
     * Antonio Guterres », « a reçu le président en exercice de l'OSCE, le ministre belge … Karel De Gucht »), or -1: an article
     * and an office right after « avec » or at the verb's {@code object}, then a comma and the name (perhaps with an article
     * before it), no other person, no « et » or second comma between.
     */
    private int officeBeforeHolder(SentenceReading r, Mention m, int after, int object) {
        List<Token> tk = r.tokens();
        int comma = m.from() - 1;
        if (comma > 0 && SentenceParse.ARTICLES.contains(tk.get(comma).norm())) {
            comma--;
        }
        if (comma <= after || !tk.get(comma).is(",")) {
            return -1;
        }
        int avec = lastIndexOf(tk, Math.max(after - 1, comma - 12), comma, "avec");
        int article = avec >= 0 ? avec + 1 : object;
        int office = article + 1;
        int end = comma;
        boolean opens = article >= after && article < comma && tk.get(article).normMatches("le|la|l'")
                && r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() == office);
        return opens && IntStream.range(office, end).noneMatch(i -> tk.get(i).normMatches(",|et|[.;:]|qui|que|dont"))
                && r.mentions().stream().noneMatch(d -> d.from() >= office && d.to() <= end
                        && d.entities().stream().anyMatch(x -> actors.isA(x, CKG.Person)))
                ? office : -1;
    }

    /**
     * Whether the words between two words of a meeting, {@code from} to {@code to}, move on to another stop: « puis » or
     * « avant de », then a clause of its own opened by « où » or « pour » (« puis à Berlin, où il a été reçu par »).
     */
    private static boolean nextStop(List<Token> tk, int from, int to) {
        int move = -1;
        for (int i = from; i < to; i++) {
            if (tk.get(i).is("puis") || tk.get(i).is("avant") && i + 1 < to && tk.get(i + 1).normMatches("de|d'")) {
                move = i;
            }
        }
        return move >= 0 && IntStream.range(move + 1, to).anyMatch(i -> tk.get(i).surfaceMatches("[oO]ù|pour"));
    }

    /* « avec son homologue russe Vladimir Poutine »: « avec », a possessive, « homologue » and a demonym before the name */
    private static boolean counterpartAfterAvec(SentenceReading r, Mention m) {
        int avec = lastIndexOf(r.tokens(), Math.max(0, m.from() - 5), m.from(), "avec");
        return avec >= 0 && counterpartNamed(r, m, avec + 1);
    }

    /*
     * Whether {@code m} names the counterpart whose possessive stands at {@code possessive}: « son homologue russe Vladimir
     * Poutine », « son homologue turc, Recep Tayyip Erdogan » (a comma may set the name off).
     */
    private static boolean counterpartNamed(SentenceReading r, Mention m, int possessive) {
        List<Token> tk = r.tokens();
        return counterpartAt(tk, possessive) && IntStream.range(possessive + 2, m.from()).allMatch(i ->
                i == m.from() - 1 && i > possessive + 2 && tk.get(i).is(",")
                || r.mentions().stream().anyMatch(d -> d.kind() == Mention.Kind.DEMONYM && d.from() <= i && i < d.to()));
    }

    /**
     * The comma that ends a phrase opening the clause with the trigger (« Lors d'un entretien téléphonique, »,
     * « Au cours d'une rencontre à Moscou, »), or -1. Only a preposition, an article and when may stand before it.
     */
    private static int frontedPhraseEnd(SentenceReading r, PhraseIndex.Match<Lexicon.Term> t, int from, int to) {
        List<Token> tk = r.tokens();
        int start = t.from() - 1;
        // (the report's first sentence opens after its dateline: « PARIS, 12 mars (AFP) - Lors d'une rencontre, … »)
        int opening = Math.max(from, r.datelineEnd());
        // (« Après s'être entretenus au téléphone vendredi, X et Y ont estimé »: so is a call the subject made before)
        while (start >= opening && tk.get(start).normMatches("lors|au|cours|terme|pendant|durant|dans|a|l'issue|issue|de|d'|du|un|une|l'|la|le"
                // (« Au terme d'un long entretien téléphonique avec M. Eden, M. Mollet … »: an adjective of length or order)
                + "|long|longue|bref|breve|nouvel|nouveau|nouvelle|premier|premiere"
                + "|apres|s'|etre|avoir|entretenus|entretenues|entretenu|entretenue|parle|parles|telephone")) {
            start--;
        }
        boolean opens = start < opening || tk.get(start).is(",") || tk.get(start).is(":");
        // (the trigger may open with it: « La veille, au téléphone, Sergueï Lavrov avait averti … »)
        boolean preposition = tk.get(start + 1).normMatches("lors|au|pendant|durant|dans|a|apres");
        // (« lors d'un entretien téléphonique avec le secrétaire d'État américain, … »: whom « avec » brings in belongs to the phrase)
        int avec = t.to() < tk.size() && tk.get(t.to()).is("avec") ? t.to() : -1;
        int comma = r.find(t.to(), Math.min(to, t.to() + (avec >= 0 ? 10 : 6)), ",");
        // (where it was held names no one who took part: « Lors d'une rencontre à Genève, », « au Kremlin, »)
        return opens && preposition && comma > 0 && r.mentions().stream().noneMatch(m -> m.from() >= t.to() && m.from() < comma && m.namesActor()
                        && !(m.from() > 0 && tk.get(m.from() - 1).normMatches("a|au|aux|en|dans"))
                        && avec < 0)
                ? comma : -1;
    }

    /* Adjectives set before an attack noun (« une nouvelle frappe », « une autre attaque »), normalized. */
    private static final String BEFORE_ATTACK_NOUN = "nouvelles?|nouveaux|nouvel|nouveau|autres?|premieres?|premiers?|deuxiemes?"
            + "|secondes?|troisiemes?|dernieres?|derniers?|doubles?|violentes?|violents?|massives?|vastes?|meurtrieres?|meurtriers?";

    /**
     * The verb by which an attack named as the subject strikes (« Une frappe aérienne … a visé », « L'attaque a touché »):
     * the index of its participle, when the trigger is a noun opening its clause with an article; a relative clause may
     * stand between (« que la Turquie attribue aux forces syriennes »).
     */
    private static Optional<Integer> hitBy(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int to) {
        List<Token> tk = r.tokens();
        if (trigger == null || trigger.from() == 0) {
            return Optional.empty();
        }
        // (past an adjective set before the noun: « Une nouvelle frappe a touché », « Une autre attaque a visé »)
        int determiner = trigger.from() > 1 && tk.get(trigger.from() - 1).normMatches(BEFORE_ATTACK_NOUN) ? trigger.from() - 2
                : trigger.from() - 1;
        // (and the plural indefinite: « Des frappes israéliennes ont tué deux officiers iraniens »)
        if (!tk.get(determiner).normMatches("une?|la|l'|les|des|cette|ces|cet")
                || determiner > 0 && !(boundary(r, determiner - 1) || tk.get(determiner - 1).is(","))) {
            return Optional.empty();
        }
        for (int k = trigger.to(); k < Math.min(to, trigger.to() + 14); k++) {
            if (STRIKES.contains(tk.get(k).stem()) && k > 0 && tk.get(k - 1).normMatches("a|ont|avait|avaient")) {
                // (not the verb of a relative clause: « l'attaque qui a tué … » tells of the attack too, so it counts)
                return Optional.of(k);
            }
            if (tk.get(k).normMatches("[;.]")) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * « Cinq jours après le bombardement de Yeonpyeong par la Corée du Nord, les États-Unis et la Corée du Sud ont lancé
     * … »: an event named in a phrase of time that opens the sentence has its sides in that phrase; the comma ends it.
     */
    private static int frontedPhraseOf(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int from, int to) {
        if (trigger == null || r.find(from, trigger.from(), ",") >= 0) {
            return to;
        }
        boolean time = opensWithTime(r, from, trigger.from());
        int comma = r.find(trigger.to(), to, ",");
        return time && comma > 0 ? comma : to;
    }

    /* Whether words of time open tokens [from, until) before any actor is named (« Cinq jours après », « Au lendemain de »). */
    private static boolean opensWithTime(SentenceReading r, int from, int until) {
        List<Token> tk = r.tokens();
        int firstActor = r.mentions().stream().filter(m -> m.from() >= from && m.namesActor()).mapToInt(Mention::from).min().orElse(until);
        return IntStream.range(from, Math.min(Math.min(until, firstActor), from + 5))
                .anyMatch(i -> tk.get(i).normMatches("apres|avant|suite|lendemain|veille"));
    }

    /** Past a phrase of time that opens the sentence and names another event (« Cinq jours après le bombardement …, »). */
    private static int afterFrontedTimePhrase(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int from) {
        if (trigger == null) {
            return from;
        }
        // (« SÉOUL, 28 novembre 2010 - Cinq jours après … »: the phrase opens after a dateline)
        int start = Math.max(from, r.datelineEnd());
        int comma = r.find(start, trigger.from(), ",");
        boolean time = comma > 0 && opensWithTime(r, start, comma);
        boolean eventInIt = time && r.terms(CKG.EventTriggerScheme).stream().anyMatch(t -> t.from() >= start && t.to() <= comma);
        return eventInIt ? comma + 1 : from;
    }

    /* Where in [from, to) a participle of harm follows a comma (« , tué »), or -1. */
    private static int harmedAntecedentBefore(List<Token> tk, int from, int to) {
        for (int i = Math.max(1, from); i < to; i++) {
            if (STRIKES.contains(tk.get(i).stem()) && tk.get(i - 1).is(",")) {
                return i;
            }
        }
        return -1;
    }

    /* The subject of a gerund trigger (« en tirant »): the first actor of its sentence, past a headline's label; or null. */
    private Mention gerundSubject(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger, int from) {
        List<Token> tk = r.tokens();
        if (trigger == null || trigger.from() == 0 || !tk.get(trigger.from() - 1).is("en") || !tk.get(trigger.from()).norm().endsWith("ant")
                || !attackTrigger(trigger)) {
            return null;
        }
        return actorsIn(r, from, trigger.from()).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM
                && !(m.to() < tk.size() && tk.get(m.to()).is(":"))).findFirst().orElse(null);
    }

    private boolean attackTrigger(PhraseIndex.Match<Lexicon.Term> trigger) {
        Resource evokes = trigger.values().get(0).evokes();
        return evokes != null && actors.lexicon().isSubClass(evokes, CKG.Incident) && !actors.lexicon().isSubClass(evokes, CKG.Deployment);
    }

    /* Whether the trigger strikes down a craft whose owner is the target (« abattre »: lexicon, ckg:ownerIsTarget). */
    private static boolean downs(SentenceReading r, PhraseIndex.Match<Lexicon.Term> trigger) {
        // (not « une nuée de drones s'est abattue sur l'usine »: what falls upon a place strikes it)
        boolean reflexive = trigger != null && r.find(Math.max(0, trigger.from() - 2), trigger.from(), "s'", "se") >= 0;
        return trigger != null && trigger.values().get(0).ownerIsTarget() && !reflexive;
    }

    /** Where a cause the trigger's event answers begins (« en représailles à », « en riposte à », « pour venger »), or {@code to}. */
    private static int causeAfter(List<Token> tk, PhraseIndex.Match<Lexicon.Term> trigger, int to) {
        if (trigger == null) {
            return to;
        }
        for (int i = trigger.to(); i + 2 < to; i++) {
            boolean cause = tk.get(i).is("en") && tk.get(i + 1).normMatches("represailles|riposte|reponse|retorsion")
                    && tk.get(i + 2).normMatches("a|au|aux")
                    || tk.get(i).is("pour") && tk.get(i + 1).normMatches("venger|repondre|riposter");
            if (cause) {
                return i;
            }
        }
        return to;
    }

    /*
     * Where the noun of an organisation's ministers, chiefs or delegates stands after a meeting's trigger, or -1: right after it
     * when no party is named yet (« une réunion des ministres de … »), or as what the subject met (« a rencontré à Portoroz les
     * ministres de … »).
     */
    private static int peersNamed(List<Token> tk, PhraseIndex.Match<Lexicon.Term> t, boolean noParty) {
        if (noParty && t.to() + 2 < tk.size() && tk.get(t.to()).normMatches("des|de|du")
                && PEERS.matcher(tk.get(t.to() + 1).norm()).matches()) {
            return t.to() + 1;
        }
        return IntStream.range(t.to() + 1, Math.min(tk.size() - 1, t.to() + 10))
                .filter(k -> PEERS.matcher(tk.get(k).norm()).matches() && tk.get(k - 1).normMatches("les|ses|leurs")
                        && IntStream.range(t.to(), k).noneMatch(i -> tk.get(i).normMatches("[.;]|et|qui|que")))
                .findFirst().orElse(-1);
    }

    /*
     * Where the parties of the call, meeting or agreement {@code t} stop: before « et » and the verb of an event of another kind
     * (« s'est entretenu au téléphone avec le roi Fahd, ainsi qu'avec M. Moubarak, et avait rencontré le 2 août à Aspen … Margaret
     * Thatcher »: whom the second verb names met the subject, they did not call), else {@code to}.
     */
    private int partiesEnd(SentenceReading r, List<PhraseIndex.Match<Lexicon.Term>> triggers, PhraseIndex.Match<Lexicon.Term> t, int to) {
        List<Token> tk = r.tokens();
        Resource cls = t.values().get(0).evokes();
        for (PhraseIndex.Match<Lexicon.Term> o : triggers) {
            Resource other = o.values().get(0).evokes();
            if (o.from() <= t.to() || o.from() >= to || actors.lexicon().isSubClass(other, CKG.Incident)
                    || actors.lexicon().isSubClass(other, cls) || actors.lexicon().isSubClass(cls, other)) {
                continue;
            }
            int k = o.from() - 1;
            while (k > t.to() && k >= o.from() - 3 && BEFORE_PARTICIPLE.matcher(tk.get(k).norm()).matches() && !tk.get(k).isPrepositionA()) {
                k--;
            }
            if (k < o.from() - 1 && tk.get(k).is("et")) {
                return k;
            }
        }
        return to;
    }

    /** Fills in the parties and topic of {@code e}; returns the calls split off from it (« …, puis avec Y »). */
    private List<Extraction.Event> meetingOrAgreement(SentenceReading r, Extraction.Event e, int from, PhraseIndex.Match<Lexicon.Term> t,
                                                      int to, int othersFrom, int othersTo) {
        List<Token> tk = r.tokens();
        Resource kind = e.types.iterator().next();
        boolean agreement = actors.lexicon().isSubClass(kind, CKG.Agreement);
        boolean accession = actors.lexicon().isSubClass(kind, CKG.Accession);
        List<Extraction.Event> split = new ArrayList<>();
        // The parties: the subject before the trigger (not a place phrase: « à Samarcande, en
        // Ouzbékistan »), and whoever « avec » brings in after it.
        int clause = Math.max(from, lastIndexOf(tk, from, t.from(), ";") + 1);
        boolean joined = false;
        // « s'est entretenu avec X, puis, séparément, avec Y »: one call with each
        List<Set<Resource>> separately = new ArrayList<>();
        int lastPartyEnd = -1;
        boolean agents = false;
        int object = objectAt(r, t.to());
        Optional<Mention> delegation = delegationOf(r, object);
        // « où il a rencontré M. Saakachvili, qui a donné son accord »: a trigger in a relative clause has its
        // antecedent for subject, not the main clause's
        Optional<Mention> antecedent = IntStream.range(Math.max(clause + 1, t.from() - 4), t.from())
                .filter(i -> tk.get(i).is("qui") && tk.get(i - 1).is(",")).boxed().findFirst()
                .flatMap(qui -> actorsIn(r, clause, qui - 1).stream().filter(m -> m.to() == qui - 1).findFirst());
        // (« devant le Conseil de sécurité de l'ONU réuni en urgence à sa demande »: a participle right after an
        // organisation tells of that organisation's meeting alone)
        if (antecedent.isEmpty() && !agreement && (PAST_PARTICIPLE.matcher(tk.get(t.from()).surface()).matches()
                || tk.get(t.from()).normMatches("reunie?s?"))) {
            antecedent = actorsIn(r, clause, t.from()).stream().filter(m -> m.to() == t.from() && m.entities().size() == 1
                    && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency)).findFirst();
        }
        // « s'est entretenu au téléphone avec ses homologues azerbaïdjanais, Zakir Hasanov, et arménien, Seïran Ohanian »:
        // one call with each counterpart
        boolean eachCounterpart = !agreement && IntStream.range(t.to(), Math.min(tk.size() - 1, t.to() + 4))
                .anyMatch(i -> tk.get(i).normMatches("ses|leurs") && tk.get(i + 1).is("homologues"));
        int counterparts = 0;
        Set<Resource> attending = new java.util.LinkedHashSet<>();
        boolean lastAttended = false;
        boolean lastBetween = false;
        boolean betweenClosed = false;
        int brokerEnd = -1;
        // « Alors que Washington multiplie les sanctions, Vladimir Poutine a reçu … », « Malgré les critiques de l'UE, X a reçu … »:
        // the trigger's subject, the actor nearest before it in the main clause, stands after a comma that ends a phrase of
        // its own; an actor in that phrase, with words of its own before the comma or after a preposition, takes no part
        // (the subject right before the verb, past auxiliaries, adverbs and when: « Vladimir Poutine a par ailleurs reçu »; not an
        // actor whose words end before a trigger noun, « …, fermée depuis un mois par Caracas, à l'issue d'une rencontre »)
        Optional<Mention> nearest = actorsIn(r, clause, t.from()).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM
                && !r.inRelativeClause(m.from())).reduce((a, b) -> b)
                .filter(s -> t.from() - s.to() <= 6 && IntStream.range(s.to(), t.from()).allMatch(i -> BETWEEN_SUBJECT_AND_VERB.matcher(tk.get(i).norm()).matches()
                        || tk.get(i).normMatches("s'|se|y|lui|leur|ne|n'|" + ADVERB_BEFORE_OBJECT + "|" + SentenceParse.WHEN_WORDS)));
        Set<Mention> openingPhrase = new java.util.HashSet<>();
        nearest.filter(s -> !agreement).ifPresent(s -> actorsIn(r, clause, s.from()).forEach(m -> {
            int comma = r.find(m.to(), s.from(), ",");
            int at = m.from() > 0 && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()) ? m.from() - 1 : m.from();
            boolean complement = at > clause && tk.get(at - 1).normMatches("de|du|des|d'|contre|par|sur|envers|pour|malgre");
            boolean ownWords = comma >= 0 && IntStream.range(m.to(), comma).anyMatch(i -> !LIST_GLUE.matcher(tk.get(i).norm()).matches()
                    && r.mentionAt(i).isEmpty() && !r.officeOrDemonymAt(i));
            if (comma >= 0 && (complement || ownWords) && !r.inRelativeClause(m.from())) {
                openingPhrase.add(m);
            }
        }));
        for (Mention m : actorsIn(r, clause, to)) {
            if (antecedent.isPresent() && m.to() <= t.from() && m != antecedent.get()) {
                continue;
            }
            if (m.from() >= othersFrom && m.to() <= othersTo || openingPhrase.contains(m)) {
                continue;
            }
            // (a relative clause tells of another thing, unless the trigger stands in it too)
            // (a demonym is no party, but for a counterpart's: « a reçu son homologue iranien »)
            // (and only when no name follows: « son homologue russe Vladimir Poutine » is Putin)
            // (past when and where: « a reçu mardi à Alexandrie son homologue soudanais »)
            boolean counterpart = m.kind() == Mention.Kind.DEMONYM && m.from() >= t.to() && (m.from() <= t.to() + 4 || m.from() - 2 == object)
                    && counterpartAt(tk, m.from() - 2) && r.mentions().stream().noneMatch(p -> p.from() >= m.to() && p.from() <= m.to() + 1
                            && p.entities().stream().allMatch(x -> actors.isA(x, CKG.Person)));
            boolean unnamed = unnamedHolder(r, m, object);
            // (but the relative clause's subject, set off by commas, of the trigger's verb is its: « Washington, dont le secrétaire
            // d'État, Henry Kissinger, s'est entretenu au téléphone avec M. Ecevit »)
            boolean subjectOfTrigger = m.from() > 1 && (tk.get(m.from() - 1).is("dont")
                            || tk.get(m.from() - 2).is("dont") && SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm()))
                    && m.to() < t.from() && t.from() - m.to() <= 4 && IntStream.range(m.to(), t.from())
                    .allMatch(i -> tk.get(i).is(",") || BEFORE_PARTICIPLE.matcher(tk.get(i).norm()).matches() && !tk.get(i).isPrepositionA());
            if (m.kind() == Mention.Kind.DEMONYM && !counterpart && !unnamed
                    || r.inRelativeClause(m.from()) && !r.inRelativeClause(t.from()) && !subjectOfTrigger) {
                continue;
            }
            // (« un sommet de l'Autorité intergouvernementale pour le développement (Igad) »: an acronym in brackets
            // repeats the name before it, which is judged on its own)
            if (m.from() > 0 && tk.get(m.from() - 1).is("(")) {
                continue;
            }
            // (« M. Cameron », « Mme Merkel »: the words before a name are those before its civility title)
            int head = m.from();
            if (head > 1 && tk.get(head - 1).is(".") && CIVILITY.matcher(tk.get(head - 2).norm()).matches()) {
                head -= 2;
            } else if (head > 0 && CIVILITY.matcher(tk.get(head - 1).norm()).matches()) {
                head--;
            }
            String before = head > 0 ? tk.get(head - 1).norm() : "";
            boolean person = m.entities().stream().allMatch(x -> actors.isA(x, CKG.Person));
            boolean locative = !person && (Patterns.matches(before, "a|au|aux|en|dans|vers")
                    || (m.from() > 1 && tk.get(m.from() - 2).normMatches("a|dans")));
            // after the trigger: « avec X », or the object of a verb (« rencontrer le Premier ministre X »)
            // « un accord de paix entre le gouvernement éthiopien et les rebelles »
            // (within the trigger's own clause: « …, au cours de laquelle … entre l'Arménie et … » is the topic)
            boolean sameClause = m.from() < t.to() || r.find(t.to(), m.from(), ",") < 0;
            boolean between = m.from() >= t.to() && (sameClause && precededByWord(tk, m.from(), "entre", 3) || namedAfterEntre(r, m, t.to()));
            String twoBefore = head > 1 ? tk.get(head - 2).norm() : "";
            boolean coordinated = joined && (Patterns.matches(before, "et|,") || Patterns.matches(twoBefore, "et|,") && SentenceParse.ARTICLES.contains(before));
            // (« en présence du ministre turc, X, et de son homologue russe, Y »: joined by « et » past a repeated « de » and a
            // possessive)
            int glueFrom = Math.max(lastPartyEnd, t.to());
            int glueTo = head;
            // (« et uruguayen Tabaré Vázquez »: a demonym of the plural office before may stand there too)
            coordinated |= joined && glueTo > glueFrom && glueTo - glueFrom <= 4
                    && IntStream.range(glueFrom, glueTo).anyMatch(i -> tk.get(i).is("et"))
                    && IntStream.range(glueFrom, glueTo).allMatch(i -> LIST_GLUE.matcher(tk.get(i).norm()).matches()
                            || r.mentionAt(i).filter(d -> d.kind() == Mention.Kind.DEMONYM).isPresent());
            // (« a conclu des accords avec Bakou et avec Erevan, et M. Trump a suspendu … »: an actor « et » brings in that a verb
            // follows is the subject of a clause of its own; not the main clause's after a fronted phrase, « Après un appel
            // téléphonique de Donald Trump, Benyamin Nétanyahou a renoncé … »)
            // (but not the second side of « entre », whose verb is that of the trigger's noun: « une rencontre entre X et Y a eu lieu »)
            coordinated &= !(before.equals("et") && m.to() < tk.size() && VERB_AFTER_SUBJECT.matcher(tk.get(m.to()).norm()).matches()
                    && !tk.get(m.to()).isPrepositionA() && !lastBetween);
            // (« entre X et Y » is closed by its « et »: an actor after a comma is no third side, « Lors d'une rencontre entre X et Y
            // à Sotchi, la Syrie a été évoquée »)
            coordinated &= !(betweenClosed && !before.equals("et") && !twoBefore.equals("et"));
            // (« paraphé par le ministre grec …, Nikos Dendias, et son homologue égyptien Sameh Choukri »: a counterpart joined
            // to the last party)
            int lastEnd = lastPartyEnd;
            coordinated |= lastEnd >= t.to() && lastEnd < m.from() && m.from() - lastEnd <= 6 && person
                    && IntStream.range(lastEnd, m.from()).anyMatch(i -> tk.get(i).is("et"))
                    && IntStream.range(lastEnd, m.to()).anyMatch(i -> tk.get(i).norm().startsWith("homologue"))
                    && IntStream.range(lastEnd, m.from()).allMatch(i -> tk.get(i).normMatches(",|et|son|sa|leur|leurs|ses|homologues?")
                            || r.mentionAt(i).filter(d -> d.kind() == Mention.Kind.DEMONYM).isPresent());
            // « la ratification de son adhésion par le Parlement hongrois »: the agent of an agreement
            // (right after the trigger: « un accord sur l'achat par la Hongrie » is not made by Hungary)
            int par = before.equals("par") ? head - 1 : twoBefore.equals("par") && SentenceParse.ARTICLES.contains(before) ? head - 2 : -1;
            // (« par le Parlement hongrois puis par la Grande Assemblée nationale de Turquie »: a second agent)
            // (« un cessez-le-feu …, négocié par Y, a été signé samedi à Djeddah par X »: the signatories, not the brokers)
            boolean signedBy = par >= t.to() && tk.subList(Math.max(t.to(), par - 4), par).stream()
                    .anyMatch(x -> SIGNING.contains(x.stem()));
            // (« l'accord, négocié par les États-Unis », « un plan présenté par Nicolas Sarkozy », « salué par l'ONU »:
            // brokers, authors and commentators are no party)
            // (« le cessez-le-feu, arraché par les pays de l'ANAD », « obtenu par la Russie », « imposé par l'ONU »: nor who won it)
            boolean brokered = par > 0 && BROKERED.matcher(tk.get(par - 1).norm()).matches();
            // (not inside the topic that « sur » brings in: « un accord sur l'achat par la Hongrie d'avions » is not made by Hungary)
            boolean agent = par >= t.to() && !brokered && (par - t.to() <= 3 || signedBy || agents && r.find(lastPartyEnd, par, "puis") >= 0)
                    && !accession && r.find(t.to(), par, "sur") < 0;
            // « avait rejoint l'OTAN »: what is joined
            boolean joinedBody = accession && m.from() >= t.to()
                    && m.from() - t.to() <= 3 && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Organization));
            agents |= agent && agreement;
            // (« Syrie : Erdogan et Poutine au téléphone »: a headline's opening label is its topic)
            boolean label = m.from() == 0 && m.to() < tk.size() && tk.get(m.to()).is(":");
            // (« ont signé à Dakar, sous l'égide du président sénégalais Abdoulaye Wade, un accord »: the broker is no party)
            boolean present = !agreement && m.from() >= t.to() && precededBy(tk, head, PRESENCE, 3);
            // (« sous la pression de Washington et de Moscou »: and whom « et » joins to a broker)
            int afterBroker = brokerEnd;
            boolean brokerJoined = afterBroker >= 0 && head > afterBroker && head - afterBroker <= 3
                    && IntStream.range(afterBroker, head).anyMatch(i -> tk.get(i).is("et"))
                    && IntStream.range(afterBroker, head).allMatch(i -> LIST_GLUE.matcher(tk.get(i).norm()).matches());
            if ((precededBy(tk, head, BROKERING, 3) || brokerJoined) && !present) {
                brokerEnd = m.to();
                continue;
            }
            // (and whom a list joins to them: « en présence du chef de la diplomatie cambodgienne, X, et de son homologue, Y »)
            present |= coordinated && lastAttended;
            if (present) {
                attending.addAll(m.entities());
            }
            // (« avec le secrétaire général de l'organisation, Antonio Guterres », « a reçu le président en exercice de l'OSCE, le
            // ministre belge Karel De Gucht »: the holder named in apposition to an office, however long, after « avec » or as
            // the object; the office stands for them, not for whom it serves)
            int holderOfOffice = !person || m.from() < t.to() ? -1 : officeBeforeHolder(r, m, t.to(), object);
            if (holderOfOffice >= 0) {
                int officeEnd = m.from();
                actorsIn(r, holderOfOffice, officeEnd).forEach(o -> o.entities().forEach(x -> {
                    e.participants.remove(x);
                    separately.forEach(other -> other.remove(x));
                }));
            }
            // (« la Turquie, membre de l'OTAN, a signé un accord avec Israël »: the organisation an apposition says a party
            // belongs to is no party of the agreement)
            boolean membership = agreement && m.to() <= t.from() && membershipApposed(tk, m.from());
            boolean party = m.to() <= t.from() ? !locative && !label && !membership && !precededBy(tk, m.from(), SUMMIT, 4)
                    : precededByWord(tk, m.from(), "avec", 3) || counterpartAfterAvec(r, m) || between || coordinated || joinedBody || present
                            || holderOfOffice >= 0
                            || agent && agreement
                            // (« le plan de cessez-le-feu de Nicolas Sarkozy »: whose plan it is, its author, is no party;
                            // « un appel téléphonique de Donald Trump » is Trump's call)
                            || (m.from() - t.to() <= 1 && person
                                    && !(agreement && m.from() > t.to() && tk.get(t.to()).normMatches("de|d'|du")))
                            || counterpart || unnamed
                            // (« a reçu lundi au Quai d'Orsay son homologue égyptien, Sameh Choukri »: the counterpart the
                            // verb's object names, however far where and when put it)
                            || person && object >= t.to() && m.from() > object && counterpartNamed(r, m, object)
                            || delegation.filter(d -> d == m).isPresent()
                            // « pour y rencontrer M. Orban »
                            // « a appelé son homologue russe, Vladimir Poutine », « a téléphoné à plusieurs reprises au numéro un libyen »
                            // (« a reçu jeudi à Bakou le ministre turc … »: when and where may stand between; « a été
                            // reçue mercredi par la présidente … »: so may the agent's « par »)
                            || (m.from() - t.to() <= 6 && person && IntStream.range(t.to(), m.from()).allMatch(i ->
                                    tk.get(i).normMatches("m|mme|\\.|,|y|le|la|l'|au|aux|son|sa|leur|homologue|a|par|plusieurs|reprises|" + SentenceParse.TITLES + "|" + SentenceParse.WHEN_WORDS)
                                    // (« a été reçu le 25 octobre par … »: a date)
                                    || tk.get(i).normMatches("1er|\\d{1,2}|\\d{4}|" + EventDates.MONTH_NAMES)
                                    // (« a rencontré séparément le président russe … »)
                                    || OBJECT_ADVERB.matcher(tk.get(i).norm()).matches()
                                    // (« a reçu à Nairobi Muse Bihi Abdi »: a capitalised word that « à » places)
                                    || i > t.to() && tk.get(i).isCapitalized() && tk.get(i - 1).normMatches("a|au|aux|en")
                                    || r.mentions().stream().anyMatch(d -> d.from() <= i && i < d.to() && (d.kind() == Mention.Kind.DEMONYM
                                            // (« a reçu mardi au Kremlin le président turc »: a place, a capital or a seat of power)
                                            || d.entities().stream().allMatch(x -> actors.isA(x, CKG.Place) || actors.lexicon().stateOfCapital(x).isPresent()
                                                    || actors.isA(x, CKG.State))
                                                && d.from() > 0 && tk.get(d.from() - 1).normMatches("a|au|aux|en")
                                            // (« a été reçu jeudi à la Maison Blanche », « à l'Élysée »: a seat of power)
                                            || d.from() > 1 && tk.get(d.from() - 1).normMatches("la|l'") && tk.get(d.from() - 2).norm().equals("a")
                                                && d.entities().stream().allMatch(x -> actors.isA(x, CKG.State) || actors.isA(x, CKG.GovernmentBody))))));
            // (« avec le roi Fahd, ainsi qu'avec M. Moubarak », « a conclu séparément des accords avec Bakou et avec Erevan »: so
            // do « ainsi que » and a clause that says « séparément »)
            int puis = r.find(lastPartyEnd, m.from(), "puis", "ainsi");
            if (puis < 0 && r.find(clause, m.from(), "separement") >= 0) {
                puis = lastPartyEnd;
            }
            // (« rencontrant à Sanaa le président Saleh puis, à Asmara, M. Afeworki »: or a second object joined by « puis »)
            boolean then = m.from() >= t.to() && !e.participants.isEmpty() && lastPartyEnd >= t.to() && puis >= 0
                    && (r.find(puis, m.from(), "avec", "par") >= 0 || coordinated);
            boolean aCounterpart = eachCounterpart && party && person && m.from() >= t.to();
            boolean anotherCounterpart = aCounterpart && counterparts > 0;
            counterparts += aCounterpart ? 1 : 0;
            if (then || anotherCounterpart) {
                separately.add(new java.util.LinkedHashSet<>());
            }
            if (party && (then || anotherCounterpart || !separately.isEmpty() && coordinated && r.find(lastPartyEnd, m.from(), "puis") < 0)) {
                separately.get(separately.size() - 1).addAll(m.entities());
            } else if (party) {
                e.participants.addAll(m.entities());
            }
            joined = party && m.from() >= t.to();
            lastPartyEnd = party ? m.to() : lastPartyEnd;
            lastAttended = party ? present : lastAttended;
            betweenClosed |= party && lastBetween && coordinated && (before.equals("et") || twoBefore.equals("et"));
            lastBetween = party ? between || coordinated && lastBetween : lastBetween;
        }
        // « La Russie a obtenu un cessez-le-feu entre l'Arménie et l'Azerbaïdjan »: the sides « entre » names right after an
        // agreement are its parties; who obtained, negotiated or brokered it is none
        int entreAt = agreement ? r.find(t.to(), Math.min(to, t.to() + 3), "entre") : -1;
        if (entreAt >= 0) {
            Set<Resource> sides = new java.util.HashSet<>();
            actorsIn(r, entreAt + 1, to).stream().filter(m -> m.entities().stream().anyMatch(e.participants::contains))
                    .forEach(m -> sides.addAll(m.entities()));
            if (sides.size() >= 2) {
                actorsIn(r, clause, t.from()).forEach(m -> m.entities().stream().filter(x -> !sides.contains(x)).forEach(e.participants::remove));
            }
        }
        // « X, président en exercice de l'Union africaine, a rencontré Y »: an organisation named in the office a party holds,
        // in apposition after that party's name, is no party of its own
        if (!agreement) {
            actorsIn(r, clause, t.from()).stream().filter(m -> m.to() < tk.size() && tk.get(m.to()).is(",")
                    && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Organization) && e.participants.contains(x))
                    && actorsIn(r, clause, m.from()).stream().anyMatch(p -> p.to() < m.from() && tk.get(p.to()).is(",")
                            && p.entities().stream().allMatch(x -> actors.isA(x, CKG.Person) && e.participants.contains(x))
                            && r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() > p.to() && o.to() <= m.from())
                            && IntStream.range(p.to() + 1, m.from()).noneMatch(i -> tk.get(i).is(",")
                                    || VERB_AFTER_SUBJECT.matcher(tk.get(i).norm()).matches())))
                    .toList().forEach(m -> e.participants.removeAll(m.entities()));
        }
        // « à l'issue d'une réunion des ministres de la Défense de la SADC à Harare »: with no party named, a meeting of an
        // organisation's ministers, chiefs or delegates is the organisation's
        // (« M. Ivanov a rencontré à Portoroz, en Slovénie, les ministres de la Défense de l'Alliance atlantique »: and whom the
        // subject met are, by the same words, the organisation)
        // (those who attended name no one who met: « lors d'une réunion des ministres de l'ASEAN, en présence du chef de la
        // diplomatie cambodgienne »)
        int peers = agreement ? -1 : peersNamed(tk, t, attending.containsAll(e.participants));
        if (peers > 0) {
            r.mentions().stream().filter(m -> m.from() > peers && m.from() <= peers + 7 && m.entities().size() == 1
                            && actors.isA(m.first(), CKG.Organization) && !actors.isA(m.first(), CKG.NewsAgency)
                            && IntStream.range(peers, m.from()).noneMatch(k -> tk.get(k).normMatches(",|avec|entre|par|sur|a|au|aux|et")))
                    .findFirst().ifPresent(m -> e.participants.addAll(m.entities()));
        }
        // « …, les droits de la Libye, avec laquelle Ankara avait signé un protocole d'accord »: the antecedent of
        // « avec laquelle » is a party, wherever the statement before the comma ends
        for (int i = Math.max(1, from - 1); i + 1 < t.from(); i++) {
            if (tk.get(i).is("avec") && tk.get(i + 1).normMatches("laquelle|lequel|lesquels|lesquelles") && tk.get(i - 1).is(",")) {
                int comma = i - 1;
                r.mentions().stream().filter(m -> m.to() == comma && m.namesActor()).findFirst()
                        .ifPresent(m -> e.participants.addAll(m.entities()));
            }
        }
        // « Réunis en sommet extraordinaire à Abuja, les dirigeants de la CEDEAO ont suspendu … avec le Niger »:
        // a sentence opening with the participle of meeting tells who met in the subject after the comma
        // (« Reçu mercredi à Djeddah par le prince héritier, M. Pompeo est allé plus loin »: and who received the subject)
        // (« Recevant Hassan Cheikh Mohamoud au Caire, le président al-Sissi a averti »: and who receives is that subject)
        // (the participle may follow a phrase of time: « Le lendemain, réunis à Brême, les ministres … »)
        int participle = t.from() > 1 && t.from() <= 6 && tk.get(t.from() - 1).is(",") && actorsIn(r, 0, t.from()).isEmpty() ? t.from() : 0;
        // (« Convoquée en session extraordinaire d'urgence, l'Assemblée générale a adopté … »: an assembly called to sit)
        boolean convened = tk.get(participle).normMatches("convoque|convoquee|convoques|convoquees");
        boolean received = tk.get(participle).normMatches("recu|recue|recus|recues|recevant");
        if (!agreement && (received || convened || tk.get(participle).normMatches("reuni|reunie|reunis|reunies|rassembles|rassemblees"))) {
            int where = r.find(participle, to, ",");
            // (past where they met, set off by commas: « Réunis à Brême, en Allemagne, les ministres … »)
            // (or on what occasion: « Réunis à New York, en marge de l'Assemblée générale de l'ONU, les dirigeants … »)
            boolean occasion = where > 0 && where + 2 < tk.size() && SUMMIT.contains(tk.get(where + 2).stem());
            int placeEnd = where > 0 && where + 2 < tk.size() && tk.get(where + 1).normMatches("en|au|aux|a|dans|lors")
                    ? r.find(where + 1, Math.min(to, where + (occasion ? 12 : 6)), ",") : -1;
            int firstComma = placeEnd > 0 ? placeEnd : where;
            // (« Reçu samedi par M. Sadate, avec qui il s'est entretenu pendant plusieurs heures, Houari Boumediene … »: past a
            // relative clause set off by commas)
            boolean relative = firstComma > 0 && firstComma + 2 < tk.size() && (tk.get(firstComma + 1).normMatches("qui|dont|ou")
                    || tk.get(firstComma + 1).normMatches("avec|par|pour|chez") && tk.get(firstComma + 2).normMatches("qui|lequel|laquelle"));
            int next = relative ? r.find(firstComma + 1, to, ",") : -1;
            int comma = next > 0 ? next : firstComma;
            if (comma > t.from()) {
                List<Mention> subject = actorsIn(r, comma + 1, to).stream().filter(m -> m.from() <= comma + 8
                        && m.kind() != Mention.Kind.DEMONYM).limit(1).toList();
                if (!subject.isEmpty()) {
                    if (!received) {
                        e.participants.clear();
                        // (« Réuni en urgence en présence du Premier ministre qatari, le Conseil de sécurité … »: who attended stays)
                        e.participants.addAll(attending);
                    } else if (e.participants.isEmpty()) {
                        // (whom the subject receives, named between the participle and the subject, set off by commas)
                        actorsIn(r, t.to(), subject.get(0).from()).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM).findFirst()
                                .ifPresent(m -> e.participants.addAll(m.entities()));
                    }
                    e.participants.addAll(subject.get(0).entities());
                    // (« Réunis à Bruxelles, le président américain George W. Bush et son homologue français Jacques Chirac,
                    // un ami de Hariri, ont réclamé … », « Réunis à Damas, M. Assad et M. Lahoud sont convenus … »: who met
                    // is every actor of a coordinated subject)
                    if (!received) {
                        joinedToSubject(r, subject.get(0), to).forEach(m -> e.participants.addAll(m.entities()));
                    }
                } else if (received && comma + 1 < tk.size() && tk.get(comma + 1).normMatches("il|elle") && previousSubject != null) {
                    // (« Reçu par le Premier ministre Harold Wilson, il était reparti … »: whom the sentence before opened with)
                    e.participants.add(previousSubject);
                }
            }
        }
        // « Barack Obama, qui recevait le président français François Hollande, a jugé … », « a réagi Vladimir Poutine, en
        // recevant à Sotchi le roi Abdallah II »: who receives is the antecedent of « qui » or the subject of the gerund
        boolean receiving = !agreement && tk.get(t.from()).normMatches("recev\\w*|recoit|recoivent");
        if (receiving && t.from() > 1 && tk.get(t.from() - 1).is("qui") && tk.get(t.from() - 2).is(",")) {
            int end = t.from() - 2;
            actorsIn(r, 0, end).stream().filter(m -> m.to() == end && m.kind() != Mention.Kind.DEMONYM).findFirst()
                    .ifPresent(m -> e.participants.addAll(m.entities()));
        } else if (receiving && t.from() > 0 && tk.get(t.from() - 1).is("en")) {
            // (the sentence's speaker when the gerund follows an attribution: « …, a réagi le président russe, Vladimir Poutine, en recevant »)
            actorsIn(r, 0, t.from()).stream().filter(m -> m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.NAME && actors.isA(m.first(), CKG.Person))
                    .reduce((a, b) -> b).ifPresent(m -> e.participants.addAll(m.entities()));
        }
        // « Le 28 décembre, lors d'un entretien téléphonique, Vladimir Poutine a présenté ses excuses à Ilham Aliev »: a call or
        // meeting in a fronted phrase is between the main clause's subject and whom its verb addresses (« à », « avec »)
        int fronted = frontedPhraseEnd(r, t, from, to);
        // (« Lors d'un entretien téléphonique de quatre-vingt-dix minutes, ce même 1er mars, Barack Obama … »: past a
        // second phrase that names no actor)
        int secondComma = fronted > 0 ? r.find(fronted + 1, Math.min(to, fronted + 8), ",") : -1;
        // (« lors d'un entretien téléphonique avec le secrétaire d'État américain, Mike Pompeo, M. Abdel-Mahdi … »: or past
        // the name of whom the phrase brought in with « avec », set off by commas)
        int firstComma = fronted;
        boolean named = secondComma > 0 && fronted > 0 && r.find(t.to(), fronted, "avec") >= 0
                && actorsIn(r, fronted + 1, secondComma).stream().anyMatch(m -> m.to() == secondComma && m.from() <= firstComma + 2
                        && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Person)));
        // (not past an office whose holder's name follows its comma: « , le président français, François Hollande, et … »)
        int frontedEnd = fronted;
        boolean officeOpens = secondComma > 0 && r.mentions().stream().anyMatch(m -> m.from() > frontedEnd && m.from() < secondComma
                && m.to() > secondComma && m.namesActor());
        if (secondComma > 0 && !officeOpens && (actorsIn(r, fronted + 1, secondComma).isEmpty() || named)) {
            fronted = secondComma;
        }
        if (!agreement && fronted > 0) {
            int mainFrom = fronted + 1;
            // (to the end of the main clause, past the segment read: « a reproché à son homologue russe » is an accusation)
            List<Mention> main = actorsIn(r, mainFrom, r.tokens().size()).stream().filter(m -> (m.kind() != Mention.Kind.DEMONYM
                            // (« a reproché à son homologue russe »: the counterpart's state)
                            || m.from() > 3 && counterpartAt(tk, m.from() - 2) && tk.get(m.from() - 3).normMatches("a|avec"))
                    && (r.find(mainFrom, m.from(), ",", ";") < 0
                            // (« , le président français, François Hollande, et … »: a name after its office and a comma)
                            || IntStream.range(mainFrom, m.from()).allMatch(k -> tk.get(k).is(",") || tk.get(k).is("et")
                                    || SentenceParse.ARTICLES.contains(tk.get(k).norm()) || r.officeOrDemonymAt(k)
                                    || r.mentionAt(k).filter(Mention::namesActor).isPresent()))).toList();
            // (« à l'issue d'un entretien avec le président syrien, l'émissaire de l'ONU chargé de …, Terje Roed-Larsen, a
            // annoncé »: the holder the role is set off with, not whose role it is)
            Optional<Mention> holder = main.isEmpty() ? Optional.empty() : holderInApposition(r, main.get(0));
            if (!main.isEmpty() && (main.get(0).from() <= fronted + 4 || holder.isPresent() && main.get(0).from() <= fronted + 6)) {
                e.participants.clear();
                Mention subject = holder.orElse(main.get(0));
                e.participants.addAll(subject.entities());
                // (« Lors d'un entretien téléphonique, Vladimir Poutine et Recep Tayyip Erdogan ont évoqué … »: a subject of
                // several actors joined by « et »)
                int subjectEnd = subject.to();
                for (Mention m : main.subList(1, main.size())) {
                    // (a mention inside the subject's, « le président de la Commission de l'UA, X », is part of it)
                    if (m.from() < subjectEnd) {
                        continue;
                    }
                    List<Token> gap = tk.subList(subjectEnd, m.from());
                    int gapFrom = subjectEnd;
                    // (« le président français, François Hollande, et la chancelière allemande, Angela Merkel »: each named with
                    // an office set off by commas)
                    if (gap.isEmpty() || !IntStream.range(gapFrom, m.from()).allMatch(k -> tk.get(k).is("et") || tk.get(k).is(",")
                                    || SentenceParse.ARTICLES.contains(tk.get(k).norm()) || r.officeOrDemonymAt(k))
                            || gap.stream().noneMatch(x -> x.is("et"))) {
                        break;
                    }
                    e.participants.addAll(m.entities());
                    subjectEnd = m.to();
                }
                // (and whom the fronted phrase brings in with « avec », named in apposition or not)
                int avec = r.find(t.to(), firstComma, "avec");
                if (avec >= 0) {
                    actorsIn(r, avec + 1, fronted).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM)
                            .forEach(m -> e.participants.addAll(m.entities()));
                }
                main.stream().skip(1).filter(m -> m.from() > 0 && tk.get(m.from() - 1).normMatches("a|avec")
                                || m.from() > 1 && tk.get(m.from() - 2).normMatches("a|avec") && (SentenceParse.ARTICLES.contains(tk.get(m.from() - 1).norm())
                                        || tk.get(m.from() - 1).normMatches("son|sa|leur"))
                                || m.kind() == Mention.Kind.DEMONYM
                                // (« La veille, au téléphone, Sergueï Lavrov avait averti Rex Tillerson que … »: the person a
                                // speech verb tells something)
                                || m.entities().stream().allMatch(x -> actors.isA(x, CKG.Person)) && r.terms(CKG.SpeechCueScheme).stream()
                                        .anyMatch(c -> c.to() == m.from() && CKG.SpeechVerb.equals(c.values().get(0).cueKind())))
                        .forEach(m -> e.participants.addAll(m.entities()));
            }
        }
        // « Lors de leur rencontre à Bichkek, les deux chefs d'État sont convenus … »: whose meeting
        // « leur » says is the subject the fronted phrase stands before
        if (e.participants.isEmpty() && !agreement && t.from() > 0 && tk.get(t.from() - 1).normMatches("leur|leurs")) {
            int comma = r.find(t.to(), to, ",");
            if (comma > 0) {
                actorsIn(r, comma + 1, to).stream().filter(m -> m.from() <= comma + 3).findFirst()
                        .ifPresent(m -> e.participants.addAll(m.entities()));
            }
        }
        // « … a saisi le Conseil de sécurité, qui s'est réuni à huis clos »: the antecedent of « qui »
        // (which may stand in the segment before: « a annoncé avoir saisi le Conseil », a statement)
        int qui = lastIndexOf(tk, Math.max(from, t.from() - 4), t.from(), "qui");
        if (e.participants.isEmpty() && !agreement && qui > 0) {
            int end = tk.get(qui - 1).is(",") ? qui - 1 : qui;
            actorsIn(r, 0, end).stream().filter(m -> m.to() == end && m.kind() != Mention.Kind.DEMONYM)
                    .findFirst().ifPresent(m -> e.participants.addAll(m.entities()));
        }
        // « Les ministres iranien et pakistanais des Affaires étrangères se sont entretenus »: with no
        // one named, the states the demonyms before the trigger name.
        if (e.participants.isEmpty()) {
            r.mentionsIn(clause, t.from()).stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && !r.inRelativeClause(m.from()))
                    .forEach(m -> e.participants.addAll(m.entities()));
        }
        // « Trump a affirmé s'être entretenu par téléphone avec X »: the speaker, outside the
        // segment of what they say, is the subject of the call.
        boolean subjectGiven = e.participants.stream().anyMatch(p -> actorsIn(r, clause, t.from()).stream()
                .anyMatch(m -> m.entities().contains(p)));
        // « Vladimir Poutine, qui avait critiqué Kiev la veille, a rencontré Joe Biden »: a segment that opens inside a relative
        // clause (its verb a statement's) with the trigger past the clause's closing comma has the antecedent of « qui » for
        // subject, not the last actor the relative clause names
        int relativeAt = !subjectGiven && clause == from && from > 1 && r.inRelativeClause(from) && !r.inRelativeClause(t.from())
                && r.find(from, t.from(), ",") >= 0 ? lastIndexOf(tk, 1, from, "qui") : -1;
        if (relativeAt > 0 && tk.get(relativeAt - 1).is(",")) {
            int comma = relativeAt - 1;
            Optional<Mention> antecedentOfQui = actorsIn(r, 0, comma).stream().filter(m -> m.to() == comma && m.kind() != Mention.Kind.DEMONYM)
                    .findFirst();
            antecedentOfQui.ifPresent(m -> e.participants.addAll(m.entities()));
            subjectGiven = antecedentOfQui.isPresent();
        }
        // (the reflexive pronoun may open the trigger itself: « a affirmé s'être entretenu avec X »)
        if (!subjectGiven && clause == from && from > 0 && r.tokens().subList(from, t.from() + 1).stream()
                .anyMatch(x -> x.normMatches("s'|se|s'etre"))) {
            actorsIn(r, 0, from).stream().filter(m -> m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.NAME
                    || m.kind() == Mention.Kind.CAPITAL).reduce((a, b) -> b).ifPresent(m -> e.participants.addAll(m.entities()));
        }
        // « Donald Trump a accusé le Qatar …, avant de s'entretenir au téléphone avec l'émir »: a meeting or call in the
        // infinitive after « avant de », « après avoir », « après s'être » is made by the subject the sentence opens with
        int inf = t.from() > 0 && tk.get(t.from() - 1).normMatches("s'|se|y") ? t.from() - 1 : t.from();
        // (the trigger may hold the auxiliary: « après s'être entretenu », its « s' » and « être » in the lexicon phrase)
        boolean auxiliaryInTrigger = t.to() - t.from() > 2 && tk.get(t.from()).normMatches("s'|se") && tk.get(t.from() + 1).is("etre");
        boolean afterOrBefore = !agreement && inf > 1 && (tk.get(inf - 1).normMatches("de|d'") && tk.get(inf - 2).is("avant")
                || tk.get(inf - 1).normMatches("avoir|etre|s'etre") && tk.get(inf - 2).is("apres"))
                || !agreement && inf > 0 && auxiliaryInTrigger && tk.get(inf - 1).is("apres");
        // (« a été reçu à Djeddah par le roi Salmane, avant de gagner Doha pour s'entretenir avec l'émir », « s'est envolé pour
        // la Libye afin d'y rencontrer le colonel Kadhafi »: so is one after « pour » or « afin de », in the clause of that
        // subject; who received them or what the verb before names takes no part)
        boolean purpose = !agreement && inf > 1 && (tk.get(inf - 1).is("pour") || tk.get(inf - 1).normMatches("de|d'") && tk.get(inf - 2).is("afin"));
        if (afterOrBefore || purpose) {
            int opening = r.datelineEnd();
            Optional<Mention> subject = r.mentions().stream().filter(m -> m.from() >= opening && m.from() - opening <= 4 && m.to() <= inf
                            && m.namesActor()
                            && !actors.isA(m.first(), CKG.NewsAgency) && !(actors.isA(m.first(), CKG.Place) && !actors.isA(m.first(), CKG.State)))
                    .findFirst()
                    .filter(m -> afterOrBefore || IntStream.range(m.to(), inf).noneMatch(i -> tk.get(i).normMatches("que|qu'|qui|dont|[;:«»]")));
            // (« Reçu samedi par M. Sadate, avec qui il s'est entretenu …, Houari Boumediene s'est ensuite envolé pour la Libye afin
            // d'y rencontrer … »: after « pour » or « afin de », the actor right before the clause's verb, outside a relative clause)
            if (purpose && !afterOrBefore) {
                Optional<Mention> beforeVerb = actorsIn(r, opening, inf).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM && m.to() < inf
                                && VERB_AFTER_SUBJECT.matcher(tk.get(m.to()).norm()).matches() && !tk.get(m.to()).isPrepositionA()
                                && IntStream.range(Math.max(opening, lastIndexOf(tk, opening, m.from(), ",")), m.from())
                                        .noneMatch(i -> tk.get(i).normMatches("qui|dont|lequel|laquelle|lesquels|lesquelles|ou")))
                        .reduce((a, b) -> b);
                subject = beforeVerb.isPresent() ? beforeVerb : subject;
            }
            // (« a quitté la Turquie avant de s'entretenir avec … »: what the main verb names after its subject takes no part)
            Set<Resource> namedAfter = new java.util.HashSet<>();
            actorsIn(r, t.to(), to).forEach(o -> namedAfter.addAll(o.entities()));
            subject.ifPresent(m -> actorsIn(r, coordinatedEnd(r, m, inf), inf).forEach(o -> o.entities().stream()
                    .filter(x -> !namedAfter.contains(x)).forEach(e.participants::remove)));
            subject.ifPresent(m -> e.participants.addAll(m.entities()));
            e.speakersOwn = subject.isEmpty();
        }
        // « Moscou cherchait à tester la détermination de la Finlande depuis son adhésion à l'OTAN »: whose accession a
        // possessive says is the state named last before it, not the clause's subject
        if (accession && t.from() > 0 && tk.get(t.from() - 1).normMatches("son|sa")) {
            Optional<Mention> owner = actorsIn(r, clause, t.from() - 1).stream()
                    .filter(m -> m.entities().size() == 1 && actors.isA(m.first(), CKG.State)).reduce((a, b) -> b);
            owner.ifPresent(o -> actorsIn(r, clause, t.from()).stream().filter(m -> m != o)
                    .forEach(m -> e.participants.removeAll(m.entities())));
            owner.ifPresent(o -> e.participants.addAll(o.entities()));
        }
        // « X a rejoint l'OTAN après la ratification de son adhésion par Y »: an agreement made by an
        // agent is the agent's; the subject of the sentence is not its party
        if (agents) {
            actorsIn(r, clause, t.from()).forEach(m -> e.participants.removeAll(m.entities()));
        }
        // « lors d'une réunion d'urgence du Conseil de sécurité »: a meeting named by a noun, of the body or organisation after
        // « du », when nothing else says who met
        if (e.participants.isEmpty() && actors.lexicon().isSubClass(kind, CKG.Meeting)) {
            int k = t.to();
            while (k < to && tk.get(k).normMatches("d'|urgence|extraordinaire|speciale|ministerielle|informelle|publique")) {
                k++;
            }
            if (k + 1 < to && tk.get(k).normMatches("du|de|des|d'")) {
                int at = k + 1 < to && SentenceParse.ARTICLES.contains(tk.get(k + 1).norm()) ? k + 2 : k + 1;
                r.mentions().stream().filter(m -> m.from() == at && m.entities().size() == 1 && (actors.isA(m.first(), CKG.Organization)
                                || actors.isA(m.first(), CKG.GovernmentBody)) && !actors.isA(m.first(), CKG.NewsAgency))
                        .findFirst().ifPresent(m -> e.participants.add(m.first()));
            }
        }
        if (!separately.isEmpty()) {
            // the subject: the parties before the trigger (or the speaker); the first « avec » is e's
            Set<Resource> subject = new java.util.LinkedHashSet<>(e.participants);
            actorsIn(r, t.to(), to).forEach(m -> subject.removeAll(m.entities()));
            for (Set<Resource> other : separately) {
                Extraction.Event next = new Extraction.Event();
                next.types.addAll(e.types);
                next.trigger = e.trigger;
                next.triggerConcept = e.triggerConcept;
                next.evidence.addAll(e.evidence);
                next.participants.addAll(subject);
                next.participants.addAll(other);
                split.add(next);
            }
        }
        int topicAt = -1;
        for (int i = t.to(); i < to; i++) {
            if (TOPIC.contains(tk.get(i).stem())) {
                topicAt = i + 1;
                break;
            }
        }
        if (topicAt < 0 && !actors.lexicon().isSubClass(kind, CKG.PhoneCall) && !actors.lexicon().isSubClass(kind, CKG.Meeting)) {
            topicAt = t.to();
        }
        if (topicAt >= 0) {
            while (topicAt < to && tk.get(topicAt).normMatches("de|du|d'|sur|au|sujet|pour")) {
                topicAt++;
            }
            int stop = to;
            while (stop > topicAt && !tk.get(stop - 1).isWord() && !tk.get(stop - 1).surfaceMatches("[»”\"]")) {
                stop--;
            }
            if (stop > topicAt) {
                e.topic = r.text(text, topicAt, stop);
            }
        }
        // « un accord franco-italien de 1935 », « le traité germano-soviétique »: with no party named, the states a compound
        // demonym right after the trigger joins
        if (agreement && e.participants.isEmpty()) {
            r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DEMONYM && m.entities().size() > 1 && m.from() == t.to())
                    .findFirst().ifPresent(m -> e.participants.addAll(m.entities()));
        }
        return split;
    }

    /* Whether the mention at {@code at} ends an apposition of membership, « , membre de l'OTAN », « , membres de l'ONU ». */
    private static boolean membershipApposed(List<Token> tk, int at) {
        int k = at - 1;
        if (k >= 0 && SentenceParse.ARTICLES.contains(tk.get(k).norm()) && !tk.get(k).normMatches("de|d'|du|des")) {
            k--;
        }
        return k >= 2 && tk.get(k).normMatches("de|d'|du|des") && tk.get(k - 1).normMatches("membres?") && tk.get(k - 2).is(",");
    }

    private void dispute(SentenceReading r, Extraction.Event e, int from, PhraseIndex.Match<Lexicon.Term> t, int to) {
        addSides(e, actorsIn(r, from, t.from()));
        // « Belgrade ne reconnaît pas l'indépendance … ; le dialogue entre Belgrade et Pristina »:
        // a dispute has two sides; a pair the sentence names with « entre X et Y » completes it.
        if (e.participants.size() < 2) {
            for (int i = from; i < to; i++) {
                if (r.tokens().get(i).is("entre")) {
                    List<Mention> pair = actorsIn(r, i + 1, Math.min(to, i + 8));
                    if (pair.size() >= 2) {
                        addSides(e, pair.subList(0, 2));
                        break;
                    }
                }
            }
        }
        // « revendiquée par les deux pays », « le Cachemire, que se disputent l'Inde et le Pakistan »:
        // the claimants follow the trigger
        boolean relative = t.from() > 0 && r.tokens().get(t.from() - 1).normMatches("que|qu'");
        // (when actors follow: « divisés par la question du Haut-Karabakh » names none, the subject stays)
        List<Mention> claimants = actorsIn(r, t.to(), Math.min(to, t.to() + 6));
        // (« les îles Kouriles sont disputées entre le Japon et la Russie »: so do the sides after « entre »)
        // (« les îles Hanish, territoire disputé entre l'Érythrée et le Yémen »: and after a noun of disputed land the trigger
        // ends before « entre » or « par », the place it describes standing before)
        boolean passive = (t.to() > 0 && r.tokens().get(t.to() - 1).normMatches("par|entre") || relative
                        || t.to() < r.tokens().size() && r.tokens().get(t.to()).normMatches("par|entre")
                                && PAST_PARTICIPLE.matcher(r.tokens().get(t.to() - 1).surface()).matches())
                && !claimants.isEmpty();
        if (passive) {
            e.participants.clear();
            addSides(e, claimants);
        }
        // « Badme, une bourgade que l'Érythrée revendique »: the claimants stand between « que » and the verb, the place is
        // the antecedent (no actor there, « que les deux pays revendiquent », leaves the sides to the report)
        Optional<Mention> claimed = claimedPlace(r, t.to());
        Optional<TriggerContext.ClaimingRelative> relativeClaim = relative || claimed.isPresent() ? Optional.empty()
                : TriggerContext.claimedBefore(r, t.from(), this::namesPlace);
        if (relativeClaim.isPresent()) {
            e.participants.clear();
            addSides(e, actorsIn(r, relativeClaim.get().que() + 1, t.from()));
            if (e.participants.isEmpty()) {
                addSides(e, claimants);
            }
        }
        // the territory: the place after the trigger, or for a place « revendiquée par … », the one before it
        Optional<Mention> after = relativeClaim.map(TriggerContext.ClaimingRelative::place).or(() -> claimed)
                .or(() -> r.mentionsIn(t.to(), to).stream().filter(this::namesPlace).findFirst());
        // (the subject, when a place opens the clause: « Le récif Second Thomas, situé à 200 kilomètres de
        // l'île de Palawan, est revendiqué par … »; else the place nearest before)
        List<Mention> placesBefore = r.mentionsIn(from, t.from()).stream().filter(this::namesPlace).toList();
        Optional<Mention> before = placesBefore.stream().filter(m -> m.from() <= from + 1).findFirst()
                .or(() -> placesBefore.stream().reduce((a, b) -> b));
        (passive ? before.or(() -> after) : after).ifPresent(m -> e.disputedTerritory = m.first());
        // « Le Venezuela revendique l'Essequibo, une région administrée par le Guyana »: who holds the place is a side
        for (int i = t.to(); i + 1 < to; i++) {
            if (r.tokens().get(i).normMatches("(administr|control|occup|gouvern|deten)\\w*") && r.tokens().get(i + 1).is("par")) {
                addSides(e, actorsIn(r, i + 2, Math.min(to, i + 4)).stream().limit(1).toList());
            }
        }
        // « Tbilissi considère l'Ossétie du Sud comme partie intégrante de son territoire », « l'Abkhazie, que Tbilissi considère
        // comme une partie de son territoire », « le Maroc, qui le considère comme partie intégrante de son territoire »: the
        // land regarded as one's own stands between the verb and « comme », or is the antecedent of the relative, or the place
        // the pronoun takes up; the side is the verb's subject, the actor named last before it (the clause may start past it)
        int regards = r.tokens().get(t.from()).is("comme") ? regardingVerb(r.tokens(), t.from()) : -1;
        if (regards >= 0) {
            Optional<TriggerContext.ClaimingRelative> antecedent = TriggerContext.claimedBefore(r, regards, this::namesPlace);
            Optional<Mention> land = r.mentionsIn(regards + 1, t.from()).stream().filter(this::namesPlace).findFirst()
                    .or(() -> antecedent.map(TriggerContext.ClaimingRelative::place))
                    .or(() -> r.mentionsIn(0, regards).stream().filter(this::namesPlace).reduce((a, b) -> b));
            e.participants.clear();
            addSides(e, antecedent.isPresent() ? actorsIn(r, antecedent.get().que() + 1, regards)
                    : actorsIn(r, 0, regards).stream().reduce((a, b) -> b).stream().toList());
            e.disputedTerritory = land.map(Mention::first).orElse(null);
            // (« Les séparatistes revendiquent l'indépendance de l'Abkhazie, que Tbilissi considère comme … »: the subject of
            // the clause the land's relative hangs on contests it)
            antecedent.flatMap(a -> actorsIn(r, 0, a.place().from()).stream().findFirst()).ifPresent(m -> addSides(e, List.of(m)));
        }
        // (« Rabat considère le Sahara occidental comme partie intégrante de son territoire, tandis que le Polisario y réclame un
        // référendum », « Tripoli la revendique, tandis que le Tchad s'en tient aux frontières »: the subject of the clause set
        // against the one of a lone side is the other side)
        if (e.participants.size() == 1) {
            for (int i = t.to(); i + 1 < Math.min(r.tokens().size(), t.to() + 12); i++) {
                if (r.tokens().get(i).normMatches("tandis|alors") && r.tokens().get(i + 1).normMatches("que|qu'")) {
                    actorsIn(r, i + 2, Math.min(r.tokens().size(), i + 6)).stream().findFirst().ifPresent(m -> addSides(e, List.of(m)));
                    break;
                }
            }
        }
        // (« porter devant la Cour internationale de justice le différend »: a court or an organisation is no side)
        e.participants.removeIf(p -> actors.isA(p, CKG.InternationalOrganization) || actors.isA(p, CKG.Alliance));
        // « Le territoire a fait sécession de X à la chute de l'URSS, et les deux pays se le disputent », « le champ, que les
        // deux pays se disputent », « revendiqué par les deux pays »: « les deux pays » as the verb's subject or agent are the
        // sides, not an actor named earlier in the sentence; and what they stand for is a guess from the states named so far,
        // which the report's two main adversaries override (Adversaries.sidesUnnamed)
        if (regards < 0) {
            bothCountries(r, t).ifPresent(both -> {
                e.participants.clear();
                both.entities().forEach(a -> e.sidesOfAnaphor.add(actors.stateOrSelf(a)));
            });
        }
    }

    /* « les deux pays », « les deux voisins » as the subject just before the trigger, or its agent just after (« par »). */
    private static Optional<Mention> bothCountries(SentenceReading r, PhraseIndex.Match<Lexicon.Term> t) {
        List<Token> tk = r.tokens();
        return r.mentions().stream().filter(m -> m.kind() == Mention.Kind.ANAPHOR && m.entities().size() == 2
                        && tk.get(m.from()).is("deux") && (m.to() == t.from() || m.from() == t.to() + 1 && tk.get(m.from() - 1).normMatches("les")
                                && t.to() > 0 && tk.get(t.to() - 1).normMatches("par|entre")))
                .findFirst();
    }

    /* The verb « considérer » whose « comme » stands at {@code at}, in the same sentence part; -1 when none. */
    private static int regardingVerb(List<Token> tk, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 25); k--) {
            if (tk.get(k).normMatches("consider(e|ent|ait|aient|ant|era|eront)?|[.;:]")) {
                return tk.get(k).normMatches("[.;:]") ? -1 : k;
            }
        }
        return -1;
    }

    /* The states the mentions name, or the actors themselves when they serve none, as sides of the dispute {@code e}. */
    private void addSides(Extraction.Event e, List<Mention> sides) {
        sides.forEach(m -> m.entities().forEach(a -> e.participants.add(actors.stateOrSelf(a))));
    }

    /* The place « revendiquer » names after it, past how much of it and since when (TriggerContext.claimedAt). */
    private Optional<Mention> claimedPlace(SentenceReading r, int at) {
        int k = TriggerContext.claimedAt(r.tokens(), at);
        return r.mentions().stream().filter(m -> m.from() <= k && k < m.to() && namesPlace(m)).findFirst();
    }

    /** A place phrase, or a place named alone (« à Almaty »; a capital standing for its state is no place). */
    private boolean namesPlace(Mention m) {
        return m.kind() == Mention.Kind.PLACE
                || m.kind() == Mention.Kind.NAME && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Place));
    }

    private List<Mention> actorsIn(SentenceReading r, int from, int to) {
        // (a news agency reports events, it takes no part in them: « selon des habitants joints par l'AFP »)
        return r.mentionsIn(from, to).stream().filter(m -> m.kind() != Mention.Kind.PLACE && m.kind() != Mention.Kind.TREATY
                && m.entities().stream().allMatch(x -> actors.isA(x, CKG.Actor) && !actors.isA(x, CKG.NewsAgency))).toList();
    }

}
