package org.w3id.liaison.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.liaison.store.StoreExecutor;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * Each console example on a loaded database, in this process, one query at a time: TDB2's own executor against
 * the store's ({@link StoreExecutor}: sorting with keys computed once, {@code OPTIONAL}s joined on node ids),
 * taking turns query by query (so that the machine's drift falls on both alike), each
 * timed by its thread's CPU time; and whether the two give the same answer, row for row (if not, it exits
 * with 1: CI runs it on the dev reports for that).
 *
 * <pre>{@code bash bench/executor.sh DB [RUNS]}</pre>
 */
public final class ExecutorBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            DatasetGraph dataset = store.dataset();
            Map<String, String> examples = Workload.consoleExamples();
            boolean allSame = true;
            System.out.printf("%-34s %12s %12s %7s  %s%n", "example (median ms, CPU)", "TDB2's", "the store's", "ratio", "same answer");
            for (Map.Entry<String, String> example : examples.entrySet()) {
                String query = example.getValue();
                long[] tdb2s = new long[runs], ours = new long[runs];
                for (int run = -runs / 2; run < runs; run++) {   // the first half of the turns warms up both
                    long t = time(dataset, query, false), o = time(dataset, query, true);
                    if (run >= 0) {
                        tdb2s[run] = t;
                        ours[run] = o;
                    }
                }
                Arrays.sort(tdb2s);
                Arrays.sort(ours);
                double a = Workload.percentile(tdb2s, 50), b = Workload.percentile(ours, 50);
                boolean same = answer(dataset, query, false).equals(answer(dataset, query, true));
                allSame &= same;
                System.out.printf("%-34s %12.1f %12.1f %7.2f  %s%n", example.getKey(), a, b, a / b, same ? "yes" : "NO");
            }
            if (!allSame)
                System.exit(1);
        }
    }

    private static long time(DatasetGraph dataset, String query, boolean ours) {
        runWith(dataset, ours);
        long start = CPU.getCurrentThreadCpuTime();
        Txn.executeRead(dataset, () -> QueryExec.dataset(dataset).query(query).select().forEachRemaining(row -> {}));
        return CPU.getCurrentThreadCpuTime() - start;
    }

    private static String answer(DatasetGraph dataset, String query, boolean ours) {
        runWith(dataset, ours);
        return Txn.calculateRead(dataset, () -> ResultSetFormatter.asText(ResultSet.adapt(QueryExec.dataset(dataset).query(query).select())));
    }

    private static void runWith(DatasetGraph dataset, boolean ours) {
        if (ours)
            StoreExecutor.install(dataset);
        else
            dataset.getContext().remove(ARQConstants.sysOpExecutorFactory);   // TDB2's own executor again
    }
}
