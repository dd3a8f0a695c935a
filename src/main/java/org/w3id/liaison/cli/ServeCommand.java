package org.w3id.liaison.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.liaison.server.LiaisonServer;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a database with Fuseki on localhost until stopped: SPARQL at /kg/sparql, a console at /.",
                "Without --db: the demo, a database under ./run/ holding the articles in ./data/, on port 3030."})
final class ServeCommand implements Callable<Integer> {
    static final Path DEMO_DB = Path.of("run", "db");
    static final Path DEMO_DATA = Path.of("data");

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder to serve (default: the demo)")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port on localhost (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest a query may run before it is stopped (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = {"an endpoint federated queries may call with SERVICE; repeat for more",
                    "(default: https://query.wikidata.org/sparql and https://dbpedia.org/sparql; every other target is refused)"})
    List<String> services;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/liaison/",
            description = {"the IRI this server's root stands for: <base>id/x is served at /id/x (default: ${DEFAULT-VALUE})"})
    String base;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
            description = {"memory for the answers of queries asked again before the data changes; 0 turns it off",
                    "(default: ${DEFAULT-VALUE}; federated queries are never kept)"})
    long cacheMb;

    @Override
    public Integer call() {
        if (cacheMb < 0) {
            System.err.println("liaison: --cache-mb must be 0 or more, not " + cacheMb);
            return Liaison.FATAL;
        }
        boolean demo = db == null;
        Path location = demo ? DEMO_DB : db;
        if (!demo && !Files.isDirectory(location)) {
            System.err.println("liaison: no database at " + location + " (create one with: liaison load --db " + location + " FILES)");
            return Liaison.FATAL;
        }
        if (!portFree(port)) {
            System.err.println("liaison: port " + port + " is already in use");
            return Liaison.FATAL;
        }
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            if (demo && loadDemo(store) != Liaison.OK)
                return Liaison.FATAL;
            LiaisonServer.Builder builder = LiaisonServer.create().port(port).dataset(store.dataset())
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).base(base).queryCache(cacheMb << 20);
            if (services != null)
                builder.allowServices(services);
            LiaisonServer server = builder.build().start();
            System.err.printf("liaison: serving %s on http://localhost:%d/ (SPARQL: /kg/sparql); Ctrl-C stops%n",
                    location, server.port());
            server.join();
            return Liaison.OK;
        } catch (KnowledgeStore.StoreException e) {
            System.err.println("liaison: " + e.getMessage());
            return Liaison.FATAL;
        } catch (RuntimeException e) {
            System.err.println("liaison: cannot serve on port " + port + ": " + Liaison.rootMessage(e));
            return Liaison.FATAL;
        }
    }

    private static int loadDemo(KnowledgeStore store) {
        if (!Files.isDirectory(DEMO_DATA)) {
            System.err.println("liaison: the demo needs the folder ./data with the seed article (run it from the project folder)");
            return Liaison.FATAL;
        }
        LoadCommand.Summary summary = LoadCommand.load(store, ArticleLoader.articleFiles(List.of(DEMO_DATA)), ArticleLoader.BATCH);
        System.err.printf("liaison: demo database %s holds the articles of %s (%d loaded, %d failed)%n",
                DEMO_DB, DEMO_DATA, summary.loaded(), summary.failed());
        return Liaison.OK;
    }

    private static boolean portFree(int port) {
        if (port == 0)
            return true;
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
            return true;
        } catch (BindException e) {
            return false;
        } catch (IOException e) {
            return true;         // let the server report what is wrong
        }
    }
}
