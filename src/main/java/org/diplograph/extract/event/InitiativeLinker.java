package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Gives a stance on an initiative its sponsor as target: "Russia vetoed a draft resolution" in one sentence
 * and "the text had been drafted by the United States and Albania" in the next make a Block by Russia against
 * the United States and Albania. The contract's target of a block or opposition is the initiative's sponsor.
 */
public final class InitiativeLinker {
    private static final Set<EventType> STANCES = Set.of(EventType.BLOCK, EventType.OPPOSE, EventType.REJECT, EventType.SUPPORT);

    private final WordLists words;
    /** Stems of the first words of the triggers that act on the proposal told in context (the "proposal" role: "abstain", "vote against"). */
    private final List<String> onTheProposal;

    private final Sides sides;

    public InitiativeLinker(Knowledge knowledge) {
        this.words = knowledge.words();
        this.sides = new Sides(knowledge);
        this.onTheProposal = knowledge.triggers().stream().filter(t -> t.targets().contains("proposal"))
                .map(t -> t.words().get(0).replaceAll("e$", "")).toList();
    }

    public List<EventFrame> link(List<EventFrame> events) {
        List<EventFrame> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventFrame e = events.get(i);
            boolean initiative = e.object() != null && namesInitiative(e.object());
            boolean decision = e.object() != null && names(e.object(), WordLists.Name.DECISION_NOUNS);
            boolean request = e.object() != null && names(e.object(), WordLists.Name.REQUEST_NOUNS);
            if (STANCES.contains(e.type()) && e.targets().isEmpty() && !initiative && !decision && !request && actsOnTheProposal(e)) {
                // "Angola, China and Nigeria abstained" before the story says whose draft it was: "The draft, tabled
                // by the United Kingdom, ..." (one told before was taken when the frame was read)
                initiative = true;
            }
            if (!(STANCES.contains(e.type()) || e.type() == EventType.CONDEMN && decision) || !e.targets().isEmpty()
                    || !initiative && !decision && !request) {
                out.add(e);
                continue;
            }
            EventFrame proposal = initiative && e.type() != EventType.CONDEMN ? nearestProposal(events, i) : null;
            if (proposal == null && request && e.type() != EventType.CONDEMN) {
                proposal = appealJustBefore(events, i);
            }
            if (proposal == null && decision) {
                // "Singapore backed the move", "the opposition welcomed the decision": the measure told just before
                proposal = lastMeasure(events, i);
            }
            List<Actor> parties = new ArrayList<>();
            if (proposal == null && initiative && e.type() != EventType.CONDEMN) {
                // "said it firmly opposed the arrangement" after "A and B signed the partnership": the accord's parties
                EventFrame accord = lastAccord(events, i);
                if (accord != null) {
                    // (an accord is between states: "the arrangement" Patel and Biruta signed is Britain's and Rwanda's)
                    List<Actor> signatories = new ArrayList<>(accord.agents());
                    signatories.addAll(accord.targets());
                    parties.addAll(sides.forCountries(signatories));
                    proposal = accord;
                }
            }
            if (proposal == null) {
                out.add(e);
                continue;
            }
            List<Actor> sponsors = sides.towardsAgents(e.agents(), parties.isEmpty() ? proposal.agents() : parties).stream().distinct()
                    .filter(s -> e.agents().stream().noneMatch(a -> a.key().equals(s.key()))).toList();
            out.add(sponsors.isEmpty() ? e : e.withTargets(sponsors));
        }
        return out;
    }

    private boolean actsOnTheProposal(EventFrame e) {
        String said = e.trigger().toLowerCase(Locale.ROOT);
        return onTheProposal.stream().anyMatch(said::startsWith);
    }

    private boolean namesInitiative(String object) {
        return names(object, WordLists.Name.INITIATIVE_NOUNS);
    }

    private boolean names(String object, WordLists.Name list) {
        return words.namedIn(list, object);
    }

    /**
     * The last sanction or block told before event i, or null: in news, "the decision" and "the move" point back to
     * the measure the story is about, often several sentences up.
     */
    private static EventFrame lastMeasure(List<EventFrame> events, int i) {
        EventFrame e = events.get(i);
        for (int j = i - 1; j >= 0; j--) {
            EventFrame m = events.get(j);
            if ((m.type() == EventType.SANCTION || m.type() == EventType.BLOCK) && m.modality() == e.modality()) {
                return m;
            }
        }
        return null;
    }

    /** Whether event a was told of others than the agents of event e. */
    private static boolean byOthers(EventFrame a, EventFrame e) {
        return a.agents().stream().noneMatch(g -> e.agents().stream().anyMatch(x -> x.key().equals(g.key())));
    }

    /** The last accord told before event i by others than its agents, or null. */
    private static EventFrame lastAccord(List<EventFrame> events, int i) {
        EventFrame e = events.get(i);
        for (int j = i - 1; j >= 0; j--) {
            EventFrame a = events.get(j);
            if (a.type() == EventType.AGREE && a.modality() == Modality.ASSERTED
                    && byOthers(a, e)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The appeal told in the sentence of event i or the one before, before it, by another side, or null: "Colombia
     * asked the OAS to convene its ministers, but ... with Venezuela voting against it".
     */
    private static EventFrame appealJustBefore(List<EventFrame> events, int i) {
        EventFrame e = events.get(i);
        for (int j = i - 1; j >= 0; j--) {
            EventFrame a = events.get(j);
            if (a.firstSentence() < e.firstSentence() - 1) {
                break;
            }
            if (a.type() == EventType.APPEAL && byOthers(a, e)) {
                return a;
            }
        }
        return null;
    }

    /** The proposal nearest to event i, looking back first: the one the stance most likely answers. */
    private EventFrame nearestProposal(List<EventFrame> events, int i) {
        EventFrame best = null;
        int distance = Integer.MAX_VALUE;
        for (int j = 0; j < events.size(); j++) {
            EventFrame p = events.get(j);
            if (p.type() != EventType.PROPOSE || j == i) {
                continue;
            }
            if (!p.targets().isEmpty() && (p.object() == null || !namesInitiative(p.object()))) {
                continue; // an offer made to someone ("offered to mediate between A and B") is no draft to vote on
            }
            int d = Math.abs(p.firstSentence() - events.get(i).firstSentence()) * 2 + (j > i ? 1 : 0);
            if (d < distance) {
                best = p;
                distance = d;
            }
        }
        return best;
    }
}
