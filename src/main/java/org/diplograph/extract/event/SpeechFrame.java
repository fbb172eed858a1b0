package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Mention;

/**
 * The SPEECH and TELL frames of triggers.tsv: a speaker and, for TELL or after "to", the one spoken to ("Lavrov
 * said", "Ashkenazi told Blinken that ...", "said to reporters"); a passive's speaker follows "by" ("the deal was
 * announced by Kishida and Yun").
 */
final class SpeechFrame {

    // "Ashkenazi told Blinken that ...", "Lavrov said"
    Participants read(SentenceView v, int head, int end, boolean told, List<EventFrame> earlier) {
        // "the deal was announced by Kishida and Yun"
        List<Mention> agents = AgentReader.isPassive(v, head) ? Phrases.allAfter(v, end, v.size(), "by")
                : AgentReader.agentsOf(v, head);
        List<Mention> targets = List.of();
        Mention after = told ? startingAt(v, end) : null;
        if (after == null && end + 1 < v.size() && v.token(end).is("to")) {
            after = startingAt(v, end + 1);
        }
        if (after != null && after.canParticipate() && (told || after.form() != Mention.Form.PRONOUN)) {
            targets = v.groupRightFrom(after);
        }
        List<Actor> counterparts = told && targets.isEmpty() ? Discourse.counterpartsOf(v, end, agents, earlier) : List.of();
        if (!counterparts.isEmpty()) {
            return new Participants(agents, List.of(), counterparts, null, null, head); // "told his host that ..."
        }
        return new Participants(agents, targets, null, null, head);
    }

    /** The mention at {@code k}, or after a determiner or "visiting" there ("informed the Belgian government"). */
    private static Mention startingAt(SentenceView v, int k) {
        Mention m = k < v.size() ? v.mentionStartingAt(k) : null;
        if (m == null && k + 1 < v.size() && v.token(k).is("visiting")) {
            m = v.mentionStartingAt(k + 1); // "told visiting European Council President Donald Tusk"
        }
        if (m == null && k + 1 < v.size() && "DET".equals(v.token(k).pos())) {
            m = v.mentionStartingAt(k + 1);
            // (not "told the French newspaper Le Monde": a nationality on its own says whose paper, not who was told)
            m = m == null || m.form() == Mention.Form.DEMONYM ? null : m;
        }
        return m;
    }
}
