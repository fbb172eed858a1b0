package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;

/**
 * Which side an actor stands on: the state a government body or a minister acts for ("Qatar's foreign ministry
 * rejected" is Qatar rejecting), and whether two actors are of one side ("Lavrov said Russia must ..." makes no
 * demand on Russia).
 */
final class Sides {
    private final Knowledge knowledge;

    Sides(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * A government body acts for its state: "Qatar's foreign ministry rejected" is Qatar rejecting, as event
     * data (CAMEO, ICEWS) codes it. The body stays in the graph as the mention's actor.
     */
    List<Actor> forStates(List<Actor> actors) {
        return asStates(actors, a -> a.kind() == ActorKind.ORGANIZATION && "GovernmentBody".equals(a.type()));
    }

    /**
     * Whom agents that are all states act towards: the states of these parties ("Russia and Algeria voted against"
     * the draft an ambassador presented: against his state); the parties themselves for any other agents.
     */
    List<Actor> towardsAgents(List<Actor> agents, List<Actor> parties) {
        return agents.stream().allMatch(a -> a.kind() == ActorKind.STATE) ? forCountries(parties) : parties;
    }

    /** The states of these actors: "the two governments" after a meeting of their ministers. */
    List<Actor> forCountries(List<Actor> actors) {
        return asStates(actors, a -> a.kind() != ActorKind.STATE);
    }

    /** The actors, those chosen replaced by the state of their country (when they have one), each once. */
    List<Actor> asStates(List<Actor> actors, java.util.function.Predicate<Actor> chosen) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            Actor s = !chosen.test(a) || a.country() == null ? a
                    : knowledge.gazetteer().country(a.country()).map(c -> knowledge.gazetteer().state(c)).orElse(a);
            if (out.stream().noneMatch(x -> x.key().equals(s.key()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Some actor of one list is an actor of the other, or of its state. */
    static boolean sameSide(List<Actor> speakers, List<Actor> actors) {
        return speakers.stream().anyMatch(a -> actors.stream().anyMatch(b -> a.key().equals(b.key())
                || a.country() != null && a.country().equals(b.country())));
    }

    /** Neither one of the agents nor of their state: "Lavrov said Russia must ..." makes no demand on Russia. */
    static boolean ofAnotherSide(Mention m, List<Mention> agents) {
        return agents.stream().noneMatch(a -> a.actor().key().equals(m.actor().key())
                || a.actor().country() != null && a.actor().country().equals(m.actor().country()));
    }
}
