package org.conflictkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.extract.ReportLoader;
import org.conflictkg.ontology.Bundled;

/**
 * Measures extraction against gold annotations (format and matching rules: data/gold/README.md).
 * For every report under the reports directory whose name (without extension) has a gold file
 * {@code {name}.gold.ttl}, it runs the extraction, reads both graphs into comparable items, pairs
 * them and counts. Built with {@link #create()}:
 * <pre>{@code Evaluator.create().gold(Path.of("data/gold")).reports(Path.of("data/reports")).build().evaluate()}</pre>
 * An evaluator is immutable; {@link #evaluate()} reads the files anew on every call.
 */
public final class Evaluator {
    /** The set of a report lying directly in the reports directory. */
    public static final String SEED_SET = "seed";

    private final Path goldDir;
    private final Path reportsDir;
    private final Function<Path, Model> extraction;
    private final Model background;
    private final TypeHierarchy hierarchy;

    private Evaluator(Path goldDir, Path reportsDir, Function<Path, Model> extraction, Model background) {
        this.goldDir = goldDir;
        this.reportsDir = reportsDir;
        this.extraction = extraction;
        this.background = background;
        this.hierarchy = new TypeHierarchy(background);
    }

    /** @return a builder: gold {@code data/gold}, reports {@code data/reports}, the default loader, bundled background */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Runs the extraction on every report that has a gold file and compares. A report whose
     * extraction throws is scored as if nothing was extracted and listed in
     * {@link Evaluation#failures()}.
     *
     * @throws IllegalStateException if a gold file has no report
     */
    public Evaluation evaluate() {
        Map<String, Path> golds = goldFiles();
        List<ReportEvaluation> results = new ArrayList<>();
        List<ExtractionFailure> failures = new ArrayList<>();
        for (Path report : reportFiles()) {
            String name = report.getFileName().toString();
            Path gold = golds.remove(name.substring(0, name.lastIndexOf('.')));
            if (gold != null) {
                Model goldModel = RDFDataMgr.loadModel(gold.toString());
                Model extracted;
                try {
                    extracted = extraction.apply(report);
                } catch (RuntimeException e) {
                    // One report the extractor fails on must not hide the scores of all the others: it
                    // is scored as an empty extraction and named among the failures.
                    failures.add(new ExtractionFailure(name, e));
                    extracted = ModelFactory.createDefaultModel();
                }
                results.add(compare(name, setOf(report), goldModel, extracted));
            }
        }
        if (!golds.isEmpty()) {
            throw new IllegalStateException("gold files without a report under " + reportsDir + ": " + golds.values());
        }
        return new Evaluation(results, failures);
    }

    /** Compares one extracted graph with its gold graph. */
    public ReportEvaluation compare(String report, String set, Model gold, Model extracted) {
        FactReader goldReader = new FactReader(gold, background, hierarchy);
        List<Fact> goldFacts = goldReader.facts();
        List<Fact> extractedFacts = new FactReader(extracted, background, hierarchy, goldReader).facts();
        Matcher matcher = new Matcher(hierarchy);
        NearMissFinder nearMissFinder = new NearMissFinder(hierarchy);
        List<NearMiss> nearMisses = new ArrayList<>();
        Map<Category, Counts> counts = new EnumMap<>(Category.class);
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Category c : Category.values()) {
            // Sorted so that difference listings come out in the same order on every run.
            List<Fact> g = goldFacts.stream().filter(f -> f.category() == c).sorted(Comparator.comparing(Fact::describe)).toList();
            List<Fact> e = extractedFacts.stream().filter(f -> f.category() == c).sorted(Comparator.comparing(Fact::describe)).toList();
            int[] partner = matcher.pair(g, e);
            boolean[] used = new boolean[e.size()];
            int tp = 0;
            List<Fact> missedHere = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                if (partner[i] >= 0) {
                    used[partner[i]] = true;
                    tp++;
                } else {
                    missed.add(c.label() + ": " + g.get(i).describe());
                    missedHere.add(g.get(i));
                }
            }
            List<Fact> unmatchedHere = new ArrayList<>();
            for (int j = 0; j < e.size(); j++) {
                if (!used[j]) {
                    spurious.add(c.label() + ": " + e.get(j).describe());
                    unmatchedHere.add(e.get(j));
                }
            }
            if (!c.isEntity()) {
                nearMisses.addAll(nearMissFinder.find(c, missedHere, unmatchedHere));
            }
            counts.put(c, new Counts(tp, e.size() - tp, g.size() - tp));
        }
        return new ReportEvaluation(report, set, new Scores(counts), missed, spurious, nearMisses);
    }

    /* A report directly under the reports directory is in the seed set; otherwise its folder names the set. */
    private String setOf(Path report) {
        Path parent = reportsDir.relativize(report).getParent();
        return parent == null ? SEED_SET : parent.getFileName().toString();
    }

    private List<Path> reportFiles() {
        try (Stream<Path> files = Files.walk(reportsDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list reports under " + reportsDir, e);
        }
    }

    private Map<String, Path> goldFiles() {
        Map<String, Path> golds = new TreeMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".gold.ttl")).forEach(p -> {
                String n = p.getFileName().toString();
                golds.put(n.substring(0, n.length() - ".gold.ttl".length()), p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold files under " + goldDir, e);
        }
        return golds;
    }

    /** Builder for {@link Evaluator}. */
    public static final class Builder {
        private Path goldDir = Path.of("data", "gold");
        private Path reportsDir = Path.of("data", "reports");
        private Function<Path, Model> extraction;
        private Model background;

        private Builder() {
        }

        /** The folder of {@code *.gold.ttl} files. */
        public Builder gold(Path dir) {
            this.goldDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The folder of reports, searched recursively; its sub-folders name the sets. */
        public Builder reports(Path dir) {
            this.reportsDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** How a report becomes a graph; by default the bundled {@link ReportLoader}. */
        public Builder extraction(Function<Path, Model> extraction) {
            this.extraction = Objects.requireNonNull(extraction, "extraction");
            return this;
        }

        /**
         * Reference data and ontology, which give types and states to the IRIs both sides use;
         * by default the bundled ones.
         */
        public Builder background(Model background) {
            this.background = Objects.requireNonNull(background, "background");
            return this;
        }

        /** @throws IllegalArgumentException if a folder does not exist */
        public Evaluator build() {
            if (!Files.isDirectory(goldDir)) {
                throw new IllegalArgumentException("gold folder " + goldDir + " does not exist");
            }
            if (!Files.isDirectory(reportsDir)) {
                throw new IllegalArgumentException("reports folder " + reportsDir + " does not exist");
            }
            Function<Path, Model> extract = extraction;
            if (extract == null) {
                ReportLoader loader = ReportLoader.create().build();
                extract = p -> loader.load(p).model();
            }
            Model known = background != null ? background
                    : ModelFactory.createDefaultModel().add(Bundled.reference()).add(Bundled.ontology());
            return new Evaluator(goldDir, reportsDir, extract, known);
        }
    }
}
