package org.conflictkg.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Refuses a report that is plainly not French: the lexicon and the patterns read French only, and a
 * report in another language would load as a near-empty graph without a word of warning. Uses
 * OpenNLP's language detector (model from {@code opennlp-models-langdetect}); short texts, where
 * the detector is unreliable, are let through. Thread-safe once built.
 */
final class LanguageCheck {
    // Below this many characters, the detector's guess is too weak to refuse a report on.
    private static final int MIN_LENGTH = 300;
    private static final String MODEL = "langdetect-183.bin";

    private final LanguageDetectorModel model;

    LanguageCheck() {
        try (InputStream in = LanguageCheck.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + MODEL + " is missing from the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
    }

    /** @throws ReportFormatException when the text is long enough to tell and is not French */
    void requireFrench(String source, String text) {
        if (text.length() < MIN_LENGTH) {
            return;
        }
        // LanguageDetectorME is not thread-safe: one per call, the model is shared.
        Language[] languages = new LanguageDetectorME(model).predictLanguages(text.substring(0, Math.min(text.length(), 5000)));
        if (languages.length == 0 || languages[0].getLang().equals("fra")) {
            return;
        }
        boolean frenchClose = languages.length > 1 && languages[1].getLang().equals("fra")
                && languages[1].getConfidence() > languages[0].getConfidence() / 2;
        if (!frenchClose) {
            String name = Locale.forLanguageTag(languages[0].getLang()).getDisplayLanguage(Locale.ENGLISH);
            throw new ReportFormatException(source, "is written in " + (name.isEmpty() ? languages[0].getLang() : name)
                    + ", not French; conflict-kg reads French reports");
        }
    }
}
