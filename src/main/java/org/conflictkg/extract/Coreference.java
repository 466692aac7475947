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

    static void merge(Extraction x, Actors actors) {
        mergeClaims(x);
        // A statement that accuses someone blames them for the incidents it describes without an attacker.
        for (Extraction.Claim c : x.claims) {
            for (Extraction.Event e : c.about) {
                boolean incident = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Incident)
                        && !actors.lexicon().isSubClass(t, CKG.ArmedClash));
                if (incident && e.attackers.isEmpty() && !c.accused.isEmpty()) {
                    e.attackers.addAll(c.accused);
                    e.participants.removeAll(c.accused);
                }
            }
        }
        for (Extraction.Claim c : x.claims) {
            mergeIncidents(x, c, actors);
        }
        mergeAgreementsAndMeetings(x, actors);
        mergeNarratedIncidents(x, actors);
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
            boolean incident = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Incident));
            if (!incident || claimed.contains(e)) {
                continue;
            }
            Set<Resource> side = e.attackers.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
            // « En avril 2021, des combats… » is another clash than Friday's.
            Extraction.Event same = kept.stream().filter(k -> k.types.equals(e.types))
                    .filter(k -> compatible(k.dateText, e.dateText) && compatible(k.date, e.date))
                    .filter(k -> {
                Set<Resource> other = k.attackers.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
                return side.isEmpty() || other.isEmpty() || side.equals(other);
            }).findFirst().orElse(null);
            if (same == null) {
                kept.add(e);
            } else {
                absorb(same, e);
                x.events.remove(e);
            }
        }
    }

    /**
     * A call, meeting or agreement told in several sentences (« l'adhésion suédoise … le protocole
     * d'adhésion … ») is one event: same class, and parties that overlap or are not given.
     */
    private static void mergeAgreementsAndMeetings(Extraction x, Actors actors) {
        List<Extraction.Event> kept = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(x.events)) {
            boolean mergeable = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Agreement)
                    || actors.lexicon().isSubClass(t, CKG.Meeting) || actors.lexicon().isSubClass(t, CKG.PhoneCall));
            Extraction.Event same = !mergeable ? null : kept.stream().filter(k -> k.types.equals(e.types)
                    && (k.participants.isEmpty() || e.participants.isEmpty()
                        || k.participants.stream().anyMatch(e.participants::contains))).findFirst().orElse(null);
            if (same == null) {
                kept.add(e);
                continue;
            }
            absorb(same, e);
            if (same.topic == null) {
                same.topic = e.topic;
            }
            x.events.remove(e);
            for (Extraction.Claim c : x.claims) {
                c.about.replaceAll(a -> a == e ? same : a);
            }
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
            if (c.accused.isEmpty() && c.claimant != null && previous != null && c.claimant.equals(previous.claimant)
                    && !previous.accused.isEmpty() && adjacent(previous, c)) {
                absorbClaim(previous, c);
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
        into.evidence.addAll(c.evidence);
        into.agencies.addAll(c.agencies);
        c.about.stream().filter(e -> !into.about.contains(e)).forEach(into.about::add);
    }

    private static boolean adjacent(Extraction.Claim a, Extraction.Claim b) {
        int last = a.evidence.stream().mapToInt(org.conflictkg.report.Sentence::number).max().orElse(-10);
        int first = b.evidence.stream().mapToInt(org.conflictkg.report.Sentence::number).min().orElse(-100);
        return first - last <= 1 && first >= last;
    }

    /** The incidents one claim describes, of one kind and one attacking side, are one incident. */
    private static void mergeIncidents(Extraction x, Extraction.Claim c, Actors actors) {
        Map<List<Object>, Extraction.Event> kept = new LinkedHashMap<>();
        List<Extraction.Event> about = new ArrayList<>();
        for (Extraction.Event e : List.copyOf(c.about)) {
            boolean incident = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Incident));
            if (!incident) {
                about.add(e);
                continue;
            }
            Set<Resource> side = e.attackers.stream().map(actors::stateOrSelf).collect(Collectors.toSet());
            List<Object> key = List.of(Set.copyOf(e.types), side);
            Extraction.Event first = kept.get(key);
            if (first == null) {
                kept.put(key, e);
                about.add(e);
                continue;
            }
            absorb(first, e);
            x.events.remove(e);
            for (Extraction.Claim other : x.claims) {
                other.about.replaceAll(a -> a == e ? first : a);
            }
        }
        c.about.clear();
        about.stream().distinct().forEach(c.about::add);
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
        into.evidence.addAll(e.evidence);
        into.placeTexts.addAll(e.placeTexts);
        into.dateText = into.dateText != null ? into.dateText : e.dateText;
        into.date = into.date != null ? into.date : e.date;
    }
}
