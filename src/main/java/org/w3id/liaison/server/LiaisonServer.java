package org.w3id.liaison.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.resource.Resource;
import org.w3id.liaison.store.DataVersion;
import org.w3id.liaison.store.DatasetDescription;
import org.w3id.liaison.store.StoreExecutor;
import org.w3id.liaison.web.Describer;
import org.w3id.liaison.web.Site;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves a knowledge graph, in the manner of Fuseki's own builder:
 *
 * <pre>{@code
 * LiaisonServer server = LiaisonServer.create().port(3030).dataset(store.dataset()).build().start();
 * // SPARQL at http://localhost:3030/kg/sparql, console at http://localhost:3030/
 * server.stop();
 * }</pre>
 *
 * <p>Beside SPARQL, the server is the graph's linked-data front: every IRI under the base
 * ({@code https://w3id.org/liaison/} unless configured) dereferences at the same path here — {@code /id/…}
 * answers 303 to {@code /page/…} (HTML) or {@code /data/….ttl} (and JSON-LD, N-Triples, RDF/XML) — the
 * ontology is documented at {@code /ontology}, the dataset described by VoID at {@code /.well-known/void}
 * and by a SPARQL Service Description at {@code /kg/sparql}, and {@code /dump.nq.gz} downloads it all.
 *
 * <p>What anonymous users get is read-only: the dataset is added without update or graph-store-write
 * services, and neither Fuseki's admin API nor any upload endpoint is mounted. Queries stop at the timeout;
 * federated {@code SERVICE} calls go only to the endpoints on an allow-list. Answers to repeated queries
 * and pages come from a cache until the data changes ({@link AnswerCache}). The console at {@code /} is
 * Liaison's own page on YASGUI (bundled in the jar at build time), with the example queries.
 */
public final class LiaisonServer {
    /** The dataset's name: its SPARQL endpoint is {@code /kg/sparql}. */
    public static final String DATASET = "kg";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How much memory the answers of repeated queries may take by default. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    /**
     * How much of an answer the server holds before it starts sending: the largest buffer Jetty's pool keeps
     * for reuse (64 KiB). Fuseki sets 5 MiB, which the pool does not keep, so every response allocated and
     * zeroed 5 MiB of direct memory, page faults and all: six times the rest of the server's work on a small
     * query (docs/BENCHMARKS.md, twelfth round). Past this size an answer is sent as it is written, and an
     * error after that point can only end the response early; queries that stop before their first row
     * (aggregates, sorts) still answer 503 ({@code ServerSafetyTest}).
     */
    static final int OUTPUT_BUFFER_BYTES = 64 << 10;
    /** The console's files on the classpath. */
    private static final String WEB = "org/w3id/liaison/server/web";

    private final FusekiServer fuseki;

    private LiaisonServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public LiaisonServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The Jetty server underneath, for tests of how it is set up. */
    Server jetty() {
        return fuseki.getJettyServer();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public static final class Builder {
        private int port = 3030;
        private DatasetGraph dataset;
        private Duration timeout = DEFAULT_TIMEOUT;
        private List<String> services = ServiceAllowList.DEFAULT;
        private Site site = Site.DEFAULT;
        private long cacheBytes = DEFAULT_CACHE_BYTES;

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The longest a query may run before it is stopped (HTTP 503); clients may only ask for less. */
        public Builder queryTimeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The only endpoints federated queries may call with {@code SERVICE} (default: Wikidata's and DBpedia's
         * public endpoints); every other target is refused.
         */
        public Builder allowServices(List<String> endpoints) {
            this.services = List.copyOf(endpoints);
            return this;
        }

        /**
         * The IRI that the server's root stands for (default {@code https://w3id.org/liaison/}): a thing
         * {@code <base>id/x} is served at {@code /id/x}, and links between pages stay on this server.
         */
        public Builder base(String base) {
            this.site = new Site(base);
            return this;
        }

        /**
         * How many bytes of answers to keep for queries and pages asked again before the data changes ({@link AnswerCache});
         * 0 keeps none.
         */
        public Builder queryCache(long bytes) {
            if (bytes < 0)
                throw new IllegalArgumentException("a cache cannot hold less than nothing");
            this.cacheBytes = bytes;
            return this;
        }

        public LiaisonServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset to serve");
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            new ServiceAllowList(services).install(dataset.getContext());
            StoreExecutor.install(dataset);                   // TDB2's executor, sorting and OPTIONALs with less work
            ResultsJSON.register();
            Describer describer = new Describer(dataset);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .add("/" + DATASET, dataset, false)
                    .enableCors(true, null)
                    .enablePing(true)
                    .staticFileBase(console())
                    .addFilter("/" + DATASET + "/sparql", new ServiceDescriptionFilter())
                    .addServlet("/id/*", new LinkedDataServlet(LinkedDataServlet.Role.THING, site, describer))
                    .addServlet("/page/*", new LinkedDataServlet(LinkedDataServlet.Role.PAGE, site, describer))
                    .addServlet("/data/*", new LinkedDataServlet(LinkedDataServlet.Role.DATA, site, describer))
                    .addServlet("/search", new SearchServlet(dataset, site))
                    .addServlet("/ontology", new DatasetServlets.OntologyDocument(site))
                    .addServlet("/ontology.ttl", new DatasetServlets.OntologyDocument(site))
                    .addServlet("/.well-known/void", new DatasetServlets.VoidDescription(dataset, site))
                    .addServlet("/" + DatasetDescription.DUMP_PATH, new DatasetServlets.Dump(dataset));
            Optional<DataVersion> versions = DataVersion.of(dataset);     // a dataset that cannot say when it changes gets no cache
            if (cacheBytes > 0 && versions.isPresent()) {
                AnswerCache cache = new AnswerCache(versions.get(), cacheBytes);
                for (String path : List.of("/" + DATASET + "/sparql", "/page/*", "/data/*"))
                    fuseki.addFilter(path, cache);
            }
            FusekiServer server = fuseki.build();
            for (Connector connector : server.getJettyServer().getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null)
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
            return new LiaisonServer(server);
        }

        private static String console() {
            Resource web = ResourceFactory.closeable().newClassLoaderResource(WEB);
            if (web == null)
                throw new IllegalStateException("the console's files are missing from the classpath: " + WEB);
            java.net.URI uri = web.getURI();
            // a folder on disk (tests, IDE) as a path; inside the jar as a jar: URI
            return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri).toString() : uri.toString();
        }
    }
}
