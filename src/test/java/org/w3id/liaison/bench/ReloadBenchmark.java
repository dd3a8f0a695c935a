package org.w3id.liaison.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.liaison.server.LiaisonServer;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * Reloading changed articles into a loaded database while clients query it: the reload's articles per
 * second and the queries' throughput and latency, each next to the same without the other.
 *
 * <pre>{@code bash bench/reload.sh DB CHANGED_DIR [CLIENTS]}</pre>
 *
 * Phases, in one process on one store: (1) queries alone for as long as a reload takes, (2) the reload
 * alone, (3) the reload again with the clients querying throughout. Reloading is idempotent, so phases 2
 * and 3 do the same work.
 */
public final class ReloadBenchmark {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path changed = Path.of(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            List<Path> files = ArticleLoader.articleFiles(List.of(changed));
            List<Workload.Request> requests = new ArrayList<>();
            Workload.consoleExamples().forEach((name, query) -> requests.add(Workload.sparql(name, query)));
            String official = QueryBenchmark.busiestOfficial(store);
            requests.add(Workload.get("entity", "/page/" + official.substring("https://w3id.org/liaison/id/".length()), "text/html"));
            Workload w = new Workload(requests);
            LiaisonServer server = LiaisonServer.create().port(0).dataset(store.dataset()).queryCache(0).build().start();
            String base = "http://localhost:" + server.port();
            try {
                w.warm(base, 3);
                double alone = reload(store, files);                       // (2) also sizes phase (1)
                Workload.Result quiet = w.run(base, clients, alone);       // (1)
                // (3): the clients stop when the reload ends
                BusyRun run = new BusyRun(w, base, clients);
                run.start();
                double underLoad = reload(store, files);
                Workload.Result during = run.stop();

                System.out.printf("%d changed articles, %d query clients%n", files.size(), clients);
                System.out.printf("reload alone        %7.2f s  %7.1f articles/s%n", alone, files.size() / alone);
                System.out.printf("reload under query  %7.2f s  %7.1f articles/s  (%.2fx)%n", underLoad,
                        files.size() / underLoad, alone / underLoad);
                print("queries alone      ", quiet);
                print("queries in reload  ", during);
            } finally {
                server.stop();
            }
        }
    }

    private static void print(String label, Workload.Result r) {
        long[] all = r.all();
        System.out.printf("%s %7.1f q/s  p50 %7.2f ms  p99 %8.2f ms  errors %d%n", label, r.perSecond(),
                Workload.percentile(all, 50), Workload.percentile(all, 99), r.errors());
    }

    private static double reload(KnowledgeStore store, List<Path> files) {
        long t0 = System.nanoTime();
        int[] failed = {0};
        new ArticleLoader(store).loadAll(files, o -> {
            if (o instanceof ArticleLoader.Failed)
                failed[0]++;
        });
        if (failed[0] > 0)
            throw new IllegalStateException(failed[0] + " articles failed to reload");
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Clients querying in the background until told to stop. */
    private static final class BusyRun {
        private final Workload w;
        private final String base;
        private final int clients;
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private Thread thread;
        private Workload.Result result;

        BusyRun(Workload w, String base, int clients) {
            this.w = w;
            this.base = base;
            this.clients = clients;
        }

        void start() {
            thread = new Thread(() -> {
                try {
                    result = w.run(base, clients, stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
        }

        Workload.Result stop() throws InterruptedException {
            stop.set(true);
            thread.join();
            return result;
        }
    }
}
