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
    private final LemmaDecoder lemmaDecoder;

    /** The annotator of the pipeline: OpenNLP's models, its lemmatizer decoded by {@link LemmaDecoder}. */
    public Annotator(NlpModels models) {
        this(models, true);
    }

    private Annotator(NlpModels models, boolean fastLemmas) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
        this.lemmaDecoder = fastLemmas ? LemmaDecoder.of(models.lemmas()) : null;
    }

    /**
     * The same annotation with every model run by OpenNLP's own classes ({@link LemmatizerME} included): what the
     * benchmarks measure the product against as "bare OpenNLP annotation".
     */
    public static Annotator bareOpenNlp(NlpModels models) {
        return new Annotator(models, false);
    }

    public AnnotatedText annotate(String text) {
        return annotate(text, 0);
    }

    /**
     * Annotates a text whose first {@code headEnd} characters are a head of their own (a dateline such as
     * "WASHINGTON, May 9 -"), never part of the first sentence.
     */
    public AnnotatedText annotate(String text, int headEnd) {
        return annotate(text, headEnd, null);
    }

    /**
     * Annotates only the sentences {@code keep} accepts (asked in order, with each sentence's text); the others are
     * in the result at their place and offsets, without tokens. Null keeps every sentence. Tokens, parts of speech
     * and lemmas are most of the cost, so a sentence left out costs little more than finding its end.
     */
    public AnnotatedText annotate(String text, int headEnd, java.util.function.Predicate<String> keep) {
        List<Sentence> sentences = new ArrayList<>();
        List<Span> pieces = new ArrayList<>();
        for (Span line : paragraphs(text)) {
            if (headEnd > line.getStart() && headEnd < line.getEnd()) {
                pieces.add(new Span(line.getStart(), headEnd));
                pieces.add(new Span(headEnd, line.getEnd()));
            } else {
                pieces.add(line);
            }
        }
        for (Span piece : pieces) {
            Span lineSpan = trim(text, piece);
            if (lineSpan == null) {
                continue;
            }
            String paragraph = lineSpan.getCoveredText(text).toString();
            for (Span s : joinAbbreviations(paragraph, sentenceDetector.sentPosDetect(paragraph))) {
                int base = lineSpan.getStart() + s.getStart();
                String sentence = text.substring(base, lineSpan.getStart() + s.getEnd());
                sentences.add(keep == null || keep.test(sentence) ? annotateSentence(sentences.size(), base, sentence)
                        : new Sentence(sentences.size(), new CharSpan(base, base + sentence.length()), sentence, List.of()));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    private Sentence annotateSentence(int index, int base, String sentence) {
        Span[] spans = splitFinalPeriod(sentence, joinInitials(sentence,
                joinHyphenatedNames(sentence, splitNamedCompounds(sentence, splitPossessives(sentence,
                        joinCutNames(sentence, tokenizer.tokenizePos(sentence)))))));
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmaDecoder != null ? lemmaDecoder.lemmatize(words, tags) : lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CharSpan span = new CharSpan(base + spans[i].getStart(), base + spans[i].getEnd());
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i].toLowerCase();
            tokens.add(new Token(words[i], span, tags[i], lemma));
        }
        return new Sentence(index, new CharSpan(base, base + sentence.length()), sentence, tokens);
    }

    /**
     * The UD sentence model ends a sentence after "U.S." or "U.N." before a capital ("talks with U.S. |
     * President Trump"), after a middle initial ("Joseph R. | Biden") and even before a word in lower case; news
     * abbreviations like these never end a sentence in mid-phrase, so the pieces are joined again.
     */
    private static List<Span> joinAbbreviations(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String next = s.getCoveredText(paragraph).toString();
            String firstWord = next.split("[\\s,]+", 2)[0];
            boolean lowerCase = !next.isEmpty() && Character.isLowerCase(next.charAt(0)); // "Biden, Jr. | spoke by phone"
            if (!out.isEmpty() && (endsWithAbbreviation(out.get(out.size() - 1).getCoveredText(paragraph).toString()) || lowerCase)
                    && !SENTENCE_OPENERS.contains(firstWord)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "He", "She", "It",
            "They", "We", "I", "In", "On", "At", "But", "And", "This", "That", "These", "Those", "Meanwhile", "However",
            "Earlier", "Later", "There", "His", "Her", "Its", "Their", "After", "Before", "When", "While", "According");

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Adm|Amb|Prof|St|No|Jr|Sr|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\."
                    // a middle initial after a first name: "Joseph R. | Biden"
                    + "|\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\.)$");

    private static boolean endsWithAbbreviation(String sentence) {
        return ABBREVIATION.matcher(sentence.strip()).find();
    }

    /**
     * "Russia's" and "Emirates'" come out of the UD tokenizer as one token; the gazetteer, the taggers and the
     * parser need the name and the possessive apart ("Russia" + "'s", "Emirates" + "'").
     */
    private static Span[] splitPossessives(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span t : spans) {
            String w = t.getCoveredText(sentence).toString();
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) && Character.isLetter(w.charAt(w.length() - 3))) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else if (w.length() > 3 && (w.endsWith("s'") || w.endsWith("s\u2019")) && Character.isUpperCase(w.charAt(0))
                    && Character.isLetter(w.charAt(w.length() - 3))) {
                // "the United Arab Emirates' foreign ministry": a plural name's possessive is the bare apostrophe
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * "... met Macedonian Prime Minister Zoran Zaev.": the tokenizer leaves the full stop on a last word it takes
     * for an abbreviation; a word of three or more letters without inner dots ends the sentence, not an
     * abbreviation ("U.S." and "Gen." keep theirs).
     */
    static Span[] splitFinalPeriod(String sentence, Span[] spans) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String w = last.getCoveredText(sentence).toString();
        String word = w.substring(0, Math.max(0, w.length() - 1));
        if (!w.endsWith(".") || word.length() < 3 || word.contains(".") || !word.chars().allMatch(Character::isLetter)
                || ABBREVIATION.matcher(w).find()) {
            return spans;
        }
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /**
     * "Retno" comes out of the UD tokenizer as "Ret" + "no", as if it were "cannot": a capitalized word and a
     * lower-case piece with no space between are one word again, except the contractions the cut is made for
     * ("Cannot", "Gonna").
     */
    static Span[] joinCutNames(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String a = prev.getCoveredText(sentence).toString();
                String b = s.getCoveredText(sentence).toString();
                boolean touching = prev.getEnd() == s.getStart();
                if (touching && a.length() >= 2 && Character.isUpperCase(a.charAt(0)) && a.chars().allMatch(Character::isLetter)
                        && !b.isEmpty() && b.chars().allMatch(Character::isLowerCase)
                        && !CONTRACTIONS.contains((a + b).toLowerCase(java.util.Locale.ROOT))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** Past participles that end in neither "-ed" nor "-en" and make a compound with a name ("Saudi-led"). */
    private static final java.util.Set<String> SHORT_PARTICIPLES = java.util.Set.of("led", "run", "held", "built", "made", "won", "hit", "set", "sent");

    /** "led", "backed", "brokered", "written": a past participle, as far as its letters tell. */
    static boolean participle(String w) {
        return w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && (w.endsWith("ed") || w.endsWith("en") || SHORT_PARTICIPLES.contains(w));
    }

    /**
     * "the Saudi-led coalition", "a UN -backed plan", "the AU- led process": the tokenizer cuts a name and the
     * participle it governs in any of three ways; they are always the name, "-" and the participle, so that the name
     * is found and the participle read ("Jean-Pierre", "Moon Jae-in", "Israeli-Palestinian" are left alone).
     */
    static Span[] splitNamedCompounds(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            Span t = spans[i];
            String w = t.getCoveredText(sentence).toString();
            int dash = w.lastIndexOf('-');
            boolean nameFirst = dash > 0 && Character.isUpperCase(w.charAt(0));
            if (nameFirst && dash < w.length() - 1 && participle(w.substring(dash + 1))) {
                out.add(new Span(t.getStart(), t.getStart() + dash));
                out.add(new Span(t.getStart() + dash, t.getStart() + dash + 1));
                out.add(new Span(t.getStart() + dash + 1, t.getEnd()));
            } else if (nameFirst && dash == w.length() - 1 && i + 1 < spans.length && spans[i + 1].getStart() == t.getEnd()
                    && participle(spans[i + 1].getCoveredText(sentence).toString())) {
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
            } else if (dash == 0 && w.length() > 1 && i > 0 && spans[i - 1].getEnd() == t.getStart() && participle(w.substring(1))
                    && Character.isUpperCase(spans[i - 1].getCoveredText(sentence).charAt(0))) {
                out.add(new Span(t.getStart(), t.getStart() + 1));
                out.add(new Span(t.getStart() + 1, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("cannot", "gonna", "wanna", "gotta");

    /**
     * "Jean - Pierre Thebault", "Moon Jae - in": the tokenizer cuts a hyphenated given name in three; a name is one
     * token. Joined only inside a run of names: a capitalized word, a hyphen with no space around it, then a
     * capitalized word followed by another one ("Jean-Pierre Thebault") or a short lower-case syllable after a
     * name ("Moon Jae-in"); "Israeli-Palestinian talks" and "U.S.-Saudi" stay apart.
     */
    static Span[] joinHyphenatedNames(String sentence, Span[] spans) {
        return joinRuns(spans, i -> i + 2 < spans.length && hyphenatedName(sentence, spans, i) ? 3 : 1);
    }

    /** The tokens with each run of {@code width.applyAsInt(i)} tokens starting at i made one (1: left alone). */
    private static Span[] joinRuns(Span[] spans, java.util.function.IntUnaryOperator width) {
        List<Span> out = new ArrayList<>(spans.length);
        int i = 0;
        while (i < spans.length) {
            int n = width.applyAsInt(i);
            out.add(new Span(spans[i].getStart(), spans[i + n - 1].getEnd()));
            i += n;
        }
        return out.toArray(new Span[0]);
    }

    /**
     * "Joseph R . Biden": the tokenizer cuts a middle initial from its period; between a name and a name it is one
     * token, as the gazetteer spells it ("Joseph R. Biden").
     */
    static Span[] joinInitials(String sentence, Span[] spans) {
        return joinRuns(spans, i -> {
            String w = spans[i].getCoveredText(sentence).toString();
            boolean initial = i > 0 && i + 2 < spans.length && w.length() == 1 && Character.isUpperCase(w.charAt(0))
                    && spans[i].getEnd() == spans[i + 1].getStart() && spans[i + 1].getCoveredText(sentence).toString().equals(".")
                    && isNameWord(spans[i - 1].getCoveredText(sentence).toString())
                    && isNameWord(spans[i + 2].getCoveredText(sentence).toString());
            return initial ? 2 : 1;
        });
    }

    private static boolean hyphenatedName(String sentence, Span[] spans, int i) {
        String first = spans[i].getCoveredText(sentence).toString();
        String hyphen = spans[i + 1].getCoveredText(sentence).toString();
        String second = spans[i + 2].getCoveredText(sentence).toString();
        boolean tight = spans[i].getEnd() == spans[i + 1].getStart() && spans[i + 1].getEnd() == spans[i + 2].getStart();
        if (!tight || !hyphen.equals("-") || !isNameWord(first) || second.isEmpty() || !second.chars().allMatch(Character::isLetter)) {
            return false;
        }
        boolean nameAfter = i + 3 < spans.length && isNameWord(spans[i + 3].getCoveredText(sentence).toString());
        boolean nameBefore = i > 0 && isNameWord(spans[i - 1].getCoveredText(sentence).toString());
        if (Character.isUpperCase(second.charAt(0))) {
            return nameAfter;
        }
        return nameBefore && second.length() <= 3 && !participle(second); // "The Saudi-led": no name
    }

    private static boolean isNameWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !w.chars().allMatch(Character::isUpperCase);
    }

    private static Span trim(String text, Span s) {
        int b = s.getStart(), e = s.getEnd();
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > b ? new Span(b, e) : null;
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
