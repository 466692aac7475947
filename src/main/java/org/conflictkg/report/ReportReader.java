package org.conflictkg.report;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a report: bytes to text (see {@link TextDecoder}), HTML to its article text, web
 * boilerplate dropped, then title, paragraphs and sentences with character offsets.
 * Thread-safe; one instance serves any number of reports.
 */
public final class ReportReader {
    /** Reports larger than this are refused: no news article comes near it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern BLOCK_SEPARATOR = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])");

    private final List<Pattern> boilerplate;
    private final Set<String> abbreviations;
    private final LanguageCheck language = new LanguageCheck();

    public ReportReader() {
        this.boilerplate = lines("boilerplate-fr.txt").stream()
                .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .collect(Collectors.toUnmodifiableList());
        this.abbreviations = Set.copyOf(lines("abbreviations-fr.txt"));
    }

    /** Reads a report file. */
    public Report read(Path file) {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ReportFormatException(source, "is a directory, not a report file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ReportFormatException(source, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return read(source, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(source, "no such file");
        } catch (IOException e) {
            throw new ReportFormatException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a report from its bytes; {@code source} names it in messages and in the graph. */
    public Report read(String source, byte[] bytes) {
        return read(source, source, bytes);
    }

    /** {@code shown} names the input in messages (the path as given); {@code name} is kept in the graph. */
    private Report read(String shown, String name, byte[] bytes) {
        String source = shown;
        if (bytes.length == 0) {
            throw new ReportFormatException(source, "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReportFormatException(source, "too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(source, bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (controlCharacterShare(text) > 0.01) {
            throw new ReportFormatException(source, "binary data (control characters), not text");
        }
        if (HTML.matcher(text).find()) {
            text = HtmlArticle.text(text);
        }
        text = dropBoilerplate(text).strip();
        if (text.isEmpty()) {
            throw new ReportFormatException(source, "contains no text");
        }
        language.requireFrench(source, text);
        return structure(name, text, decoded.encoding());
    }

    private Report structure(String source, String text, String encoding) {
        List<Sentence> sentences = new ArrayList<>();
        Optional<Span> title = Optional.empty();
        int paragraph = 0;
        int blockStart = 0;
        Matcher sep = BLOCK_SEPARATOR.matcher(text);
        List<Span> blocks = new ArrayList<>();
        while (sep.find()) {
            blocks.add(new Span(blockStart, sep.start()));
            blockStart = sep.end();
        }
        blocks.add(new Span(blockStart, text.length()));
        for (Span block : blocks) {
            String body = block.of(text);
            if (body.isBlank()) {
                continue;
            }
            if (isHeading(body)) {
                Span span = trim(text, block);
                if (title.isEmpty() && sentences.isEmpty()) {
                    title = Optional.of(span);
                }
                sentences.add(new Sentence(sentences.size() + 1, span, paragraph, true));
            } else {
                for (Span s : sentences(text, block)) {
                    sentences.add(new Sentence(sentences.size() + 1, s, paragraph, false));
                }
            }
            paragraph++;
        }
        return new Report(source, text, encoding, title, sentences);
    }

    /** A one-line block with no closing punctuation: a title or sub-heading. */
    private static boolean isHeading(String block) {
        String b = block.strip();
        return !b.contains("\n") && b.length() < 160 && !b.matches("(?s).*[.!?…»\"”]$");
    }

    private List<Span> sentences(String text, Span block) {
        // ICU treats a line feed as a hard break; a line break inside a paragraph is only a wrap.
        String flat = block.of(text).replace('\n', ' ');
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.FRENCH);
        it.setText(flat);
        List<Span> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            raw.add(new Span(start, end));
        }
        List<Span> merged = new ArrayList<>();
        Span open = null;
        for (Span s : raw) {
            open = open == null ? s : new Span(open.start(), s.end());
            if (!continuesAfter(flat, open)) {
                merged.add(open);
                open = null;
            }
        }
        if (open != null) {
            merged.add(open);
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : merged) {
            Span abs = trim(text, new Span(block.start() + s.start(), block.start() + s.end()));
            if (abs.length() > 0) {
                spans.add(abs);
            }
        }
        return spans;
    }

    /**
     * Whether a sentence candidate must be joined with the next one: it ends inside an open
     * quotation that closes later in the paragraph, or right after an abbreviation (« M. »).
     */
    private boolean continuesAfter(String para, Span candidate) {
        if (candidate.end() >= para.length()) {
            return false;
        }
        String s = candidate.of(para);
        int depth = 0;
        boolean ascii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '«' || c == '“') {
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '"') {
                ascii = !ascii;
            }
        }
        String rest = para.substring(candidate.end());
        if ((depth > 0 && (rest.indexOf('»') >= 0 || rest.indexOf('”') >= 0)) || (ascii && rest.indexOf('"') >= 0)) {
            return true;
        }
        String stripped = s.stripTrailing();
        if (stripped.endsWith(".")) {
            int from = stripped.lastIndexOf(' ', stripped.length() - 2) + 1;
            String word = stripped.substring(from, stripped.length() - 1);
            return abbreviations.contains(word) || abbreviations.contains(word.toLowerCase(Locale.ROOT))
                    || word.matches("\\p{Lu}");
        }
        return false;
    }

    private String dropBoilerplate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            boolean drop = !t.isEmpty() && boilerplate.stream().anyMatch(p -> p.matcher(t).matches());
            if (!drop) {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static double controlCharacterShare(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t').count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ReportReader.class.getClassLoader().getResourceAsStream("conflict-kg/text/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource conflict-kg/text/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
