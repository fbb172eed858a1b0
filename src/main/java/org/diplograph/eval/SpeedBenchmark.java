package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.NlpModels;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;

/**
 * Times the extraction of one article against the bare OpenNLP annotation of the same text (sentences, tokens,
 * part of speech, lemmas): the goal is extraction within twice the annotation.
 *
 * <pre>
 * SpeedBenchmark.Result r = new SpeedBenchmark(models, knowledge).run(article, 5, 20);
 * r.ratio();
 * </pre>
 *
 * Design decision: the two measurements alternate run by run, so that a slower phase of the machine (another
 * process, the JIT still compiling) falls on both alike, and the median is reported beside the mean because a
 * single garbage collection can move a mean of twenty runs.
 */
public final class SpeedBenchmark {
    private final Annotator annotator;
    private final Extractor extractor;
    private final RdfMapper mapper;

    public SpeedBenchmark(NlpModels models, Knowledge knowledge) {
        this.annotator = new Annotator(models);
        this.extractor = new Extractor(models, knowledge);
        this.mapper = new RdfMapper(knowledge.gazetteer());
    }

    /**
     * The timings, in milliseconds per article.
     *
     * @param triples the statements one extraction writes
     */
    public record Result(int words, int sentences, long triples, int runs, double[] annotationMs, double[] extractionMs) {
        public double annotationMedian() {
            return median(annotationMs);
        }

        public double extractionMedian() {
            return median(extractionMs);
        }

        public double annotationMean() {
            return Arrays.stream(annotationMs).average().orElse(Double.NaN);
        }

        public double extractionMean() {
            return Arrays.stream(extractionMs).average().orElse(Double.NaN);
        }

        /** Extraction over annotation, by medians. */
        public double ratio() {
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
        long triples = 0;
        int sentences = annotator.annotate(article.text(), head).sentences().size();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            annotator.annotate(article.text(), head);
            long t1 = System.nanoTime();
            triples = extract(article);
            long t2 = System.nanoTime();
            annotation[i] = (t1 - t0) / 1e6;
            extraction[i] = (t2 - t1) / 1e6;
        }
        return new Result(words(article.text()), sentences, triples, runs, annotation, extraction);
    }

    private long extract(Article article) {
        StreamRDFCounting counter = StreamRDFLib.count();
        counter.start();
        mapper.write(extractor.extract(article), counter, true);
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
