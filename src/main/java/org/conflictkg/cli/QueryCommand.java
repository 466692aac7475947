package org.conflictkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.conflictkg.ConflictGraph;
import org.conflictkg.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query}: runs one SPARQL query over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the store.",
            "The default graph is the union of all named graphs. CONSTRUCT and DESCRIBE print Turtle "
                + "with --format text, N-Triples otherwise."})
final class QueryCommand implements Callable<Integer> {
    enum Format {
        text(null), csv(ResultSetLang.RS_CSV), tsv(ResultSetLang.RS_TSV), json(ResultSetLang.RS_JSON),
        xml(ResultSetLang.RS_XML);

        final Lang resultsLang;

        Format(Lang resultsLang) {
            this.resultsLang = resultsLang;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--file", paramLabel = "Q.rq", description = "Read the query from this file.")
    Path file;

    @Parameters(paramLabel = "SPARQL", arity = "0..1", description = "The query text.")
    String sparql;

    @Override
    public Integer call() {
        if ((sparql == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "give the query either as SPARQL or with --file, not both");
        }
        String text = sparql != null ? sparql : read(file);
        if (text.isBlank()) {
            throw new UserException("query" + (file == null ? "" : " file " + file) + ": empty");
        }
        QueryResult result;
        try (ConflictGraph graph = store.openExisting()) {
            result = graph.query(text);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(result, out);
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void write(QueryResult result, ByteArrayOutputStream out) {
        if (result instanceof QueryResult.Select select) {
            if (format == Format.text) {
                ResultSetFormatter.out(out, select.resultSet());
            } else {
                ResultSetFormatter.output(out, select.resultSet(), format.resultsLang);
            }
        } else if (result instanceof QueryResult.Ask ask) {
            if (format == Format.text) {
                ResultSetFormatter.out(out, ask.answer());
            } else {
                ResultSetFormatter.output(out, ask.answer(), format.resultsLang);
            }
        } else if (result instanceof QueryResult.Graph graph) {
            RDFDataMgr.write(out, graph.model(), format == Format.text ? Lang.TURTLE : Lang.NTRIPLES);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("query file " + file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new UserException("query file " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UserException("query file " + file + ": " + e.getMessage(), e);
        }
    }
}
