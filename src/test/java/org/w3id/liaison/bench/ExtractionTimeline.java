package org.w3id.liaison.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.w3id.liaison.article.ArticleException;

/**
 * Extraction and Jena's parser taking turns in one JVM, window by window: within each window the two run in
 * slices of {@value #SLICE_MILLIS} ms, one after the other, so a slow spell of the machine falls on both. JMH
 * times them in separate forks, minutes apart; this machine has spells, of seconds to minutes, in which
 * everything runs a third slower, and a fork that falls into one reads low. Here each window gives the rate of each and
 * their ratio, so a low extraction rate can be told from a slow machine: the parser drops with it.
 *
 * <p>The work is {@link ExtractionBenchmark}'s: {@code extract} (the extractor on the next report) and
 * {@code riot} (Jena's RIOT reading the next report's graph as N-Triples), on the same reports.
 *
 * <pre>{@code bash bench/timeline.sh                     # dev reports, 30 s of warm-up, 30 windows of 2 s
 * WARMUP=5 WINDOWS=3 bash bench/timeline.sh generated }</pre>
 */
public final class ExtractionTimeline {
    private static final long SLICE_MILLIS = 100;
    /** Written with each result, so the JIT cannot drop the work. */
    private static volatile Object sink;

    /** One window's rates, in reports a second. */
    record Window(double extract, double riot) {
        double ratio() {
            return extract / riot;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * The timeline on {@code out}; 0, or 2 and one line on {@code err} for arguments it cannot use or reports it
     * cannot read (naming the folder or the file).
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        int warmup;
        int windows;
        long windowNanos;
        try {
            if (args.length != 4 || !List.of("dev", "generated").contains(args[0]))
                throw new IllegalArgumentException();
            warmup = Integer.parseInt(args[1]);
            windows = Integer.parseInt(args[2]);
            windowNanos = Long.parseLong(args[3]) * 1_000_000_000L;
            if (warmup < 0 || windows < 1 || windowNanos < 1)
                throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {      // NumberFormatException among them
            err.println("usage: ExtractionTimeline dev|generated WARMUP_SECONDS WINDOWS WINDOW_SECONDS "
                    + "(whole numbers; at least one window of a second or more): " + String.join(" ", args));
            return 2;
        }
        ExtractionBenchmark work = new ExtractionBenchmark();
        work.corpus = args[0];
        try {
            work.read();
        } catch (IOException | ArticleException | IllegalStateException e) {
            err.println("ExtractionTimeline: " + e.getMessage());
            return 2;
        }

        out.printf("%n%s reports: %d s of warm-up, then %d windows of %s s%n", args[0], warmup, windows, args[3]);
        window(work, warmup * 1_000_000_000L);
        List<Window> timeline = new ArrayList<>();
        for (int w = 1; w <= windows; w++) {
            Window x = window(work, windowNanos);
            timeline.add(x);
            out.printf("window %3d: extract %,6.0f/s  riot %,6.0f/s  ratio %.2f%n", w, x.extract(), x.riot(), x.ratio());
        }
        out.printf("%s, %d windows of %s s: extract %s/s, riot %s/s, ratio %s%n", args[0], windows, args[3],
                spread(timeline, Window::extract, "%,.0f"), spread(timeline, Window::riot, "%,.0f"),
                spread(timeline, Window::ratio, "%.2f"));
        return 0;
    }

    /** Slices of each in turn until the window is over; each one's operations over its own time. */
    private static Window window(ExtractionBenchmark work, long nanos) {
        long extractOps = 0;
        long extractNanos = 0;
        long riotOps = 0;
        long riotNanos = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            extractOps += slice(work::extract, t0);
            long t1 = System.nanoTime();
            riotOps += slice(work::riot, t1);
            long t2 = System.nanoTime();
            extractNanos += t1 - t0;
            riotNanos += t2 - t1;
        }
        return new Window(extractOps * 1e9 / extractNanos, riotOps * 1e9 / riotNanos);
    }

    private static long slice(Supplier<?> op, long from) {
        long until = from + SLICE_MILLIS * 1_000_000;
        long n = 0;
        while (System.nanoTime() < until) {
            sink = op.get();
            n++;
        }
        return n;
    }

    /** "median (least–most)" of one measure over the windows. */
    private static String spread(List<Window> timeline, ToDoubleFunction<Window> measure, String format) {
        double[] v = timeline.stream().mapToDouble(measure).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(format + " (" + format + "–" + format + ")", median, v[0], v[v.length - 1]);
    }
}
