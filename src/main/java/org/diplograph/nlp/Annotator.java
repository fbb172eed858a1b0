package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences and tokens and tags each token with its part of speech and lemma.
 * Not thread-safe (OpenNLP 2.5's {@code *ME} classes are not): make one per thread from shared {@link NlpModels}.
 */
public final class Annotator {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public Annotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
    }

    public AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span lineSpan : paragraphs(text)) {
            String paragraph = lineSpan.getCoveredText(text).toString();
            for (Span s : sentenceDetector.sentPosDetect(paragraph)) {
                int base = lineSpan.getStart() + s.getStart();
                String sentence = text.substring(base, lineSpan.getStart() + s.getEnd());
                sentences.add(annotateSentence(sentences.size(), base, sentence));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    private Sentence annotateSentence(int index, int base, String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CharSpan span = new CharSpan(base + spans[i].getStart(), base + spans[i].getEnd());
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i].toLowerCase();
            tokens.add(new Token(words[i], span, tags[i], lemma));
        }
        return new Sentence(index, new CharSpan(base, base + sentence.length()), sentence, tokens);
    }

    /**
     * Lines are hard sentence boundaries: news text puts headlines, datelines and paragraphs on lines of
     * their own, and a sentence never runs across them.
     */
    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start, e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) b++;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > b) {
                    out.add(new Span(b, e));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
