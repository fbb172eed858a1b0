package org.diplograph.eval;

import java.util.List;
import java.util.function.Predicate;

/** The score of a gold folder: every article's, and the totals over all of them. */
public record Score(List<DocumentScore> documents) {
    public Score {
        documents = List.copyOf(documents);
    }

    public Counts strict() {
        return documents.stream().map(DocumentScore::strict).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts lenient() {
        return documents.stream().map(DocumentScore::lenient).reduce(Counts.ZERO, Counts::plus);
    }

    public int failures() {
        return (int) documents.stream().filter(d -> d.failure() != null).count();
    }

    public int datesRight() {
        return documents.stream().mapToInt(DocumentScore::datesRight).sum();
    }

    public int datesGold() {
        return documents.stream().mapToInt(DocumentScore::datesGold).sum();
    }

    /** Date accuracy on matched events with a gold date, NaN when there are none. */
    public double dateAccuracy() {
        return datesGold() == 0 ? Double.NaN : (double) datesRight() / datesGold();
    }

    public int modalGold() {
        return modal(o -> true);
    }

    public int modalFound() {
        return modal(DocumentScore.ModalOutcome::found);
    }

    public int modalAssertedAsFacts() {
        return modal(DocumentScore.ModalOutcome::assertedAsFact);
    }

    public List<ActorCheck> actors() {
        return documents.stream().flatMap(d -> d.actors().stream()).toList();
    }

    private int modal(Predicate<DocumentScore.ModalOutcome> p) {
        return (int) documents.stream().flatMap(d -> d.modal().stream()).filter(p).count();
    }
}
