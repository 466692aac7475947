package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.conflictkg.ConflictGraph;
import org.conflictkg.LoadResult;
import org.conflictkg.report.ReportFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code load}: extracts reports and stores them, one transaction each. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract reports and add them to the store, one transaction per report.",
            "Loading a report again changes nothing. On the first failure the command stops: "
                + "the reports loaded before it stay, and it exits with 1."})
final class LoadCommand implements Callable<Integer> {
    /** More reports than this get a progress bar. */
    private static final int QUIET_UP_TO = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "The publication date of the reports, to resolve relative dates.")
    LocalDate published;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "Reports: plain text, UTF-8.")
    List<Path> reports;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConflictGraph graph = store.open(); ProgressBar bar = progressBar()) {
            for (Path report : reports) {
                LoadResult r = load(graph, report, published, report.toString());
                out.println(counts(r.source(), r.triples(), r.entities(), r.events(), r.claims())
                        + (r.alreadyLoaded() ? " (already loaded)" : ""));
                out.flush();
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return 0;
    }

    /** @return the line that tells what a report yields */
    static String counts(String source, long triples, int entities, int events, int claims) {
        return String.format("report %s: %d triples, %d entities, %d events, %d claims",
                source, triples, entities, events, claims);
    }

    /** Loads one report; a failure names the report as {@code name} even when its cause does not. */
    static LoadResult load(ConflictGraph graph, Path report, LocalDate published, String name) {
        try {
            return graph.load(report, published);
        } catch (ReportFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException("report " + name + ": " + Failures.message(e), e);
        } catch (OutOfMemoryError e) {
            throw Failures.outOfMemory(name, e);
        }
    }

    private ProgressBar progressBar() {
        if (reports.size() <= QUIET_UP_TO) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Loading").setInitialMax(reports.size())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
