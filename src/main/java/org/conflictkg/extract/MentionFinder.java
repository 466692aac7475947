package org.conflictkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Report;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.CKG;

/**
 * Finds what a sentence names and links it: reference entities by name, acronym or capital;
 * bodies, forces and agencies from their head noun and the state that qualifies them; people from
 * an office and a name; places from a place noun; and short mentions that refer back. New
 * entities go into the report's {@link EntityRegistry}. Rules here describe French noun phrases,
 * never an entity of one report.
 */
final class MentionFinder {
    private final Lexicon lexicon;
    private final Report report;
    private final EntityRegistry registry;

    MentionFinder(Lexicon lexicon, Report report, EntityRegistry registry) {
        this.lexicon = lexicon;
        this.report = report;
        this.registry = registry;
    }

    SentenceReading read(Sentence sentence) {
        List<Token> tk = FrenchText.tokens(report.text(), sentence.span());
        Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms = new HashMap<>();
        for (Resource scheme : List.of(CKG.EventTriggerScheme, CKG.SpeechCueScheme, CKG.WeaponScheme,
                CKG.OutcomeScheme, CKG.OfficeScheme, CKG.ActorHeadScheme)) {
            terms.put(scheme, lexicon.scheme(scheme).findAll(tk));
        }
        for (Resource scheme : List.of(CKG.ActorHeadScheme, CKG.EventTriggerScheme, CKG.OfficeScheme)) {
            terms.put(scheme, terms.get(scheme).stream()
                    .filter(m -> m.to() - m.from() > 1 || m.values().stream().anyMatch(t -> lexicon.isFormOf(t, tk.get(m.from()))))
                    .toList());
        }
        // « les Marines américains », « la marine américaine »: of two heads one word may be, one that heads a proper name
        // (ckg:capitalizedName) is read first where the word is capitalised inside the sentence, the other elsewhere
        terms.put(CKG.ActorHeadScheme, terms.get(CKG.ActorHeadScheme).stream().map(m -> m.values().size() < 2 ? m
                : new PhraseIndex.Match<>(m.from(), m.to(), m.values().stream().sorted(java.util.Comparator.comparing(
                        (Lexicon.Term t) -> t.capitalizedName() != (m.from() > 0 && tk.get(m.from()).isCapitalized()))).toList()))
                .toList());
        // « Tbilissi a appelé à l'aide les États-Unis »: a speech cue (« appeler à ») inside a longer appeal for help
        // is that appeal, not a statement
        List<PhraseIndex.Match<Lexicon.Term>> appeals = terms.get(CKG.EventTriggerScheme).stream()
                .filter(t -> t.values().stream().anyMatch(v -> CKG.AssistanceRequest.equals(v.evokes()))).toList();
        terms.put(CKG.SpeechCueScheme, terms.get(CKG.SpeechCueScheme).stream().filter(c -> appeals.stream().noneMatch(a ->
                a.from() <= c.from() && c.to() <= a.to() && a.to() - a.from() > c.to() - c.from())).toList());
        // « a appelé les deux pays à cesser les combats »: a cue that needs an infinitive speaks only with one after its
        // object, and gives way to a longer cue at the same word (« appeler à »); as a participle (« …, appelant Addis-Abeba
        // à … ») it goes on with a statement the sentence has made
        List<PhraseIndex.Match<Lexicon.Term>> cues = terms.get(CKG.SpeechCueScheme);
        terms.put(CKG.SpeechCueScheme, cues.stream().filter(c -> !c.values().get(0).needsInfinitive()
                || bidsTo(tk, c.to()) && !tk.get(c.from()).norm().endsWith("ant")
                        && cues.stream().noneMatch(o -> o != c && o.from() == c.from() && o.to() > c.to())).toList());
        SentenceParse p = new SentenceParse(lexicon, registry, report.text(), sentence, tk, terms);
        p.run();
        return new SentenceReading(sentence, tk, p.mentions, terms, p.datelineEnd);
    }

    /* Whether « à » and a verb in the infinitive follow within a few words of {@code from}, before a comma or « pour ». */
    private static boolean bidsTo(List<Token> tk, int from) {
        for (int k = from; k < Math.min(tk.size() - 1, from + 9); k++) {
            String n = tk.get(k).norm();
            if (Patterns.matches(n, "[,;:.]|pour|que|qu'")) {
                return false;
            }
            // (past a negation or a pronoun before the verb: « à ne pas … », « appelé la Russie à les libérer »)
            int verb = k + 1 < tk.size() && tk.get(k + 1).normMatches("ne|n'") ? k + 3
                    : k + 1 < tk.size() && tk.get(k + 1).normMatches("le|la|l'|les|lui|leur|y|en|se|s'") ? k + 2 : k + 1;
            if (Patterns.matches(n, "a|au") && k > from && verb < tk.size() && tk.get(verb).normMatches("\\p{L}{2,}(er|ir|re)")) {
                return true;
            }
        }
        return false;
    }

    /** The work on one sentence. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
