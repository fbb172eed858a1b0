package org.diplograph.eval;

import java.util.List;

/**
 * The score of one gold article.
 *
 * @param id       the article's file name without extension
 * @param failure  why the extraction failed (then nothing was extracted), or null
 * @param strict   counts with classes compared exactly
 * @param lenient  counts with any two communications matching
 * @param matches  the lenient matches, gold event with the pair that took it, in gold order
 * @param missed   the gold events no pair took (lenient)
 * @param spurious the pairs that took no gold event (lenient)
 * @param modal    the gold modal events and what became of them
 * @param actors   the gold actors and what became of them
 */
public record DocumentScore(String id, String failure, Counts strict, Counts lenient, List<Match> matches,
                            List<GoldEvent> missed, List<EventPair> spurious, List<ModalOutcome> modal,
                            List<ActorCheck> actors) {
    public DocumentScore {
        matches = List.copyOf(matches);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        modal = List.copyOf(modal);
        actors = List.copyOf(actors);
    }

    /** A gold event and the extracted pair matched to it. */
    public record Match(GoldEvent gold, EventPair pair) {
        /** The gold gives a date and the pair has another one (or none). */
        public boolean wrongDate() {
            return gold.date() != null && !gold.date().equals(pair.date());
        }
    }

    /**
     * A gold modal event: found with its modality, and whether an asserted pair that matches it and no asserted
     * gold event states it as a fact; {@code readAs} holds the modalities of every pair that matches it, so that a
     * miss shows whether the event was not read at all or read with another modality.
     */
    public record ModalOutcome(GoldEvent gold, boolean found, boolean assertedAsFact, java.util.SortedSet<String> readAs) {
        public ModalOutcome {
            readAs = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(readAs));
        }
    }

    /** Matched events whose gold gives a date. */
    public int datesGold() {
        return (int) matches.stream().filter(m -> m.gold().date() != null).count();
    }

    /** Matched events with the gold date. */
    public int datesRight() {
        return (int) matches.stream().filter(m -> m.gold().date() != null && !m.wrongDate()).count();
    }
}
