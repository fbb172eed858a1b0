package org.diplograph.eval;

/**
 * How one gold actor came out of the extraction.
 *
 * @param found   the extracted actor that carries its canonical name or an alias as a label, or null
 * @param kind    RIGHT or WRONG; null when not found or the gold gives no kind
 * @param office  the office title against the gold role; null when not found or the gold gives no role
 * @param country the label of the actor's dip:country against the gold country (RIGHT, WRONG, MISSING); null
 *                when not found or the gold gives no country
 */
public record ActorCheck(GoldActor gold, PredictedActor found, Verdict kind, Verdict office, Verdict country) {
    /** Found, and every attribute the gold gives is right (a partial office counts as not right). */
    public boolean allRight() {
        return found != null && (kind == null || kind == Verdict.RIGHT) && (office == null || office == Verdict.RIGHT)
                && (country == null || country == Verdict.RIGHT);
    }
}
