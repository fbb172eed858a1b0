package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.event.EventFinder;
import org.diplograph.extract.event.EventMerger;
import org.diplograph.extract.event.InitiativeLinker;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.mention.ActorRegistry;
import org.diplograph.extract.mention.MentionFinder;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Mention;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.NlpModels;
import org.diplograph.nlp.ParserLoader;
import org.diplograph.nlp.Sentence;
import org.diplograph.source.Article;

/**
 * Reads one article into actors and events: OpenNLP annotation, then actor mentions sentence by sentence
 * (with coreference to what came before), then the events around each trigger, then duplicates merged.
 * Not thread-safe (it holds OpenNLP taggers): use one per thread, all sharing the same models and knowledge.
 *
 * <pre>
 * Extractor extractor = new Extractor(NlpModels.fromClasspath(), Knowledge.fromClasspath());
 * Extraction x = extractor.extract(article);
 * </pre>
 */
public final class Extractor {
    private final Annotator annotator;
    private final ParserLoader parser;
    private final MentionFinder mentions;
    private final EventFinder events;
    private final EventMerger merger = new EventMerger();
    private final InitiativeLinker initiatives;

    private final SentenceFilter filter;

    public Extractor(NlpModels models, Knowledge knowledge) {
        this(models, knowledge, null);
    }

    /**
     * An extractor that annotates only the sentences the filter keeps (null: every sentence); see
     * {@link SentenceFilter} for why the events found are the same.
     */
    public Extractor(NlpModels models, Knowledge knowledge, SentenceFilter filter) {
        this.filter = filter;
        this.annotator = new Annotator(models);
        this.parser = models.parser();
        this.mentions = new MentionFinder(knowledge.gazetteer(), knowledge.words());
        this.initiatives = new InitiativeLinker(knowledge);
        this.events = new EventFinder(knowledge);
    }

    /**
     * The headline line [start, end) ("Blinken, Lavrov meet in Geneva as tensions mount"), or (0, 0) when the text has
     * none. A headline restates the story in telegraphic grammar ("A, B meet"): its actors are kept for what
     * follows, its events are read from the story itself.
     */
    record Headline(int start, int end) {
        static final Headline NONE = new Headline(0, 0);

        boolean holds(org.diplograph.nlp.CharSpan span) {
            return span.begin() >= start && span.end() <= end;
        }
    }

    static Headline headline(String text) {
        int end = headlineLineEnd(text, 0);
        if (end > 0) {
            return new Headline(0, end);
        }
        // "The White House, Office of the Press Secretary. December 6, 2010." on a short line of its own, then
        // "Readout of the President's Call with President Hu Jintao": the issuer's line (read as the story's: it
        // names the story's state), then the headline
        int start = firstNonBlank(text, 0);
        int newline = text.indexOf('\n', start);
        boolean shortLine = newline > 0 && text.substring(start, newline).strip().split("\\s+").length <= 15;
        end = shortLine ? headlineLineEnd(text, newline) : 0;
        return end > 0 ? new Headline(newline, end) : Headline.NONE;
    }

    /** The end of the line from {@code from} when it is a headline (no end punctuation, no dateline, 20 words at most), else 0. */
    private static int headlineLineEnd(String text, int from) {
        int start = firstNonBlank(text, from);
        int newline = text.indexOf('\n', start);
        if (newline < 0 || text.substring(newline).isBlank()) {
            return 0;
        }
        String line = text.substring(start, newline).strip();
        boolean terminated = line.isEmpty() || ".!?\"\u201d'".indexOf(line.charAt(line.length() - 1)) >= 0;
        boolean dateline = org.diplograph.source.Dateline.parse(line + " ").isPresent();
        return !terminated && !dateline && line.split("\\s+").length <= 20 ? newline : 0;
    }

    private static int firstNonBlank(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        return start;
    }

    private static boolean isQuotation(String sentence) {
        return !sentence.isEmpty() && "\"\u201c\u2018'".indexOf(sentence.charAt(0)) >= 0;
    }

    /** The sentence with its parse, or as it is when the process has no parser (too small a heap). */
    private Sentence parsed(Sentence s) {
        DependencyParser p = parser.get();
        return p == null ? s : s.withParse(p.parse(s));
    }

    public Extraction extract(Article article) {
        LocalDate published = article.publicationDate().orElse(null);
        java.util.function.Predicate<String> keep = filter == null ? null : filter.start(article.text());
        AnnotatedText text = filter != null && keep == null
                ? new AnnotatedText(article.text(), List.of()) // no sentence can hold an event: nothing to annotate
                : annotator.annotate(article.text(), article.dateline().map(d -> d.end()).orElse(0), keep);
        List<Sentence> plainSentences = text.sentences();
        ActorRegistry registry = new ActorRegistry(published, () -> mentions.scope(article.text(), plainSentences));
        List<Mention> allMentions = new ArrayList<>();
        List<EventFrame> allEvents = new ArrayList<>();
        org.diplograph.extract.event.ToldActs told = events.newArticle();
        Headline headline = headline(article.text());
        int headlineEnd = headline.end();
        List<Sentence> read = new ArrayList<>(text.sentences().size());
        for (Sentence plain : text.sentences()) {
            // only a sentence that holds a trigger word can hold an event: only those are worth the parser
            Sentence s = plain.span().end() > headlineEnd && events.mayHoldEvent(plain) ? parsed(plain) : plain;
            read.add(s);
            List<Mention> found = mentions.find(s, registry);
            if (headline.holds(s.span())) {
                registry.addHeadline(found);
            } else {
                registry.addAll(found);
            }
            allMentions.addAll(found);
            if (s.span().end() > headlineEnd) {
                allEvents.addAll(events.find(s, found, published, allEvents, told));
            }
        }
        text = new AnnotatedText(text.text(), read);
        SurnameResolver names = new SurnameResolver(allMentions);
        AnnotatedText annotated = text;
        List<EventFrame> merged = merger.merge(names.events(allEvents), i -> isQuotation(annotated.sentences().get(i).text()));
        return new Extraction(article, published, text, names.mentions(allMentions), initiatives.link(merged));
    }
}
