package org.conflictkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportReaderTest {
    final ReportReader reader = new ReportReader();

    @Nested
    class Encodings {
        final String french = "Tensions à la frontière\n\nL’armée arménienne a déclaré : « Les tirs ont cessé ». Bakou dément.\n";

        @Test
        void utf8IsReadAsIs() {
            Report r = reader.read("a.txt", french.getBytes(StandardCharsets.UTF_8));
            assertEquals("UTF-8", r.encoding());
            assertTrue(r.text().contains("L’armée arménienne"));
        }

        @Test
        void windows1252IsDetectedAndSaidSo() {
            Report r = reader.read("a.txt", french.getBytes(Charset.forName("windows-1252")));
            assertEquals("windows-1252 (detected)", r.encoding());
            assertTrue(r.text().contains("L’armée arménienne a déclaré : « Les tirs ont cessé »"));
        }

        @Test
        void utf16WithABomIsRead() {
            byte[] body = french.getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
            Report r = reader.read("a.txt", bytes);
            assertEquals("UTF-16LE (BOM)", r.encoding());
            assertTrue(r.text().startsWith("Tensions à la frontière"));
        }
    }

    @Nested
    class BadInput {
        @Test
        void anEmptyReportIsRefusedByName() {
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> reader.read("empty.txt", new byte[0]));
            assertEquals("report empty.txt: is empty", e.getMessage());
        }

        @Test
        void aBinaryFileIsRefused() {
            ReportFormatException e = assertThrows(ReportFormatException.class,
                    () -> reader.read("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
            assertEquals("report x.png: binary data (NUL byte at offset 4), not text", e.getMessage());
        }

        @Test
        void whitespaceAloneIsNoReport() {
            ReportFormatException e = assertThrows(ReportFormatException.class,
                    () -> reader.read("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals("report blank.txt: contains no text", e.getMessage());
        }

        @Test
        void aReportInAnotherLanguageIsRefused() {
            String english = "Border clashes\n\n" + "Armenia and Azerbaijan accused each other of shelling positions along "
                    + "their shared border on Tuesday, the defence ministries of both countries said in statements. ".repeat(4);
            ReportFormatException e = assertThrows(ReportFormatException.class,
                    () -> reader.read("en.txt", english.getBytes(StandardCharsets.UTF_8)));
            assertEquals("report en.txt: is written in English, not French; conflict-kg reads French reports", e.getMessage());
        }

        @Test
        void aLongFrenchReportIsRead() {
            String french = "Tensions à la frontière\n\n" + "L’Arménie et l’Azerbaïdjan se sont mutuellement accusés mardi de "
                    + "bombardements le long de leur frontière, selon les ministères de la Défense des deux pays. ".repeat(4);
            assertTrue(reader.read("fr.txt", french.getBytes(StandardCharsets.UTF_8)).text().startsWith("Tensions"));
        }

        @Test
        void aHugeReportIsRefused() {
            byte[] huge = new byte[ReportReader.MAX_BYTES + 1];
            java.util.Arrays.fill(huge, (byte) 'a');
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> reader.read("huge.txt", huge));
            assertTrue(e.getMessage().startsWith("report huge.txt: too large"), e.getMessage());
        }
    }

    @Nested
    class Structure {
        @Test
        void webBoilerplateIsDropped() {
            Report r = reader.read("a.txt", "Titre\n\nUn fait.\n\n4.9/5 - (29 votes)\n\nLaisser un commentaire\nPartager\n"
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals("Titre\n\nUn fait.", r.text());
        }

        @Test
        void aQuotationOverSeveralSentencesStaysWithItsAttribution() {
            String text = "Titre\n\n« Des tirs ont visé nos positions. Il y a des pertes », a déclaré le ministère. Rien d’autre.";
            Report r = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8));
            List<String> sentences = r.sentences().stream().map(s -> r.text(s.span())).toList();
            assertEquals(List.of("Titre", "« Des tirs ont visé nos positions. Il y a des pertes », a déclaré le ministère.",
                    "Rien d’autre."), sentences);
            assertEquals("Titre", r.titleText());
            assertTrue(r.sentences().get(0).heading());
            assertFalse(r.sentences().get(1).heading());
        }

        @Test
        void aLowerCaseWordAfterAFullStopContinuesTheSentence() {
            // « l’Organisation de Moscou. traité de sécurité collective » is one garbled name, not two sentences.
            String text = "Titre\n\nLa Russie est membre de l’Organisation de Moscou. traité de sécurité collective.";
            Report r = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8));
            assertEquals(2, r.sentences().size());
        }

        @Test
        void anHtmlPageGivesItsArticleWithoutScriptsOrComments() {
            String html = "<html><head><title>T</title><script>var x = 1;</script></head><body><nav>Accueil</nav>"
                    + "<article><h1>Tirs à la frontière</h1><p>Bakou accuse Erevan.</p></article>"
                    + "<div class=\"comments\"><p>Commentaire d’un lecteur</p></div></body></html>";
            Report r = reader.read("a.html", html.getBytes(StandardCharsets.UTF_8));
            assertEquals("Tirs à la frontière\n\nBakou accuse Erevan.", r.text());
        }
    }
}
