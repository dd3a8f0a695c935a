package org.w3id.liaison.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.liaison.ConsoleExamples;

/**
 * A query workload over HTTP: the console's example queries (the federated ones left out: they measure
 * Wikidata) and one entity lookup, sent by a number of client threads for a while, each request timed
 * until its whole answer is read.
 */
final class Workload {
    /** One request the clients send: a name, and how to build it against a server's base URL. */
    record Request(String name, java.util.function.Function<String, HttpRequest> build) {}

    /** What a run measured. */
    record Result(int clients, double seconds, long requests, long errors, Map<String, long[]> latencies) {
        double perSecond() {
            return requests / seconds;
        }

        long[] all() {
            return latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
    }

    static {
        // The JDK's client now and then closes one of its idle keep-alive connections itself (the server reads its
        // FIN with nothing of a next request before it; a raw-socket client sent 3.8 million requests to the same
        // server at 8 clients without one close). A request that took that connection fails with "header parser
        // received no bytes" without having reached the server: the client sends it again on a new connection if it
        // is a GET, and a POST only with this set. Read when the client first sends, so set before.
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Request> requests;

    Workload(List<Request> requests) {
        this.requests = requests;
    }

    /** The console's example queries, the federated ones left out (they would time Wikidata). */
    static Map<String, String> consoleExamples() throws IOException {
        Map<String, String> out = new LinkedHashMap<>(ConsoleExamples.all());
        out.values().removeIf(query -> query.contains("SERVICE"));
        return out;
    }

    static Request sparql(String name, String query) {
        return new Request(name, base -> HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(query)).timeout(Duration.ofSeconds(60)).build());
    }

    static Request get(String name, String path, String accept) {
        return new Request(name, base -> HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Each request once, so that a server's caches and the JIT have seen them. */
    void warm(String base, int rounds) throws Exception {
        for (int r = 0; r < rounds; r++)
            for (Request q : requests)
                send(base, q);
    }

    /** {@code clients} threads send the requests in turn for {@code seconds}. */
    Result run(String base, int clients, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        return run(base, clients, () -> System.nanoTime() >= end);
    }

    /** {@code clients} threads send the requests in turn until {@code stop} is set. */
    Result run(String base, int clients, java.util.concurrent.atomic.AtomicBoolean stop) throws InterruptedException {
        return run(base, clients, stop::get);
    }

    private Result run(String base, int clients, java.util.function.BooleanSupplier over) throws InterruptedException {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        requests.forEach(q -> times.put(q.name(), java.util.Collections.synchronizedList(new ArrayList<>())));
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                int i = first;
                while (!over.getAsBoolean()) {
                    Request q = requests.get(i++ % requests.size());
                    long t0 = System.nanoTime();
                    try {
                        int status = send(base, q);
                        if (status >= 400 && errors.incrementAndGet() <= 3)
                            System.err.printf("error: %s answered %d%n", q.name(), status);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3)
                            System.err.printf("error: %s failed: %s%n", q.name(), e);
                    }
                    times.get(q.name()).add(System.nanoTime() - t0);
                    count.incrementAndGet();
                }
                done.countDown();
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, long[]> lat = new LinkedHashMap<>();
        times.forEach((k, v) -> lat.put(k, v.stream().mapToLong(Long::longValue).sorted().toArray()));
        return new Result(clients, elapsed, count.get(), errors.get(), lat);
    }

    private int send(String base, Request q) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(q.build().apply(base), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    /** The p-th percentile (0..100) of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
