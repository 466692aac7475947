package org.conflictkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology, reference data, example queries and default reports that ship inside the jar
 * (the build copies {@code ontology/} and {@code data/} under {@code conflict-kg/} on the
 * classpath). Files are read in name order so that every run sees the same triples.
 */
public final class Bundled {
    private static final String ROOT = "conflict-kg/";

    private Bundled() {
    }

    /** @return a new model holding every {@code ontology/*.ttl} file */
    public static Model ontology() {
        return turtle("ontology");
    }

    /** @return a new model holding every {@code data/reference/*.ttl} file */
    public static Model reference() {
        return turtle("reference");
    }

    /** @return the example queries of {@code data/queries/}, file name to SPARQL text, in name order */
    public static Map<String, String> exampleQueries() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : list("queries", ".rq")) {
            queries.put(name, new String(read("queries/" + name), StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableMap(queries);
    }

    /** @return the names of the reports {@code serve} loads into a new store ({@code data/reports/*.txt}) */
    public static List<String> reportNames() {
        return list("reports", ".txt");
    }

    /** @return the bytes of one bundled report */
    public static byte[] report(String name) {
        return read("reports/" + name);
    }

    private static Model turtle(String dir) {
        Model model = ModelFactory.createDefaultModel();
        for (String name : list(dir, ".ttl")) {
            try (InputStream in = stream(dir + "/" + name)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("bundled file " + dir + "/" + name, e);
            }
        }
        return model;
    }

    private static byte[] read(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled file " + path, e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("bundled file " + ROOT + path + " is missing from the classpath");
        }
        return in;
    }

    /*
     * The class loader cannot list a directory, so the directory is opened as a path: a plain
     * directory when running from target/classes, a zip file system inside the jar.
     */
    private static List<String> list(String dir, String suffix) {
        URL url = Bundled.class.getClassLoader().getResource(ROOT + dir);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.provider().getPath(uri), suffix);
            }
            return names(Path.of(uri), suffix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list bundled " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(names::add);
        }
        Collections.sort(names);
        return List.copyOf(names);
    }
}
