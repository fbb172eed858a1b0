package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast decoding of OpenNLP's lemmatizer gives exactly the lemmas OpenNLP's own decoding gives. */
class LemmaDecoderIT {
    static NlpModels models;
    static Annotator annotator;

    @BeforeAll
    static void load() {
        models = NlpModels.fromClasspath();
        annotator = new Annotator(models);
    }

    @Test
    void every_sentence_of_the_development_articles_gets_the_lemmas_lemmatizer_me_gives() throws IOException {
        LemmaDecoder decoder = LemmaDecoder.of(models.lemmas());
        assertNotNull(decoder, "the bundled UD English lemmatizer is a plain classifier the decoder reads");
        LemmatizerME reference = new LemmatizerME(models.lemmas());
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("eval/dev"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int tokens = 0;
        for (Path article : articles) {
            for (Sentence s : annotator.annotate(Files.readString(article)).sentences()) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = s.tokens().stream().map(Token::pos).toArray(String[]::new);
                assertArrayEquals(reference.lemmatize(words, tags), decoder.lemmatize(words, tags), article + ": " + s.text());
                tokens += words.length;
            }
        }
        assertTrue(tokens > 10_000, "compared " + tokens + " tokens");
    }

    @Test
    void the_beam_threshold_is_the_kth_largest_value_counting_ties() {
        assertEquals(0.3, LemmaDecoder.kthLargest(new double[] {0.1, 0.5, 0.3, 0.05, 0.4}, 3));
        assertEquals(0.5, LemmaDecoder.kthLargest(new double[] {0.5, 0.5, 0.5, 0.1}, 3));
        assertEquals(0.1, LemmaDecoder.kthLargest(new double[] {0.2, 0.1}, 3));
    }
}
