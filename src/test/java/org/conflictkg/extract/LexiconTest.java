package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.ontology.Bundled;
import org.conflictkg.vocab.CKG;
import org.junit.jupiter.api.Test;

class LexiconTest {
    /*
     * The finders read one concept per phrase found (the first of its values): two concepts of one scheme whose labels
     * come to the same key forms and the same first word would shadow one another without a word. (Labels whose stems
     * agree but whose words differ, « régime » and « régiment », are told apart by the word: PhraseIndex puts first the
     * phrase whose first word is the text's.)
     */
    @Test
    void noConceptOfASchemeShadowsAnother() {
        Lexicon lexicon = new Lexicon(Bundled.ontology().add(Bundled.reference()));
        List<String> shadowed = new ArrayList<>();
        for (Resource scheme : List.of(CKG.EventTriggerScheme, CKG.SpeechCueScheme, CKG.ActorHeadScheme, CKG.OfficeScheme,
                CKG.WeaponScheme, CKG.OutcomeScheme)) {
            lexicon.scheme(scheme).shadowed().forEach(terms -> shadowed.add(scheme.getLocalName() + " "
                    + terms.stream().map(t -> t.concept().getLocalName()).distinct().toList()));
        }
        assertEquals(List.of(), shadowed);
    }
}
