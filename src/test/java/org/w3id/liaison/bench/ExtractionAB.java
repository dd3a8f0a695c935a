package org.w3id.liaison.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.liaison.article.Article;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;

/**
 * One build's extraction rate, in a JVM of its own: the extractor from a folder of classes (in its own class
 * loader), warmed up, then timed by the thread's CPU time over the reports, whole passes at a time. {@code
 * bench/ab.sh} runs it for a base commit and for the working tree in turns, in fresh JVMs: two builds in one
 * JVM were found to differ by up to 9% with the same classes (each copy is compiled on its own, and which
 * one the JIT favours changes from run to run), and this machine's speed drifts by ±20% from minute to
 * minute, so only turns of fresh JVMs side by side give a ratio that holds.
 *
 * <pre>{@code bash bench/ab.sh faba09d      # base commit; the working tree's target/classes is "new" }</pre>
 */
public final class ExtractionAB {
    /** The build's extractor over the reports; made by reflection inside that build's class loader. */
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
            System.err.println("usage: ExtractionAB CLASSES REPORTS_DIR WARMUP_SECONDS MEASURE_SECONDS");
            System.exit(2);
        }
        // the harness's own class from here; the extractor from the build; libraries from the parent
        URL harness = ExtractionAB.class.getProtectionDomain().getCodeSource().getLocation();
        List<URL> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            if (!entry.contains("target/classes") && !entry.contains("target/test-classes"))
                libraries.add(Path.of(entry).toUri().toURL());
        ClassLoader shared = new URLClassLoader(libraries.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        ClassLoader build = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL(), harness}, shared);
        Class<?> turnClass = build.loadClass(Turn.class.getName());
        Object turn = turnClass.getConstructor(String.class).newInstance(args[1]);
        Method run = turnClass.getMethod("runFor", long.class);
        run.invoke(turn, (long) (Double.parseDouble(args[2]) * 1e9));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = cpu.getCurrentThreadCpuTime();
        long n = (Long) run.invoke(turn, (long) (Double.parseDouble(args[3]) * 1e9));
        System.out.printf(java.util.Locale.ROOT, "%.1f%n", n / ((cpu.getCurrentThreadCpuTime() - before) / 1e9));
    }
}
