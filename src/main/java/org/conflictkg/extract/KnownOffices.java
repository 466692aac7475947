package org.conflictkg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.CKG;

/**
 * Offices of known people the parser left unread. A person of the reference data named beside an office's words that were
 * not read as that person's (« les chefs de la diplomatie des deux pays, Djeyhoun Bayramov et Ararat Mirzoyan »: a plural
 * office, then « des deux pays ») holds the state the reference data affiliates them with, else the organisation they
 * serve. The reference data, not the words, tells which: the fact's evidence is the sentence of the office's words. A
 * known person named with no office's words gets nothing.
 */
final class KnownOffices {
    private final Actors actors;
    private final Lexicon lexicon;
    private final EntityRegistry registry;
    /* Each known entity named beside an office's words, with the first sentence that did. */
    private final Map<Resource, Sentence> besideOffice = new LinkedHashMap<>();

    KnownOffices(Actors actors, Lexicon lexicon, EntityRegistry registry) {
        this.actors = actors;
        this.lexicon = lexicon;
        this.registry = registry;
    }

    /*
     * Notes the mentions a sentence makes right after an office's words, no verb between (not « Le président du Conseil
     * européen a reçu mardi Ilham Aliev »), or right before them in apposition (not « Vladimir Poutine a reçu le chef du
     * Comité »).
     */
    void read(SentenceReading r, Sentence sentence) {
        for (Mention m : r.mentions()) {
            boolean office = r.terms(CKG.OfficeScheme).stream().anyMatch(o -> o.to() <= m.from() && m.from() - o.to() <= 8
                            && noVerbBetween(r, o.to(), m.from())
                    || o.from() >= m.to() && o.from() - m.to() <= 2 && r.tokens().get(m.to()).is(","));
            if (office) {
                m.entities().forEach(e -> besideOffice.putIfAbsent(e, sentence));
            }
        }
    }

    /** Adds the offices of the known people noted, whose affiliation the report's own words did not give. */
    void addTo(Extraction x) {
        for (Map.Entry<Resource, Sentence> seen : besideOffice.entrySet()) {
            Resource who = seen.getKey();
            if (registry.created(who).isEmpty() && actors.isA(who, CKG.Person)
                    && x.facts.stream().noneMatch(f -> f.subject().equals(who) && f.predicate().equals(CKG.affiliatedWith))) {
                lexicon.servedBy(who).ifPresent(o -> x.facts.add(new Extraction.Fact(who, CKG.affiliatedWith, o, seen.getValue())));
            }
        }
    }

    /* Whether no verb stands between tokens {@code from} and {@code to}: no auxiliary, no word of saying nor of an event. */
    private static boolean noVerbBetween(SentenceReading r, int from, int to) {
        return r.tokens().subList(from, to).stream().noneMatch(t -> !t.isPrepositionA()
                        && t.normMatches("a|ont|avait|avaient|est|sont|etait|etaient|sera|serait|aurait|a-t"))
                && java.util.stream.Stream.of(CKG.SpeechCueScheme, CKG.EventTriggerScheme)
                        .flatMap(scheme -> r.terms(scheme).stream()).noneMatch(t -> t.from() >= from && t.from() < to);
    }
}
