package org.w3id.liaison.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.liaison.server.LiaisonServer;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * Query latency and throughput on a loaded database, {@code liaison serve} against a plain Fuseki
 * ({@code FusekiServer} over the same TDB2 dataset, read-only, nothing of ours in front), both in this
 * process, one after the other, at each number of clients.
 *
 * <pre>{@code bash bench/query.sh DB [SECONDS] [CLIENTS...]}</pre>
 *
 * The workload is the console's example queries and one entity's page: {@code /page/official/X} on
 * Liaison, {@code DESCRIBE <X>} on plain Fuseki (the nearest it has). Liaison runs twice: with its answer
 * cache off ({@code liaison-uncached}: every query computed, the engine against the engine) and as
 * {@code liaison serve} runs it (repeated queries answered from the cache until the data changes).
 */
public final class QueryBenchmark {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<Integer> clients = new ArrayList<>();
        for (int i = 2; i < args.length; i++)
            clients.add(Integer.parseInt(args[i]));
        if (clients.isEmpty())
            clients = List.of(1, 8, 32);

        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            String official = busiestOfficial(store);
            System.out.printf("database %s: %d articles, %d quads; entity looked up: %s%n", db, store.articleCount(),
                    store.quadCount(), official);
            Map<String, String> examples = Workload.consoleExamples();
            List<Workload.Request> common = new ArrayList<>();
            examples.forEach((name, query) -> common.add(Workload.sparql(name, query)));

            List<Workload.Request> plain = new ArrayList<>(common);
            plain.add(Workload.sparql("entity", "DESCRIBE <" + official + ">"));
            List<Workload.Request> ours = new ArrayList<>(common);
            ours.add(Workload.get("entity", "/page/" + official.substring("https://w3id.org/liaison/id/".length()), "text/html"));

            // plain Fuseki first: Liaison's builder sets a timeout and a SERVICE allow-list in the dataset's context
            FusekiServer fuseki = FusekiServer.create().port(0).add("/kg", store.dataset(), false).build().start();
            List<String> rows = new ArrayList<>();
            try {
                measure("fuseki", new Workload(plain), "http://localhost:" + fuseki.getHttpPort(), clients, seconds, rows);
            } finally {
                fuseki.stop();
            }
            // without its answer cache (every query computed, as on plain Fuseki), then as `liaison serve` runs
            for (long cache : new long[] {0, LiaisonServer.DEFAULT_CACHE_BYTES}) {
                LiaisonServer liaison = LiaisonServer.create().port(0).dataset(store.dataset()).queryCache(cache).build().start();
                try {
                    measure(cache == 0 ? "liaison-uncached" : "liaison", new Workload(ours), "http://localhost:" + liaison.port(),
                            clients, seconds, rows);
                } finally {
                    liaison.stop();
                }
            }
            System.out.println();
            rows.forEach(System.out::println);
        }
    }

    private static void measure(String server, Workload w, String base, List<Integer> clients, double seconds,
                                List<String> rows) throws Exception {
        w.warm(base, 3);
        for (int c : clients) {
            Workload.Result r = w.run(base, c, seconds);
            long[] all = r.all();
            rows.add(String.format("%-16s clients=%-3d q/s=%8.1f p50=%8.2f ms p99=%8.2f ms errors=%d", server, c,
                    r.perSecond(), Workload.percentile(all, 50), Workload.percentile(all, 99), r.errors()));
            r.latencies().forEach((name, lat) -> rows.add(String.format("                 %-45s n=%-6d p50=%8.2f ms p99=%8.2f ms",
                    name, lat.length, Workload.percentile(lat, 50), Workload.percentile(lat, 99))));
            System.out.println(rows.get(rows.size() - 1 - r.latencies().size()));
        }
    }

    /** The official who takes part in the most meetings: the heaviest page. */
    static String busiestOfficial(KnowledgeStore store) {
        String q = """
                PREFIX lia: <https://w3id.org/liaison/ontology#>
                SELECT ?p (COUNT(?m) AS ?n) { ?m lia:participant ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""";
        return Txn.calculateRead(store.dataset(),
                () -> QueryExec.dataset(store.dataset()).query(q).select().next().get("p").getURI());
    }
}
