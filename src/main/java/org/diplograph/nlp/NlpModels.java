package org.diplograph.nlp;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four OpenNLP models of the Universal Dependencies English Web Treebank, loaded once from the
 * classpath (the {@code opennlp-models-*-en} jars of Maven Central), and the dependency parser, loaded when a
 * sentence first needs it ({@link ParserLoader}). Models are immutable and shared;
 * the {@code *ME} classes made from them are not thread-safe in OpenNLP 2.5, so each thread makes its own
 * {@link Annotator}.
 *
 * <pre>
 * NlpModels models = NlpModels.fromClasspath();
 * Annotator annotator = new Annotator(models);
 * AnnotatedText text = annotator.annotate("France circulated a draft.");
 * </pre>
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech, LemmatizerModel lemmas,
                        ParserLoader parser) {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Loads the models, failing with the name of the resource that is missing or unreadable. */
    public static NlpModels fromClasspath() {
        return new NlpModels(
                load(SENTENCE_MODEL, SentenceModel::new),
                load(TOKEN_MODEL, TokenizerModel::new),
                load(POS_MODEL, POSModel::new),
                load(LEMMA_MODEL, LemmatizerModel::new),
                ParserLoader.fromClasspath());
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model '" + resource + "' is not on the classpath: "
                        + "the opennlp-models-*-en dependencies of pom.xml provide it; rebuild with mvn -B package");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("OpenNLP model '" + resource + "' could not be read: " + e.getMessage(), e);
        }
    }
}
