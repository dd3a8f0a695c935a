package org.w3id.liaison.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.liaison.store.KnowledgeStore;
import org.w3id.liaison.web.Describer;
import org.w3id.liaison.web.EntityPage;
import org.w3id.liaison.web.Site;
import org.w3id.liaison.web.Timelines;

/**
 * The heaviest pages of a loaded database, in this process: the official in the most meetings and the party
 * with the most members. For each, the CPU time of its description and timeline read apart (each in its own
 * transaction, as pages were made before {@link Describer#portray}) against read together, and of rendering
 * the HTML, taking turns; and whether the two ways give the same description and timeline (if not, it exits
 * with 1).
 *
 * <pre>{@code bash bench/pages.sh DB [RUNS]}</pre>
 */
public final class PageBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            DatasetGraph dataset = store.dataset();
            Describer describer = new Describer(dataset);
            Timelines timelines = new Timelines(dataset);
            EntityPage pages = new EntityPage(Site.DEFAULT);
            boolean allSame = true;
            System.out.printf("%-60s %6s %14s %10s %8s  %s%n", "page (median ms, CPU)", "facts", "apart", "portray",
                    "render", "same");
            for (String busiest : new String[] {
                    "SELECT ?x (COUNT(?m) AS ?n) { ?m lia:participant ?x } GROUP BY ?x",
                    "SELECT ?x (COUNT(?a) AS ?n) { ?a lia:memberOfParty ?x } GROUP BY ?x"}) {
                Optional<Node> thing = first(dataset, busiest + " ORDER BY DESC(?n) ?x LIMIT 1");
                if (thing.isEmpty())
                    continue;
                Node x = thing.get();
                long[] apart = new long[runs], together = new long[runs], render = new long[runs];
                for (int run = -runs / 2; run < runs; run++) {     // the first half of the turns warms up
                    long start = CPU.getCurrentThreadCpuTime();
                    describer.describe(x);
                    timelines.of(x);
                    long middle = CPU.getCurrentThreadCpuTime();
                    Describer.Portrait p = describer.portray(x).orElseThrow();
                    long end = CPU.getCurrentThreadCpuTime();
                    pages.render(x, p);
                    if (run >= 0) {
                        apart[run] = middle - start;
                        together[run] = end - middle;
                        render[run] = CPU.getCurrentThreadCpuTime() - end;
                    }
                }
                Describer.Portrait p = describer.portray(x).orElseThrow();
                Describer.Description d = describer.describe(x).orElseThrow();
                boolean same = p.description().facts() == d.facts() && p.description().incoming() == d.incoming()
                        && p.description().graph().isIsomorphicWith(d.graph()) && p.timeline().equals(timelines.of(x));
                allSame &= same;
                System.out.printf("%-60s %6d %14.1f %10.1f %8.1f  %s%n", x.getURI(), d.facts(), median(apart),
                        median(together), median(render), same ? "yes" : "NO");
            }
            if (!allSame)
                System.exit(1);
        }
    }

    private static Optional<Node> first(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            var rows = QueryExec.dataset(dataset).query("PREFIX lia: <https://w3id.org/liaison/ontology#> " + query).select();
            return rows.hasNext() ? Optional.of(NodeFactory.createURI(rows.next().get("x").getURI())) : Optional.empty();
        });
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return Workload.percentile(sorted, 50);
    }
}
