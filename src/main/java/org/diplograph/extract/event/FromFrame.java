package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;

/**
 * The FROM frame of triggers.tsv: what the subject receives, given by the actor after "from" (or after the "of" a
 * row ends with: "has the support of X") ("received no
 * permission from Netanyahu": Netanyahu acts, the subject is acted on). A measure one faces may name its giver
 * otherwise: by a nationality ("could face American sanctions"), or by who says it is coming ("Kerry said Moscow
 * would face sanctions": his side would impose them).
 */
final class FromFrame {

    Participants read(SentenceView v, Trigger t, int head, int end) {
        List<Mention> subject = AgentReader.agentsOf(v, head);
        if (subject.isEmpty() && v.sentence.parse() != null) {
            // "Hungary's veto drew criticism from Germany": the owner of what drew it is acted on
            for (int noun : v.sentence.parse().dependents(head, "nsubj")) {
                subject = new SyntacticRoles(v).possessor(noun);
            }
        }
        // "had the full support of the United States": a row ending in "of" names the giver right after it
        boolean of = t.words().get(t.words().size() - 1).equals("of");
        List<Mention> giver = of ? Phrases.after(v, end - 1, v.clauseEnd(head), "of") : Phrases.after(v, end, v.clauseEnd(head), "from");
        if (giver.isEmpty() && t.type() == EventType.SANCTION) {
            giver = Phrases.nationalityOf(v, end - 1);
            giver = giver.isEmpty() ? speaker(v, head) : giver;
        }
        return new Participants(giver, subject, null, null, head);
    }

    /** Who says what the verb tells: the agents of the reporting verb that governs it in the parse. */
    private static List<Mention> speaker(SentenceView v, int verb) {
        int reporting = ModalityReader.reportingVerbOver(v, verb);
        return reporting < 0 ? List.of() : AgentReader.agentsOf(v, reporting);
    }
}
