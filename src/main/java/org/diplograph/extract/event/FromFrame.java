package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.model.Mention;

/**
 * The FROM frame of triggers.tsv: what the subject receives, given by the actor after "from" ("received no
 * permission from Netanyahu": Netanyahu acts, the subject is acted on).
 */
final class FromFrame {

    // "received no permission from Netanyahu": the giver acts, the subject is acted on
    Participants read(SentenceView v, int head, int end) {
        List<Mention> subject = AgentReader.agentsOf(v, head);
        List<Mention> giver = Phrases.after(v, end, v.clauseEnd(head), "from");
        return new Participants(giver, subject, null, null, head);
    }
}
