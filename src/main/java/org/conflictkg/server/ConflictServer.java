package org.conflictkg.server;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server over a conflict-kg store: the standard SPARQL endpoints under
 * {@code /kg} plus browsable pages for every resource, a label search, a SPARQL editor and a
 * graph view. Safe by default: bound to 127.0.0.1, read-only, every query bounded in time,
 * no {@code SERVICE}, no script functions, no remote JSON-LD contexts, no CORS.
 * <pre>{@code ConflictServer.create().dataset(dsg).port(3030).timeout(Duration.ofSeconds(30)).build().start()}</pre>
 * A server is started once and stopped once; it does not close the dataset.
 */
public final class ConflictServer {
    /** The name of the Fuseki dataset: the SPARQL endpoints are {@code /kg/sparql}, {@code /kg/query}, ... */
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private ConflictServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** @return a builder with the safe defaults */
    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns at once. */
    public ConflictServer start() {
        fuseki.start();
        return this;
    }

    /** @return the port actually bound (useful with port 0) */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open. */
    public void stop() {
        fuseki.stop();
    }

    /** Builder for {@link ConflictServer}; validates in {@link #build()}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private boolean update;
        private Path passwordFile;
        private boolean cors;
        private int rowCap = 500;

        private Builder() {
        }

        /** The store to serve: its default graph must be the union of its named graphs. */
        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /** The address to bind; 127.0.0.1 unless said otherwise ({@code 0.0.0.0} for every interface). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run before it is stopped (30 s by default). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Whether SPARQL Update ({@code /kg/update}) and graph store writes ({@code /kg/data}) are
         * offered; off by default, and only allowed with a {@link #passwordFile(Path)}.
         */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        /**
         * The users allowed to write, one {@code user: password} a line (Jetty's
         * {@code PropertyUserStore} format; {@code #} starts a comment). Checked with HTTP basic auth
         * on {@code /kg/update} and {@code /kg/data} only; reading needs no login.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** Whether browsers on other origins may call the server (CORS headers); off by default. */
        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        /** The most rows an HTML page lists (search hits, links, graph nodes); 500 by default. */
        public Builder rowCap(int rowCap) {
            this.rowCap = rowCap;
            return this;
        }

        /**
         * @return the server, not yet started
         * @throws IllegalArgumentException if an option is out of range, or update is asked
         *         for without a readable password file
         */
        public ConflictServer build() {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(timeout, "timeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout " + timeout + " must be positive");
            }
            if (rowCap < 1) {
                throw new IllegalArgumentException("row cap " + rowCap + " must be at least 1");
            }
            if (update && passwordFile == null) {
                throw new IllegalArgumentException(
                        "update is enabled but no password file is given: writes would be open to anyone; "
                                + "give a password file of 'user: password' lines");
            }
            if (passwordFile != null && !Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("password file " + passwordFile + " cannot be read");
            }
            Context context = safeContext(timeout);
            Site site = new Site(dataset, timeout, rowCap);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .loopback(false)
                    .port(port)
                    .enableCors(cors)
                    .add(DATASET, dataService(context));
            if (passwordFile != null) {
                fuseki.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("conflict-kg");
            }
            site.servlets().forEach(fuseki::addServlet);
            FusekiServer server = fuseki.build();
            // Fuseki's own loopback(true) binds "localhost" the same way: by setting the host of
            // its connectors before start; we do it for any host the user names.
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
            return new ConflictServer(server);
        }

        /*
         * Endpoint contexts are merged last into every request's context (HttpAction.setEndpoint),
         * so these settings win over the global and dataset ones without touching either.
         */
        private static Context safeContext(Duration timeout) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            context.set(ARQ.httpServiceAllowed, false);
            // Script functions (js:...) run only when the JVM has -Djena:scripting=true AND the
            // function's name is on this allow-list: an empty list denies every name.
            context.set(ARQ.symCustomFunctionScriptAllowList, "");
            JsonLdOptions jsonld = new JsonLdOptions((url, options) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote JSON-LD documents are not fetched: " + url);
            });
            context.set(LangJSONLD11.JSONLD_OPTIONS, jsonld);
            return context;
        }

        private DataService dataService(Context context) {
            AuthPolicy writer = Auth.ANY_USER;
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(endpoint(Operation.Query, "sparql", context, null))
                    .addEndpoint(endpoint(Operation.Query, "query", context, null))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", context, null))
                    .addEndpoint(endpoint(Operation.Query, "", context, null))
                    .addEndpoint(endpoint(Operation.GSP_R, "", context, null));
            if (update) {
                service.addEndpoint(endpoint(Operation.Update, "update", context, writer))
                        .addEndpoint(endpoint(Operation.GSP_RW, "data", context, writer));
            } else {
                service.addEndpoint(endpoint(Operation.GSP_R, "data", context, null));
            }
            return service.build();
        }

        private static Endpoint endpoint(Operation op, String name, Context context, AuthPolicy auth) {
            return Endpoint.create().operation(op).endpointName(name).context(context).authPolicy(auth).build();
        }
    }
}
