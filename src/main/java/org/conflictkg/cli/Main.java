package org.conflictkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code conflict-kg} command: assembles the sub-commands. Run it with
 * {@code new CommandLine(new Main()).execute(args)}; exit codes are 0 (done), 1 (failed: one line on
 * stderr naming the input and the cause) and 2 (bad command line).
 */
@Command(name = "conflict-kg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns French news reports about tension between states into an RDF knowledge graph, "
                + "and queries and serves it.",
        subcommands = {ExtractCommand.class, LoadCommand.class, QueryCommand.class, ServeCommand.class, EvaluateCommand.class},
        modelTransformer = Main.Configure.class)
public final class Main {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace as well as the one-line message.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /*
     * Picocli applies a model transformer when it builds the CommandLine, so this is where the one
     * error handler is installed: it then holds however the command line is made, in main or in tests.
     */
    static final class Configure implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            CommandLine cl = spec.commandLine();
            if (cl != null) {
                cl.setExecutionExceptionHandler(new Failures());
            }
            return spec;
        }
    }
}
