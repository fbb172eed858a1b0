package org.diplograph.model;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.nlp.AnnotatedText;
import org.diplograph.source.Article;

/**
 * What the extractor read in one article: the annotated text, every actor mention and every event.
 *
 * @param published the publication date used to resolve relative dates, or null
 */
public record Extraction(Article article, LocalDate published, AnnotatedText text, List<Mention> mentions,
                         List<EventFrame> events) {
    public Extraction {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    /** Every actor met in the article, in order of first mention. */
    public List<Actor> actors() {
        java.util.Map<String, Actor> byKey = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.merge(m.actor().key(), m.actor(), (a, b) -> richness(b) > richness(a) ? b : a);
        }
        for (EventFrame e : events) {
            e.agents().forEach(a -> byKey.putIfAbsent(a.key(), a));
            e.targets().forEach(a -> byKey.putIfAbsent(a.key(), a));
            if (e.venue() != null) {
                byKey.putIfAbsent(e.venue().key(), e.venue());
            }
        }
        return List.copyOf(byKey.values());
    }

    private static int richness(Actor a) {
        return (a.office() != null ? 1 : 0) + (a.country() != null ? 1 : 0) + (a.role() != null ? 1 : 0)
                + (a.organization() != null ? 1 : 0);
    }
}
