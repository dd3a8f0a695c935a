package org.w3id.liaison.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.liaison.article.Article;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;

/**
 * Two builds of the extractor in one JVM, taking turns: the classes of a base commit and of the working tree,
 * each in its own class loader, extract the same reports in alternating bursts of 2 s, and each burst is
 * timed by the thread's CPU time. This machine's speed drifts by ±20% from minute to minute, more than most
 * single changes gain; bursts side by side see the same machine, so their ratio holds where separate runs
 * (and JMH's intervals) do not. Prints the median ratio of the pairs after a third of them as warm-up.
 *
 * <pre>{@code bash bench/ab.sh faba09d      # base commit; the working tree's target/classes is "new" }</pre>
 */
public final class ExtractionAB {
    /** One build's extractor over the reports; made by reflection inside that build's class loader. */
    public static final class Turn {
        private final Extractor extractor = new Extractor(ReferenceData.load());
        private final List<Article> articles = new ArrayList<>();

        public Turn(String dir) throws Exception {
            ArticleReader reader = new ArticleReader();
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                    articles.add(reader.parse(f.getFileName().toString(), Files.readString(f)));
            }
        }

        /** Extracts whole passes over the reports until the time is up; the number of reports extracted. */
        public long runFor(long nanos) {
            long end = System.nanoTime() + nanos;
            long n = 0;
            while (System.nanoTime() < end)
                for (Article a : articles) {
                    extractor.extract(a);
                    n++;
                }
            return n;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ExtractionAB BASE_CLASSES NEW_CLASSES REPORTS_DIR PAIRS");
            System.exit(2);
        }
        // the harness's own class from here; the extractor from each build; libraries shared from the parent
        URL harness = ExtractionAB.class.getProtectionDomain().getCodeSource().getLocation();
        List<URL> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            if (!entry.contains("target/classes") && !entry.contains("target/test-classes"))
                libraries.add(Path.of(entry).toUri().toURL());
        ClassLoader shared = new URLClassLoader(libraries.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Object[] turns = new Object[2];
        Method[] run = new Method[2];
        for (int i = 0; i < 2; i++) {
            ClassLoader build = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL(), harness}, shared);
            Class<?> turn = build.loadClass(Turn.class.getName());
            turns[i] = turn.getConstructor(String.class).newInstance(args[2]);
            run[i] = turn.getMethod("runFor", long.class);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int pairs = Integer.parseInt(args[3]);
        List<Double> ratios = new ArrayList<>();
        double[] sum = new double[2];
        for (int p = 0; p < pairs; p++) {
            double[] rate = new double[2];
            for (int k = 0; k < 2; k++) {
                int i = p % 2 == 0 ? k : 1 - k;      // each build goes first in every other pair
                long before = cpu.getCurrentThreadCpuTime();
                long n = (Long) run[i].invoke(turns[i], 2_000_000_000L);
                rate[i] = n / ((cpu.getCurrentThreadCpuTime() - before) / 1e9);
            }
            if (p >= pairs / 3) {
                ratios.add(rate[1] / rate[0]);
                sum[0] += rate[0];
                sum[1] += rate[1];
            }
        }
        Collections.sort(ratios);
        int m = ratios.size();
        System.out.printf("base %.0f/s, new %.0f/s per CPU-second (means); new/base median %.3f, pairs %.3f to %.3f (%d pairs)%n",
                sum[0] / m, sum[1] / m, ratios.get(m / 2), ratios.get(0), ratios.get(m - 1), m);
    }
}
