package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.diplograph.cli.Diplograph;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.NlpModels;
import org.diplograph.nlp.Sentence;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The cheap first pass costs no recall: {@code eval eval/dev} finds the same events with and without it, and it does
 * leave out most of the non-diplomatic news of the benchmark feed.
 */
class SentenceFilterIT {
    private static String eval(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    /**
     * The lines about events, dates and modality, and the actors found. Left out: the office and country of actors
     * ("actor ... office wrong"), which differ from one run to the next of the same extraction on h08 (Rahmon's office
     * is read as President or as King, with or without the filter): a fault of the extractor, not of the filter.
     */
    private static List<String> eventLines(String report) {
        return report.lines().filter(l -> !l.startsWith("   actor ") && !l.startsWith("  office") && !l.startsWith("  country")
                && !l.startsWith("actors ")).toList();
    }

    @Test
    void filter_eval_dev_gives_the_same_events_with_and_without_the_first_pass() {
        String with = eval("eval", "-v", "eval/dev");
        String without = eval("eval", "-v", "--annotate-all", "eval/dev");
        // a run that really extracted: the development corpus's figure, not an empty report
        java.util.regex.Matcher f1 = java.util.regex.Pattern.compile("strict P=\\S+ R=\\S+ F1=(\\d\\.\\d+)").matcher(with);
        assertTrue(f1.find() && Double.parseDouble(f1.group(1)) >= 0.80, with);
        assertEquals(eventLines(without), eventLines(with));
        String found = with.lines().filter(l -> l.startsWith("actors ")).findFirst().orElseThrow();
        String foundWithout = without.lines().filter(l -> l.startsWith("actors ")).findFirst().orElseThrow();
        assertEquals(foundWithout.substring(0, foundWithout.indexOf(';')), found.substring(0, found.indexOf(';')));
    }

    @Test
    void filter_leaves_out_most_sentences_of_non_diplomatic_news() throws IOException {
        SentenceFilter filter = SentenceFilter.of(Knowledge.fromClasspath());
        Annotator annotator = new Annotator(NlpModels.fromClasspath());
        int sentences = 0;
        int tagged = 0;
        int skippedArticles = 0;
        for (String name : List.of("sport-01", "sport-02", "sport-03", "sport-04", "business-01", "business-02", "business-03",
                "business-04", "weather-01", "weather-02", "weather-03", "weather-04", "crime-01", "crime-02", "crime-03", "crime-04")) {
            String text;
            try (InputStream in = SentenceFilterIT.class.getResourceAsStream("/bench/feed/" + name + ".txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            AnnotatedText all = annotator.annotate(text);
            sentences += all.sentences().size();
            var keep = filter.start(text);
            if (keep == null) {
                skippedArticles++;
                continue;
            }
            for (Sentence s : annotator.annotate(text, 0, keep).sentences()) {
                tagged += s.tokens().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(skippedArticles >= 5, skippedArticles + " of 16 non-diplomatic articles skipped whole");
        assertTrue(tagged * 3 < sentences, tagged + " of " + sentences + " non-diplomatic sentences tagged");
    }
}
