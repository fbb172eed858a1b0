package org.diplograph.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;

/**
 * Times the extraction of one article against the bare OpenNLP annotation of the same text (sentences, tokens,
 * part of speech, lemmas): the goal is extraction (dependency parse included) within 2.5 times the annotation.
 *
 * <pre>
 * SpeedBenchmark.Result r = new SpeedBenchmark(pipeline).run(article, 5, 20);
 * r.ratio();
 * </pre>
 *
 * Design decision: the two measurements alternate run by run, so that a slower phase of the machine (another
 * process, the JIT still compiling) falls on both alike, and the median is reported beside the mean because a
 * single garbage collection can move a mean of twenty runs. Each run is timed twice: wall clock, and the CPU
 * time of the benchmark thread, which a busy machine (other builds on the same cores) does not inflate; the
 * ratio is taken on CPU time.
 */
public final class SpeedBenchmark {
    private final Annotator annotator;
    private final Pipeline pipeline;

    public SpeedBenchmark(Pipeline pipeline) {
        this.annotator = Annotator.bareOpenNlp(pipeline.models());
        this.pipeline = pipeline;
    }

    /**
     * The timings, in milliseconds per article.
     *
     * @param triples the statements one extraction writes
     */
    public record Result(int words, int sentences, long triples, int runs, double[] annotationMs, double[] extractionMs,
                         double[] annotationCpuMs, double[] extractionCpuMs) {
        public double annotationMedian() {
            return median(annotationMs);
        }

        public double extractionMedian() {
            return median(extractionMs);
        }

        public double annotationCpuMedian() {
            return median(annotationCpuMs);
        }

        public double extractionCpuMedian() {
            return median(extractionCpuMs);
        }

        public double annotationMean() {
            return Arrays.stream(annotationMs).average().orElse(Double.NaN);
        }

        public double extractionMean() {
            return Arrays.stream(extractionMs).average().orElse(Double.NaN);
        }

        /** Extraction over annotation, by medians of CPU time. */
        public double ratio() {
            return extractionCpuMedian() / annotationCpuMedian();
        }

        /** Extraction over annotation, by medians of wall-clock time. */
        public double wallRatio() {
            return extractionMedian() / annotationMedian();
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }
    }

    public Result run(Article article, int warmups, int runs) {
        int head = article.dateline().map(d -> d.end()).orElse(0);
        for (int i = 0; i < warmups; i++) {
            annotator.annotate(article.text(), head);
            extract(article);
        }
        double[] annotation = new double[runs];
        double[] extraction = new double[runs];
        double[] annotationCpu = new double[runs];
        double[] extractionCpu = new double[runs];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long triples = 0;
        int sentences = annotator.annotate(article.text(), head).sentences().size();
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            annotator.annotate(article.text(), head);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            triples = extract(article);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            annotation[i] = (t1 - t0) / 1e6;
            extraction[i] = (t2 - t1) / 1e6;
            annotationCpu[i] = (c1 - c0) / 1e6;
            extractionCpu[i] = (c2 - c1) / 1e6;
        }
        return new Result(words(article.text()), sentences, triples, runs, annotation, extraction, annotationCpu,
                extractionCpu);
    }

    private long extract(Article article) {
        StreamRDFCounting counter = StreamRDFLib.count();
        counter.start();
        pipeline.write(pipeline.extract(article), counter, true);
        counter.finish();
        return counter.count();
    }

    /** Whitespace-separated words. */
    public static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * An article of about {@code targetWords} words made of whole lines of the given texts, in order: the
     * first text's head (and dateline) first, then paragraphs until the count is reached.
     */
    public static String compose(List<String> texts, int targetWords) {
        List<String> lines = new ArrayList<>();
        int words = 0;
        for (String text : texts) {
            for (String line : text.split("\n")) {
                if (words >= targetWords) {
                    return String.join("\n", lines) + "\n";
                }
                if (!line.isBlank()) {
                    lines.add(line.strip());
                    words += words(line);
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
