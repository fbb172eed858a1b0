package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.Mention;

/** What a frame found around its trigger; {@code verb} is the verb whose clause holds the event. */
record Participants(List<Mention> agents, List<Mention> targets, List<Actor> implicitTargets, String object,
                    Actor venue, int verb) {
    Participants(List<Mention> agents, List<Mention> targets, String object, Actor venue, int verb) {
        this(agents, targets, List.of(), object, venue, verb);
    }
}
