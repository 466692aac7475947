package org.conflictkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.conflictkg.ConflictGraph;
import org.conflictkg.ontology.Bundled;
import org.conflictkg.server.ConflictServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the SPARQL endpoint and pages over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: SPARQL at /kg/sparql (read-only), until stopped.",
            "A store directory that does not exist yet is created and given the bundled reports."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "The port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest a query may run, in seconds. Default: ${DEFAULT-VALUE}")
    long timeout;

    @Option(names = "--update", description = "Accept SPARQL updates and graph-store writes (needs --password-file).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' line each (HTTP basic auth).")
    java.nio.file.Path passwordFile;

    @Option(names = "--cors", description = "Allow cross-origin requests from browsers (off by default).")
    boolean cors;

    @Option(names = "--row-cap", defaultValue = "500", paramLabel = "ROWS",
            description = "The most rows an HTML page lists. Default: ${DEFAULT-VALUE}")
    int rowCap;

    @Override
    public Integer call() throws Exception {
        FusekiLogging.setLogging();
        boolean fresh = !Files.exists(store.directory);
        ConflictGraph graph = store.open();
        try {
            if (fresh) {
                loadBundledReports(graph);
            }
        } catch (RuntimeException | IOException e) {
            graph.close();
            // A half-made store would be taken for a finished one next time.
            deleteTree(store.directory);
            throw e;
        }
        ConflictServer.Builder builder = graph.server().host(host).port(port).timeout(Duration.ofSeconds(timeout))
                .update(update).cors(cors).rowCap(rowCap);
        if (passwordFile != null) {
            builder.passwordFile(passwordFile);
        }
        ConflictServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            graph.close();
        }));
        spec.commandLine().getOut().printf("conflict-kg: serving %s at http://%s:%d/kg/sparql%n",
                store.directory, host, server.port());
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }

    private void loadBundledReports(ConflictGraph graph) throws IOException {
        // The loader reads files, and the reports live in the jar: each is copied out under its own name.
        Path tmp = Files.createTempDirectory("conflict-kg-reports");
        try {
            for (String name : Bundled.reportNames()) {
                Path file = tmp.resolve(name);
                Files.write(file, Bundled.report(name));
                LoadCommand.load(graph, file, null, "(bundled) " + name);
                spec.commandLine().getOut().printf("conflict-kg: loaded bundled report %s%n", name);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
