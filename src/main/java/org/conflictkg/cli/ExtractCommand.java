package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.conflictkg.ConflictGraph;
import org.conflictkg.extract.ExtractedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: shows the RDF a report yields, storing nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the RDF one report yields (its named graph), without storing anything.")
final class ExtractCommand implements Callable<Integer> {
    enum Format {
        trig(Lang.TRIG), turtle(Lang.TURTLE), nquads(Lang.NQUADS), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT", description = "A report: plain text, UTF-8.")
    Path report;

    @Option(names = "--format", defaultValue = "trig",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "The publication date, to resolve relative dates such as « mercredi ».")
    LocalDate published;

    @Override
    public Integer call() {
        ExtractedReport extracted;
        try {
            extracted = ConflictGraph.extract(report, published);
        } catch (OutOfMemoryError e) {
            throw Failures.outOfMemory(report.toString(), e);
        }
        // Written straight to the output: a large report's N-Quads are hundreds of megabytes, and a copy in
        // memory (then a second as a String) is what ran a 10 MB report out of heap.
        PrintWriter out = spec.commandLine().getOut();
        if (format.lang == Lang.TURTLE) {
            RDFWriter.source(extracted.model()).lang(format.lang).build().output(out);
        } else {
            // TriG, N-Quads and JSON-LD carry the graph name, so the graph goes into a dataset.
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            dsg.addGraph(NodeFactory.createURI(extracted.graphName()), extracted.model().getGraph());
            dsg.prefixes().putAll(extracted.model().getNsPrefixMap());
            RDFWriter.source(dsg).lang(format.lang).build().output(out);
        }
        out.flush();
        spec.commandLine().getErr().println(LoadCommand.counts(extracted.source(), extracted.triples(),
                extracted.entities(), extracted.events(), extracted.claims()));
        return 0;
    }
}
