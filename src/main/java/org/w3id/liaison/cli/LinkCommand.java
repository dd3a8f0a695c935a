package org.w3id.liaison.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.link.Decision;
import org.w3id.liaison.link.Reconciler;
import org.w3id.liaison.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links officials and parties that have no Wikidata link yet to Wikidata items with owl:sameAs.",
                "Candidates are found by name (label or alias) on a Wikidata-shaped SPARQL endpoint and scored by kind",
                "(human, political party), country and party; only a clear best candidate at or above the threshold is",
                "linked. Prints one line per thing: outcome, confidence, IRI, name, best candidate. The links replace",
                "those of the last run, in one transaction; nothing is stored if the endpoint fails."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:the database or the endpoint could not be used (nothing stored)"})
final class LinkCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Wikidata-shaped SPARQL endpoint (default: ${DEFAULT-VALUE})")
    String endpoint = LinkTarget.WIKIDATA.sparqlEndpoint();

    @Option(names = "--threshold", paramLabel = "0..1", defaultValue = "0.9",
            description = "least confidence written as owl:sameAs (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--dry-run", description = "decide and print, store nothing")
    boolean dryRun;

    /** Why a request failed, as a person would say it. */
    private static String why(QueryExceptionHTTP e) {
        if (e.getStatusCode() > 0)
            return "HTTP " + e.getStatusCode() + " " + e.getStatusLine();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException)
                return "connection refused";
            if (t instanceof java.net.UnknownHostException)
                return "unknown host " + t.getMessage();
            if (t instanceof java.net.http.HttpTimeoutException)
                return "no answer in time";
        }
        return Liaison.rootMessage(e);
    }

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.openExisting(db)) {
            List<Decision> decisions = new Reconciler(store, endpoint, threshold).run(!dryRun, d -> System.out.printf(
                    Locale.ROOT, "%s\t%.2f\t%s\t%s\t%s%n", d.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    d.score(), d.subject().iri(), d.subject().label(), d.best().orElse("")));
            long linked = decisions.stream().filter(Decision::linked).count();
            System.err.printf("liaison: %d of %d officials and parties linked to Wikidata%s%n", linked, decisions.size(),
                    dryRun ? " (dry run: nothing stored)" : "");
            return Liaison.OK;
        } catch (KnowledgeStore.StoreException e) {
            System.err.println("liaison: " + e.getMessage());
            return Liaison.FATAL;
        } catch (QueryExceptionHTTP e) {
            System.err.println("liaison: cannot query " + endpoint + ": " + why(e) + " (nothing stored)");
            return Liaison.FATAL;
        }
    }
}
