package org.diplograph.eval;

import java.util.List;
import java.util.Set;

/**
 * When an extracted pair matches a gold event (../shared/spec/CONTRACT.md, "Gold annotations"): the classes are
 * equal (or, leniently, both are communications), the agents match and the targets match; a gold event without
 * a target matches any target, and a communication matches in either direction.
 *
 * <pre>
 * new EventMatcher(true).matches(goldEvent, pair)
 * </pre>
 */
public record EventMatcher(boolean lenient) {
    /** dip:Communication and its subclasses. */
    public static final Set<String> COMMUNICATIONS = Set.of("PhoneCall", "Meeting", "Visit", "Talks", "Consult",
            "Communication");

    public static final EventMatcher STRICT = new EventMatcher(false);
    public static final EventMatcher LENIENT = new EventMatcher(true);

    public boolean matches(GoldEvent gold, EventPair pair) {
        boolean sameClass = gold.type().equals(pair.type())
                || (lenient && COMMUNICATIONS.contains(gold.type()) && COMMUNICATIONS.contains(pair.type()));
        if (!sameClass) {
            return false;
        }
        List<String> targetNames = pair.target() == null ? List.of() : pair.target().names();
        if (Names.match(gold.agents(), pair.agent().names())
                && (gold.targets().isEmpty() || Names.match(gold.targets(), targetNames))) {
            return true;
        }
        return COMMUNICATIONS.contains(gold.type()) && !gold.targets().isEmpty()
                && Names.match(gold.targets(), pair.agent().names()) && Names.match(gold.agents(), targetNames);
    }
}
