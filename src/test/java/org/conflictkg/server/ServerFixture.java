package org.conflictkg.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.conflictkg.vocab.CKG;

/** The test store ({@code server/fixture.trig}) and HTTP helpers. */
final class ServerFixture {
    /** The SHA-256 the fixture's report pretends to have. */
    static final String SHA = "a".repeat(64);
    static final String REPORT = CKG.ID + "report/" + SHA;

    private ServerFixture() {
    }

    /**
     * @return a new in-memory store holding the fixture; like the real store (docs/model.md) its
     *         default graph is the union of its named graphs, hence TDB2 in memory
     */
    static DatasetGraph store() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            // The fixture carries its own small ontology graph rather than the bundled one, whose
            // labels would change as the ontology grows and make the assertions drift.
            RDFParser.source("src/test/resources/server/fixture.trig").lang(Lang.TRIG).parse(dsg);
        });
        return dsg;
    }

    static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
