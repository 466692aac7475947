package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * Within one report, statements and incidents told several times become one. A ministry whose
 * accusation is paraphrased, then quoted, then said to be carried by two agencies has made one
 * claim; the incidents that claim describes with the same kind and the same attacking side are
 * one incident, with the places, weapons and sentences of every telling. Different speakers keep
 * their own claims and incidents: « the same event seen by the other side » is the reader's call.
 */
final class Coreference {
    private Coreference() {
    }

    /**
     * @param leadParagraph the paragraph of the report's first sentence after its title: the lead,
     *                      which sums up what the article then tells
     */
    static void merge(Extraction x, Actors actors, int leadParagraph) {
        // No one accuses themselves: a party named near an accusation that is the speaker's own state
        // (« Bamako accuse l'Algérie … et lui reproche … » read from the wrong side) is dropped.
        for (Extraction.Claim c : x.claims) {
            if (c.claimant != null) {
                Resource own = actors.stateOrSelf(c.claimant);
                c.accused.removeIf(a -> a.equals(own) || a.equals(c.claimant));
                // (a person or a party may accuse their own state's government: the opposition, « le chef du VMRO-DPMNE a accusé
                // le gouvernement de « capitulation » »; a state or its bodies do not; any other accused government body stands
                // for its state, as every accused party does)
                boolean serves = actors.isA(c.claimant, CKG.GovernmentBody) || actors.isA(c.claimant, CKG.State)
                        || actors.isA(c.claimant, CKG.ArmedForces);
                List<Resource> named = List.copyOf(c.accused);
                c.accused.clear();
                named.stream().filter(a -> !(actors.isA(a, CKG.GovernmentBody) && actors.stateOrSelf(a).equals(own) && serves))
                        .map(a -> actors.isA(a, CKG.GovernmentBody) && actors.stateOrSelf(a).equals(own) ? a : actors.stateOrSelf(a))
                        .forEach(c.accused::add);
            }
        }
        mergeClaims(x);
        mergeStateClaims(x, actors, leadParagraph);
        // A statement that accuses someone blames them for the incidents it describes without an attacker;
        // « Elle a affirmé avoir détruit plusieurs postes afghans par des tirs »: one that tells what
        // the speaker did makes the speaker the attacker.
        for (Extraction.Claim c : x.claims) {
            boolean ownDeed = c.claimant != null && c.ownDeed;
            for (Extraction.Event e : c.about) {
                boolean incident = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Incident)
                        && !actors.lexicon().isSubClass(t, CKG.ArmedClash));
                if (incident && e.attackers.isEmpty() && ownDeed && e.evidence.stream().anyMatch(st -> c.evidence.contains(st))) {
                    e.attackers.add(c.claimant);
                    e.participants.remove(c.claimant);
                    continue;
                }
                if (incident && e.attackers.isEmpty() && !c.accused.isEmpty()) {
                    e.attackers.addAll(c.accused);
                    e.participants.removeAll(c.accused);
                }
            }
        }
        for (Extraction.Claim c : x.claims) {
            mergeIncidents(x, c, actors);
        }
        mergeAnaphoricIncidents(x, actors);
        mergeRestatedIncidents(x, actors);
        mergeWeaponDetails(x, actors);
        mergeAgreementsAndMeetings(x, actors);
        mergeNarratedIncidents(x, actors);
        mergeHeadlineIncidents(x, actors);
        mergeBareIncidents(x, actors);
        mergeDisputes(x);
        // A side that attacks or is attacked is not also a mere participant of the same incident
        // (« Bangkok accuse Phnom Penh d'avoir ouvert le feu » read as a side, then as the attacker).
        for (Extraction.Event e : x.events) {
            if (isIncident(e, actors) && !e.participants.isEmpty()) {
                Set<Resource> sides = new java.util.HashSet<>(sideOf(e.attackers, actors));
                sides.addAll(sideOf(e.targets, actors));
                e.participants.removeIf(p -> sides.contains(actors.stateOrSelf(p)));
            }
            // « l'armée azerbaïdjanaise … l'Azerbaïdjan » in one role: the state acts or suffers through its body, which names the
            // side more precisely (as data/gold/README.md annotates: no role holds a state beside a body of its own)
            if (isIncident(e, actors)) {
                for (Set<Resource> role : List.of(e.attackers, e.targets, e.participants)) {
                    Set<Resource> bodies = new java.util.HashSet<>();
                    role.stream().filter(r -> !actors.isA(r, CKG.State)).forEach(r -> actors.stateOf(r)
                            .filter(s -> actors.isA(r, CKG.ArmedForces) || actors.isA(r, CKG.GovernmentBody)).ifPresent(bodies::add));
                    role.removeIf(r -> actors.isA(r, CKG.State) && bodies.contains(r));
                }
            } else {
                // (a call, meeting or agreement: a state is there through its people, « le président turc … avec X »; no gold
                // file lists a state beside a person who serves it)
                Set<Resource> served = new java.util.HashSet<>();
                e.participants.stream().filter(p -> actors.isA(p, CKG.Person)).forEach(p -> actors.stateOf(p).ifPresent(served::add));
                e.participants.removeIf(p -> actors.isA(p, CKG.State) && served.contains(p));
            }
        }
    }

    /**
     * A dispute told several times (« le différend », « ce territoire que le Venezuela revendique »,
     * « la frontière reste contestée ») between the same sides, or with a side missing, is one.
     */
    private static void mergeDisputes(Extraction x) {
        List<Extraction.Event> kept = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(x.events)) {
            if (!e.types.contains(CKG.Dispute)) {
                continue;
            }
            // (a side alone, « le Venezuela revendique … », completes another: a dispute has two sides)
            Extraction.Event same = kept.stream().filter(k -> k.participants.isEmpty() || e.participants.isEmpty()
                    || k.participants.stream().anyMatch(e.participants::contains)
                    || k.participants.size() == 1 && e.participants.size() == 1)
                    .filter(k -> k.disputedTerritory == null || e.disputedTerritory == null || k.disputedTerritory.equals(e.disputedTerritory))
                    .findFirst().orElse(null);
            if (same == null) {
                kept.add(e);
                continue;
            }
            same.disputedTerritory = same.disputedTerritory != null ? same.disputedTerritory : e.disputedTerritory;
            replace(x, e, same);
        }
    }

    /**
     * « cette frappe », « l'attaque iranienne »: an incident named with a definite or demonstrative
     * article is the latest incident told before it whose kind and sides agree (no other attacker,
     * target or date), not a new one.
     */
    private static void mergeAnaphoricIncidents(Extraction x, Actors actors) {
        // (a long report holds thousands of incidents: each one's first sentence is read once, and the incidents are walked
        // from the latest back, so that the search for the one an anaphor names stops at it instead of scanning them all.
        // Neither changes here: an incident absorbs only later sentences and a kind finer than its own.)
        Map<Extraction.Event, Integer> firstOf = new java.util.IdentityHashMap<>();
        List<Extraction.Event> incidents = new ArrayList<>();
        for (Extraction.Event e : x.events) {
            if (isIncident(e, actors)) {
                firstOf.put(e, firstSentence(e));
                incidents.add(e);
            }
        }
        // latest first; of incidents opening in one sentence, the one listed first (as the latest « max » of a scan in list order)
        List<Extraction.Event> latestFirst = new ArrayList<>(incidents);
        latestFirst.sort(java.util.Comparator.comparingInt((Extraction.Event e) -> firstOf.get(e)).reversed());
        Set<Extraction.Event> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Extraction.Event e : incidents) {
            if (!e.definite) {
                continue;
            }
            int at = firstOf.get(e);
            Extraction.Event before = null;
            for (Extraction.Event o : latestFirst) {
                if (firstOf.get(o) >= at || o == e || gone.contains(o) || !toldAlike(o, e, actors)) {
                    continue;
                }
                // (« l'envoi de policiers kényans » after Syrian forces massed: another deployment)
                if (!isDeployment(e, actors) || agree(sideOf(o.participants, actors), sideOf(e.participants, actors))) {
                    before = o;
                    break;
                }
            }
            if (before != null) {
                takeFinerKind(before, e, actors);
                replace(x, e, before);
                gone.add(e);
            }
        }
    }

    /**
     * « les forces afghanes ont attaqué plusieurs postes pakistanais, de la province de Khyber
     * Pakhtunkhwa jusqu'au Baloutchistan », then « l'armée pakistanaise a dénoncé une attaque des
     * forces afghanes »: an incident told later with only its attacker (no place, weapon or target of
     * its own, data/gold/README.md) restates the latest incident told before by the same side.
     */
    private static void mergeRestatedIncidents(Extraction x, Actors actors) {
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean bareButSide = isIncident(e, actors) && !e.attackers.isEmpty() && e.targets.isEmpty() && e.places.isEmpty()
                    && e.weapons.isEmpty() && e.participants.isEmpty();
            if (!bareButSide || !x.events.contains(e)) {
                continue;
            }
            int at = firstSentence(e);
            Set<Resource> side = sideOf(e.attackers, actors);
            x.events.stream().filter(o -> o != e && isIncident(o, actors) && firstSentence(o) < at
                            && sideOf(o.attackers, actors).equals(side)
                            && (sameKind(o, e, actors))
                            && (!o.places.isEmpty() || !o.weapons.isEmpty() || !o.targets.isEmpty()))
                    .max(java.util.Comparator.comparingInt(Coreference::firstSentence))
                    .ifPresent(o -> replace(x, e, o));
        }
    }

    /**
     * « Les forces cambodgiennes ont bombardé des zones habitées à l'aide de roquettes. Une roquette a touché
     * une station-service dans le district de Kantharalak »: a weapon striking in the next sentence, with no
     * side of its own, is that attack told in detail (a weapon the attack did not use is another one).
     */
    private static void mergeWeaponDetails(Extraction x, Actors actors) {
        for (Extraction.Event e : List.copyOf(x.events)) {
            if (!e.weaponSubject || !e.attackers.isEmpty() || !x.events.contains(e)) {
                continue;
            }
            int at = firstSentence(e);
            x.events.stream().filter(o -> o != e && isIncident(o, actors) && o.evidence.stream().anyMatch(st -> st.number() == at - 1)
                            && !e.weapons.isEmpty() && o.weapons.containsAll(e.weapons))
                    .findFirst().ifPresent(o -> {
                        o.places.addAll(e.places);
                        repoint(x, e, o);
                        o.evidence.addAll(e.evidence);
                    });
        }
    }

    /*
     * Whether {@code o} and {@code e} may tell one incident: a kind one refines the other's, attacking and attacked sides
     * that agree, dates that agree, and a place in common or none given (the anaphor and the headline read alike).
     */
    private static boolean toldAlike(Extraction.Event o, Extraction.Event e, Actors actors) {
        return sameKind(o, e, actors)
                && agree(sideOf(o.attackers, actors), sideOf(e.attackers, actors))
                && agree(sideOf(o.targets, actors), sideOf(e.targets, actors))
                && compatible(o.dateText, e.dateText) && compatible(o.date, e.date)
                && overlap(o.places, e.places);
    }

    private static int firstSentence(Extraction.Event e) {
        return e.evidence.stream().mapToInt(org.conflictkg.report.Sentence::number).min().orElse(Integer.MAX_VALUE);
    }

    /** Two sets of parties may be one event's when either is not given or they share one. */
    private static boolean overlap(Set<Resource> a, Set<Resource> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** Two sides of one role agree when either is not given or they are the same. */
    private static boolean agree(Set<Resource> a, Set<Resource> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /**
     * An incident told with no role at all (« après de violents combats » in a headline) restates
     * one the report describes: it joins an incident of the same kind, or of a more specific kind.
     * One that joins none names no side, place or weapon: it is the topic of a sentence (« l'arrêt
     * des hostilités », « toute implication dans les combats », « cette incursion » in a quotation),
     * not an event a reader could ask about, so it is dropped.
     */
    private static void mergeBareIncidents(Extraction x, Actors actors) {
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean roleless = e.attackers.isEmpty() && e.targets.isEmpty() && e.participants.isEmpty() && e.places.isEmpty()
                    && e.weapons.isEmpty() && isIncident(e, actors);
            if (!roleless) {
                continue;
            }
            boolean undated = e.date == null && e.dateText == null;
            x.events.stream().filter(o -> undated && o != e && isIncident(o, actors) && refines(o.types, e.types, actors))
                    .findFirst()
                    .ifPresentOrElse(same -> replace(x, e, same), () -> forget(x, e));
        }
    }

    /** {@code e} is no event: it leaves the report, and claims that were about it are about the others. */
    private static void forget(Extraction x, Extraction.Event e) {
        x.events.remove(e);
        x.claims.forEach(c -> c.about.remove(e));
    }

    /**
     * Whether two events are of one kind, one's classes refining the other's (« Incident » and « Shelling »).
     * A deployment is no other incident told again: « le déploiement de 40 000 soldats » after « sa défense
     * aérienne en avait abattu une partie » is a new event, though Deployment is a kind of Incident.
     */
    private static boolean sameKind(Extraction.Event a, Extraction.Event b, Actors actors) {
        return (refines(a.types, b.types, actors) || refines(b.types, a.types, actors))
                && isDeployment(a, actors) == isDeployment(b, actors);
    }

    private static boolean isDeployment(Extraction.Event e, Actors actors) {
        return actors.isA(e, CKG.Deployment);
    }

    /** {@code into} takes {@code e}'s kind when that is finer (« l'attaque », then « ces bombardements »). */
    private static void takeFinerKind(Extraction.Event into, Extraction.Event e, Actors actors) {
        if (refines(e.types, into.types, actors) && !e.types.equals(into.types)) {
            into.types.clear();
            into.types.addAll(e.types);
        }
    }

    /** Whether every class of {@code general} is one of {@code specific}'s classes or a superclass of one. */
    private static boolean refines(Set<Resource> specific, Set<Resource> general, Actors actors) {
        return general.stream().allMatch(g -> specific.stream().anyMatch(s -> actors.lexicon().isSubClass(s, g)));
    }

    private static boolean isIncident(Extraction.Event e, Actors actors) {
        return actors.isA(e, CKG.Incident);
    }

    /** {@code e} is {@code into} told again: its roles and sentences join {@code into}, and claims about it are about {@code into}. */
    private static void replace(Extraction x, Extraction.Event e, Extraction.Event into) {
        absorb(into, e);
        repoint(x, e, into);
    }

    /** {@code e} is gone: claims that were about it are about {@code into} (each event once). */
    private static void repoint(Extraction x, Extraction.Event e, Extraction.Event into) {
        x.events.remove(e);
        for (Extraction.Claim c : x.claims) {
            // (only the claims about it: this runs for every event folded into another)
            if (!c.about.contains(e)) {
                continue;
            }
            c.about.replaceAll(a -> a == e ? into : a);
            List<Extraction.Event> distinct = c.about.stream().distinct().toList();
            c.about.clear();
            c.about.addAll(distinct);
        }
    }

    /**
     * « Bichkek accuse Douchanbé » in a headline, then the statement of the Kyrgyz border service:
     * a claim whose claimant is a bare state is the statement one of that state's bodies or people
     * makes in the report, when what they accuse agrees. It joins that claim, which keeps the more
     * precise claimant.
     */
    private static void mergeStateClaims(Extraction x, Actors actors, int leadParagraph) {
        for (Extraction.Claim c : List.copyOf(x.claims)) {
            if (c.claimant == null || !actors.isA(c.claimant, CKG.State)) {
                continue;
            }
            // The title and the lead sum up statements the article then tells: there, a bare state's
            // words are its body's when they blame the same party (the title: whenever they do not
            // blame different ones). In the body of the article « Téhéran accuse Israël » and what
            // the Iranian president says are two statements.
            boolean headline = c.evidence.stream().allMatch(org.conflictkg.report.Sentence::heading);
            // (in the lead, an accusation: « selon Tbilissi » there is a source of its own)
            boolean lead = c.accusation && c.evidence.stream().allMatch(st -> st.heading() || st.paragraph() <= leadParagraph);
            if (!lead && !headline) {
                continue;
            }
            List<Extraction.Claim> precise = x.claims.stream().filter(d -> d != c && d.claimant != null
                    && !actors.isA(d.claimant, CKG.State) && actors.stateOf(d.claimant).filter(c.claimant::equals).isPresent()
                    && (lead && !c.accused.isEmpty() && d.accused.equals(c.accused)
                        || headline && (c.accused.isEmpty() || d.accused.isEmpty()))).toList();
            // the one that accuses the same party, else the only candidate: two bodies are no guess
            Extraction.Claim into = precise.stream().filter(d -> !c.accused.isEmpty() && d.accused.equals(c.accused)).findFirst()
                    .orElse(precise.size() == 1 ? precise.get(0) : null);
            if (into == null) {
                continue;
            }
            absorbClaim(into, c);
            into.accused.addAll(c.accused);
            x.claims.remove(c);
            for (Extraction.Claim other : x.claims) {
                if (other.counterClaim == c) {
                    other.counterClaim = into;
                }
            }
        }
    }

    /**
     * Incidents the journalist states directly, of one class, with the same attacking side or none
     * given, are one incident told again (a headline, a summary, then the details).
     */
    private static void mergeNarratedIncidents(Extraction x, Actors actors) {
        java.util.Set<Extraction.Event> claimed = new java.util.HashSet<>();
        x.claims.forEach(c -> claimed.addAll(c.about));
        List<Extraction.Event> kept = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean incident = actors.isA(e, CKG.Incident);
            if (!incident || claimed.contains(e)) {
                continue;
            }
            Set<Resource> side = sideOf(e.attackers, actors);
            // « En avril 2021, des combats… » is another clash than Friday's.
            // (« des tirs près de Sotk » is another shelling than the one on Gori)
            // (« une embuscade », then « un avion a pénétré dans l'espace aérien »: incidents of no finer kind, told by words
            // of two kinds, are two)
            boolean generic = e.types.equals(Set.of(CKG.Incident));
            Extraction.Event same = kept.stream().filter(k -> k.types.equals(e.types))
                    .filter(k -> !generic || k.triggerConcept == null || e.triggerConcept == null || k.triggerConcept.equals(e.triggerConcept))
                    .filter(k -> compatible(k.dateText, e.dateText) && compatible(k.date, e.date))
                    .filter(k -> k.places.isEmpty() || e.places.isEmpty() || k.places.stream().anyMatch(e.places::contains))
                    .filter(k -> sideOf(k.targets, actors).isEmpty() || sideOf(e.targets, actors).isEmpty()
                            || sideOf(k.targets, actors).equals(sideOf(e.targets, actors)))
                    // (« Varsovie a déployé 15 000 soldats », « Moscou a déployé des bombardiers »: two deployments;
                    // « des combats entre A et B », then « des combats avec A »: one clash)
                    .filter(k -> overlap(sideOf(k.participants, actors), sideOf(e.participants, actors)))
                    .filter(k -> {
                Set<Resource> other = sideOf(k.attackers, actors);
                return side.isEmpty() || other.isEmpty() || side.equals(other);
            }).findFirst().orElse(null);
            if (same == null) {
                kept.add(e);
            } else {
                replace(x, e, same);
            }
        }
    }

    /**
     * « Téhéran lance des centaines de drones et de missiles » in a headline, then « L'Iran a lancé plus de 300 drones
     * et missiles contre Israël »: an incident the headline alone tells is the first incident of the text of a kind one
     * refines the other's, whose sides agree; it keeps the finer kind.
     */
    private static void mergeHeadlineIncidents(Extraction x, Actors actors) {
        for (Extraction.Event e : List.copyOf(x.events)) {
            if (!isIncident(e, actors) || e.evidence.isEmpty() || !e.evidence.stream().allMatch(org.conflictkg.report.Sentence::heading)) {
                continue;
            }
            x.events.stream().filter(o -> o != e && isIncident(o, actors) && o.evidence.stream().noneMatch(org.conflictkg.report.Sentence::heading)
                            && toldAlike(o, e, actors) && overlap(sideOf(o.participants, actors), sideOf(e.participants, actors)))
                    .min(java.util.Comparator.comparingInt(Coreference::firstSentence))
                    .ifPresent(o -> {
                        takeFinerKind(o, e, actors);
                        replace(x, e, o);
                    });
        }
    }

    /**
     * A call, meeting or agreement told in several sentences (« l'adhésion suédoise … le protocole
     * d'adhésion … ») is one event: same class, and parties that overlap or are not given.
     */
    private static void mergeAgreementsAndMeetings(Extraction x, Actors actors) {
        // « Cet accord doit permettre … », « l'accord, négocié par …, a été approuvé par … », « toute
        // violation de l'accord »: the bare noun named again with « l'/cet » is the agreement told
        // before (a ceasefire, an accession…); who approves or breaks it is no new party of it
        List<Extraction.Event> told = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean agreement = actors.isA(e, CKG.Agreement);
            boolean anaphor = e.definite && e.types.equals(Set.of(CKG.Agreement)) && e.trigger != null
                    && Patterns.matches(FrenchText.normalize(e.trigger), "accords?");
            if (agreement && anaphor && !told.isEmpty()) {
                Extraction.Event into = told.get(told.size() - 1);
                into.evidence.addAll(e.evidence);
                repoint(x, e, into);
            } else if (agreement) {
                told.add(e);
            }
        }
        // « se sont mis d'accord sur un cessez-le-feu »: a bare agreement in the sentence of a ceasefire (an accession…)
        // between the same parties is that one
        for (Extraction.Event e : List.copyOf(x.events)) {
            if (!e.types.equals(Set.of(CKG.Agreement))) {
                continue;
            }
            x.events.stream().filter(o -> o != e && !o.types.equals(Set.of(CKG.Agreement))
                    && actors.isA(o, CKG.Agreement)
                    && o.evidence.stream().anyMatch(e.evidence::contains)
                    && (o.participants.containsAll(e.participants) || e.participants.containsAll(o.participants)))
                    .findFirst().ifPresent(specific -> replace(x, e, specific));
        }
        List<Extraction.Event> kept = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean mergeable = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Agreement)
                    || actors.lexicon().isSubClass(t, CKG.Meeting) || actors.lexicon().isSubClass(t, CKG.PhoneCall));
            // parties that are one within the other (« X s'est entretenu avec Y », then « l'entretien
            // de Y »): sharing only one party (X with Y, then Z with Y) makes two calls
            // (« un cessez-le-feu dans la nuit du 18 au 19 octobre », then « le 30 octobre, … sont convenues de
            // maintenir le cessez-le-feu »: told with their parties on different days, two agreements)
            Extraction.Event same = !mergeable ? null : kept.stream().filter(k -> k.types.equals(e.types)
                    && (k.participants.isEmpty() || e.participants.isEmpty()
                        || k.participants.containsAll(e.participants) || e.participants.containsAll(k.participants)))
                    .filter(k -> k.participants.isEmpty() || e.participants.isEmpty()
                            || compatible(k.dateText, e.dateText) && compatible(k.date, e.date))
                    .findFirst().orElse(null);
            if (same == null) {
                kept.add(e);
                continue;
            }
            if (same.topic == null) {
                same.topic = e.topic;
            }
            replace(x, e, same);
        }
    }

    /** Claims by the same claimant accusing the same parties are one statement. */
    private static void mergeClaims(Extraction x) {
        Map<List<Object>, Extraction.Claim> kept = new LinkedHashMap<>();
        Map<Extraction.Claim, Extraction.Claim> into = new HashMap<>();
        List<Extraction.Claim> result = new ArrayList<>();
        for (Extraction.Claim c : x.claims) {
            // « X a accusé Belgrade … « … », a-t-il déclaré »: what the same speaker says in the next
            // sentence, accusing no one else, goes on with the same statement.
            Extraction.Claim previous = result.isEmpty() ? null : result.get(result.size() - 1);
            // (and « « … », a déclaré X. Il a affirmé que … », blaming no one else: X's words go on)
            boolean goesOn = previous != null && (!previous.accused.isEmpty() || c.continued);
            if (c.accused.isEmpty() && c.claimant != null && previous != null && c.claimant.equals(previous.claimant)
                    && goesOn && adjacent(previous, c)) {
                absorbClaim(previous, c);
                into.put(c, previous);
                continue;
            }
            // « X a dénoncé une « agression » et a affirmé que … »: what one speaker says in one sentence
            // is one statement, as long as it blames no one else.
            if (c.claimant != null && previous != null && c.claimant.equals(previous.claimant)
                    && previous.evidence.stream().anyMatch(c.evidence::contains)
                    && (c.accused.isEmpty() || previous.accused.isEmpty() || c.accused.equals(previous.accused))) {
                absorbClaim(previous, c);
                previous.accused.addAll(c.accused);
                into.put(c, previous);
                continue;
            }
            // « X a condamné …, accusant Y de … »: an accusation takes in what its speaker said just before.
            if (!c.accused.isEmpty() && previous != null && c.claimant != null && c.claimant.equals(previous.claimant)
                    && previous.accused.isEmpty() && adjacent(previous, c)) {
                absorbClaim(c, previous);
                result.remove(previous);
                into.put(previous, c);
            }
            if (c.accused.isEmpty() || c.claimant == null) {
                result.add(c);
                continue;
            }
            List<Object> key = List.of(c.claimant, Set.copyOf(c.accused));
            Extraction.Claim first = kept.get(key);
            if (first == null) {
                kept.put(key, c);
                result.add(c);
                continue;
            }
            absorbClaim(first, c);
            into.put(c, first);
        }
        for (Extraction.Claim c : result) {
            if (c.counterClaim != null) {
                c.counterClaim = into.getOrDefault(c.counterClaim, c.counterClaim);
            }
        }
        x.claims.clear();
        x.claims.addAll(result);
    }

    private static void absorbClaim(Extraction.Claim into, Extraction.Claim c) {
        into.quotes.addAll(c.quotes.stream().filter(q -> !into.quotes.contains(q)).toList());
        into.ownDeed |= c.ownDeed;
        into.evidence.addAll(c.evidence);
        into.agencies.addAll(c.agencies);
        c.about.stream().filter(e -> !into.about.contains(e)).forEach(into.about::add);
    }

    /**
     * Whether {@code b} follows {@code a} closely: in the next sentence, or two sentences on within
     * the same paragraph (« Selon l'armée, … . Une roquette a touché … . « … », a déclaré un
     * porte-parole de l'armée. »).
     */
    private static boolean adjacent(Extraction.Claim a, Extraction.Claim b) {
        org.conflictkg.report.Sentence last = a.evidence.stream().max(java.util.Comparator.comparingInt(
                org.conflictkg.report.Sentence::number)).orElse(null);
        org.conflictkg.report.Sentence first = b.evidence.stream().min(java.util.Comparator.comparingInt(
                org.conflictkg.report.Sentence::number)).orElse(null);
        if (last == null || first == null || first.number() < last.number()) {
            return false;
        }
        int gap = first.number() - last.number();
        return gap <= 1 || gap == 2 && first.paragraph() == last.paragraph();
    }

    /** The incidents one claim describes, of one kind and one attacking side, are one incident. */
    private static void mergeIncidents(Extraction x, Extraction.Claim c, Actors actors) {
        Map<List<Object>, Extraction.Event> kept = new LinkedHashMap<>();
        List<Extraction.Event> about = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(c.about)) {
            boolean incident = actors.isA(e, CKG.Incident);
            if (!incident) {
                about.add(e);
                continue;
            }
            Set<Resource> side = sideOf(e.attackers, actors);
            // « ont utilisé des chars … contre des positions kirghizes » and « bombarde nos villages »
            // in one statement: an incident of no kind is the shelling the same side is said to carry out.
            Extraction.Event first = kept.entrySet().stream().filter(k -> k.getKey().get(1).equals(side))
                    .map(Map.Entry::getValue)
                    .filter(k -> sameKind(k, e, actors)).findFirst().orElse(null);
            if (first == null) {
                kept.put(List.of(Set.copyOf(e.types), side), e);
                about.add(e);
                continue;
            }
            takeFinerKind(first, e, actors);
            replace(x, e, first);
        }
        c.about.clear();
        about.stream().distinct().forEach(c.about::add);
    }

    private static Set<Resource> sideOf(Set<Resource> actorsOfOneRole, Actors actors) {
        return actorsOfOneRole.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
    }

    /** Two dates that are both given and differ tell two events apart. */
    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static void absorb(Extraction.Event into, Extraction.Event e) {
        into.attackers.addAll(e.attackers);
        into.targets.addAll(e.targets);
        into.places.addAll(e.places);
        into.weapons.addAll(e.weapons);
        into.outcomes.addAll(e.outcomes);
        into.participants.addAll(e.participants);
        into.sidesOfAnaphor.addAll(e.sidesOfAnaphor);
        into.evidence.addAll(e.evidence);
        into.placeTexts.addAll(e.placeTexts);
        into.dateText = into.dateText != null ? into.dateText : e.dateText;
        into.date = into.date != null ? into.date : e.date;
    }
}
